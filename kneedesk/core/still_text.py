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
from kneedesk.core.findings.model import side_name
from kneedesk.core.i18n import N_, _, ngettext
from kneedesk.core.locale_format import local_number
from kneedesk.core.stills import Still

LEVEL = 1.0
"""Below this many degrees either way an angle is told as "in line", "level" or "upright"."""

# Translators: how the earlier visit is named in "...; at your last visit it was 19 degrees."
LAST_VISIT = N_("at your last visit")


def degrees(value: float) -> str:
    """ "14 degrees", "1 degree": the size of an angle in whole degrees, for the patient."""
    whole = round(abs(value))
    return ngettext("{n} degree", "{n} degrees", whole).format(n=whole)


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


# The words of the sentences, by side where they name one (whole phrases, so a translation
# can make the side agree with its noun). "{n}" is a size such as "14 degrees".
# Translators: the subject of a sentence about a still: "In the single-leg squat your left knee
# moved 14 degrees inward ...".
YOUR_KNEE = {"left": N_("your left knee"), "right": N_("your right knee")}
# Translators: the subject of a sentence about a still: "When you ran your left foot landed
# 8 degrees ahead of your knee".
YOUR_FOOT = {"left": N_("your left foot"), "right": N_("your right foot")}
# Translators: ends "your pelvis dipped {n} on the right side {during}": the stance leg.
DURING_RUN = {
    "left": N_("while your left foot was on the ground"),
    "right": N_("while your right foot was on the ground"),
}
# Translators: ends "your pelvis dipped {n} on the right side {during}": the stance leg.
DURING_STANCE = {
    "left": N_("while you stood on your left leg"),
    "right": N_("while you stood on your right leg"),
}
# By the swing side (the side opposite the stance leg).
# Translators: what the pelvis did; {n} is e.g. "5 degrees", {during} e.g. "while you stood on
# your left leg".
DIPPED = {
    "left": N_("dipped {n} on the left side {during}"),
    "right": N_("dipped {n} on the right side {during}"),
}
ROSE = {
    "left": N_("rose {n} on the left side {during}"),
    "right": N_("rose {n} on the right side {during}"),
}
# Translators: what the upper body did; {n} is e.g. "5 degrees".
TOWARD_LEG = {
    "left": N_("leaned {n} toward your left leg"),
    "right": N_("leaned {n} toward your right leg"),
}
AWAY_FROM_LEG = {
    "left": N_("leaned {n} away from your left leg"),
    "right": N_("leaned {n} away from your right leg"),
}


def _fppa(still: Still) -> _Words:
    return _Words(
        subject=_(YOUR_KNEE[still.side]),
        positive=_("moved {n} inward (toward the other knee) from the line between hip and ankle"),
        negative=_(
            "moved {n} outward (away from the other knee) from the line between hip and ankle"
        ),
        level=_("stayed in line with your hip and ankle"),
        same_sign=_("it was {n}"),
    )


def _pelvic_drop(still: Still) -> _Words:
    swing, stance = _other(still.side), still.side
    during = _(DURING_RUN[stance]) if _running(still) else _(DURING_STANCE[stance])
    return _Words(
        subject=_("your pelvis"),
        positive=_(DIPPED[swing]).replace("{during}", during),
        negative=_(ROSE[swing]).replace("{during}", during),
        # Translators: what the pelvis did; {during} is e.g. "while you stood on your left leg".
        level=_("stayed level {during}").replace("{during}", during),
        same_sign=_("it was {n}"),
    )


def _trunk_lean(still: Still) -> _Words:
    if still.view.frontal:
        positive = _(TOWARD_LEG[still.side])
        negative = _(AWAY_FROM_LEG[still.side])
    else:
        positive, negative = _("leaned {n} forward"), _("leaned {n} backward")
    return _Words(_("your upper body"), positive, negative, _("stayed upright"), _("it was {n}"))


def _shank(still: Still) -> _Words:
    return _Words(
        subject=_(YOUR_FOOT[still.side]),
        positive=_("landed {n} ahead of your knee"),
        negative=_("landed {n} behind your knee"),
        level=_("landed under your knee"),
        same_sign=_("it was {n}"),
    )


def _knee_flexion(still: Still) -> _Words:
    return _Words(
        subject=_(YOUR_KNEE[still.side]),
        positive=_("was bent {n} as your foot touched down"),
        negative=_("was bent {n} backward as your foot touched down"),
        level=_("was straight as your foot touched down"),
        same_sign=_("it was {n}"),
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
    # Translators: what an earlier visit showed, "it moved 19 degrees inward (...)"; {what}
    # is one of the phrases after a subject ("moved {n} inward ...", "stayed level ...").
    return _("it {what}").format(what=_phrase(words, earlier))


# The opening of a still's sentence, by the test's name (`Still.test_name`).
OPENINGS = {
    # Translators: the start of a sentence about a still, before its subject: "In the
    # single-leg squat your left knee moved ...".
    "single-leg squat": N_("In the single-leg squat"),
    # Translators: the start of a sentence about a still, before its subject.
    "step-down": N_("In the step-down"),
    # Translators: the start of a sentence about a still, before its subject.
    "single-leg stance": N_("In the single-leg stance"),
}


def _opening(still: Still) -> str:
    if _running(still):
        # Translators: the start of a sentence about a still of running, before its subject:
        # "When you ran your pelvis dipped ...".
        return _("When you ran")
    if still.test_name in OPENINGS:
        return _(OPENINGS[still.test_name])
    return _("In the {test}").format(test=_(still.test_name))


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
    # Translators: a sentence about a still: {opening} "In the single-leg squat", {subject}
    # "your left knee", {what} "moved 14 degrees inward (...)". Reorder as the language needs
    # (e.g. "{opening}: {subject} {what}").
    sentence = _("{opening} {subject} {what}").format(
        opening=_opening(still), subject=words.subject, what=_phrase(words, value)
    )
    if earlier is not None:
        # Translators: an earlier visit added to a still's sentence: {sentence} is the
        # sentence so far, {when} "at your last visit", {earlier} "it was 19 degrees".
        return _("{sentence}; {when} {earlier}.").format(
            sentence=sentence, when=_(when), earlier=_earlier_phrase(words, value, earlier)
        )
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


# The camera views as the clinician's lines name them; message ids: print `_(VIEW_WORDS[v])`.
VIEW_WORDS: dict[View, str] = {
    View.FRONT: N_("front view"),
    View.BACK: N_("back view"),
    View.SIDE_FACING_LEFT: N_("side view, facing left"),
    View.SIDE_FACING_RIGHT: N_("side view, facing right"),
}


def _fps(rate: float) -> str:
    return f"{rate:.0f}" if rate == round(rate) else f"{rate:.2f}".rstrip("0").rstrip(".")


def source_words(still: Still) -> str:
    """ "frame 212 of 480 at 240 fps, IMG_0412.MOV" (a photo: its file name only)."""
    src = still.source
    if src.kind == "photo":
        return _("photo, {file}").format(file=src.file_name)
    if src.frame_rate:
        return _("frame {index} of {count} at {fps} fps, {file}").format(
            index=src.frame_index,
            count=src.frame_count,
            fps=local_number(_fps(src.frame_rate)),
            file=src.file_name,
        )
    return _("frame {index} of {count}, {file}").format(
        index=src.frame_index, count=src.frame_count, file=src.file_name
    )


def signed(value: float) -> str:
    """A difference with its sign: "-4.7°", "+2.0°" ("-4,7°" with a decimal comma)."""
    return local_number(f"{value:+.1f}°")


# Translators: how the earlier visit is named in a still's line: "last visit 18.9° on ...".
LAST_VISIT_LABEL = N_("last visit")


def clinician_line(
    still: Still,
    angle_id: str,
    value: float,
    earlier: tuple[date, Still] | None = None,
    label: str = LAST_VISIT_LABEL,
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
    line = f"{short} {local_number(f'{value:.1f}')}°"
    if with_source:
        view = _(VIEW_WORDS[still.view])
        line += f" ({side_name(still.side)}, {view}, {source_words(still)})"
    if earlier is None:
        return line
    when, other = earlier
    before = other.angles().get(angle_id) if comparable(still, other) else None
    if before is None:
        return line
    # Translators: a comparison in a still's line: {label} "last visit", {value} "18.9°",
    # {date} 2026-10-03, {change} "-4.7°".
    line += _("; {label} {value} on {date}: {change}").format(
        label=_(label),
        value=local_number(f"{before:.1f}°"),
        date=when.isoformat(),
        change=signed(value - before),
    )
    return f"{line}. {_(CAMERA_CAUTION)}." if caution else line


def clinician_lines(
    still: Still,
    earlier: tuple[date, Still] | None = None,
    label: str = LAST_VISIT_LABEL,
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
