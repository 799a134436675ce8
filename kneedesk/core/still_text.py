"""The words printed beside a still's angles: a plain sentence for the patient and a line for
the clinician (clinical rules, section 13).

An angle is what the picture shows, measured by the clinician on one frame of one camera:
the sentences say so, with the patient's own numbers and, when a still of the same test,
side and camera view was kept at an earlier visit, that visit's number. They never say what
an angle causes and never call it a finding. Numbers for the patient are whole degrees; the
clinician line keeps a tenth and the change, with `CAMERA_CAUTION`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kneedesk.core.angles import ANGLES, CAMERA_CAUTION, Side, View
from kneedesk.core.stills import Still

LEVEL = 1.0
"""Below this many degrees either way an angle is told as "in line", "level" or "upright"."""

LAST_VISIT = "at your last visit"


def degrees(value: float) -> str:
    """ "14 degrees", "1 degree": the size of an angle in whole degrees, for the patient."""
    whole = round(abs(value))
    return f"{whole} degree" if whole == 1 else f"{whole} degrees"


def comparable(still: Still, earlier: Still) -> bool:
    """True when two stills may be compared: the same test (item), side and camera view."""
    return (still.item_id, still.side, still.view) == (earlier.item_id, earlier.side, earlier.view)


def _other(side: Side) -> Side:
    return "left" if side == "right" else "right"


def _running(still: Still) -> bool:
    return still.item_id.startswith("running.")


@dataclass(frozen=True)
class _Words:
    """How one angle is told: the subject, then a phrase for a positive, negative or level
    value ("{n}" is the size in degrees), and the phrase for an earlier value of the same sign
    (the direction is not repeated)."""

    subject: str
    positive: str
    negative: str
    level: str
    same_sign: str = "it was {n}"


def _fppa(still: Still) -> _Words:
    return _Words(
        subject=f"your {still.side} knee",
        positive="moved {n} inward (toward the other knee) from the line between hip and ankle",
        negative="moved {n} outward (away from the other knee) from the line between hip and ankle",
        level="stayed in line with your hip and ankle",
    )


def _pelvic_drop(still: Still) -> _Words:
    swing, stance = _other(still.side), still.side
    during = (
        f"while your {stance} foot was on the ground"
        if _running(still)
        else f"while you stood on your {stance} leg"
    )
    return _Words(
        subject="your pelvis",
        positive=f"dipped {{n}} on the {swing} side {during}",
        negative=f"rose {{n}} on the {swing} side {during}",
        level=f"stayed level {during}",
    )


def _trunk_lean(still: Still) -> _Words:
    if still.view.frontal:
        positive = f"leaned {{n}} toward your {still.side} leg"
        negative = f"leaned {{n}} away from your {still.side} leg"
    else:
        positive, negative = "leaned {n} forward", "leaned {n} backward"
    return _Words("your upper body", positive, negative, "stayed upright")


def _shank(still: Still) -> _Words:
    return _Words(
        subject=f"your {still.side} foot",
        positive="landed {n} ahead of your knee",
        negative="landed {n} behind your knee",
        level="landed under your knee",
    )


def _knee_flexion(still: Still) -> _Words:
    return _Words(
        subject=f"your {still.side} knee",
        positive="was bent {n} as your foot touched down",
        negative="was bent {n} backward as your foot touched down",
        level="was straight as your foot touched down",
    )


_WORDS: dict[str, Callable[[Still], _Words]] = {
    "angle.fppa": _fppa,
    "angle.pelvic_drop": _pelvic_drop,
    "angle.trunk_lean": _trunk_lean,
    "angle.shank_ic": _shank,
    "angle.knee_flexion_ic": _knee_flexion,
}


def _sign(value: float) -> int:
    return 0 if abs(value) < LEVEL else (1 if value > 0 else -1)


def _phrase(words: _Words, value: float) -> str:
    sign = _sign(value)
    template = words.level if sign == 0 else (words.positive if sign > 0 else words.negative)
    return template.format(n=degrees(value))


def _earlier_phrase(words: _Words, value: float, earlier: float) -> str:
    """What the earlier visit showed, without repeating a direction the sentence just gave."""
    if _sign(earlier) != 0 and _sign(earlier) == _sign(value):
        return words.same_sign.format(n=degrees(earlier))
    return f"it {_phrase(words, earlier)}"


def _opening(still: Still) -> str:
    return "When you ran" if _running(still) else f"In the {still.test_name}"


def patient_sentence(
    still: Still,
    angle_id: str,
    value: float,
    earlier: float | None = None,
    when: str = LAST_VISIT,
) -> str:
    """One angle for the patient, e.g. "In the single-leg squat your right knee moved 14
    degrees inward (toward the other knee) from the line between hip and ankle; at your last
    visit it was 19 degrees."

    `earlier` is the same angle on a comparable still of an earlier visit, `when` how that
    visit is named ("at your last visit", "at your visit on 3 October 2026").
    """
    words = _WORDS[angle_id](still)
    sentence = f"{_opening(still)} {words.subject} {_phrase(words, value)}"
    if earlier is not None:
        sentence += f"; {when} {_earlier_phrase(words, value, earlier)}"
    return sentence + "."


def patient_sentences(
    still: Still, earlier: Still | None = None, when: str = LAST_VISIT
) -> list[str]:
    """A sentence for each angle measured on the still, in the order they were placed.

    The earlier still's numbers are used only when it is comparable (same test, side and
    view) and has the same angle measured.
    """
    before = earlier.angles() if earlier is not None and comparable(still, earlier) else {}
    return [
        patient_sentence(still, angle_id, value, before.get(angle_id), when)
        for angle_id, value in still.angles().items()
    ]


VIEW_WORDS: dict[View, str] = {
    View.FRONT: "front view",
    View.BACK: "back view",
    View.SIDE_FACING_LEFT: "side view, facing left",
    View.SIDE_FACING_RIGHT: "side view, facing right",
}


def _fps(rate: float) -> str:
    return f"{rate:.0f}" if rate == round(rate) else f"{rate:.2f}".rstrip("0").rstrip(".")


def source_words(still: Still) -> str:
    """ "frame 212 of 480 at 240 fps, IMG_0412.MOV" (a photo: its file name only)."""
    src = still.source
    if src.kind == "photo":
        return f"photo, {src.file_name}"
    rate = f" at {_fps(src.frame_rate)} fps" if src.frame_rate else ""
    return f"frame {src.frame_index} of {src.frame_count}{rate}, {src.file_name}"


def signed(value: float) -> str:
    """A difference with its sign: "-4.7°", "+2.0°"."""
    return f"{value:+.1f}°"


def clinician_line(
    still: Still,
    angle_id: str,
    value: float,
    earlier: tuple[date, Still] | None = None,
    label: str = "last visit",
    *,
    caution: bool = True,
    with_source: bool = True,
) -> str:
    """One angle for the clinician: "FPPA 14.2° (right, front view, frame 212 of 480 at 240
    fps, IMG_0412.MOV); last visit 18.9° on 2026-10-03: -4.7°", with the camera caution when
    it compares. `label` names the earlier visit; `caution=False` leaves the caution to the
    caller, who prints it once for several lines; `with_source=False` leaves out what the
    caller prints once above the lines (side, view and source). An earlier still that is
    not comparable, or lacks the angle, gives no comparison."""
    short = ANGLES[angle_id].short
    line = f"{short} {value:.1f}°"
    if with_source:
        line += f" ({still.side}, {VIEW_WORDS[still.view]}, {source_words(still)})"
    if earlier is None:
        return line
    when, other = earlier
    before = other.angles().get(angle_id) if comparable(still, other) else None
    if before is None:
        return line
    line += f"; {label} {before:.1f}° on {when.isoformat()}: {signed(value - before)}"
    return f"{line}. {CAMERA_CAUTION}." if caution else line


def clinician_lines(
    still: Still,
    earlier: tuple[date, Still] | None = None,
    label: str = "last visit",
    *,
    caution: bool = True,
    with_source: bool = True,
) -> list[str]:
    """A line for each angle measured on the still."""
    return [
        clinician_line(still, a, v, earlier, label, caution=caution, with_source=with_source)
        for a, v in still.angles().items()
    ]


def compares(still: Still, earlier: tuple[date, Still] | None) -> bool:
    """True when any angle of the still is compared with the earlier one (so the camera
    caution belongs beside it)."""
    if earlier is None or not comparable(still, earlier[1]):
        return False
    return bool(still.angles().keys() & earlier[1].angles().keys())
