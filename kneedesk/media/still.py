"""A kept frame as a JPEG still: small enough to store and print, with no metadata."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from kneedesk.media.source import Frame

QUALITIES = (90, 85, 80, 75, 70, 60, 50, 40)
"""JPEG qualities tried in turn until the still fits; below the last, the still shrinks."""
SHRINK = 0.8


@dataclass(frozen=True)
class StillImage:
    """A still's JPEG bytes and size; `scale` is stored size / frame size (1.0 or less), so
    a point at (x, y) on the frame is at (x * scale, y * scale) on the still."""

    jpeg: bytes
    width: int
    height: int
    scale: float


def encode_still(frame: Frame, *, max_side: int = 1600, max_bytes: int = 300_000) -> StillImage:
    """`frame` as a JPEG of at most `max_side` pixels on its long side (never enlarged) and
    under `max_bytes`: the quality steps down, and if even the lowest is too big (a very
    noisy picture) the picture shrinks. The JPEG carries no EXIF, ICC or comment."""
    if frame.rgb.ndim != 3 or frame.rgb.shape[2] != 3:
        raise ValueError("a frame's pixels must be (height, width, 3) RGB")
    image = Image.fromarray(frame.rgb)
    scale = min(1.0, max_side / max(frame.width, frame.height))
    while True:
        sized = _resized(image, frame, scale)
        for quality in QUALITIES:
            jpeg = _jpeg(sized, quality)
            if len(jpeg) < max_bytes:
                return StillImage(jpeg, sized.width, sized.height, sized.width / frame.width)
        if max(sized.size) <= 16:
            raise ValueError(f"no JPEG of this frame fits in {max_bytes} bytes")
        scale *= SHRINK


def _resized(image: Image.Image, frame: Frame, scale: float) -> Image.Image:
    if scale >= 1.0:
        return image
    size = (max(1, round(frame.width * scale)), max(1, round(frame.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, subsampling="4:2:0", optimize=True)
    return out.getvalue()
