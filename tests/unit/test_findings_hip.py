"""Hip strength, knee collapse, pelvic control and trunk control, at their thresholds."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.thresholds import Thresholds

HIP_FORCES = ["hip.abduction_force", "hip.external_rotation_force", "hip.extension_force"]


def per_side(left: Any, right: Any) -> dict[str, Any]:
    return {"left": left, "right": right}


# --- hip_strength_deficit: LSI ---------------------------------------------------------------


@pytest.mark.parametrize("item", HIP_FORCES)
def test_lsi_just_below_90_fires(fire: Any, item: str) -> None:
    # Right painful: 179.8 / 200 x 100 = 89.9 < 90
    finding = fire({item: per_side(200.0, 179.8)})["hip_strength_deficit"]
    (evidence,) = finding.evidence
    assert evidence.measure == f"{item}.lsi"
    assert evidence.value == pytest.approx(89.9)
    assert (evidence.comparison, evidence.threshold, evidence.side) == ("<", 90.0, "right")
    assert evidence.unit == "%"


@pytest.mark.parametrize("item", HIP_FORCES)
@pytest.mark.parametrize("right", [180.0, 200.0, 240.0])
def test_lsi_90_or_more_is_quiet(fire: Any, item: str, right: float) -> None:
    # 180 / 200 x 100 = 90.0 (not below 90); 100%; 120%
    assert "hip_strength_deficit" not in fire({item: per_side(200.0, right)})


def test_lsi_on_the_left_when_left_hurts(fire: Any) -> None:
    # Left painful: 179.8 / 200 = 89.9% fires; the right being weaker does not matter.
    found = fire({"symptom_side": "left", "hip.abduction_force": per_side(179.8, 200.0)})
    assert found["hip_strength_deficit"].evidence[0].side == "left"
    quiet = fire({"symptom_side": "left", "hip.abduction_force": per_side(200.0, 179.8)})
    assert "hip_strength_deficit" not in quiet


def test_knee_extension_is_not_a_hip_deficit(fire: Any) -> None:
    assert "hip_strength_deficit" not in fire({"knee.extension_force": per_side(300.0, 150.0)})


def test_plan_targets_the_weak_movement(fire: Any) -> None:
    found = fire(
        {
            "hip.abduction_force": per_side(200.0, 150.0),  # 75%
            "hip.external_rotation_force": per_side(100.0, 100.0),  # 100%
            "hip.extension_force": per_side(250.0, 200.0),  # 80%
        }
    )
    finding = found["hip_strength_deficit"]
    assert finding.plan == ("side_lying_hip_abduction", "glute_bridge")
    assert [e.measure for e in finding.evidence] == [
        "hip.abduction_force.lsi",
        "hip.extension_force.lsi",
    ]


def test_patient_text_has_the_patients_own_numbers(fire: Any) -> None:
    # 61.5 kg: right 141 N = 141 / (61.5 x 9.81) x 100 = 23.37% -> "23%";
    # left 182 N = 182 / 603.315 x 100 = 30.17% -> "30%". LSI 141/182 = 77.5%.
    finding = fire({"hip.abduction_force": per_side(182.0, 141.0)})["hip_strength_deficit"]
    assert "23%" in finding.patient_text
    assert "30%" in finding.patient_text
    assert "right" in finding.patient_text
    assert finding.evidence[0].value == pytest.approx(77.47252747252747)
    assert "return-to-sport convention" in finding.clinician_text
    assert "77.5%" in finding.evidence[0].text()


def test_patient_text_without_body_mass_gives_the_percentage_weaker(build: Any) -> None:
    from kneedesk.core.findings import evaluate
    from kneedesk.core.protocol import load_protocol

    a = dict(build({"hip.abduction_force": per_side(200.0, 150.0)}))
    del a["body_mass"]
    (finding,) = evaluate(Answers(a), load_protocol("runners-knee", 1))
    # 150 / 200 = 75% -> 25% weaker
    assert "25% weaker" in finding.patient_text


def test_lsi_threshold_from_settings(fire: Any) -> None:
    # 170 / 200 = 85%: quiet when the clinic flags below 80%, fires below 90%.
    answers = {"hip.abduction_force": per_side(200.0, 170.0)}
    assert "hip_strength_deficit" in fire(answers)
    relaxed = Thresholds.from_dict({"lsi_min_percent": 80})
    assert "hip_strength_deficit" not in fire(answers, thresholds=relaxed)


# --- hip_strength_deficit: previous visit -----------------------------------------------------


def previous(build: Any, right: float, left: float = 200.0, mass: float = 61.5) -> Answers:
    return build({"body_mass": mass, "hip.abduction_force": per_side(left, right)})


@pytest.mark.parametrize(
    ("before", "now", "fires"),
    [
        (200.0, 180.0, True),  # 180 / 200 - 1 = -10% -> a 10% drop (>= 10)
        (200.0, 170.0, True),  # -15%
        (200.0, 182.0, False),  # -9%
        (200.0, 181.0, False),  # -9.5%
        (200.0, 220.0, False),  # stronger
        (150.0, 135.0, True),  # 135 / 150 - 1 = -10%
        (300.0, 270.0, True),  # 270 / 300 - 1 = -10%
    ],
)
def test_drop_since_previous_visit(
    fire: Any, build: Any, before: float, now: float, fires: bool
) -> None:
    # Both sides equal now, so the LSI (100%) cannot fire; only the drop can.
    current = {"hip.abduction_force": per_side(now, now)}
    found = fire(current, previous=previous(build, before, left=now))
    assert ("hip_strength_deficit" in found) is fires
    if fires:
        (evidence,) = found["hip_strength_deficit"].evidence
        assert evidence.measure == "hip.abduction_force.change"
        assert evidence.side == "right"
        assert (evidence.comparison, evidence.threshold) == (">=", 10.0)


def test_drop_patient_text(fire: Any, build: Any) -> None:
    # 170 / 200 - 1 = -15%
    current = {"hip.abduction_force": per_side(170.0, 170.0)}
    found = fire(current, previous=previous(build, 200.0, left=170.0))
    assert "15% weaker" in found["hip_strength_deficit"].patient_text


def test_pain_on_both_sides_uses_the_previous_visit_not_the_lsi(fire: Any, build: Any) -> None:
    both = {"symptom_side": "both", "hip.abduction_force": per_side(200.0, 100.0)}
    # LSI would be 50%, but with pain on both sides there is no symptomatic side.
    assert "hip_strength_deficit" not in fire(both)
    # The left dropped 250 -> 200 (-20%) since last time: that is flagged.
    before = build({"symptom_side": "both", "hip.abduction_force": per_side(250.0, 100.0)})
    finding = fire(both, previous=before)["hip_strength_deficit"]
    (evidence,) = finding.evidence
    assert evidence.measure == "hip.abduction_force.change"
    assert evidence.side == "left"
    assert evidence.value == pytest.approx(20.0)


def test_pain_on_both_sides_9_percent_drop_is_quiet(fire: Any, build: Any) -> None:
    both = {"symptom_side": "both", "hip.external_rotation_force": per_side(91.0, 100.0)}
    before = build({"symptom_side": "both", "hip.external_rotation_force": per_side(100.0, 100.0)})
    # left 91 / 100 - 1 = -9%
    assert "hip_strength_deficit" not in fire(both, previous=before)


def test_drop_threshold_from_settings(fire: Any, build: Any) -> None:
    current = {"hip.abduction_force": per_side(186.0, 186.0)}
    before = previous(build, 200.0, left=186.0)  # 186 / 200 - 1 = -7%
    assert "hip_strength_deficit" not in fire(current, previous=before)
    strict = Thresholds.from_dict({"strength_drop_percent": 5})
    assert "hip_strength_deficit" in fire(current, previous=before, thresholds=strict)


# --- knee_collapse ----------------------------------------------------------------------------


@pytest.mark.parametrize("quality", ["fair", "poor"])
def test_single_leg_squat_fair_or_poor_with_knee_inward(fire: Any, quality: str) -> None:
    found = fire(
        {
            "hip.single_leg_squat": per_side("good", quality),
            "hip.single_leg_squat_signs": per_side([], ["knee_inward"]),
        }
    )
    (evidence,) = found["knee_collapse"].evidence
    assert evidence.side == "right"
    assert evidence.measure == "hip.single_leg_squat"


@pytest.mark.parametrize(
    ("quality", "signs"),
    [("good", ["knee_inward"]), ("poor", ["pelvic_drop"]), ("fair", []), (None, ["knee_inward"])],
)
def test_single_leg_squat_quiet(fire: Any, quality: str | None, signs: list[str]) -> None:
    found = fire(
        {
            "hip.single_leg_squat": per_side("good", quality),
            "hip.single_leg_squat_signs": per_side([], signs),
        }
    )
    assert "knee_collapse" not in found


@pytest.mark.parametrize(
    ("ticked", "points"),
    [(["knee_medial_to_second_toe"], 1.0), (["knee_medial_to_foot", "unsteady"], 2.0)],
)
def test_step_down_knee_points_fire(fire: Any, ticked: list[str], points: float) -> None:
    found = fire({"hip.step_down": per_side([], ticked)})
    (evidence,) = found["knee_collapse"].evidence
    assert (evidence.value, evidence.comparison, evidence.threshold) == (points, ">=", 1.0)
    assert evidence.side == "right"


def test_step_down_without_knee_points_is_quiet(fire: Any) -> None:
    ticked = ["arm_strategy", "trunk_lean", "unsteady"]
    assert "knee_collapse" not in fire({"hip.step_down": per_side([], ticked)})


@pytest.mark.parametrize(("grade", "fires"), [("mild", True), ("marked", True), ("none", False)])
def test_running_knee_inward_on_the_painful_side(fire: Any, grade: str, fires: bool) -> None:
    assert ("knee_collapse" in fire({"running.knee_inward": per_side("none", grade)})) is fires


def test_knee_inward_on_the_pain_free_side_only_is_quiet(fire: Any) -> None:
    found = fire(
        {
            "running.knee_inward": per_side("marked", "none"),
            "hip.step_down": per_side(["knee_medial_to_foot"], []),
            "hip.single_leg_squat": per_side("poor", "good"),
            "hip.single_leg_squat_signs": per_side(["knee_inward"], []),
        }
    )
    assert "knee_collapse" not in found


def test_knee_inward_counts_on_either_side_with_pain_on_both(fire: Any) -> None:
    found = fire({"symptom_side": "both", "running.knee_inward": per_side("mild", "none")})
    assert found["knee_collapse"].evidence[0].side == "left"


def test_knee_collapse_plan(fire: Any) -> None:
    finding = fire({"running.knee_inward": per_side("none", "marked")})["knee_collapse"]
    assert set(finding.plan) == {"single_leg_squat_mirror", "step_down_mirror"}


# --- pelvic_control ---------------------------------------------------------------------------

PELVIS_FIRES = [
    pytest.param({"hip.trendelenburg": per_side("negative", "positive")}, id="trendelenburg"),
    pytest.param({"hip.step_down": per_side([], ["pelvis_tilt"])}, id="step-down pelvis"),
    pytest.param({"running.pelvic_drop": per_side("none", "mild")}, id="running mild"),
    pytest.param({"running.pelvic_drop": per_side("none", "marked")}, id="running marked"),
    pytest.param({"hip.single_leg_squat_signs": per_side([], ["pelvic_drop"])}, id="squat sign"),
]
PELVIS_QUIET = [
    pytest.param({"hip.trendelenburg": per_side("positive", "negative")}, id="trendelenburg"),
    pytest.param({"hip.step_down": per_side(["pelvis_tilt"], ["trunk_lean"])}, id="step-down"),
    pytest.param({"running.pelvic_drop": per_side("marked", "none")}, id="running"),
    pytest.param({"hip.single_leg_squat_signs": per_side(["pelvic_drop"], [])}, id="squat sign"),
]


@pytest.mark.parametrize("answers", PELVIS_FIRES)
def test_pelvic_control_fires(fire: Any, answers: dict[str, Any]) -> None:
    finding = fire(answers)["pelvic_control"]
    (evidence,) = finding.evidence
    assert evidence.side == "right"
    assert finding.plan == ("side_lying_hip_abduction", "side_plank", "single_leg_stance")


@pytest.mark.parametrize("answers", PELVIS_QUIET)
def test_pelvic_control_quiet_on_the_pain_free_side(fire: Any, answers: dict[str, Any]) -> None:
    assert "pelvic_control" not in fire(answers)


# --- trunk_control ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hold", "fires"),
    [(29.9, True), (0.0, True), (30.0, False), (55.0, False)],
)
def test_side_plank_under_30_s(fire: Any, hold: float, fires: bool) -> None:
    # Equal sides, so the LSI is 100% and only the 30 s clinic default can fire.
    found = fire({"hip.side_plank": per_side(hold, hold)})
    assert ("trunk_control" in found) is fires
    if fires:
        evidence = found["trunk_control"].evidence
        assert {e.side for e in evidence} == {"left", "right"}
        assert all((e.value, e.threshold, e.unit) == (hold, 30.0, "s") for e in evidence)


@pytest.mark.parametrize(
    ("right", "fires"),
    [
        (53.9, True),  # 53.9 / 60 x 100 = 89.83 < 90
        (54.0, False),  # 54 / 60 x 100 = 90.0
        (60.0, False),
    ],
)
def test_side_plank_lsi(fire: Any, right: float, fires: bool) -> None:
    found = fire({"hip.side_plank": per_side(60.0, right)})
    assert ("trunk_control" in found) is fires
    if fires:
        (evidence,) = found["trunk_control"].evidence
        assert evidence.measure == "hip.side_plank.lsi"
        assert evidence.value == pytest.approx(89.83333333333333)
        assert evidence.side == "right"


def test_side_plank_patient_text_has_the_seconds(fire: Any) -> None:
    finding = fire({"hip.side_plank": per_side(45.0, 25.0)})["trunk_control"]
    assert "45 seconds" in finding.patient_text
    assert "25 seconds" in finding.patient_text


def test_side_plank_threshold_from_settings(fire: Any) -> None:
    answers = {"hip.side_plank": per_side(40.0, 40.0)}
    assert "trunk_control" not in fire(answers)
    assert "trunk_control" in fire(
        answers, thresholds=Thresholds.from_dict({"side_plank_min_s": 45})
    )


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param({"hip.single_leg_squat_signs": per_side([], ["trunk_lean"])}, id="squat"),
        pytest.param({"hip.step_down": per_side([], ["trunk_lean"])}, id="step-down"),
    ],
)
def test_trunk_lean_signs(fire: Any, answers: dict[str, Any]) -> None:
    assert fire(answers)["trunk_control"].plan == ("side_plank",)
