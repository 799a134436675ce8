"""Real test videos and photos made with PyAV and Pillow, whose pixels say which frame they are.

Every picture carries its frame index as a binary code in its top row (`CODE_BITS` squares
of `CODE_BLOCK` pixels, bright for 1, dark for 0, most significant first), drawn upright as
the picture is displayed; `read_index` reads it back from a decoded frame. Optional markers
are bright filled dots (radius `DOT_RADIUS`) at given display coordinates. A clip with
`rotate` is stored turned as a phone stores a portrait video, with a display matrix saying
how to turn it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Literal

import av
import numpy as np
import numpy.typing as npt
from PIL import Image

CODE_BITS = 10
CODE_BLOCK = 16
DOT_RADIUS = 6
BACKGROUND = 70
BRIGHT = 240
DARK = 10

Markers = Callable[[int], Sequence[tuple[float, float]]]
EXIF_ORIENTATION = {0: 1, 90: 6, 180: 3, 270: 8}
"""Clockwise degrees a viewer turns the stored photo to show it upright, as EXIF says it."""


def picture(
    index: int, width: int, height: int, points: Sequence[tuple[float, float]] = ()
) -> npt.NDArray[np.uint8]:
    """The upright picture of frame `index`: its code along the top, dots at `points`."""
    if index >= 2**CODE_BITS:
        raise ValueError(f"frame {index} needs more than {CODE_BITS} bits")
    if width < CODE_BITS * CODE_BLOCK:
        raise ValueError(f"a clip must be at least {CODE_BITS * CODE_BLOCK} pixels wide")
    rgb = np.full((height, width, 3), BACKGROUND, np.uint8)
    rgb[:, :, 2] = (np.arange(width) * 255 // max(1, width - 1)).astype(np.uint8)[None, :] // 2
    for bit in range(CODE_BITS):
        on = (index >> (CODE_BITS - 1 - bit)) & 1
        x = bit * CODE_BLOCK
        rgb[0:CODE_BLOCK, x : x + CODE_BLOCK] = BRIGHT if on else DARK
    ys, xs = np.ogrid[:height, :width]
    for px, py in points:
        rgb[(xs - px) ** 2 + (ys - py) ** 2 <= DOT_RADIUS**2] = 255
    return rgb


def read_index(frame_rgb: npt.NDArray[np.uint8]) -> int:
    """The frame index a picture made here carries in its top row."""
    value = 0
    middle = CODE_BLOCK // 2
    for bit in range(CODE_BITS):
        x = bit * CODE_BLOCK
        patch = frame_rgb[middle - 3 : middle + 3, x + middle - 3 : x + middle + 3]
        value = (value << 1) | int(patch.mean() > (BRIGHT + DARK) / 2)
    return value


def is_dot(frame_rgb: npt.NDArray[np.uint8], x: float, y: float) -> bool:
    """True when a marker dot is drawn at (x, y) of a displayed frame."""
    ix, iy = round(x), round(y)
    patch = frame_rgb[iy - 2 : iy + 3, ix - 2 : ix + 3]
    return bool(patch.size) and float(patch.mean()) > 200


TICKS_PER_FRAME = 4


def frame_times(frames: int, fps: int, *, vfr: bool = False) -> list[Fraction]:
    """When each frame of a `make_clip` clip is shown, in seconds from the first: every
    1/fps, or with `vfr` gaps of 1/fps and 1.75/fps in turn."""
    gaps = [TICKS_PER_FRAME + (3 if vfr and i % 2 else 0) for i in range(frames)]
    tick = Fraction(1, fps * TICKS_PER_FRAME)
    return [sum(gaps[:i], 0) * tick for i in range(frames)]


def make_clip(
    path: Path,
    *,
    frames: int = 30,
    fps: int = 30,
    codec: Literal["libx264", "libx265"] = "libx264",
    size: tuple[int, int] = (640, 360),
    markers: Markers | None = None,
    rotate: int = 0,
    gop: int | None = None,
    bframes: bool = True,
    vfr: bool = False,
    ten_bit: bool = False,
) -> Path:
    """Write a clip of `frames` frames at `fps`, `size` = (width, height) as stored.

    `rotate` (0, 90, 180, 270) is how far clockwise a player turns the stored picture, as a
    phone's portrait video says (90); the displayed size is then (height, width), and the
    code and `markers(i)` are drawn in display coordinates. `gop` is the keyframe interval
    (default: one a second); with `bframes` the encoder uses up to 2 B-frames. With `vfr`
    the frames are unevenly spaced, as a phone's variable frame rate makes them: frame i is
    shown at `frame_times(frames, fps, vfr=True)[i]` seconds. With `ten_bit` (HEVC only) the
    pictures are 10-bit (yuv420p10le), as a phone's HDR video is.
    """
    width, height = size
    if width % 2 or height % 2:
        raise ValueError("yuv420p needs even sizes")
    turns = (rotate // 90) % 4
    shown_w, shown_h = (height, width) if turns % 2 else (width, height)
    keyint = gop or fps
    pix_fmt = "yuv420p10le" if ten_bit else "yuv420p"
    with av.open(str(path), mode="w") as container:
        stream = container.add_stream(codec, rate=Fraction(fps))
        stream.width, stream.height, stream.pix_fmt = width, height, pix_fmt
        stream.codec_context.gop_size = keyint
        b = 2 if bframes else 0
        if codec == "libx264":
            stream.options = {
                "preset": "ultrafast",
                "bf": str(b),
                "g": str(keyint),
                "keyint_min": str(keyint),
                "sc_threshold": "0",
            }
        else:
            params = f"log-level=error:bframes={b}:keyint={keyint}:min-keyint={keyint}:scenecut=0"
            stream.options = {"preset": "ultrafast", "x265-params": params}
        if turns:
            stream.set_display_rotation(-90 * turns)
        ticks = Fraction(1, fps * TICKS_PER_FRAME)
        stream.codec_context.time_base = ticks
        times = frame_times(frames, fps, vfr=vfr)
        for i in range(frames):
            upright = picture(i, shown_w, shown_h, markers(i) if markers else ())
            stored = np.ascontiguousarray(np.rot90(upright, turns))
            frame = av.VideoFrame.from_ndarray(stored, format="rgb24").reformat(format=pix_fmt)
            frame.pts = int(times[i] / ticks)
            frame.time_base = ticks
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def make_photo(
    path: Path,
    size: tuple[int, int],
    markers: Sequence[tuple[float, float]] = (),
    exif_rotation: int | None = None,
) -> Path:
    """A JPEG or PNG (by `path`'s suffix) of frame 0's picture, `size` = (width, height) as
    displayed. With `exif_rotation` (90, 180, 270: clockwise degrees a viewer turns the
    stored picture) the pixels are stored turned and the EXIF orientation says so."""
    width, height = size
    upright = picture(0, width, height, markers)
    turns = ((exif_rotation or 0) // 90) % 4
    image = Image.fromarray(np.ascontiguousarray(np.rot90(upright, turns)))
    options: dict[str, object] = {}
    if exif_rotation is not None:
        exif = Image.Exif()
        exif[0x0112] = EXIF_ORIENTATION[exif_rotation % 360]
        options["exif"] = exif.tobytes()
    if path.suffix.lower() in (".jpg", ".jpeg"):
        options["quality"] = 95
    image.save(path, **options)
    return path


def make_audio_only(path: Path, seconds: float = 0.5) -> Path:
    """An AAC sound recording with no video stream (.m4a or .mp4)."""
    rate = 44_100
    with av.open(str(path), mode="w") as container:
        stream = container.add_stream("aac", rate=rate)
        stream.layout = "mono"
        samples = int(rate * seconds)
        chunk = 1024
        for start in range(0, samples, chunk):
            tone = np.sin(np.arange(start, start + chunk) * 2 * np.pi * 440 / rate)
            frame = av.AudioFrame.from_ndarray(
                (tone[None, :] * 0.2).astype(np.float32), format="fltp", layout="mono"
            )
            frame.sample_rate = rate
            frame.pts = start
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def make_video_without_frames(path: Path) -> Path:
    """A container with an H.264 video stream and not one packet in it."""
    with av.open(str(path), mode="w") as container:
        stream = container.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        container.start_encoding()  # writes the header: the file exists, with no packets
    return path


def make_unknown_codec(path: Path) -> Path:
    """An MP4 whose video track names a codec FFmpeg does not know ('kdzz' instead of
    'avc1' in its sample description)."""
    make_clip(path, frames=4, size=(320, 180))
    data = bytearray(path.read_bytes())
    at = data.index(b"avc1", data.index(b"stsd"))
    data[at : at + 4] = b"kdzz"
    path.write_bytes(bytes(data))
    return path
