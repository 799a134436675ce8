"""Stills as the still dialog makes them, for the use-case and screen tests."""

from __future__ import annotations

import io
import math
import uuid

from PIL import Image, ImageDraw

from kneedesk.core.angles import Point, Side, View
from kneedesk.core.stills import AngleMark, Still, StillSource

WIDTH, HEIGHT = 240, 320


def jpeg(width: int = WIDTH, height: int = HEIGHT, shade: int = 90, knee_x: int = 132) -> bytes:
    """A small real JPEG: a leg (hip, knee, ankle down the middle) on a plain wall."""
    image = Image.new("RGB", (width, height), (shade, shade + 8, shade + 16))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, int(height * 0.85), width, height), fill=(120, 96, 70))  # the floor
    leg = [
        (width // 2, int(height * 0.19)),
        (knee_x, height // 2),
        (width // 2, int(height * 0.81)),
    ]
    draw.line(leg, fill=(222, 184, 150), width=34, joint="curve")
    draw.ellipse(
        (width // 2 - 30, int(height * 0.81) - 8, width // 2 + 34, int(height * 0.81) + 14),
        fill=(40, 40, 48),
    )  # the shoe
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def fppa_mark(degrees: float) -> AngleMark:
    """FPPA points giving `degrees` on a right leg filmed from the front (valgus positive)."""
    offset = 100 * math.tan(math.radians(abs(degrees) / 2))
    knee_x = 120 + (offset if degrees >= 0 else -offset)
    return AngleMark("angle.fppa", (Point(120, 60), Point(knee_x, 160), Point(120, 260)))


def trunk_mark(degrees: float) -> AngleMark:
    """Trunk-lean points, `degrees` from vertical on a right leg filmed from the front
    (positive toward the stance side: the image's left)."""
    across = -100 * math.tan(math.radians(degrees))
    return AngleMark("angle.trunk_lean", (Point(120, 160), Point(120 + across, 60)))


def make_still(
    *marks: AngleMark,
    item_id: str = "hip.single_leg_squat",
    side: Side = "right",
    view: View = View.FRONT,
    file_name: str = "IMG_0412.MOV",
    sha256: str = "ab" * 32,
    shade: int = 90,
) -> Still:
    """A still of frame 42 of a 30 fps phone video, with these angles placed."""
    return Still(
        uid=uuid.uuid4().hex,
        item_id=item_id,
        side=side,
        view=view,
        jpeg=jpeg(shade=shade),
        width=WIDTH,
        height=HEIGHT,
        source=StillSource("video", file_name, sha256, 42, 30.0, 90),
        marks=marks,
    )
