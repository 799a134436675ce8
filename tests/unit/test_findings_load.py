"""Load spike, downhill and squat load, cadence and fatigue, at their thresholds."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.findings import Level
from kneedesk.core.thresholds import Thresholds

# --- load_spike: single run -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("week", "prior", "fires"),
    [
        (11.0, 10.0, False),  # 11 / 10 - 1 = 10%: not more than 10%
        (16.5, 15.0, False),  # 10%
        (13.2, 12.0, False),  # 10%
        (22.0, 20.0, False),  # 10%
        (11.01, 10.0, True),  # 10.1%
        (16.52, 15.0, True),  # 16.52 / 15 - 1 = 10.13%
        (20.0, 10.0, True),  # 100%
        (9.0, 10.0, False),  # shorter
    ],
)
def test_single_run_spike(fire: Any, week: float, prior: float, fires: bool) -> None:
    found = fire({"load.longest_run_week": week, "load.longest_run_prior_30d": prior})
    assert ("load_spike" in found) is fires
    if fires:
        finding = found["load_spike"]
        (evidence,) = finding.evidence
        assert evidence.measure == "load.single_run_spike"
        assert (evidence.comparison, evidence.threshold, evidence.unit) == (">", 10.0, "%")
        assert finding.level is Level.ATTENTION
        assert finding.plan == ("run_reduce_rebuild",)


def test_single_run_spike_patient_text(fire: Any) -> None:
    finding = fire({"load.longest_run_week": 21.0, "load.longest_run_prior_30d": 14.0})
    # 21 / 14 - 1 = 50%
    text = finding["load_spike"].patient_text
    assert "21 km" in text
    assert "14 km" in text
    assert "50%" in text


def test_no_prior_run_is_not_a_spike(fire: Any) -> None:
    assert "load_spike" not in fire(
        {"load.longest_run_week": 12.0, "load.longest_run_prior_30d": 0.0}
    )


# --- load_spike: weekly distance --------------------------------------------------------------


@pytest.mark.parametrize(
    ("weeks", "fires"),
    [
        ([13.0, 10.0, 10.0, 10.0], False),  # 13 / 10 - 1 = 30%: not more than 30%
        ([39.0, 30.0, 30.0, 30.0], False),  # 30%
        ([26.0, 20.0, 20.0, 20.0], False),  # 30%
        ([14.3, 11.0, 11.0, 11.0], False),  # 30%
        ([13.01, 10.0, 10.0, 10.0], True),  # 30.1%
        ([26.1, 20.0, 20.0, 20.0], True),  # 30.5%
        ([10.0, 13.01, 10.0, 10.0], True),  # last week's rise (13.01 / 10 - 1) counts too
        ([10.0, 5.0, 0.0, None], True),  # 10 / 5 - 1 = 100%; no % from a zero or blank week
        ([10.0, 0.0, 10.0, 10.0], False),  # a rise from nothing has no percentage
        ([10.0, None, 5.0, 5.0], False),
        ([20.0, 40.0, 40.0, 40.0], False),  # a fall
    ],
)
def test_weekly_rise(fire: Any, weeks: list[float | None], fires: bool) -> None:
    found = fire({"load.weekly_distance": weeks})
    assert ("load_spike" in found) is fires
    if fires:
        for evidence in found["load_spike"].evidence:
            assert evidence.measure == "load.weekly_distance.change"
            assert (evidence.comparison, evidence.threshold) == (">", 30.0)


def test_weekly_rise_patient_text(fire: Any) -> None:
    finding = fire({"load.weekly_distance": [30.0, 20.0, 20.0, 20.0]})["load_spike"]
    # 30 / 20 - 1 = 50%
    (evidence,) = finding.evidence
    assert evidence.value == pytest.approx(50.0)
    assert "30 km" in finding.patient_text
    assert "20 km" in finding.patient_text
    assert "50%" in finding.patient_text


def test_weekly_threshold_from_settings(fire: Any) -> None:
    weeks = {"load.weekly_distance": [12.5, 10.0, 10.0, 10.0]}  # 25%
    assert "load_spike" not in fire(weeks)
    strict = Thresholds.from_dict({"weekly_increase_percent": 20})
    assert "load_spike" in fire(weeks, thresholds=strict)


def test_spike_threshold_from_settings(fire: Any) -> None:
    runs = {"load.longest_run_week": 12.0, "load.longest_run_prior_30d": 10.0}  # 20%
    assert "load_spike" in fire(runs)
    relaxed = Thresholds.from_dict({"single_run_spike_percent": 25})
    assert "load_spike" not in fire(runs, thresholds=relaxed)


@pytest.mark.parametrize(
    "change",
    [
        "new_shoes",
        "new_surface",
        "more_hills",
        "speed_work",
        "race_build_up",
        "returned_after_break",
    ],
)
def test_recent_change_alone(fire: Any, change: str) -> None:
    finding = fire({"load.recent_changes": [change]})["load_spike"]
    assert [e.measure for e in finding.evidence] == ["load.recent_changes"]
    assert finding.level is Level.INFO


def test_no_recent_change_is_quiet(fire: Any) -> None:
    assert "load_spike" not in fire({"load.recent_changes": []})


# --- downhill_squat_load ----------------------------------------------------------------------

SQUAT_PAIN = {"knee.squat_pain": 3}


@pytest.mark.parametrize(
    ("sessions", "pain", "fires"),
    [
        (3, SQUAT_PAIN, True),
        (4, SQUAT_PAIN, True),
        (2, SQUAT_PAIN, False),
        (3, {}, False),
        (3, {"knee.squat_pain": 0}, False),
        (3, {"knee.squat_pain": 1}, True),
    ],
)
def test_heavy_squat_sessions(fire: Any, sessions: int, pain: dict[str, Any], fires: bool) -> None:
    found = fire({"load.heavy_squat_sessions": sessions}, pain)
    assert ("downhill_squat_load" in found) is fires
    if fires:
        finding = found["downhill_squat_load"]
        load = finding.evidence[0]
        assert (load.measure, load.value, load.comparison, load.threshold) == (
            "load.heavy_squat_sessions",
            float(sessions),
            ">=",
            3.0,
        )
        assert f"{sessions} heavy squat" in finding.patient_text
        assert finding.plan == ("avoid_downhill_deep_squats",)


@pytest.mark.parametrize(
    "aggravator", ["stairs_up", "stairs_down", "squatting", "prolonged_sitting"]
)
def test_bent_knee_aggravators_count_as_bent_knee_pain(fire: Any, aggravator: str) -> None:
    # The reference's bent-knee loading: squatting, stairs, prolonged sitting.
    found = fire({"load.heavy_squat_sessions": 3, "history.aggravators": [aggravator]})
    assert "downhill_squat_load" in found


@pytest.mark.parametrize(("downhill", "fires"), [("a_lot", True), ("some", False), ("none", False)])
def test_downhill(fire: Any, downhill: str, fires: bool) -> None:
    found = fire({"load.downhill": downhill}, SQUAT_PAIN)
    assert ("downhill_squat_load" in found) is fires


def test_downhill_without_bent_knee_pain_is_quiet(fire: Any) -> None:
    assert "downhill_squat_load" not in fire({"load.downhill": "a_lot"})


def test_heavy_squat_threshold_from_settings(fire: Any) -> None:
    answers = [{"load.heavy_squat_sessions": 2}, SQUAT_PAIN]
    assert "downhill_squat_load" not in fire(*answers)
    strict = Thresholds.from_dict({"heavy_squat_sessions": 2})
    assert "downhill_squat_load" in fire(*answers, thresholds=strict)


# --- low_cadence ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cadence", "fires"),
    [(170.0, True), (150.0, True), (170.1, False), (171.0, False), (180.0, False)],
)
def test_cadence(fire: Any, cadence: float, fires: bool) -> None:
    found = fire({"running.cadence": cadence})
    assert ("low_cadence" in found) is fires
    if fires:
        (evidence,) = found["low_cadence"].evidence
        assert (evidence.value, evidence.comparison, evidence.threshold) == (cadence, "<=", 170.0)
        assert found["low_cadence"].plan == ("cadence_retraining",)


def test_cadence_patient_text_has_own_numbers_and_target(fire: Any) -> None:
    finding = fire({"running.cadence": 160.0})["low_cadence"]
    # +5% = 160 x 1.05 = 168; +10% = 160 x 1.10 = 176
    assert "160 steps" in finding.patient_text
    assert "168 to 176" in finding.patient_text
    assert "180 is not a validated target" in finding.clinician_text


def test_cadence_threshold_from_settings(fire: Any) -> None:
    assert "low_cadence" not in fire({"running.cadence": 171.0})
    found = fire(
        {"running.cadence": 171.0}, thresholds=Thresholds.from_dict({"cadence_max_spm": 175})
    )
    assert found["low_cadence"].evidence[0].threshold == 175.0
    assert "low_cadence" not in fire(
        {"running.cadence": 176.0}, thresholds=Thresholds.from_dict({"cadence_max_spm": 175})
    )


@pytest.mark.parametrize(
    ("overstride", "fires"), [("mild", True), ("marked", True), ("none", False)]
)
def test_overstride(fire: Any, overstride: str, fires: bool) -> None:
    found = fire({"running.overstride": overstride, "running.cadence": 178.0})
    assert ("low_cadence" in found) is fires


# --- fatigue_breakdown ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "fires"), [("worse_late", True), ("none", False), (None, False)]
)
def test_fatigue(fire: Any, change: str | None, fires: bool) -> None:
    found = fire({"running.fatigue_change": change})
    assert ("fatigue_breakdown" in found) is fires
    if fires:
        assert "shorter_runs_fatigue" in found["fatigue_breakdown"].plan
