"""The v2 suggested plan: composition and cap (6.1), adjuncts (6.4), doses by stage (6.2)."""

from __future__ import annotations

from typing import Any

from v2_helpers import V2, answers_v2

from kneedesk.core.assessment import assess_answers
from kneedesk.core.plan_v2 import Group, SuggestedPlan


def plan_of(*parts: dict[str, Any], age: int | None = 30) -> SuggestedPlan:
    result = assess_answers(answers_v2(*parts), V2, age=age)
    assert result.suggested is not None
    assert result.plan == result.suggested.preselected
    return result.suggested


MANY: dict[str, Any] = {
    "pain.usual": 5,  # moderate
    "hip.abduction_force": {"left": 200.0, "right": 170.0},  # 85%
    "hip.external_rotation_force": {"left": 100.0, "right": 80.0},  # 80%
    "knee.extension_force": {"left": 300.0, "right": 240.0},  # 80%
    "hip.trendelenburg": {"right": "positive"},
    "running.knee_inward": {"right": "mild"},
    "ankle.knee_to_wall": {"left": 12.0, "right": 7.0},
    "load.longest_run_week": 15.0,
    "load.longest_run_prior_30d": 10.0,
    "running.cadence": 160,
    "running.fatigue_change": "worse_late",
    "foot.fpi6": {"right": 8},
}


def test_at_most_six_exercises_by_priority() -> None:
    plan = plan_of(MANY)
    exercises = [
        (s.item_id, s.group) for s in plan.items if s.preselected and s.kind.value == "exercise"
    ]
    assert exercises == [
        # Hip 2: the weakest muscle first (ER 80% < abduction 85%).
        ("clamshell_band", Group.HIP),
        ("side_lying_hip_abduction", Group.HIP),
        # Knee 2: quadriceps_deficit puts knee extension first.
        ("knee_extension_90_45", Group.KNEE),
        ("wall_sit", Group.KNEE),
        # Findings by level then table order: quadriceps_deficit (attention) names step_up;
        # hip_strength_deficit's items are chosen; pelvic_control's next new one is side_plank.
        ("step_up", Group.FINDING),
        ("side_plank", Group.FINDING),
    ]
    running = [s.item_id for s in plan.items if s.group is Group.RUNNING]
    assert running == ["run_reduce_rebuild", "cadence_retraining"]  # 2 of 3, findings order
    assert "shorter_runs_fatigue" in plan.optional
    assert [s.item_id for s in plan.items if s.group is Group.EDUCATION] == [
        "education_load",
        "education_exercise",
    ]
    # Adjuncts offered, never preselected; the rest unticked.
    assert plan.offered == ("foot_orthoses_prefab",)
    assert "foot_orthoses_prefab" not in plan.preselected
    assert {"single_leg_squat_mirror", "ankle_mobility_lunge", "glute_bridge"} <= set(plan.optional)
    assert not set(plan.optional) & set(plan.preselected)


def test_high_irritability_knee_order_and_doses() -> None:
    plan = plan_of(MANY, {"pain.usual": 8})
    knee = [s.item_id for s in plan.items if s.group is Group.KNEE]
    assert knee == ["wall_sit", "knee_extension_90_45"]
    doses = {s.item_id: s.dose for s in plan.items}
    assert doses["wall_sit"] == "5 holds of 30-45 seconds, every day"
    assert doses["run_reduce_rebuild"] == "No running for now: walk, cycle or swim instead"
    assert doses["side_lying_hip_abduction"] == "2 sets of 10-15 on each side, every day"


def test_low_irritability_doses_and_adolescents_start_at_moderate() -> None:
    adult = plan_of({"pain.usual": 2}, age=30)
    assert adult.dose_stage is not None
    assert adult.dose_stage.value == "low"
    doses = {s.item_id: s.dose for s in adult.items}
    assert doses["wall_sit"] == "3 sets of 8-12 slow slides holding a weight, 3 times a week"
    teen = plan_of({"pain.usual": 2}, age=15)
    assert teen.stage is not None
    assert (teen.stage.value, teen.dose_stage and teen.dose_stage.value) == ("low", "moderate")
    doses = {s.item_id: s.dose for s in teen.items}
    assert doses["wall_sit"] == "3 sets of 10-15 slow slides down and up, 3 times a week"


def test_to_confirm_preselects_nothing() -> None:
    plan = plan_of(MANY, {"dx.tibiofemoral": "possible"})
    assert plan.status.value == "to_confirm"
    assert plan.preselected == ()
    assert "knee_extension_90_45" in plan.optional
    assert plan.offered == ()  # adjuncts are on the PFP path only


def test_red_flag_has_no_plan() -> None:
    plan = plan_of(MANY, {"red_flags.locking": True})
    assert plan.items == ()


def test_taping_and_weight_education_are_offered_only() -> None:
    plan = plan_of({"adjunct.taping_trial": "less_pain", "pain.usual": 5})
    assert plan.offered == ("patellar_taping",)
    assert plan.suggest_taping_trial is False
    untried = plan_of({"adjunct.taping_trial": "not_tried", "pain.usual": 5})
    assert untried.suggest_taping_trial is True
    assert plan_of({"pain.usual": 2}).suggest_taping_trial is False
    # BMI 92 / 1.75^2 = 30.04 -> 30.0: offered to an adult, not to a 16-year-old;
    # 91.7 / 3.0625 = 29.94 -> 29.9: not offered.
    heavy = {"body_mass": 92.0, "height": 175.0}
    assert "education_weight" in plan_of(heavy, age=30).offered
    assert "education_weight" not in plan_of(heavy, age=16).offered
    assert "education_weight" not in plan_of({"body_mass": 91.7, "height": 175.0}).offered


def test_v2_score_reports_change_against_the_bands() -> None:
    previous = answers_v2(
        {"ankle.knee_to_wall": {"right": 10.0}, "hip.abduction_force": {"right": 150.0}}
    )
    now = answers_v2(
        # 10 -> 8.1 cm: -1.9, at the MDC; 150 -> 130 N at 61.5 kg: -13.3% of %BW, inside 15%.
        {"ankle.knee_to_wall": {"right": 8.1}, "hip.abduction_force": {"right": 130.0}}
    )
    data = assess_answers(now, V2, previous=previous, age=30).to_dict()
    changes = data["scores"]["change_vs_previous"]
    assert changes["knee_to_wall"] == {"left": None, "right": "worse"}
    assert changes["abduction_bw"]["right"] == "within"
    assert data["diagnosis_status"] == "pfp"
    assert "notes" not in data


def test_v2_score_notes_an_unrecorded_painful_side() -> None:
    data = assess_answers(answers_v2({"symptom_side": None}), V2, age=30).to_dict()
    assert data["notes"] == ["Painful side not recorded: no side-to-side comparison"]
