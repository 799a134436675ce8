"""`open_media`: a video or photo file opened as a `MediaSource`, or a clear `MediaError`."""

from __future__ import annotations

import os
from pathlib import Path

from kneedesk.media import errors
from kneedesk.media.photo import PHOTO_SUFFIXES, PhotoSource
from kneedesk.media.source import MediaSource
from kneedesk.media.video import VideoSource

VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".m4v", ".3gp", ".mkv", ".avi", ".webm"})


def open_media(path: str | os.PathLike[str]) -> MediaSource:
    """Open a photo (by its name: .jpg, .jpeg, .png) or a video (anything else), checking
    the size first (over `MAX_FILE_BYTES` is refused before anything is read). A video's
    packets are all read here to number its frames exactly. Raises `MediaError`."""
    file = Path(path)
    stat = errors.checked_size(file)
    if file.suffix.lower() in PHOTO_SUFFIXES:
        return PhotoSource(file, stat)
    try:
        return VideoSource(file, stat)
    except errors.MediaError as exc:
        if exc.kind == "unreadable" and file.suffix.lower() not in VIDEO_SUFFIXES:
            raise errors.not_media(file) from exc
        raise
