"""Stills for report tests: a drawn figure on a plain room background, as a phone frame would
show a patient mid-test, with the clinician's points placed on its joints.

The angles are set by where the joints are drawn, so each test knows its numbers by hand:
`squat_still(fppa=14)` puts the knee so that the FPPA is 14 degrees.
"""

from __future__ import annotations

import hashlib
import io
import math
from dataclasses import replace

from PIL import Image, ImageDraw, ImageFilter

from kneedesk.core.angles import Point, View
from kneedesk.core.stills import AngleMark, Still, StillSource, image_digest

SKIN = (214, 170, 140)
SHIRT = (46, 92, 150)
SHORTS = (40, 40, 48)
WALL = (226, 222, 212)
FLOOR = (170, 150, 120)


def _room(width: int, height: int, floor_at: float) -> Image.Image:
    image = Image.new("RGB", (width, height), WALL)
    draw = ImageDraw.Draw(image)
    floor = int(height * floor_at)
    draw.rectangle((0, floor, width, height), fill=FLOOR)
    for x in range(0, width, width // 8):  # a few wall panels, so the picture has detail
        draw.line((x, 0, x, floor), fill=(210, 205, 195), width=3)
    draw.line((0, floor, width, floor), fill=(120, 100, 80), width=6)
    return image


def _limb(
    draw: ImageDraw.ImageDraw, a: Point, b: Point, width: int, color: tuple[int, ...]
) -> None:
    draw.line((a.x, a.y, b.x, b.y), fill=color, width=width)
    for p in (a, b):
        r = width / 2
        draw.ellipse((p.x - r, p.y - r, p.x + r, p.y + r), fill=color)


def _head(draw: ImageDraw.ImageDraw, centre: Point, r: float) -> None:
    draw.ellipse((centre.x - r, centre.y - r, centre.x + r, centre.y + r), fill=SKIN)
    draw.ellipse(  # hair
        (centre.x - r, centre.y - r * 1.05, centre.x + r, centre.y - r * 0.1), fill=(60, 40, 30)
    )
    for dx in (-0.35, 0.35):  # eyes and mouth: a face for "hide face" to hide
        draw.ellipse(
            (centre.x + dx * r - 7, centre.y - 6, centre.x + dx * r + 7, centre.y + 8),
            fill=(30, 30, 30),
        )
    draw.arc(
        (centre.x - 25, centre.y + 10, centre.x + 25, centre.y + 45), 20, 160, (120, 40, 40), 5
    )


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(1.2)).save(out, format="JPEG", quality=85)
    return out.getvalue()


def _source(name: str, frame: int = 212) -> StillSource:
    return StillSource("video", name, hashlib.sha256(name.encode()).hexdigest(), frame, 240.0, 480)


def squat_still(
    fppa: float = 14.0,
    drop: float = 6.0,
    lean: float = 8.0,
    *,
    side: str = "right",
    uid: str = "s1",
    item_id: str = "hip.single_leg_squat",
    file_name: str = "IMG_0412.MOV",
    on_handout: bool = True,
) -> Still:
    """A front-view single-leg squat on the right leg with the given FPPA, pelvic drop and
    trunk lean (degrees, signed as section 13 defines them)."""
    assert side == "right"
    w, h = 1200, 1600
    image = _room(w, h, 0.86)
    draw = ImageDraw.Draw(image)
    # Right leg on the image's left; its medial side (toward the other knee) is +x.
    hip = Point(520, 820)
    ankle = Point(520, 1380)
    knee = Point(520 + 280 * math.tan(math.radians(fppa / 2)), 1100)
    half = 110  # half the PSIS width
    right_psis = Point(hip.x + 20, 780)
    left_psis = Point(right_psis.x + 2 * half, 780 + 2 * half * math.tan(math.radians(drop)))
    pelvis = Point((right_psis.x + left_psis.x) / 2, (right_psis.y + left_psis.y) / 2)
    trunk = 360
    # Toward the stance (right) side is toward -x on the image.
    c7 = Point(
        pelvis.x - trunk * math.sin(math.radians(lean)),
        pelvis.y - trunk * math.cos(math.radians(lean)),
    )
    other_hip = Point(left_psis.x, left_psis.y + 40)
    other_knee = Point(other_hip.x + 60, other_hip.y + 220)
    other_ankle = Point(other_knee.x - 40, other_knee.y + 120)
    _limb(draw, other_hip, other_knee, 70, SKIN)
    _limb(draw, other_knee, other_ankle, 56, SKIN)
    _limb(draw, hip, knee, 80, SKIN)
    _limb(draw, knee, ankle, 60, SKIN)
    draw.ellipse((ankle.x - 60, ankle.y - 10, ankle.x + 40, ankle.y + 40), fill=(240, 240, 240))
    draw.rectangle(
        (right_psis.x - 60, right_psis.y - 20, left_psis.x + 60, pelvis.y + 130), fill=SHORTS
    )
    _limb(draw, pelvis, c7, 250, SHIRT)
    for sign in (-1, 1):
        shoulder = Point(c7.x + sign * 130, c7.y + 40)
        _limb(draw, shoulder, Point(shoulder.x + sign * 60, shoulder.y + 300), 52, SKIN)
    _head(draw, Point(c7.x, c7.y - 150), 105)
    marks = (
        AngleMark("angle.fppa", (hip, knee, ankle)),
        AngleMark("angle.pelvic_drop", (left_psis, right_psis)),
        AngleMark("angle.trunk_lean", (pelvis, c7)),
    )
    jpeg = _jpeg(image)
    return Still(
        uid=uid,
        item_id=item_id,
        side="right",
        view=View.FRONT,
        jpeg=jpeg,
        width=w,
        height=h,
        source=_source(file_name),
        marks=marks,
        on_handout=on_handout,
        image_sha256=image_digest(jpeg),
    )


def running_still(
    shank: float = 9.0, flexion: float = 18.0, *, uid: str = "r1", on_handout: bool = True
) -> Still:
    """A side view (patient facing right) of the right foot landing when running."""
    w, h = 1600, 900
    image = _room(w, h, 0.9)
    draw = ImageDraw.Draw(image)
    knee = Point(820, 560)
    ankle = Point(
        knee.x + 240 * math.sin(math.radians(shank)), knee.y + 240 * math.cos(math.radians(shank))
    )
    # The thigh: flexion is 180 minus the angle at the knee; the thigh runs up and back.
    shin_dir = math.atan2(ankle.y - knee.y, ankle.x - knee.x)
    thigh_dir = shin_dir + math.radians(180 - flexion)
    hip = Point(knee.x + 260 * math.cos(thigh_dir), knee.y + 260 * math.sin(thigh_dir))
    if hip.y > knee.y:
        thigh_dir = shin_dir - math.radians(180 - flexion)
        hip = Point(knee.x + 260 * math.cos(thigh_dir), knee.y + 260 * math.sin(thigh_dir))
    back_knee = Point(hip.x - 150, hip.y + 200)
    _limb(draw, hip, back_knee, 70, (190, 150, 120))
    _limb(draw, back_knee, Point(back_knee.x - 160, back_knee.y - 40), 52, (190, 150, 120))
    _limb(draw, hip, knee, 80, SKIN)
    _limb(draw, knee, ankle, 58, SKIN)
    draw.ellipse((ankle.x - 40, ankle.y - 10, ankle.x + 80, ankle.y + 35), fill=(240, 240, 240))
    draw.rectangle((hip.x - 70, hip.y - 60, hip.x + 70, hip.y + 70), fill=SHORTS)
    c7 = Point(hip.x + 40, hip.y - 330)
    _limb(draw, Point(hip.x, hip.y - 40), c7, 150, SHIRT)
    _head(draw, Point(c7.x + 20, c7.y - 110), 80)
    marks = (
        AngleMark("angle.shank_ic", (knee, ankle)),
        AngleMark("angle.knee_flexion_ic", (hip, knee, ankle)),
    )
    jpeg = _jpeg(image)
    return Still(
        uid=uid,
        item_id="running.overstride",
        side="right",
        view=View.SIDE_FACING_RIGHT,
        jpeg=jpeg,
        width=w,
        height=h,
        source=_source("run_side.MOV", 131),
        marks=marks,
        on_handout=on_handout,
        image_sha256=image_digest(jpeg),
    )


def altered(still: Still) -> Still:
    """The still with its image bytes changed after its digest was kept."""
    return replace(still, jpeg=still.jpeg[:-2] + b"\x00\xff\xd9")
