"""`MediaError`: why a video or photo cannot be used, in words a clinician can act on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

MediaErrorKind = Literal[
    "missing", "unreadable", "unsupported_codec", "too_large", "no_frames", "vanished", "not_media"
]

MAX_FILE_BYTES = 2 * 1024**3
"""Larger files are refused before they are opened: a knee test takes a few seconds of video."""


class MediaError(Exception):
    """A video or photo that cannot be opened or read; `message` names the file and the fix."""

    def __init__(self, kind: MediaErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: MediaErrorKind = kind
        self.message = message
        self.detail = ""
        """The decoder's own words, for the log (not shown to the clinician)."""

    def __repr__(self) -> str:
        extra = f", detail={self.detail!r}" if self.detail else ""
        return f"MediaError({self.kind!r}, {self.message!r}{extra})"


def size_text(size: int) -> str:
    """A file size as people read it: "2.3 GB", "740 MB", "12 KB"."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def missing(path: Path) -> MediaError:
    return MediaError(
        "missing",
        f'"{path.name}" cannot be found in {path.parent}. It may have been moved, renamed or '
        "deleted, or the drive it is on is not connected. Choose the file again.",
    )


def unreadable(path: Path, detail: str = "") -> MediaError:
    """`detail` (FFmpeg's or Pillow's words) goes to the log through `repr`, not to the
    clinician's message."""
    error = MediaError(
        "unreadable",
        f'"{path.name}" cannot be read: the file is damaged or was not copied completely. '
        "Copy it from the phone or camera again and choose the new copy.",
    )
    error.detail = detail
    return error


def not_media(path: Path) -> MediaError:
    return MediaError(
        "not_media",
        f'"{path.name}" is not a video or photo (it may be another kind of file with a video '
        "or photo name). Choose an MP4 or MOV video, or a JPEG or PNG photo.",
    )


def unsupported_codec(path: Path, codec: str) -> MediaError:
    return MediaError(
        "unsupported_codec",
        f'"{path.name}" is a video in a format KneeDesk cannot play ({codec}). Export or '
        'convert it on the phone or computer as H.264 ("Most compatible") or HEVC MP4, '
        "then choose that file.",
    )


def too_large(path: Path, size: int) -> MediaError:
    return MediaError(
        "too_large",
        f'"{path.name}" is {size_text(size)}, more than the {size_text(MAX_FILE_BYTES)} '
        "KneeDesk opens. Trim the clip on the phone to the few seconds of the test and choose "
        "the trimmed file.",
    )


def no_frames(path: Path) -> MediaError:
    return MediaError(
        "no_frames",
        f'"{path.name}" has no pictures in it: it may be a sound recording, a recording that '
        "stopped before it started, or a copy that did not finish. Choose the video of the "
        "test, copied again from the phone if need be.",
    )


def vanished(path: Path) -> MediaError:
    return MediaError(
        "vanished",
        f'"{path.name}" was moved, deleted or changed while it was open, so its pictures can no '
        "longer be read. Put the file back (or copy it again) and open it again.",
    )


def checked_size(path: Path) -> os.stat_result:
    """The file's stat, refusing a missing file, a folder or one over `MAX_FILE_BYTES`."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise missing(path) from None
    except OSError as exc:
        raise unreadable(path, exc.strerror or str(exc)) from exc
    if not path.is_file():
        raise not_media(path)
    if stat.st_size > MAX_FILE_BYTES:
        raise too_large(path, stat.st_size)
    return stat
