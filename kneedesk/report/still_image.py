"""The still's picture as it prints: with the face hidden when the clinician left "hide face"
on (the default), so a handout or summary left on a desk does not show who the patient is.

The top of the frame is pixelated and blurred from the top edge down to just above the
highest point the clinician placed (less a margin), never less than the top fifth and never
more than 45% of the height; a still with no points loses its top 30%. The stored still is
never changed: this returns new JPEG bytes, the same bytes for the same still.
"""

from __future__ import annotations

import io

from PIL import Image, ImageFilter

from kneedesk.core.stills import Still

FACE_MARGIN = 0.04  # of the height, kept clear above the highest point
FACE_MIN = 0.20  # the band hides at least this share of the height...
FACE_MAX = 0.45  # ...and at most this share
FACE_NO_POINTS = 0.30  # with no points placed
JPEG_QUALITY = 88


def face_band(still: Still) -> int:
    """How many rows from the top are hidden when the face is hidden (0 when it is not)."""
    if not still.hide_face:
        return 0
    height = still.height
    ys = [p.y for mark in still.marks for p in mark.points]
    if not ys:
        return round(height * FACE_NO_POINTS)
    band = min(ys) - FACE_MARGIN * height
    return round(min(max(band, FACE_MIN * height), FACE_MAX * height))


def _obscure(band: Image.Image) -> Image.Image:
    """Pixelated in blocks of about a twentieth of the band's width, then softened."""
    block = max(8, band.width // 20)
    small = band.resize(
        (max(1, band.width // block), max(1, band.height // block)), Image.Resampling.BOX
    )
    coarse = small.resize(band.size, Image.Resampling.NEAREST)
    return coarse.filter(ImageFilter.GaussianBlur(radius=block / 2))


class StillImageError(ValueError):
    """The still's bytes are not an image that can be read (damaged or changed outside)."""


def _decoded(jpeg: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(jpeg)) as opened:
            return opened.convert("RGB")
    except (OSError, SyntaxError, ValueError) as error:  # Pillow's errors for bad data
        raise StillImageError(f"the still's image cannot be read: {error}") from error


def printed_jpeg(still: Still) -> bytes:
    """The JPEG to print: the still's own bytes, or a copy with the top band hidden.

    Raises `StillImageError` when the bytes are not a readable image.
    """
    image = _decoded(still.jpeg)
    rows = face_band(still)
    if rows <= 0:
        return still.jpeg
    rows = min(rows, image.height)
    top = image.crop((0, 0, image.width, rows))
    image.paste(_obscure(top), (0, 0))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue()
