"""Pre-filled answers of the return-to-run checklist (clinical.md section 7).

`rtr.hop` and `rtr.strength` are worked out from the tests of the same visit and shown
pre-filled; the clinician confirms or changes them. Each function returns the option key to
pre-fill, or None when there is nothing to suggest.
"""

from __future__ import annotations

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.derived import STRENGTH_LSI_ITEMS
from kneedesk.core.scoring import symptomatic_lsi

HOP_PAIN_MAX = 2  # clinical.md 7 and 12.5: pain 2/10 or less
LSI_MIN = 90.0  # per cent, the return-to-sport convention


def painful_sides(answers: Answers) -> tuple[Side, ...]:
    """The painful legs: one side, or both when both hurt or the side is not recorded."""
    side = answers.single_symptom_side
    return (side,) if side is not None else SIDES


def prefill_rtr_hop(answers: Answers) -> str:
    """'yes' when hop.pain is 2 or less on each painful side and red_flags.hop_pain is no.

    'no' as soon as one of them fails; 'not_tested' while one is missing and none fails.
    """
    pains = [answers.number("hop.pain", side) for side in painful_sides(answers)]
    flag = answers.flag("red_flags.hop_pain")
    if flag is True or any(p is not None and p > HOP_PAIN_MAX for p in pains):
        return "no"
    if flag is None or any(p is None for p in pains):
        return "not_tested"
    return "yes"


def prefill_rtr_strength(answers: Answers) -> str | None:
    """'yes' when every strength and hop LSI that was measured is 90% or more.

    'no' if one is under 90%; 'not_tested' when none could be worked out; 'not_applicable'
    when both knees hurt (no symmetry index); None when the painful side is not recorded.
    """
    side = answers.symptom_side
    if side is None:
        return None
    if side == "both":
        return "not_applicable"
    values = [symptomatic_lsi(answers, item_id) for item_id in STRENGTH_LSI_ITEMS]
    measured = [v for v in values if v is not None]
    if not measured:
        return "not_tested"
    return "yes" if all(v >= LSI_MIN for v in measured) else "no"
