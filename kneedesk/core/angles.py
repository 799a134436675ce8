"""The angles a clinician can measure on a video still (clinical rules, section 13).

Each angle is a 2-D projection from one camera, worked out from points the clinician places
on the still, in the still's pixel coordinates (x to the right, y downward, as images are).
An angle is measured and compared, never a finding on its own: nothing here fires a finding.

Signs follow the published definitions and need to know which way the camera looked
(`View`) and which leg the still is of (the item's side):

- FPPA (Willson 2008; Munro 2012): 180 degrees minus the hip-knee-ankle angle, positive
  when the knee is medial to the hip-ankle line (valgus), negative when lateral.
- Pelvic drop (Bramah 2018): the PSIS line below horizontal on the swing side (the side
  opposite the stance leg), positive when the swing side is lower.
- Trunk lean: mid-pelvis to C7 from vertical, positive toward the stance side (frontal
  views) or forward (side views).
- Shank angle at initial contact: knee centre to lateral malleolus from vertical, positive
  when the ankle lands ahead of the knee (overstride).
- Knee flexion at initial contact: 180 degrees minus the trochanter-knee-malleolus angle.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from kneedesk.core.i18n import N_, _

Side = Literal["left", "right"]


class View(StrEnum):
    """Where the camera was, as the clinician says when keeping a still."""

    FRONT = "front"
    BACK = "back"
    SIDE_FACING_LEFT = "side_facing_left"
    SIDE_FACING_RIGHT = "side_facing_right"

    @property
    def label(self) -> str:
        """How the view is named where the clinician chooses it, in the active language."""
        return _(VIEW_LABELS[self])

    @property
    def frontal(self) -> bool:
        return self in (View.FRONT, View.BACK)


VIEW_LABELS: dict[View, str] = {
    View.FRONT: N_("Front (camera facing the patient)"),
    View.BACK: N_("Back (camera behind the patient)"),
    View.SIDE_FACING_LEFT: N_("Side, patient facing left on screen"),
    View.SIDE_FACING_RIGHT: N_("Side, patient facing right on screen"),
}


@dataclass(frozen=True)
class Point:
    """A point on the still, in the stored image's pixels."""

    x: float
    y: float


class AngleError(ValueError):
    """The points cannot give the angle (too few, or two of them on top of each other)."""


@dataclass(frozen=True)
class AngleKind:
    """One angle of section 13: its points in the order they are placed, and its views.

    The words are kept as English message ids (`label_en`, ...); `label`, `short`, `points`
    and `definition` give them in the active language.
    """

    id: str
    label_en: str
    short_en: str
    points_en: tuple[str, ...]
    views: tuple[View, ...]
    reference: Literal["", "horizontal", "vertical"]
    definition_en: str
    source: str

    @property
    def label(self) -> str:
        return _(self.label_en)

    @property
    def short(self) -> str:
        return _(self.short_en)

    @property
    def points(self) -> tuple[str, ...]:
        return tuple(_(point) for point in self.points_en)

    @property
    def definition(self) -> str:
        return _(self.definition_en)


_FRONTAL = (View.FRONT, View.BACK)
_SIDE = (View.SIDE_FACING_LEFT, View.SIDE_FACING_RIGHT)

ANGLES: dict[str, AngleKind] = {
    kind.id: kind
    for kind in (
        AngleKind(
            id="angle.fppa",
            label_en=N_("Frontal-plane projection angle (FPPA)"),
            short_en=N_("FPPA"),
            points_en=(
                N_("Hip (mid-thigh at the hip joint)"),
                N_("Knee centre"),
                N_("Ankle midpoint"),
            ),
            views=_FRONTAL,
            reference="",
            definition_en=N_(
                "180 degrees minus the hip-knee-ankle angle; positive when the knee is "
                "medial to the hip-ankle line (valgus), negative when lateral"
            ),
            source="Willson 2008 JOSPT; Munro 2012 Phys Ther Sport",
        ),
        AngleKind(
            id="angle.pelvic_drop",
            label_en=N_("Contralateral pelvic drop"),
            short_en=N_("Pelvic drop"),
            points_en=(N_("Left PSIS"), N_("Right PSIS")),
            views=_FRONTAL,
            reference="horizontal",
            definition_en=N_(
                "the line between the PSIS below horizontal on the swing side at "
                "midstance; positive when the swing side is lower"
            ),
            source="Bramah 2018 AJSM",
        ),
        AngleKind(
            id="angle.trunk_lean",
            label_en=N_("Trunk lean"),
            short_en=N_("Trunk lean"),
            points_en=(N_("Mid-pelvis"), N_("C7 (or sternal notch)")),
            views=_FRONTAL + _SIDE,
            reference="vertical",
            definition_en=N_(
                "mid-pelvis to C7 from vertical; positive toward the stance side (front or "
                "back view) or forward (side view)"
            ),
            source="clinic definition (no study named)",
        ),
        AngleKind(
            id="angle.shank_ic",
            label_en=N_("Shank angle at initial contact"),
            short_en=N_("Shank angle"),
            points_en=(N_("Knee centre"), N_("Lateral malleolus")),
            views=_SIDE,
            reference="vertical",
            definition_en=N_(
                "knee centre to lateral malleolus from vertical at initial contact; "
                "positive when the ankle lands ahead of the knee (overstride)"
            ),
            source="clinic definition (no study named)",
        ),
        AngleKind(
            id="angle.knee_flexion_ic",
            label_en=N_("Knee flexion at initial contact"),
            short_en=N_("Knee flexion"),
            points_en=(
                N_("Greater trochanter"),
                N_("Lateral knee joint line"),
                N_("Lateral malleolus"),
            ),
            views=_SIDE,
            reference="",
            definition_en=N_("180 degrees minus the angle at the knee at initial contact"),
            source="clinic definition (no study named)",
        ),
    )
}

CAMERA_CAUTION = N_(
    "2-D angles change by a few degrees with camera position; compare stills taken the same way"
)
"""The note printed beside every comparison of an angle between visits (section 13); a message
id: print `_(CAMERA_CAUTION)`."""


def angle_degrees(angle_id: str, points: Sequence[Point], view: View, side: Side) -> float:
    """The angle in degrees from its points, signed as section 13 defines it.

    Raises `AngleError` when the points are too few or coincide, and `KeyError` for an
    unknown angle id.
    """
    kind = ANGLES[angle_id]
    if len(points) != len(kind.points):
        raise AngleError(
            _("{angle} needs {n} points, not {given}").format(
                angle=kind.short, n=len(kind.points_en), given=len(points)
            )
        )
    for a, b in zip(points, points[1:], strict=False):
        if math.isclose(a.x, b.x, abs_tol=1e-9) and math.isclose(a.y, b.y, abs_tol=1e-9):
            raise AngleError(
                _("{angle}: two points are on top of each other; move one").format(angle=kind.short)
            )
    if angle_id == "angle.fppa":
        return _fppa(points[0], points[1], points[2], view, side)
    if angle_id == "angle.pelvic_drop":
        return _pelvic_drop(points[0], points[1], side)
    if angle_id == "angle.trunk_lean":
        return _trunk_lean(points[0], points[1], view, side)
    if angle_id == "angle.shank_ic":
        return _shank(points[0], points[1], view)
    return 180.0 - _inner_angle(points[0], points[1], points[2])


def _inner_angle(a: Point, vertex: Point, c: Point) -> float:
    """The angle a-vertex-c in degrees, 0 to 180."""
    ax, ay = a.x - vertex.x, a.y - vertex.y
    cx, cy = c.x - vertex.x, c.y - vertex.y
    cosine = (ax * cx + ay * cy) / (math.hypot(ax, ay) * math.hypot(cx, cy))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def _medial_x(view: View, side: Side) -> float:
    """+1 when the leg's medial side is toward larger x on the image, else -1.

    Facing the camera, the patient's right leg is on the image's left and its medial side
    points to the image's right; from behind, left and right swap.
    """
    toward_right = side == "right"
    return 1.0 if (view is View.FRONT) == toward_right else -1.0


def _fppa(hip: Point, knee: Point, ankle: Point, view: View, side: Side) -> float:
    size = 180.0 - _inner_angle(hip, knee, ankle)
    # Where the knee is across the hip-ankle line, at the knee's height: the sign of the
    # cross product says which side, the view and side say whether that side is medial.
    cross = (ankle.x - hip.x) * (knee.y - hip.y) - (ankle.y - hip.y) * (knee.x - hip.x)
    # For a line running downward (ankle below hip), cross < 0 means the knee is to the
    # right of it on the image.
    downward = 1.0 if ankle.y >= hip.y else -1.0
    knee_right = -cross * downward > 0
    if math.isclose(cross, 0.0, abs_tol=1e-9):
        return 0.0
    medial = (1.0 if knee_right else -1.0) * _medial_x(view, side)
    return size if medial > 0 else -size


def _pelvic_drop(left_psis: Point, right_psis: Point, side: Side) -> float:
    stance, swing = (left_psis, right_psis) if side == "left" else (right_psis, left_psis)
    # y grows downward: the swing side lower means a larger y.
    return math.degrees(math.atan2(swing.y - stance.y, abs(swing.x - stance.x)))


def _forward_x(view: View) -> float:
    return -1.0 if view is View.SIDE_FACING_LEFT else 1.0


def _trunk_lean(pelvis: Point, c7: Point, view: View, side: Side) -> float:
    rise = pelvis.y - c7.y
    across = c7.x - pelvis.x
    # Frontal: the stance side is the leg's side, on the image lateral to that leg (the
    # opposite of its medial direction). Side views: forward.
    toward = -_medial_x(view, side) if view.frontal else _forward_x(view)
    return math.degrees(math.atan2(across * toward, abs(rise)))


def _shank(knee: Point, malleolus: Point, view: View) -> float:
    ahead = (malleolus.x - knee.x) * _forward_x(view)
    return math.degrees(math.atan2(ahead, abs(malleolus.y - knee.y)))
