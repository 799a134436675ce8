"""Builders for protocol v2 answers, shared by the v2 rule tests.

QUIET_V2 is a right-knee visit on the PFP path (pain around the kneecap, worse down stairs,
every differential entry not suspected, every red flag no) where only pfp_pattern fires.
Expected numbers in the tests are worked out by hand from the published definitions.
"""

from __future__ import annotations

from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.findings import Finding, evaluate
from kneedesk.core.protocol import load_protocol
from kneedesk.core.thresholds import Thresholds

V2 = load_protocol("runners-knee", 2)

RED_FLAGS_V2 = (
    "red_flags.trauma",
    "red_flags.locking",
    "red_flags.effusion",
    "red_flags.infection",
    "red_flags.night_pain",
    "red_flags.neurovascular",
    "red_flags.adolescent_hip",
    "red_flags.systemic",
    "red_flags.bony_tenderness",
    "red_flags.hop_pain",
)
DIFFERENTIAL = (
    "dx.tibiofemoral",
    "dx.patellar_tendinopathy",
    "dx.itb_syndrome",
    "dx.hip_referred",
    "dx.apophysitis",
    "dx.bone_stress",
    "dx.patellar_instability",
)
QUIET_V2: dict[str, Any] = {
    "symptom_side": "right",
    "body_mass": 61.5,
    "history.pain_location": ["around_kneecap"],
    "history.aggravators": ["stairs_down"],
    **dict.fromkeys(RED_FLAGS_V2, False),
    **dict.fromkeys(DIFFERENTIAL, "not_suspected"),
}


def answers_v2(*parts: dict[str, Any]) -> Answers:
    """QUIET_V2 with the given dicts on top (later ones win; None removes an answer)."""
    values: dict[str, Any] = dict(QUIET_V2)
    for part in parts:
        values.update(part)
    return Answers({k: v for k, v in values.items() if v is not None})


def fire_v2(
    *parts: dict[str, Any],
    previous: dict[str, Any] | None = None,
    thresholds: Thresholds | None = None,
    age: int | None = None,
) -> dict[str, Finding]:
    """The v2 findings that fire for QUIET_V2 plus these answers, by id."""
    before = None if previous is None else answers_v2(previous)
    found = evaluate(answers_v2(*parts), V2, previous=before, thresholds=thresholds, age=age)
    return {f.id: f for f in found}


KUJALA_BEST: dict[str, str] = {
    "kujala.limp": "none",
    "kujala.support": "full_without_pain",
    "kujala.walking": "unlimited",
    "kujala.stairs": "no_difficulty",
    "kujala.squatting": "no_difficulty",
    "kujala.running": "no_difficulty",
    "kujala.jumping": "no_difficulty",
    "kujala.sitting": "no_difficulty",
    "kujala.pain": "none",
    "kujala.swelling": "none",
    "kujala.kneecap_movement": "none",
    "kujala.thigh_atrophy": "none",
    "kujala.flexion_deficit": "none",
}
# 100 - running "unable" (10 -> 0) - jumping "unable" (10 -> 0) - sitting
# "must_straighten" (10 -> 4) = 100 - 10 - 10 - 6 = 74.
KUJALA_74: dict[str, str] = {
    **KUJALA_BEST,
    "kujala.running": "unable",
    "kujala.jumping": "unable",
    "kujala.sitting": "must_straighten",
}
