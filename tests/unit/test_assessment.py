"""A whole worked visit through assess(): the JSON shape and its key numbers, worked by hand."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess, assess_answers
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.visit_doc import PatientInfo, VisitDoc, VisitInfo


def per_side(left: Any, right: Any) -> dict[str, Any]:
    return {"left": left, "right": right}


# Kujala 65: 3+5+3+5+3+6+7+4+3+8+10+3+5
KUJALA_65 = {
    "kujala.limp": "slight_or_periodic",  # 3
    "kujala.support": "full_without_pain",  # 5
    "kujala.walking": "more_than_2km",  # 3
    "kujala.stairs": "pain_both_ways",  # 5
    "kujala.squatting": "painful_each_time",  # 3
    "kujala.running": "slight_pain_from_start",  # 6
    "kujala.jumping": "slight_difficulty",  # 7
    "kujala.sitting": "must_straighten",  # 4
    "kujala.pain": "occasionally_severe",  # 3
    "kujala.swelling": "after_severe_exertion",  # 8
    "kujala.kneecap_movement": "none",  # 10
    "kujala.thigh_atrophy": "slight",  # 3
    "kujala.flexion_deficit": "none",  # 5
}
# 65 - 10 (kneecap none 10 -> one_dislocation 2: -8; flexion none 5 -> slight 3: -2) = 55
KUJALA_55 = {
    **KUJALA_65,
    "kujala.kneecap_movement": "one_dislocation",
    "kujala.flexion_deficit": "slight",
}
# 65 - 9 (kneecap -8; squatting painful_each_time 3 -> partial_weight_bearing 2: -1) = 56
KUJALA_56 = {
    **KUJALA_65,
    "kujala.kneecap_movement": "one_dislocation",
    "kujala.squatting": "partial_weight_bearing",
}

VISIT: dict[str, Any] = {
    "symptom_side": "right",
    "body_mass": 61.5,
    "leg_length": per_side(90.0, 90.0),
    **dict.fromkeys(
        [
            "red_flags.trauma",
            "red_flags.locking",
            "red_flags.effusion",
            "red_flags.infection",
            "red_flags.night_pain",
            "red_flags.neurovascular",
            "red_flags.adolescent_hip",
        ],
        False,
    ),
    "history.pain_location": ["around_kneecap"],
    "history.other_causes_excluded": True,
    "knee.squat_pain": 3,
    **KUJALA_65,
    "pain.usual": 3,
    "pain.worst_week": 6,
    "pain.running": 5,
    "koos_pf.score": 60.0,
    "hip.lever_arm": 0.35,
    "hip.abduction_force": per_side(182.0, 141.0),
    "hip.side_plank": per_side(50.0, 40.0),
    "hip.step_down": per_side(["arm_strategy"], ["pelvis_tilt", "knee_medial_to_foot", "unsteady"]),
    "hip.step_down_height": "20_cm",
    "balance.y_anterior": per_side(64.0, 60.0),
    "balance.y_posteromedial": per_side(100.0, 100.0),
    "balance.y_posterolateral": per_side(100.0, 93.8),
    "ankle.knee_to_wall": per_side(10.0, 9.0),
    "load.weekly_distance": [26.0, 20.0, 25.0, 20.0],
    "load.longest_run_week": 16.5,
    "load.longest_run_prior_30d": 15.0,
    "running.cadence": 160.0,
}

PREVIOUS: dict[str, Any] = {
    "symptom_side": "right",
    "body_mass": 61.5,
    **KUJALA_56,
    "pain.usual": 5,
    "pain.worst_week": 7,
    "pain.running": 6,
    "koos_pf.score": 50.0,
}


@pytest.fixture
def result(protocol: Protocol) -> dict[str, Any]:
    return assess_answers(Answers(VISIT), protocol, previous=Answers(PREVIOUS)).to_dict()


def test_shape(result: dict[str, Any]) -> None:
    assert set(result) == {
        "protocol",
        "red_flag",
        "scores",
        "findings",
        "plan",
        "thresholds_changed",
    }
    assert result["protocol"] == {"id": "runners-knee", "version": 1}
    assert result["red_flag"] is False
    assert result["thresholds_changed"] == {}
    assert set(result["scores"]) == {
        "kujala",
        "pain",
        "koos_pf",
        "strength",
        "side_plank",
        "step_down",
        "y_balance",
        "knee_to_wall",
        "load",
        "cadence",
    }
    json.dumps(result, allow_nan=False)  # plain JSON, no NaN


def test_kujala(result: dict[str, Any]) -> None:
    k = result["scores"]["kujala"]
    assert k["version"] == "kujala-1993"
    assert (k["total"], k["max"], k["missing"]) == (65, 100, [])
    assert k["change"] == 9.0  # 65 - 56
    assert k["meaningful_change"] is False


def test_strength(result: dict[str, Any]) -> None:
    abd = result["scores"]["strength"]["hip.abduction_force"]
    assert abd["force_n"] == {"left": 182.0, "right": 141.0}
    # 182 / (61.5 x 9.81) x 100 = 30.17 -> 30.2; 141 / 603.315 x 100 = 23.37 -> 23.4
    assert abd["percent_bw"] == {"left": 30.2, "right": 23.4}
    # 182 x 0.35 / 61.5 = 1.0358 -> 1.04; 141 x 0.35 / 61.5 = 0.8024 -> 0.80
    assert abd["torque_nm_per_kg"] == {"left": 1.04, "right": 0.8}
    assert abd["lsi"] == 77.5  # 141 / 182 x 100 = 77.47
    untested = result["scores"]["strength"]["hip.extension_force"]
    assert untested["lsi"] is None
    assert untested["percent_bw"] == {"left": None, "right": None}


def test_side_plank_step_down_balance_ankle(result: dict[str, Any]) -> None:
    s = result["scores"]
    assert s["side_plank"] == {"left": 50.0, "right": 40.0, "lsi": 80.0}  # 40 / 50 x 100
    # left: arm 1 = 1 good; right: pelvis 1 + knee medial to foot 2 + unsteady 1 = 4 poor
    assert s["step_down"] == {
        "left": {"score": 1, "rating": "good"},
        "right": {"score": 4, "rating": "poor"},
        "height": "20_cm",
    }
    # left (64 + 100 + 100) / 270 x 100 = 97.78 -> 97.8; right 253.8 / 270 x 100 = 94.0
    assert s["y_balance"] == {
        "composite_percent": {"left": 97.8, "right": 94.0},
        "anterior_difference_cm": 4.0,
    }
    assert s["knee_to_wall"] == {"left": 10.0, "right": 9.0, "difference_cm": 1.0}


def test_load_and_cadence(result: dict[str, Any]) -> None:
    load = result["scores"]["load"]
    assert load["weekly_distance_km"] == [26.0, 20.0, 25.0, 20.0]
    # 26/20 - 1 = +30%; 20/25 - 1 = -20%; 25/20 - 1 = +25%
    assert load["weekly_change_percent"] == [30.0, -20.0, 25.0]
    assert load["single_run_spike_percent"] == 10.0  # 16.5 / 15 - 1
    assert result["scores"]["cadence"] == {
        "steps_per_min": 160.0,
        "retraining_range": [168, 176],  # 160 x 1.05, 160 x 1.10
    }


def test_findings_and_plan(result: dict[str, Any]) -> None:
    # Exactly at the thresholds and therefore quiet: weekly +30%, spike 10%, anterior
    # difference 4.0 cm, right composite 94.0%; knee-to-wall difference 1 cm, right 9 cm.
    assert [f["id"] for f in result["findings"]] == [
        "pfp_pattern",
        "hip_strength_deficit",
        "pelvic_control",
        "knee_collapse",
        "trunk_control",
        "low_cadence",
    ]
    hip = result["findings"][1]
    assert hip["evidence"][0]["value"] == 77.47
    assert hip["evidence"][0]["threshold"] == 90.0
    assert hip["evidence"][0]["side"] == "right"
    # The combined hip and knee default plan plus what the findings add.
    plan = result["plan"]
    for default in ("education_load", "side_lying_hip_abduction", "clamshell_band"):
        assert default in plan
    for added in (
        "step_down_mirror",
        "single_leg_squat_mirror",
        "side_plank",
        "cadence_retraining",
    ):
        assert added in plan
    assert "run_reduce_rebuild" not in plan
    assert len(plan) == len(set(plan))


# --- change since the previous visit ----------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "before", "change", "meaningful"),
    [
        (KUJALA_65, KUJALA_56, 9.0, False),  # 65 - 56
        (KUJALA_65, KUJALA_55, 10.0, True),  # 65 - 55
        (KUJALA_55, KUJALA_65, -10.0, True),  # a 10-point worsening is meaningful too
        (KUJALA_56, KUJALA_65, -9.0, False),
        (KUJALA_65, KUJALA_65, 0.0, False),
    ],
)
def test_kujala_change(
    protocol: Protocol, now: dict[str, str], before: dict[str, str], change: float, meaningful: bool
) -> None:
    k = assess_answers(Answers(now), protocol, previous=Answers(before)).to_dict()["scores"][
        "kujala"
    ]
    assert k["change"] == change
    assert k["meaningful_change"] is meaningful


def test_kujala_change_needs_both_totals(protocol: Protocol) -> None:
    partial = {k: v for k, v in KUJALA_65.items() if k != "kujala.pain"}
    k = assess_answers(Answers(partial), protocol, previous=Answers(KUJALA_55)).to_dict()["scores"][
        "kujala"
    ]
    assert k["total"] is None
    assert k["missing"] == ["kujala.pain"]
    assert k["change"] is None
    assert k["meaningful_change"] is False


def test_no_previous_visit(protocol: Protocol) -> None:
    scores = assess_answers(Answers(VISIT), protocol).to_dict()["scores"]
    assert scores["kujala"]["change"] is None
    assert scores["pain"]["usual"] == {
        "value": 3.0,
        "previous": None,
        "change": None,
        "meaningful_improvement": None,
    }


@pytest.mark.parametrize(
    ("before", "now", "meaningful"),
    [
        (5, 3, True),  # a 2-point drop
        (8, 2, True),
        (5, 4, False),  # a 1-point drop
        (5, 5, False),
        (3, 5, False),  # worse
    ],
)
def test_pain_drop(protocol: Protocol, before: int, now: int, meaningful: bool) -> None:
    pain = assess_answers(
        Answers({"pain.usual": now}), protocol, previous=Answers({"pain.usual": before})
    ).to_dict()["scores"]["pain"]["usual"]
    assert pain["change"] == now - before
    assert pain["meaningful_improvement"] is meaningful


def test_pain_in_the_worked_visit(result: dict[str, Any]) -> None:
    pain = result["scores"]["pain"]
    assert pain["usual"]["change"] == -2.0  # 3 - 5
    assert pain["usual"]["meaningful_improvement"] is True
    assert pain["worst_week"]["change"] == -1.0  # 6 - 7
    assert pain["worst_week"]["meaningful_improvement"] is False
    assert pain["running"]["meaningful_improvement"] is False  # 5 - 6


@pytest.mark.parametrize(
    ("before", "now", "meaningful"),
    [
        (50.0, 66.4, True),  # +16.4
        (47.7, 64.1, True),  # +16.4 with tenths as typed
        (50.0, 66.3, False),  # +16.3
        (60.0, 50.0, False),
    ],
)
def test_koos_pf_change(protocol: Protocol, before: float, now: float, meaningful: bool) -> None:
    koos = assess_answers(
        Answers({"koos_pf.score": now}), protocol, previous=Answers({"koos_pf.score": before})
    ).to_dict()["scores"]["koos_pf"]
    assert koos["meaningful_improvement"] is meaningful


def test_thresholds_changed_are_reported(protocol: Protocol) -> None:
    t = Thresholds.from_dict({"cadence_max_spm": 175})
    out = assess_answers(Answers(VISIT), protocol, thresholds=t).to_dict()
    assert out["thresholds_changed"] == {"cadence_max_spm": 175.0}


def test_red_flag_visit(protocol: Protocol) -> None:
    out = assess_answers(Answers({**VISIT, "red_flags.infection": True}), protocol).to_dict()
    assert out["red_flag"] is True
    assert out["plan"] == []
    assert out["findings"][0]["id"] == "refer_first"
    # Scores are still shown to the clinician.
    assert out["scores"]["kujala"]["total"] == 65


def test_assess_a_visit_document(protocol: Protocol) -> None:
    def doc(answers: dict[str, Any], day: int) -> VisitDoc:
        return VisitDoc(
            patient=PatientInfo("p1", "Ada", "Runner", date(1990, 5, 1), "female"),
            visit=VisitInfo(date(2026, 3, day), "Dr Test"),
            answers=Answers(answers),
        )

    out = assess(doc(VISIT, 20), doc(PREVIOUS, 6)).to_dict()
    assert out["scores"]["kujala"]["total"] == 65
    assert out["scores"]["kujala"]["change"] == 9.0
    assert out["scores"]["strength"]["hip.abduction_force"]["lsi"] == 77.5
