"""Small real JPEG stills for the store tests."""

from __future__ import annotations

import io

from PIL import Image

from kneedesk.core.angles import Point, View
from kneedesk.core.stills import AngleMark, Still, StillSource

FPPA = AngleMark("angle.fppa", (Point(20.0, 5.0), Point(26.0, 30.0), Point(20.0, 45.0)))
TRUNK = AngleMark("angle.trunk_lean", (Point(30.0, 40.0), Point(32.0, 4.5)))


def jpeg(colour: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (64, 48)) -> bytes:
    """A real JPEG of one colour."""
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=85)
    return out.getvalue()


def make_still(
    *,
    item_id: str = "hip.step_down",
    side: str = "left",
    view: View = View.FRONT,
    colour: tuple[int, int, int] = (200, 40, 40),
    kind: str = "video",
    marks: tuple[AngleMark, ...] = (FPPA,),
    uid: str = "",
) -> Still:
    """A still of a 64 x 48 frame, as the screen hands it to the store."""
    return Still(
        uid=uid,
        item_id=item_id,
        side=side,  # type: ignore[arg-type]
        view=view,
        jpeg=jpeg(colour),
        width=64,
        height=48,
        source=StillSource(
            kind,  # type: ignore[arg-type]
            "step-down left.mp4" if kind == "video" else "photo.jpg",
            "ab" * 32,
            120 if kind == "video" else 0,
            59.94 if kind == "video" else None,
            600 if kind == "video" else 1,
        ),
        marks=marks,
        note="knee in at the lowest point",
    )
