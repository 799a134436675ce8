"""A still kept from a video or photo of a test, with the angles measured on it.

A still belongs to a visit, an item of the screen and a side (the leg filmed, or the stance
leg). It holds the frame as a JPEG (at most 1600 px on the long side), where it came from
(file name, SHA-256, frame number and rate: the original is never copied into the
database), and the points of each angle, in the JPEG's pixels. The angle itself is always
worked out again from the points (`core/angles.py`), so a stored number can never disagree
with the points it rests on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from kneedesk.core.angles import ANGLES, AngleError, Point, Side, View, angle_degrees
from kneedesk.core.i18n import N_, _

SourceKind = Literal["video", "photo"]

MAX_STILL_BYTES = 300_000
MAX_STILL_SIDE = 1600

FILMED_ITEMS: dict[str, tuple[str, ...]] = {
    "hip.single_leg_squat": ("angle.fppa", "angle.pelvic_drop", "angle.trunk_lean"),
    "hip.single_leg_squat_signs": ("angle.fppa", "angle.pelvic_drop", "angle.trunk_lean"),
    "hip.step_down": ("angle.fppa", "angle.pelvic_drop", "angle.trunk_lean"),
    "hip.trendelenburg": ("angle.pelvic_drop", "angle.trunk_lean"),
    "running.pelvic_drop": ("angle.pelvic_drop", "angle.trunk_lean"),
    "running.knee_inward": ("angle.fppa",),
    "running.overstride": ("angle.shank_ic", "angle.knee_flexion_ic"),
    "running.trunk_lean": ("angle.trunk_lean",),
    "running.foot_strike": ("angle.shank_ic", "angle.knee_flexion_ic"),
}
"""The items a still can be kept for, each with the angles that fit its test (first is the
one suggested). Any angle of section 13 may still be placed on any of them."""

TEST_NAMES: dict[str, str] = {
    # Translators: test names as a patient would say them, used inside handout sentences.
    "hip.single_leg_squat": N_("single-leg squat"),
    "hip.single_leg_squat_signs": N_("single-leg squat"),
    "hip.step_down": N_("step-down"),
    "hip.trendelenburg": N_("single-leg stance"),
    "running.pelvic_drop": N_("running"),
    "running.knee_inward": N_("running"),
    "running.overstride": N_("running"),
    "running.trunk_lean": N_("running"),
    "running.foot_strike": N_("running"),
}
"""The test as a patient would name it, for the handout's sentences (marked with N_; read
through `Still.test_name`, in the active language)."""


@dataclass(frozen=True)
class StillSource:
    """Where the still's frame came from. The original file stays where the clinic keeps it."""

    kind: SourceKind
    file_name: str
    sha256: str
    frame_index: int
    frame_rate: float | None
    frame_count: int

    @property
    def time_s(self) -> float | None:
        return self.frame_index / self.frame_rate if self.frame_rate else None


@dataclass(frozen=True)
class AngleMark:
    """One angle placed on a still: its kind and its points, in the order the kind names."""

    angle_id: str
    points: tuple[Point, ...]

    @property
    def kind_label(self) -> str:
        return ANGLES[self.angle_id].label


@dataclass(frozen=True)
class Still:
    """A kept still with its angles. `uid` identifies it across export and import."""

    uid: str
    item_id: str
    side: Side
    view: View
    jpeg: bytes
    width: int
    height: int
    source: StillSource
    marks: tuple[AngleMark, ...] = ()
    on_handout: bool = False
    hide_face: bool = True
    note: str = ""
    image_sha256: str = field(default="")
    created_at: str = ""

    def angle(self, mark: AngleMark) -> float | None:
        """The mark's angle in degrees, or None when its points cannot give one."""
        try:
            return angle_degrees(mark.angle_id, mark.points, self.view, self.side)
        except AngleError:
            return None

    def angles(self) -> dict[str, float]:
        """Each measured angle by id (the first mark of a kind when there are several)."""
        measured: dict[str, float] = {}
        for mark in self.marks:
            value = self.angle(mark)
            if value is not None and mark.angle_id not in measured:
                measured[mark.angle_id] = value
        return measured

    @property
    def altered(self) -> bool:
        """True when the image bytes no longer hash to the digest kept when it was taken."""
        return bool(self.image_sha256) and image_digest(self.jpeg) != self.image_sha256

    @property
    def test_name(self) -> str:
        """The test as a patient would name it, in the active language."""
        name = TEST_NAMES.get(self.item_id)
        return self.item_id if name is None else _(name)


def image_digest(jpeg: bytes) -> str:
    return hashlib.sha256(jpeg).hexdigest()


def marks_to_json(marks: Sequence[AngleMark]) -> list[dict[str, Any]]:
    """The marks as stored and exported: points rounded to a tenth of a pixel."""
    return [
        {
            "angle": mark.angle_id,
            "points": [[round(p.x, 1), round(p.y, 1)] for p in mark.points],
        }
        for mark in marks
    ]


class StillFormatError(ValueError):
    """A stored or imported still's marks or source do not have the expected shape."""


def marks_from_json(raw: Any, width: int, height: int) -> tuple[AngleMark, ...]:
    """Marks read back, checked: known angle ids, the right number of points, on the image."""
    if not isinstance(raw, list):
        raise StillFormatError("marks must be a list")
    marks = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, Mapping) or set(entry) != {"angle", "points"}:
            raise StillFormatError(f"mark {index + 1} must have exactly 'angle' and 'points'")
        angle_id = entry["angle"]
        if angle_id not in ANGLES:
            raise StillFormatError(f"mark {index + 1}: unknown angle {angle_id!r}")
        points = entry["points"]
        wanted = len(ANGLES[angle_id].points)
        if not isinstance(points, list) or len(points) != wanted:
            raise StillFormatError(f"mark {index + 1}: {angle_id} needs {wanted} points")
        read = []
        for point in points:
            if (
                not isinstance(point, list)
                or len(point) != 2
                or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
            ):
                raise StillFormatError(f"mark {index + 1}: a point must be [x, y]")
            x, y = float(point[0]), float(point[1])
            if not (0 <= x <= width and 0 <= y <= height):
                raise StillFormatError(
                    f"mark {index + 1}: point ({x}, {y}) is outside the {width}x{height} image"
                )
            read.append(Point(x, y))
        marks.append(AngleMark(angle_id, tuple(read)))
    return tuple(marks)


def source_to_json(source: StillSource) -> dict[str, Any]:
    return {
        "kind": source.kind,
        "file_name": source.file_name,
        "sha256": source.sha256,
        "frame_index": source.frame_index,
        "frame_rate": source.frame_rate,
        "frame_count": source.frame_count,
    }


def source_from_json(raw: Any) -> StillSource:
    if not isinstance(raw, Mapping):
        raise StillFormatError("source must be an object")
    try:
        kind = raw["kind"]
        name = raw["file_name"]
        digest = raw["sha256"]
        index = raw["frame_index"]
        rate = raw["frame_rate"]
        count = raw["frame_count"]
    except KeyError as missing:
        raise StillFormatError(f"source is missing {missing}") from None
    if kind not in ("video", "photo"):
        raise StillFormatError("source kind must be 'video' or 'photo'")
    if not isinstance(name, str) or not 1 <= len(name) <= 255:
        raise StillFormatError("source file_name must be 1 to 255 characters")
    if not isinstance(digest, str) or len(digest) != 64 or digest.strip("0123456789abcdef"):
        raise StillFormatError("source sha256 must be 64 lower-case hex digits")
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise StillFormatError("source frame_index must be a whole number, 0 or more")
    if not isinstance(count, int) or isinstance(count, bool) or not index < count:
        raise StillFormatError("source frame_count must be more than frame_index")
    bad_rate = not isinstance(rate, int | float) or isinstance(rate, bool) or rate <= 0
    if rate is not None and bad_rate:
        raise StillFormatError("source frame_rate must be a positive number or null")
    return StillSource(kind, name, digest, index, float(rate) if rate else None, count)
