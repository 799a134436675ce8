"""The exact list of a video stream's frames, read from its packets without decoding them.

Frames are numbered in display order: the packets' presentation times sorted. With B-frames
the decode order differs from the display order, and a variable-frame-rate phone clip has
uneven gaps, so neither a frame rate nor the container's frame count gives frame i's time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from fractions import Fraction

import av
from av.video.stream import VideoStream


@dataclass(frozen=True)
class FrameIndex:
    """Presentation times of every frame, display order, and where decoding may start."""

    pts: tuple[int, ...]
    """Presentation time of frame i (stream time base), ascending."""
    keyframe_pts: tuple[int, ...]
    """Presentation times of the keyframes, ascending (FFmpeg's MP4/MOV and Matroska
    demuxers seek by presentation time)."""
    time_base: Fraction

    def __len__(self) -> int:
        return len(self.pts)

    def position(self, pts: int) -> int | None:
        """The display index of a frame's presentation time, None when no frame has it."""
        at = bisect.bisect_left(self.pts, pts)
        return at if at < len(self.pts) and self.pts[at] == pts else None

    def start_for(self, index: int, *, earlier: int = 0) -> int | None:
        """Which keyframe (its number in `keyframe_pts`) decoding frame `index` starts from:
        the last one shown at or before it, or `earlier` ones before that. None means from
        the start of the file."""
        at = bisect.bisect_right(self.keyframe_pts, self.pts[index]) - 1 - earlier
        return at if at >= 0 else None

    def longest_run(self) -> int:
        """The most frames shown from one keyframe to the next (or to the end): how many a
        step back past the kept frames may have to decode again."""
        starts = [at for pts in self.keyframe_pts if (at := self.position(pts)) is not None]
        edges = [0, *starts, len(self.pts)]
        return max(b - a for a, b in zip(edges, edges[1:], strict=False))

    def time_s(self, index: int) -> float:
        """Seconds from the first frame to frame `index`."""
        return float((self.pts[index] - self.pts[0]) * self.time_base)


def read_index(container: av.container.InputContainer, stream: VideoStream) -> FrameIndex:
    """Demux every packet of `stream` (no decoding) and build its `FrameIndex`."""
    pts: list[int] = []
    keys: list[int] = []
    for packet in container.demux(stream):
        if packet.pts is None or packet.size == 0 or packet.is_discard:
            continue
        pts.append(packet.pts)
        if packet.is_keyframe:
            keys.append(packet.pts)
    time_base = stream.time_base or Fraction(1, 90_000)
    return FrameIndex(
        pts=tuple(sorted(set(pts))),
        keyframe_pts=tuple(sorted(set(keys))),
        time_base=time_base,
    )
