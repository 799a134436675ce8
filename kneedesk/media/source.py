"""What every opened video or photo offers: `MediaInfo`, `Frame` and `MediaSource`."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

import numpy as np
import numpy.typing as npt

from kneedesk.media import errors


@dataclass(frozen=True)
class MediaInfo:
    """What a clinician and the viewer need to know about a video or photo."""

    path: Path
    name: str
    kind: Literal["video", "photo"]
    width: int
    """As displayed, after the phone's rotation (as is `height`)."""
    height: int
    frame_count: int
    """Exact (every displayed frame counted once); 1 for a photo."""
    frame_rate: float | None
    """Average frames per second; a slow-motion file reports its capture rate (e.g. 240)."""
    duration_s: float | None
    codec: str
    """"h264", "hevc", ... for a video; "jpeg", "png", ... for a photo."""
    size_bytes: int


@dataclass(frozen=True)
class Frame:
    """One displayed picture: frame `index` (0-based) shown at `time_s` from the first."""

    index: int
    time_s: float
    width: int
    height: int
    rgb: npt.NDArray[np.uint8]
    """Shape (height, width, 3), C-contiguous, upright (the phone's rotation applied). Treat
    it as read-only: a photo's one frame is shared between calls (and marked read-only); a
    video's frames are fresh arrays."""


class MediaSource(ABC):
    """An opened video or photo (made by `open_media`).

    Not thread-safe: use one source from one thread at a time (the GUI keeps it on one
    worker thread). Close it when done, or use it as a context manager.
    """

    def __init__(self, info: MediaInfo, stat: os.stat_result) -> None:
        self.info = info
        self._path = info.path
        self._stat = stat

    @abstractmethod
    def frame(self, index: int) -> Frame:
        """The `index`-th displayed frame, exactly, whatever order frames are asked for.

        Raises IndexError when out of range, and `MediaError` ("vanished" when the file
        was deleted, moved, replaced or truncated since it was opened; "unreadable" when
        its data is damaged).
        """

    @abstractmethod
    def close(self) -> None:
        """Let go of the file and of any decoded pictures kept."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _check_index(self, index: int) -> None:
        if not 0 <= index < self.info.frame_count:
            raise IndexError(
                f"frame {index} is outside {self.info.name} (frames 0 to "
                f"{self.info.frame_count - 1})"
            )

    def _check_unchanged(self) -> None:
        """Raise "vanished" when the file is no longer the one opened (a deleted file stays
        readable through an open handle on some systems, so this looks at the path)."""
        try:
            now = self._path.stat()
        except OSError:
            raise errors.vanished(self._path) from None
        before = self._stat
        if (now.st_size, now.st_mtime_ns, now.st_ino, now.st_dev) != (
            before.st_size,
            before.st_mtime_ns,
            before.st_ino,
            before.st_dev,
        ):
            raise errors.vanished(self._path)
