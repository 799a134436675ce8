"""A phone video as a frame-accurate `MediaSource` (PyAV, FFmpeg's decoders).

At open the video stream's packets are read without decoding (`video_index`), so frame i is
the i-th presentation time whatever the B-frames and frame-rate changes. `frame(i)` seeks to
the keyframe shown at or before frame i and decodes forward to exactly frame i. The decoder
stays where it stopped, so the next frame costs one decode and no seek, and the frames last
decoded are kept (within a memory budget) so stepping back is usually free.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
from av.video.stream import VideoStream

from kneedesk.media import errors
from kneedesk.media.source import Frame, MediaInfo, MediaSource
from kneedesk.media.video_index import FrameIndex, read_index

THREAD_TYPE = "AUTO"
"""FFmpeg's frame and slice threads: while the clinician looks at a frame, the decoder's
threads finish the next ones, so a step forward is mostly waiting for work already done."""
CONVERT_THREADS = min(4, os.cpu_count() or 1)
"""Threads for the YUV to RGB conversion (about 4 ms for a 4K frame with 2)."""
CACHE_BYTES = 160 * 1024**2
"""Decoded frames kept for stepping back, as YUV: about 50 1080p frames; more when the
clip's keyframes are further apart, so that stepping back through a whole group of pictures
decodes it again only once..."""
MAX_CACHE_BYTES = 400 * 1024**2
"""...but never more than this (32 4K frames)."""


class VideoSource(MediaSource):
    """An opened video file; see the module's description."""

    def __init__(self, path: Path, stat: os.stat_result) -> None:
        try:
            container = av.open(str(path), mode="r")
        except FileNotFoundError:
            raise errors.missing(path) from None
        except av.FFmpegError as exc:
            raise errors.unreadable(path, _detail(exc)) from exc
        self._path, self._stat = path, stat  # what `_check_unchanged` compares with
        self._container = container
        self._decoded: Iterator[av.VideoFrame] | None = None
        self._last: int | None = None  # display index of the frame the decoder gave last
        self._cache: OrderedDict[int, av.VideoFrame] = OrderedDict()
        self.frames_decoded = 0
        """How many frames the decoder has produced since open (for tests and benchmarks:
        a step forward adds one, a jump at most a keyframe interval)."""
        try:
            self._stream, self._index = _probe(path, container)
            self._stream.codec_context.thread_type = THREAD_TYPE
            coded = self._stream.codec_context
            per_frame = max(1, coded.width * coded.height * 3 // 2)
            wanted = max(CACHE_BYTES // per_frame, self._index.longest_run() + 1)
            self._cache_frames = max(2, min(wanted, MAX_CACHE_BYTES // per_frame))
            first = self._first_frame(path)
        except BaseException:
            container.close()
            raise
        self._turns = round(first.rotation / 90) % 4
        """Quarter turns counter-clockwise (numpy's rot90) that make the picture upright."""
        width, height = coded.width, coded.height
        if self._turns % 2:
            width, height = height, width
        super().__init__(_info(path, stat, self._stream, self._index, width, height), stat)

    def frame(self, index: int) -> Frame:
        self._check_index(index)
        self._check_unchanged()
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            decoded = cached
        else:
            try:
                decoded = self._decode_to(index)
            except av.FFmpegError as exc:
                self._check_unchanged()
                raise errors.unreadable(self._path, _detail(exc)) from exc
        rgb = decoded.reformat(format="rgb24", threads=CONVERT_THREADS).to_ndarray()
        if self._turns:
            rgb = np.rot90(rgb, self._turns)
        rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
        height, width = rgb.shape[:2]
        return Frame(index, self._index.time_s(index), width, height, rgb)

    def close(self) -> None:
        self._cache.clear()
        self._decoded = None
        self._container.close()

    # --- decoding ------------------------------------------------------------------------

    def _first_frame(self, path: Path) -> av.VideoFrame:
        """Decode frame 0 at open: it carries the display rotation, it is what the viewer
        shows first, and the decoder is then ready to step on to frame 1."""
        try:
            return self._decode_to(0)
        except av.FFmpegError as exc:
            raise errors.unreadable(path, _detail(exc)) from exc

    def _decode_to(self, index: int) -> av.VideoFrame:
        """Decode frame `index`: onward from where the decoder is when no keyframe lies in
        between, from a seek to the keyframe before it otherwise. If that missed it (a frame
        that needs an earlier picture, or a damaged one), from the keyframe before that, then
        once from the start of the file, and then it is given up as unreadable."""
        nearest = self._index.start_for(index)
        attempts = [nearest]
        if nearest is not None:
            attempts += [self._index.start_for(index, earlier=1)]
            if attempts[-1] is not None:
                attempts.append(None)
        for attempt, start in enumerate(attempts):
            if attempt or not self._can_continue_to(index, start):
                self._seek(start)
            found = self._decode_forward(index)
            if found is not None:
                return found
        self._check_unchanged()
        raise errors.unreadable(self._path, f"frame {index} could not be decoded")

    def _can_continue_to(self, index: int, start: int | None) -> bool:
        if self._decoded is None or self._last is None or self._last >= index:
            return False
        if start is None:
            return True
        first = self._index.position(self._index.keyframe_pts[start])
        return first is not None and first <= self._last + 1

    def _seek(self, start: int | None) -> None:
        """Seek to keyframe number `start` (None: the start of the file). Landing on an
        earlier keyframe only costs time; a later one is caught by `_decode_forward`."""
        if start is None:
            self._container.seek(0, backward=True)  # the very beginning (AV_TIME_BASE)
        else:
            target = self._index.keyframe_pts[start]
            self._container.seek(target, backward=True, stream=self._stream)
        self._decoded = self._container.decode(self._stream)
        self._last = None

    def _decode_forward(self, index: int) -> av.VideoFrame | None:
        """Decode until frame `index` comes out; None if a later one comes first or the file
        ends (the decoder started too late)."""
        assert self._decoded is not None
        for decoded in self._decoded:
            self.frames_decoded += 1
            if decoded.pts is None:
                continue
            at = self._index.position(decoded.pts)
            if at is None:
                continue
            self._last = at
            self._keep(at, decoded)
            if at == index:
                return decoded
            if at > index:
                return None
        self._decoded = None
        self._last = None
        return None

    def _keep(self, index: int, decoded: av.VideoFrame) -> None:
        self._cache[index] = decoded
        self._cache.move_to_end(index)
        while len(self._cache) > self._cache_frames:
            self._cache.popitem(last=False)


def _probe(path: Path, container: av.container.InputContainer) -> tuple[VideoStream, FrameIndex]:
    """The video stream and its frame index."""
    if not container.streams.video:
        raise errors.no_frames(path)
    stream = container.streams.video[0]
    codec = stream.codec_context
    if codec is None or codec.name in ("", "none") or not _can_decode(codec.name):
        raise errors.unsupported_codec(path, _codec_label(stream))
    try:
        index = read_index(container, stream)
    except av.FFmpegError as exc:
        raise errors.unreadable(path, _detail(exc)) from exc
    if not len(index):
        raise errors.no_frames(path)
    return stream, index


def _info(
    path: Path,
    stat: os.stat_result,
    stream: VideoStream,
    index: FrameIndex,
    width: int,
    height: int,
) -> MediaInfo:
    count = len(index)
    rate = stream.average_rate
    span = index.time_s(count - 1)
    if rate is not None and rate > 0:
        fps = float(rate)
    elif count > 1 and span > 0:
        fps = (count - 1) / span
    else:
        fps = None
    duration = span + (1 / fps if fps else 0.0)
    return MediaInfo(
        path=path,
        name=path.name,
        kind="video",
        width=width,
        height=height,
        frame_count=count,
        frame_rate=fps,
        duration_s=duration,
        codec=stream.codec_context.name,
        size_bytes=stat.st_size,
    )


def _can_decode(name: str) -> bool:
    try:
        av.Codec(name, "r")
    except (av.FFmpegError, ValueError):
        return False
    return True


def _codec_label(stream: VideoStream) -> str:
    context = stream.codec_context
    name = context.name if context is not None else ""
    tag = getattr(context, "codec_tag", "") if context is not None else ""
    return name if name not in ("", "none") else (f"codec '{tag}'" if tag else "unknown codec")


def _detail(exc: av.FFmpegError) -> str:
    return str(getattr(exc, "strerror", "") or exc)
