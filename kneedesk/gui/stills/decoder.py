"""Frames decoded on one worker, latest request wins, delivered to the GUI thread.

Every `MediaSource.frame()` call runs on one lane of `kneedesk.gui.background`, so the
source is used from one thread at a time and the GUI thread never waits for a decode. At
most one decode is under way: a request made meanwhile replaces any other waiting request,
so holding an arrow key or playing a 240 fps video faster than it decodes skips frames
instead of queueing hundreds of decodes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kneedesk.gui.background import BackgroundJob, JobControl, start_job
from kneedesk.media import Frame, MediaError, MediaSource

_lanes = itertools.count(1)


@dataclass(frozen=True)
class DecodedFrame:
    """A decoded frame and its picture (a QImage that owns its pixels)."""

    frame: Frame
    image: QImage

    @property
    def index(self) -> int:
        return self.frame.index


def frame_image(frame: Frame) -> QImage:
    """The frame's pixels as a QImage with its own copy (numpy's buffer may go away)."""
    rgb = frame.rgb
    height, width = rgb.shape[:2]
    view = QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888)
    return view.copy()


def _decode(source: MediaSource, index: int, control: JobControl) -> DecodedFrame | None:
    if control.cancelled:
        return None
    frame = source.frame(index)
    return DecodedFrame(frame, frame_image(frame))


def _close(source: MediaSource, _control: JobControl) -> None:
    source.close()


class FrameDecoder(QObject):
    """Decodes the frames asked for with `request(index)` on a worker of its own lane.

    `decoded(DecodedFrame)` and `failed(Exception)` arrive on the GUI thread. `close()`
    drops any waiting request and closes the source on the lane, after a decode under way.
    """

    decoded = Signal(object)
    failed = Signal(object)
    idle = Signal()

    def __init__(self, source: MediaSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._lane = f"stills.decoder.{next(_lanes)}"
        self._waiting: int | None = None
        self._job: BackgroundJob | None = None
        self._closing: BackgroundJob | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while a decode is under way or waiting."""
        return self._job is not None or self._waiting is not None

    @property
    def closed(self) -> bool:
        return self._closed

    def request(self, index: int) -> None:
        """Decode frame `index` next, replacing any request not yet started."""
        if self._closed:
            return
        self._waiting = index
        if self._job is None:
            self._start_next()

    def close(self) -> BackgroundJob | None:
        """Stop decoding and close the source (on the lane, once a decode under way ends)."""
        if self._closed:
            return self._closing
        self._closed = True
        self._waiting = None
        if self._job is not None:
            self._job.cancel()  # its result would reach a decoder no longer listening
            self._job = None
        source = self.source
        self._closing = start_job(
            lambda control: _close(source, control), _ignore, _ignore, lane=self._lane
        )
        return self._closing

    def _start_next(self) -> None:
        index, self._waiting = self._waiting, None
        if index is None:
            return
        source = self.source
        self._job = start_job(
            lambda control: _decode(source, index, control),
            self._done,
            self._error,
            lane=self._lane,
        )

    def _done(self, result: DecodedFrame | None) -> None:
        self._job = None
        if self._closed:
            return
        if result is not None:
            self.decoded.emit(result)
        self._after()

    def _error(self, error: Exception) -> None:
        self._job = None
        if self._closed:
            return
        if isinstance(error, IndexError | MediaError):
            self.failed.emit(error)
        else:
            message = self.tr("This frame could not be decoded: {error}").format(error=error)
            self.failed.emit(MediaError("unreadable", message))
        self._after()

    def _after(self) -> None:
        if self._waiting is not None:
            self._start_next()
        else:
            self.idle.emit()


def _ignore(_value: object) -> None:
    """The outcome of closing a source: nothing more is to be done with it."""
