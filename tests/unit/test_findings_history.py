"""Red flags (refer_first) and the patellofemoral pain pattern (pfp_pattern)."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.assessment import assess_answers
from kneedesk.core.findings import Level
from kneedesk.core.protocol import Protocol

RED_FLAGS = [
    "red_flags.trauma",
    "red_flags.locking",
    "red_flags.effusion",
    "red_flags.infection",
    "red_flags.night_pain",
    "red_flags.neurovascular",
    "red_flags.adolescent_hip",
]

# A visit that would otherwise get a full plan: PFP pattern, weak hip, load spike.
TREATABLE: dict[str, Any] = {
    "history.pain_location": ["around_kneecap"],
    "history.aggravators": ["stairs_down"],
    "history.other_causes_excluded": True,
    "knee.squat_pain": 4,
    "hip.abduction_force": {"left": 182.0, "right": 141.0},
    "load.longest_run_week": 22.0,
    "load.longest_run_prior_30d": 10.0,
}


def test_quiet_visit_fires_nothing(fire: Any) -> None:
    assert fire() == {}


@pytest.mark.parametrize("flag", RED_FLAGS)
def test_each_red_flag_alone_refers_first(fire: Any, flag: str) -> None:
    found = fire({flag: True})
    assert list(found) == ["refer_first"]
    finding = found["refer_first"]
    assert finding.level is Level.PRIORITY
    assert finding.plan == ()
    assert [e.measure for e in finding.evidence] == [flag]
    assert finding.evidence[0].value == "yes"


@pytest.mark.parametrize("flag", RED_FLAGS)
def test_red_flag_empties_the_suggested_plan(build: Any, protocol: Protocol, flag: str) -> None:
    without = assess_answers(build(TREATABLE), protocol)
    assert without.red_flag is False
    assert without.plan  # the default combined plan at least
    with_flag = assess_answers(build(TREATABLE, {flag: True}), protocol)
    assert with_flag.red_flag is True
    assert with_flag.plan == ()
    assert with_flag.to_dict()["plan"] == []
    assert with_flag.findings[0].id == "refer_first"


def test_every_red_flag_is_listed_as_evidence(fire: Any) -> None:
    found = fire(dict.fromkeys(RED_FLAGS, True))
    assert sorted(e.measure for e in found["refer_first"].evidence) == sorted(RED_FLAGS)


@pytest.mark.parametrize("value", [False, None, "yes", 1])
def test_red_flag_not_yes_is_quiet(fire: Any, value: Any) -> None:
    assert "refer_first" not in fire(dict.fromkeys(RED_FLAGS, value))


def test_refer_first_says_so_to_the_patient(fire: Any) -> None:
    finding = fire({"red_flags.locking": True})["refer_first"]
    assert "next steps" in finding.patient_text
    assert "True locking" in finding.clinician_text


# --- pfp_pattern ----------------------------------------------------------------------------

PFP: dict[str, Any] = {
    "history.pain_location": ["behind_kneecap"],
    "knee.squat_pain": 1,
    "history.other_causes_excluded": True,
}


def test_pfp_pattern_all_three_criteria(fire: Any) -> None:
    finding = fire(PFP)["pfp_pattern"]
    assert finding.plan == ("education_load",)
    squat = next(e for e in finding.evidence if e.measure == "knee.squat_pain")
    assert (squat.value, squat.comparison, squat.threshold) == (1.0, ">=", 1.0)


def test_pfp_pattern_squat_pain_zero_is_not_enough(fire: Any) -> None:
    assert "pfp_pattern" not in fire(PFP, {"knee.squat_pain": 0})


@pytest.mark.parametrize(
    "aggravator", ["stairs_up", "stairs_down", "squatting", "prolonged_sitting"]
)
def test_pfp_pattern_bent_knee_aggravator_instead_of_squat_pain(fire: Any, aggravator: str) -> None:
    found = fire(PFP, {"knee.squat_pain": 0, "history.aggravators": [aggravator]})
    assert "pfp_pattern" in found


@pytest.mark.parametrize("aggravator", ["running", "kneeling", "jumping", "downhill"])
def test_pfp_pattern_other_aggravators_do_not_count(fire: Any, aggravator: str) -> None:
    assert "pfp_pattern" not in fire(
        PFP, {"knee.squat_pain": 0, "history.aggravators": [aggravator]}
    )


@pytest.mark.parametrize("location", ["around_kneecap", "behind_kneecap"])
def test_pfp_pattern_location_around_or_behind(fire: Any, location: str) -> None:
    assert "pfp_pattern" in fire(PFP, {"history.pain_location": [location, "outer_knee"]})


@pytest.mark.parametrize(
    "location", [["below_kneecap"], ["inner_joint_line", "back_of_knee"], ["outer_knee"], []]
)
def test_pfp_pattern_other_locations_do_not_count(fire: Any, location: list[str]) -> None:
    assert "pfp_pattern" not in fire(PFP, {"history.pain_location": location})


@pytest.mark.parametrize("excluded", [False, None])
def test_pfp_pattern_needs_other_causes_excluded(fire: Any, excluded: bool | None) -> None:
    assert "pfp_pattern" not in fire(PFP, {"history.other_causes_excluded": excluded})
