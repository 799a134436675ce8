"""Every finding at once: honest wording, named sources, evidence, and a known plan vocabulary."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kneedesk.core.findings import FINDING_IDS, Finding
from kneedesk.core.plan import PLAN_ITEMS

ALL_FINDINGS = (
    "refer_first",
    "pfp_pattern",
    "hip_strength_deficit",
    "knee_collapse",
    "pelvic_control",
    "trunk_control",
    "ankle_mobility",
    "load_spike",
    "downhill_squat_load",
    "low_cadence",
    "fatigue_breakdown",
    "balance_asymmetry",
)


def per_side(left: Any, right: Any) -> dict[str, Any]:
    return {"left": left, "right": right}


# One visit that fires every finding of the reference section 4.
EVERYTHING: dict[str, Any] = {
    "red_flags.night_pain": True,  # refer_first
    "history.pain_location": ["around_kneecap"],  # pfp_pattern ...
    "history.aggravators": ["stairs_down", "squatting"],
    "history.other_causes_excluded": True,
    "knee.squat_pain": 4,
    "hip.abduction_force": per_side(182.0, 141.0),  # LSI 77.5%
    "hip.single_leg_squat": per_side("good", "poor"),
    "hip.single_leg_squat_signs": per_side([], ["knee_inward", "pelvic_drop", "trunk_lean"]),
    "hip.step_down": per_side([], ["pelvis_tilt", "knee_medial_to_foot"]),
    "hip.trendelenburg": per_side("negative", "positive"),
    "hip.side_plank": per_side(40.0, 25.0),
    "ankle.knee_to_wall": per_side(11.0, 7.0),
    "leg_length": per_side(90.0, 90.0),
    "balance.y_anterior": per_side(66.0, 58.0),
    "balance.y_posteromedial": per_side(100.0, 90.0),
    "balance.y_posterolateral": per_side(100.0, 90.0),
    "load.weekly_distance": [30.0, 20.0, 20.0, 20.0],
    "load.longest_run_week": 16.0,
    "load.longest_run_prior_30d": 10.0,
    "load.recent_changes": ["race_build_up"],
    "load.downhill": "a_lot",
    "load.heavy_squat_sessions": 3,
    "running.cadence": 160.0,
    "running.overstride": "mild",
    "running.knee_inward": per_side("none", "marked"),
    "running.pelvic_drop": per_side("none", "mild"),
    "running.trunk_lean": "marked_forward",
    "running.fatigue_change": "worse_late",
}

FORBIDDEN = re.compile(r"\b(cause|causes|caused|cure|guarantee)\b", re.IGNORECASE)
# A named source: an author or body with a year, a journal, or an honest "clinic default".
SOURCE = re.compile(r"\b(19|20)\d{2}\b|clinic default", re.IGNORECASE)


@pytest.fixture
def everything(fire: Any) -> dict[str, Finding]:
    return fire(EVERYTHING)


def test_the_fixture_fires_every_finding(everything: dict[str, Finding]) -> None:
    assert sorted(everything) == sorted(ALL_FINDINGS)
    assert sorted(FINDING_IDS) == sorted(ALL_FINDINGS)


@pytest.mark.parametrize("finding_id", ALL_FINDINGS)
def test_no_causal_or_promising_words(everything: dict[str, Finding], finding_id: str) -> None:
    finding = everything[finding_id]
    for text in (finding.patient_text, finding.clinician_text, finding.title):
        assert not FORBIDDEN.search(text), (finding_id, FORBIDDEN.findall(text), text)


@pytest.mark.parametrize("finding_id", ALL_FINDINGS)
def test_names_a_source(everything: dict[str, Finding], finding_id: str) -> None:
    finding = everything[finding_id]
    assert finding.source.strip()
    assert SOURCE.search(finding.source) or SOURCE.search(finding.clinician_text), finding.source


@pytest.mark.parametrize("finding_id", ALL_FINDINGS)
def test_has_evidence_and_texts(everything: dict[str, Finding], finding_id: str) -> None:
    finding = everything[finding_id]
    assert finding.evidence
    assert finding.patient_text.strip()
    assert finding.clinician_text.strip()
    for evidence in finding.evidence:
        assert evidence.threshold is not None
        assert evidence.value is not None
        assert evidence.text()
    data = finding.to_dict()
    assert data["id"] == finding_id
    assert len(data["evidence"]) == len(finding.evidence)


@pytest.mark.parametrize("finding_id", ALL_FINDINGS)
def test_plan_items_are_in_the_catalogue(everything: dict[str, Finding], finding_id: str) -> None:
    finding = everything[finding_id]
    assert set(finding.plan) <= set(PLAN_ITEMS)
    if finding_id == "refer_first":
        assert finding.plan == ()
    else:
        assert finding.plan


@pytest.mark.parametrize(
    ("finding_id", "numbers"),
    [
        ("hip_strength_deficit", ["23%", "30%"]),  # 141 and 182 N at 61.5 kg
        ("trunk_control", ["40 seconds", "25 seconds"]),
        ("ankle_mobility", ["11 cm", "7 cm"]),
        ("balance_asymmetry", ["8 cm"]),  # |66 - 58|
        ("load_spike", ["16 km", "10 km", "60%", "30 km", "20 km", "50%"]),
        ("downhill_squat_load", ["3 heavy squat"]),
        ("low_cadence", ["160", "168 to 176"]),
    ],
)
def test_patient_text_carries_the_patients_numbers(
    everything: dict[str, Finding], finding_id: str, numbers: list[str]
) -> None:
    text = everything[finding_id].patient_text
    for number in numbers:
        assert number in text, (number, text)


def test_lsi_is_labelled_a_return_to_sport_convention(everything: dict[str, Finding]) -> None:
    text = everything["hip_strength_deficit"].clinician_text
    assert "return-to-sport convention, not a knee-pain norm" in text


def test_weekly_rise_is_worded_may(everything: dict[str, Finding]) -> None:
    # Nielsen 2014: HR 1.59, not significant, so "may".
    assert "may" in everything["load_spike"].clinician_text
