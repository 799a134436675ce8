"""Stepping through a phone video frame by frame, and the kept frame's JPEG, against the floor
of the decoder alone.

The main clip is 10 s of 1080p H.264 at 30 fps, as a phone records it: a keyframe every 60
frames, up to 2 B-frames, about 8 Mbit/s, a textured picture panning sideways (so the
decoder has real work) with its frame index coded along the top (tests/clips.py), which
every measured step reads back to check it landed on the right frame. The second is 4 s of
4K HEVC at 30 fps (a keyframe every 30 frames, 2 B-frames), a phone's default today. Both
are made once and kept in benchmarks/.cache/.

Measured through `kneedesk.media` (no Qt), in process:

- first frame: `open_media` (which reads every packet to number the frames) plus
  `frame(0)`, each run on a fresh source;
- a step forward: `frame(i + 1)` after `frame(i)`, over a run of steps from frame 0;
- a step back: `frame(i - 1)` after `frame(i)`, from the last frame, on a fresh source (so
  the frames kept from the way forward do not help);
- random access: `frame(i)` for random i on one source.

The floor is PyAV alone on the same file and decoder settings: `av.open`, then
`container.decode` to the first frame (time to first decoded frame), and the time of each
frame when decoding the whole stream in order, no index, seek or RGB conversion. Then
`encode_still` on a 1080p and a 4K frame (the clip's frame enlarged), and on 4K noise (the
worst case for JPEG). Targets: first frame under 1 s; a step's 95th percentile under 50 ms.

    .venv/bin/python benchmarks/video_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
from common import (
    CACHE,
    ROOT,
    STAT_HEADERS,
    Stats,
    header,
    quick,
    save,
    stat_row,
    stats,
    table,
    verdict,
)

sys.path.insert(0, str(ROOT / "tests"))
from clips import BRIGHT, CODE_BITS, CODE_BLOCK, DARK, read_index  # noqa: E402

from kneedesk.media import Frame, encode_still, open_media  # noqa: E402
from kneedesk.media.video import THREAD_TYPE  # noqa: E402

FIRST_FRAME_MS = 1000.0
STEP_P95_MS = 50.0


@dataclass(frozen=True)
class Clip:
    """A benchmark clip: its label, size, codec and keyframe interval."""

    label: str
    codec: str
    width: int
    height: int
    seconds: int
    gop: int
    fps: int = 30

    @property
    def path(self) -> Path:
        return (
            CACHE / f"video-{self.codec}-{self.height}p{self.fps}-{self.seconds}s-g{self.gop}.mp4"
        )


CLIPS = (
    Clip("1080p H.264, 10 s", "libx264", 1920, 1080, seconds=10, gop=60),
    Clip("4K HEVC, 4 s", "libx265", 3840, 2160, seconds=4, gop=30),
)


def make_bench_clip(clip: Clip) -> Path:
    """The phone-like clip (see the module's description), made once."""
    path = clip.path
    if path.exists():
        return path
    print(f"(making {path.name} ...)", file=sys.stderr, flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(1)
    frames = clip.fps * clip.seconds
    block = 8 * clip.width // 1920
    rows, cols = clip.height // block + 1, (clip.width + 2 * frames) // block + 1
    blocks = rng.integers(0, 256, (rows, cols, 3), dtype=np.uint8)
    texture = np.repeat(np.repeat(blocks, block, 0), block, 1).astype(np.int16) // 2 + 60
    texture = np.clip(texture + rng.integers(-12, 12, texture.shape), 0, 255).astype(np.uint8)
    building = path.with_name(path.name + ".building.mp4")
    with av.open(str(building), mode="w") as container:
        stream = container.add_stream(clip.codec, rate=Fraction(clip.fps))
        stream.width, stream.height, stream.pix_fmt = clip.width, clip.height, "yuv420p"
        stream.codec_context.gop_size = clip.gop
        if clip.codec == "libx264":
            stream.options = {
                "preset": "veryfast", "bf": "2", "g": str(clip.gop),
                "keyint_min": str(clip.gop), "sc_threshold": "0", "b": "11M",
                "maxrate": "16M", "bufsize": "16M",
            }  # fmt: skip
        else:
            stream.options = {
                "preset": "ultrafast",
                "x265-params": f"log-level=error:bframes=2:keyint={clip.gop}:"
                f"min-keyint={clip.gop}:scenecut=0:bitrate=40000",
            }
        for i in range(frames):
            rgb = np.ascontiguousarray(texture[: clip.height, 2 * i : 2 * i + clip.width])
            for bit in range(CODE_BITS):
                on = (i >> (CODE_BITS - 1 - bit)) & 1
                rgb[:CODE_BLOCK, bit * CODE_BLOCK : (bit + 1) * CODE_BLOCK] = BRIGHT if on else DARK
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
            frame.pts = i
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    building.rename(path)
    return path


def timed_frame(source: Any, index: int) -> float:
    """Milliseconds for `source.frame(index)`, checking it is that frame."""
    started = time.perf_counter()
    frame = source.frame(index)
    elapsed = (time.perf_counter() - started) * 1000
    shown = read_index(frame.rgb)
    if shown != index:
        raise SystemExit(f"frame({index}) showed frame {shown}")
    return elapsed


def first_frame(path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with open_media(path) as source:
            source.frame(0)
            times.append((time.perf_counter() - started) * 1000)
    return times


def steps(path: Path, count: int, *, back: bool) -> list[float]:
    with open_media(path) as source:
        last = source.info.frame_count - 1
        order = range(last, last - count - 1, -1) if back else range(count + 1)
        first, *rest = order
        source.frame(first)
        return [timed_frame(source, i) for i in rest]


def random_access(path: Path, count: int) -> list[float]:
    rng = random.Random(15)
    with open_media(path) as source:
        last = source.info.frame_count - 1
        return [timed_frame(source, rng.randint(0, last)) for _ in range(count)]


def floor_first_frame(path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            stream.codec_context.thread_type = THREAD_TYPE
            next(container.decode(stream))
            times.append((time.perf_counter() - started) * 1000)
    return times


def floor_per_frame(path: Path) -> list[float]:
    """Milliseconds between frames when PyAV decodes the stream in order (first excluded)."""
    times = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.codec_context.thread_type = THREAD_TYPE
        started = time.perf_counter()
        for _ in container.decode(stream):
            now = time.perf_counter()
            times.append((now - started) * 1000)
            started = now
    return times[1:]


def still_figures(rgb: np.ndarray, runs: int) -> tuple[Stats, int, tuple[int, int]]:
    height, width = rgb.shape[:2]
    frame = Frame(0, 0.0, width, height, np.ascontiguousarray(rgb))
    times, still = [], None
    for _ in range(runs):
        started = time.perf_counter()
        still = encode_still(frame)
        times.append((time.perf_counter() - started) * 1000)
    assert still is not None
    return stats(times), len(still.jpeg), (still.width, still.height)


def measure_clip(clip: Clip, runs: int, count: int) -> tuple[dict[str, Stats], Frame]:
    """Every stepping figure of one clip, printed as a table; and its middle frame."""
    path = make_bench_clip(clip)
    with open_media(path) as source:
        info = source.info
        middle = source.frame(info.frame_count // 2)
    count = min(count, info.frame_count - 1)
    print(
        f"\n### {clip.label}\n\n{info.width}x{info.height} {info.codec}, {info.frame_count} "
        f"frames at {info.frame_rate:.0f} fps, {info.size_bytes / 1024**2:.1f} MB, keyframe "
        f"every {clip.gop} frames, B-frames; decoder threads: {THREAD_TYPE}\n"
    )
    floor_first_frame(path, 1)  # warm the file cache and the decoder's libraries
    forward_ms = steps(path, count, back=False)
    floor_ms = floor_per_frame(path)
    figures = {
        "first_frame": stats(first_frame(path, runs)),
        "floor_first_frame": stats(floor_first_frame(path, runs)),
        "step_forward": stats(forward_ms),
        "step_back": stats(steps(path, count, back=True)),
        "random": stats(random_access(path, max(20, count // 4))),
        "floor_per_frame": stats(floor_ms),
    }
    labels = {
        "first_frame": "First frame: open_media + frame(0)",
        "floor_first_frame": "Floor: av.open to first decoded frame",
        "step_forward": "Step forward: frame(i + 1)",
        "step_back": "Step back: frame(i - 1)",
        "random": "Random frame: frame(i)",
        "floor_per_frame": "Floor: one frame decoded in order",
    }
    print(table(STAT_HEADERS, [stat_row(labels[k], v) for k, v in figures.items()]))
    first, forward, back = figures["first_frame"], figures["step_forward"], figures["step_back"]
    # With frame threads the decoder finishes frames ahead, so the floor's median frame
    # is near zero: the step is held against its mean (the whole stream's time per frame).
    step_mean, floor_mean = statistics.mean(forward_ms), statistics.mean(floor_ms)
    print(
        f"\nFirst frame {first.median / figures['floor_first_frame'].median:.2f}x the floor "
        f"(medians); a step forward {step_mean:.1f} ms on average, "
        f"{step_mean / floor_mean:.2f}x the floor's {floor_mean:.1f} ms a frame"
    )
    print(f"First frame under {FIRST_FRAME_MS:.0f} ms: {verdict(first.p95 < FIRST_FRAME_MS)}")
    print(
        f"Step 95th percentile under {STEP_P95_MS:.0f} ms: forward "
        f"{verdict(forward.p95 < STEP_P95_MS)}, back {verdict(back.p95 < STEP_P95_MS)}"
    )
    return figures, middle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3 if quick() else 10)
    parser.add_argument("--steps", type=int, default=60 if quick() else 200)
    args = parser.parse_args()
    header("Video stills: stepping through phone clips")
    results: dict[str, Any] = {}
    middle: Frame | None = None
    for clip in CLIPS:
        figures, frame = measure_clip(clip, args.runs, args.steps)
        results[clip.label] = {name: vars(s) for name, s in figures.items()}
        middle = middle or frame

    assert middle is not None
    hd = middle.rgb
    uhd = np.repeat(np.repeat(hd, 2, 0), 2, 1)
    noise = np.random.default_rng(4).integers(0, 256, uhd.shape, dtype=np.uint8)
    still_rows, still_data = [], {}
    for name, rgb in (("1080p frame", hd), ("4K frame", uhd), ("4K noise", noise)):
        timing, size, dims = still_figures(rgb, args.runs)
        still_rows.append(
            [name, f"{timing.median:.0f} ms", f"{timing.p95:.0f} ms", f"{size / 1000:.0f} KB",
             f"{dims[0]}x{dims[1]}"]
        )  # fmt: skip
        still_data[name] = {"median_ms": timing.median, "p95_ms": timing.p95, "bytes": size}
    print("\n### encode_still (at most 1600 px, under 300 KB)\n")
    print(table(("Frame", "Median", "95th pct", "JPEG", "Stored size"), still_rows))
    out = save("video", {"clips": results, "stills": still_data})
    print(f"\n(saved to {out.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
