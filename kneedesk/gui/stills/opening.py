"""Opening a video or photo off the GUI thread (a long phone video takes a moment to index)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from kneedesk.gui.background import BackgroundJob, run_in_background
from kneedesk.media import MediaError, MediaSource, open_media


def unexpected_text(error: Exception) -> str:
    """What is said when opening failed for a reason the media layer did not name."""
    text = QCoreApplication.translate(
        "StillOpening",
        "The file could not be opened: {error}. Try another copy of the video or photo.",
    )
    return text.format(error=error)


def open_in_background(
    path: str | os.PathLike[str],
    parent_owner: QObject,
    on_opened: Callable[[MediaSource], None],
    on_failed: Callable[[MediaError], None],
) -> BackgroundJob:
    """Open `path` on a worker; `on_opened(source)` or `on_failed(error)` on the GUI thread.

    Neither is called once `parent_owner` is destroyed (the window was closed meanwhile):
    a source opened too late is closed again. Any other exception reaches `on_failed` as a
    `MediaError` of kind "unreadable", so the caller has one kind of failure to show.
    """
    alive = [True]
    parent_owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    def opened(source: MediaSource) -> None:
        if alive[0]:
            on_opened(source)
        else:
            source.close()

    def failed(error: Exception) -> None:
        if not alive[0]:
            return
        if not isinstance(error, MediaError):
            error = MediaError("unreadable", unexpected_text(error))
        on_failed(error)

    return run_in_background(lambda: open_media(path), opened, failed)
