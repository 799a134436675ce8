"""Values the v2 screen works out instead of asking: age, which items are shown, BMI and
whether other causes are excluded (clinical.md section 3).

The rules a protocol may name in `derived = "..."` or `prefill = "..."` are listed in
DERIVATIONS and PREFILLS with the items they read, so a protocol file is checked at load time
against what the code can compute.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType

from kneedesk.core.answers import Answers
from kneedesk.core.protocol_model import Item, Kind, Protocol, Section, ShownOn

# clinical.md 3.3: the differential checklist, each a required choice.
DIFFERENTIAL = (
    "dx.tibiofemoral",
    "dx.patellar_tendinopathy",
    "dx.itb_syndrome",
    "dx.hip_referred",
    "dx.apophysitis",
    "dx.bone_stress",
    "dx.patellar_instability",
)
DX_OTHER = "dx.other"  # free text, optional
NOT_SUSPECTED = "not_suspected"
NOT_APPLICABLE = "not_applicable"  # what an entry outside its age band stands for
SUSPECTED = frozenset({"possible", "likely"})

# clinical.md 3.4: dx.bone_stress cannot be not_suspected while one of these is yes.
BONE_STRESS_FLAGS = ("red_flags.bony_tenderness", "red_flags.hop_pain")
# clinical.md 3.3: a Kujala dislocation answer prompts dx.patellar_instability.
DISLOCATION_ANSWERS = frozenset({"one_dislocation", "more_than_two_dislocations"})

# clinical.md 1 rule 5 (round half up) and 3 (units confirmation outside 12-70 kg/m2).
BMI_DECIMALS = Decimal("0.1")
ADULT_AGE = 18
LOW_BMI_ADULT = 18.5  # clinical.md 3.4 bsi.low_energy_signs low_bmi, suggested only


@dataclass(frozen=True)
class Rule:
    """A named computation a protocol item may use: the kind it gives and the items it reads."""

    kind: Kind
    inputs: tuple[str, ...]
    # For a choice: the option keys the rule can give (the item must offer each of them).
    results: tuple[str, ...] = ()


_STRENGTH_LSI = (
    "hip.abduction_force",
    "hip.external_rotation_force",
    "hip.extension_force",
    "knee.extension_force",
    "hop.distance",
)
DERIVATIONS: Mapping[str, Rule] = MappingProxyType(
    {
        "bmi": Rule(Kind.NUMBER, ("body_mass", "height")),
        "other_causes_excluded": Rule(Kind.YES_NO, (*DIFFERENTIAL, DX_OTHER)),
    }
)
PREFILLS: Mapping[str, Rule] = MappingProxyType(
    {
        "rtr_hop": Rule(
            Kind.CHOICE,
            ("symptom_side", "hop.pain", "red_flags.hop_pain"),
            ("yes", "no", "not_tested"),
        ),
        "rtr_strength": Rule(
            Kind.CHOICE,
            ("symptom_side", *_STRENGTH_LSI),
            ("yes", "no", "not_tested", "not_applicable"),
        ),
    }
)
STRENGTH_LSI_ITEMS = _STRENGTH_LSI


def age_in_years(birth_date: date | None, visit_date: date) -> int | None:
    """Whole years from the birth date to the visit date; None without a birth date.

    A birthday counts from its day: born 2010-03-15, the patient is 15 on 2025-03-14 and 16 on
    2025-03-15. Someone born on 29 February turns a year older on 1 March in other years.
    """
    if birth_date is None or visit_date < birth_date:
        return None
    before_birthday = (visit_date.month, visit_date.day) < (birth_date.month, birth_date.day)
    return visit_date.year - birth_date.year - before_birthday


def is_shown(item: Item, age: int | None) -> bool:
    """Whether an item appears at this age: always without a band or without a birth date."""
    if item.age_band is None or age is None:
        return True
    low, high = item.age_band
    return low <= age <= high


def is_required(item: Item, age: int | None) -> bool:
    """Whether an answer is needed before signing: required, asked and shown at this age."""
    return item.required and item.asked and is_shown(item, age)


def section_shown(section: Section, *, follow_up: bool) -> bool:
    """Whether a section appears on this visit (follow-up sections not on a first visit)."""
    return section.shown_on is ShownOn.EVERY_VISIT or follow_up


def round_half_up(value: Decimal, step: Decimal) -> Decimal:
    """Round to a multiple of `step` with halves going up: 22.45 -> 22.5 (clinical.md 1.5)."""
    return value.quantize(step, rounding=ROUND_HALF_UP)


def bmi(body_mass_kg: float | None, height_cm: float | None) -> float | None:
    """Body mass index, kg / m2, to one decimal rounded half up; None if either is missing.

    Worked in decimals from the stored numbers, so 89.8 kg at 200 cm is 22.45 exactly and
    rounds to 22.5 (binary floating point would give 22.4499... and 22.4).
    """
    if body_mass_kg is None or height_cm is None or body_mass_kg <= 0 or height_cm <= 0:
        return None
    try:
        mass = Decimal(str(body_mass_kg))
        metres = Decimal(str(height_cm)) / 100
        return float(round_half_up(mass / (metres * metres), BMI_DECIMALS))
    except InvalidOperation:
        return None


def needs_units_confirmation(item: Item, value: float | None) -> bool:
    """Whether a value lies outside the item's confirmation band (e.g. BMI outside 12-70)."""
    if value is None or item.confirm_outside is None:
        return False
    low, high = item.confirm_outside
    return not low <= value <= high


def low_bmi_suggested(bmi_value: float | None, age: int | None) -> bool:
    """Whether to suggest the low_bmi sign: an adult (18 or over) with BMI under 18.5."""
    return (
        bmi_value is not None and age is not None and age >= ADULT_AGE and bmi_value < LOW_BMI_ADULT
    )


def other_causes_excluded(answers: Answers, protocol: Protocol, age: int | None) -> bool | None:
    """CPG criterion 3 from the differential checklist (clinical.md 3.2, 3.3).

    True when every entry is not_suspected, or not_applicable because it is outside its age
    band; False as soon as one entry is possible or likely, or dx.other names something; None
    while an entry that is shown is still unanswered and nothing is suspected.
    """
    unanswered = False
    for item_id in DIFFERENTIAL:
        item = protocol.get(item_id)
        if item is not None and not is_shown(item, age):
            continue  # not_applicable
        value = answers.choice(item_id)
        if value in SUSPECTED:
            return False
        if value not in (NOT_SUSPECTED, NOT_APPLICABLE):
            unanswered = True
    other = answers.value(DX_OTHER)
    if isinstance(other, str) and other.strip():
        return False
    return None if unanswered else True


def bone_stress_conflict(answers: Answers) -> bool:
    """dx.bone_stress is not_suspected while a bone-stress red flag is yes (not allowed)."""
    if answers.choice("dx.bone_stress") != NOT_SUSPECTED:
        return False
    return any(answers.flag(flag) is True for flag in BONE_STRESS_FLAGS)


def instability_prompted(answers: Answers) -> bool:
    """Whether the Kujala answer (a dislocation) should prompt dx.patellar_instability."""
    return answers.choice("kujala.kneecap_movement") in DISLOCATION_ANSWERS
