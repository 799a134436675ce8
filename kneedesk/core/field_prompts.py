"""Notes the v2 screen shows at a field, worked out from other answers (clinical.md 3.3, 3.4, 7).

Each note belongs to one item and reads the items listed in NOTE_INPUTS (and the patient's
age), so the screen knows which notes to refresh when an answer changes. Notes only say
something: no answer is ever changed by them. A note with `problem` set marks an answer that
is not allowed (dx.bone_stress not suspected while a bone-stress red flag is yes); the visit
cannot be signed while one stands (`answer_problems`). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from kneedesk.core.answers import Answers
from kneedesk.core.derived import (
    BONE_STRESS_FLAGS,
    NOT_SUSPECTED,
    bmi,
    bone_stress_conflict,
    instability_prompted,
    low_bmi_suggested,
)
from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol_model import Item, Protocol
from kneedesk.core.return_to_run import CHECKLIST, STAGE_ITEM, next_stage_readiness, readiness_text
from kneedesk.core.visit_context import VisitContext

FIRST_VERSION = 2  # the notes come with protocol runners-knee v2
BONE_STRESS = "dx.bone_stress"
INSTABILITY = "dx.patellar_instability"
TRAUMA = "red_flags.trauma"
LOW_ENERGY = "bsi.low_energy_signs"
LOW_BMI = "low_bmi"
OTTAWA_AGE = 55  # Stiell 1996: age 55 or over is one item of the Ottawa knee rule
FLAG_NAMES = {  # marked with N_, shown through `_`
    "red_flags.bony_tenderness": N_("bony tenderness"),
    "red_flags.hop_pain": N_("pain on hopping"),
}

NOTE_INPUTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        BONE_STRESS: (BONE_STRESS, *BONE_STRESS_FLAGS),
        INSTABILITY: ("kujala.kneecap_movement",),
        TRAUMA: (),  # the age alone
        LOW_ENERGY: ("body_mass", "height", LOW_ENERGY),
        STAGE_ITEM: (STAGE_ITEM, *CHECKLIST),
    }
)


@dataclass(frozen=True)
class FieldNote:
    """A line shown at a field; `problem`: the answer there is not allowed as it stands."""

    text: str
    problem: bool = False


def applies(protocol: Protocol) -> bool:
    """Whether a protocol version has these notes (v1 visits keep their screen)."""
    return protocol.version >= FIRST_VERSION


def _flags_yes(answers: Answers) -> list[str]:
    return [_(FLAG_NAMES[f]) for f in BONE_STRESS_FLAGS if answers.flag(f) is True]


def unavailable_options(item_id: str, answers: Answers) -> dict[str, str]:
    """Options of an item that cannot be chosen now, each with why (shown at the field)."""
    flags = _flags_yes(answers)
    if item_id != BONE_STRESS or not flags:
        return {}
    why = _("Not possible while a bone-stress red flag is ticked yes: {flags}").format(
        flags=" / ".join(flags)
    )
    return {NOT_SUSPECTED: why}


def field_note(
    item_id: str, answers: Answers, age: int | None, protocol: Protocol
) -> FieldNote | None:
    """The note at one field for these answers and age; None: nothing to say."""
    if item_id == BONE_STRESS:
        if bone_stress_conflict(answers):
            flags = " / ".join(_flags_yes(answers))
            return FieldNote(
                _(
                    "Not suspected is not allowed while a bone-stress red flag is yes ({flags}). "
                    "Choose possible or likely, or correct the red flag."
                ).format(flags=flags),
                problem=True,
            )
        why = unavailable_options(item_id, answers).get(NOT_SUSPECTED)
        return FieldNote(why + ".") if why else None
    if item_id == INSTABILITY and instability_prompted(answers):
        return FieldNote(
            _("The Kujala answer records a kneecap dislocation: consider patellar instability.")
        )
    if item_id == TRAUMA and age is not None and age >= OTTAWA_AGE:
        return FieldNote(_("Age 55 or over: the age item of the Ottawa knee rule is met."))
    if item_id == LOW_ENERGY:
        value = bmi(answers.number("body_mass"), answers.number("height"))
        if low_bmi_suggested(value, age) and LOW_BMI not in answers.choices(LOW_ENERGY):
            return FieldNote(
                _("BMI {bmi}: consider ticking low BMI.").format(bmi=local_number(f"{value:.1f}"))
            )
        return None
    if item_id == STAGE_ITEM and protocol.get(STAGE_ITEM) is not None:
        labels = {o.key: o.label for o in protocol.item(STAGE_ITEM).options}
        return FieldNote(readiness_text(next_stage_readiness(answers), labels))
    return None


def answer_problems(
    protocol: Protocol, answers: Answers, context: VisitContext
) -> list[tuple[Item, FieldNote]]:
    """The answers shown on this visit that are not allowed as they stand: signing waits."""
    if not applies(protocol):
        return []
    found = []
    for section in context.sections(protocol):
        for item in section.items:
            if item.id in NOTE_INPUTS and context.shows(item):
                note = field_note(item.id, answers, context.age, protocol)
                if note is not None and note.problem:
                    found.append((item, note))
    return found
