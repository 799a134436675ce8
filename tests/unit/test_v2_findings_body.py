"""Protocol v2 strength, movement, foot and mobility findings, at their thresholds.

Numbers worked by hand from clinical content v2, sections 3.7, 3.8, 4.3 and 5.
%BW = F / (mass x 9.81) x 100; torque = F x arm / mass; LSI = painful / other x 100.
"""

from __future__ import annotations

from typing import Any

import pytest
from v2_helpers import answers_v2, fire_v2

from kneedesk.core.answers import Answers
from kneedesk.core.findings import Level
from kneedesk.core.scoring import strength


def per_side(left: float, right: float) -> dict[str, float]:
    return {"left": left, "right": right}


# --- torque with the right lever arm ----------------------------------------------------------

ARMS: dict[str, Any] = {
    "body_mass": 61.5,
    "hip.lever_arm": 0.82,
    "knee.lever_arm": 0.38,
    "hip.abduction_force": per_side(182.0, 141.0),
    "hip.external_rotation_force": per_side(118.0, 96.0),
    "hip.extension_force": per_side(205.0, 188.0),
    "knee.extension_force": per_side(310.0, 262.0),
}


@pytest.mark.parametrize(
    ("item", "right"),
    [
        ("hip.abduction_force", 1.88),  # 141 x 0.82 / 61.5 = 1.880
        ("hip.extension_force", 2.51),  # 188 x 0.82 / 61.5 = 2.507
        ("hip.external_rotation_force", 0.59),  # 96 x 0.38 / 61.5 = 0.593 (knee arm)
        ("knee.extension_force", 1.62),  # 262 x 0.38 / 61.5 = 1.619 (knee arm)
    ],
)
def test_v2_torque_uses_each_forces_lever_arm(item: str, right: float) -> None:
    torque = strength(Answers(ARMS), item, 2).torque_nm_per_kg["right"]
    assert torque is not None
    assert round(torque, 2) == right


def test_no_knee_arm_no_er_or_knee_torque() -> None:
    answers = Answers({k: v for k, v in ARMS.items() if k != "knee.lever_arm"})
    assert strength(answers, "hip.external_rotation_force", 2).torque_nm_per_kg["right"] is None
    assert strength(answers, "knee.extension_force", 2).torque_nm_per_kg["right"] is None
    assert strength(answers, "hip.abduction_force", 2).torque_nm_per_kg["right"] is not None


def test_v1_torque_is_unchanged() -> None:
    # v1 used hip.lever_arm for ER: 96 x 0.82 / 61.5 = 1.28 (kept for v1 visits).
    torque = strength(Answers(ARMS), "hip.external_rotation_force").torque_nm_per_kg["right"]
    assert torque is not None
    assert round(torque, 2) == 1.28


# --- quadriceps_deficit -----------------------------------------------------------------------


@pytest.mark.parametrize(("right", "fires"), [(269.7, True), (270.0, False)])
def test_quadriceps_lsi_under_90(right: float, fires: bool) -> None:
    # 269.7 / 300 = 89.9%; 270 / 300 = 90%.
    found = fire_v2({"knee.extension_force": per_side(300.0, right)})
    assert ("quadriceps_deficit" in found) is fires
    if fires:
        finding = found["quadriceps_deficit"]
        assert finding.level is Level.ATTENTION
        assert finding.plan == ("knee_extension_90_45", "wall_sit", "step_up")
        assert finding.clinician_text.startswith("Knee-extensor LSI 89.9% (a return-to-sport")
        # 269.7 / (61.5 x 9.81) = 44.7%; 300 / 603.315 = 49.7% -> 45 and 50 (half up)
        assert finding.patient_text.startswith(
            "Your right thigh muscles pushed with 45% of your body weight, your left with 50%."
        )


@pytest.mark.parametrize(("now", "fires"), [(240.0, True), (241.0, False)])
def test_quadriceps_drop_of_20_percent_bw(now: float, fires: bool) -> None:
    # 70 kg both visits: 300 N = 43.69% BW; 240 N = 34.95% (-20.0%); 241 N = 35.10% (-19.7%).
    before = {"body_mass": 70.0, "knee.extension_force": {"right": 300.0}}
    found = fire_v2({"body_mass": 70.0, "knee.extension_force": {"right": now}}, previous=before)
    assert ("quadriceps_deficit" in found) is fires
    if fires:
        (evidence,) = found["quadriceps_deficit"].evidence
        assert evidence.comparison == ">="
        assert evidence.threshold == 20.0
        assert "300 N, 70 kg, 43.7% BW then; 240 N, 70 kg, 34.9% BW now" in evidence.label


# --- hip_strength_deficit ---------------------------------------------------------------------


@pytest.mark.parametrize(("right", "fires"), [(179.8, True), (180.0, False)])
def test_hip_lsi_under_90(right: float, fires: bool) -> None:
    found = fire_v2({"hip.abduction_force": per_side(200.0, right)})
    assert ("hip_strength_deficit" in found) is fires


def test_hip_plan_puts_the_lowest_lsi_first() -> None:
    found = fire_v2(
        {
            "hip.abduction_force": per_side(200.0, 170.0),  # 85%
            "hip.external_rotation_force": per_side(100.0, 80.0),  # 80%
        }
    )
    assert found["hip_strength_deficit"].plan == ("clamshell_band", "side_lying_hip_abduction")


def test_hip_drop_is_relative_to_body_weight_and_uses_the_mdc_band() -> None:
    # Same 150 N, 70 -> 78 kg: %BW 21.84 -> 19.60, drop 1 - 70/78 = 10.3%: inside 15%.
    before = {"body_mass": 70.0, "hip.abduction_force": {"right": 150.0}}
    same_force = {"body_mass": 78.0, "hip.abduction_force": {"right": 150.0}}
    assert "hip_strength_deficit" not in fire_v2(same_force, previous=before)
    # 70 -> 83 kg: drop 1 - 70/83 = 15.66% -> fires, "16%" (half up).
    heavier = {"body_mass": 83.0, "hip.abduction_force": {"right": 150.0}}
    finding = fire_v2(heavier, previous=before)["hip_strength_deficit"]
    (evidence,) = finding.evidence
    assert evidence.threshold == 15.0
    assert "150 N, 70 kg, 21.8% BW then; 150 N, 83 kg, 18.4% BW now" in evidence.label
    assert finding.patient_text.startswith(
        "Relative to your body weight, your right hip was 16% weaker at pushing your leg out "
        "to the side than at your last visit."
    )


@pytest.mark.parametrize("side", ["both", None])
def test_no_lsi_without_one_painful_side(side: str | None) -> None:
    found = fire_v2(
        {
            "symptom_side": side,
            "hip.abduction_force": per_side(200.0, 100.0),
            "knee.extension_force": per_side(300.0, 150.0),
            "hip.side_plank": per_side(60.0, 30.0),
        }
    )
    assert "hip_strength_deficit" not in found
    assert "quadriceps_deficit" not in found
    assert "trunk_control" not in found


# --- trunk, pelvis, knee ----------------------------------------------------------------------


def test_trunk_control_is_information_and_forward_lean_is_not_faulted() -> None:
    assert "trunk_control" not in fire_v2({"running.trunk_lean": "marked_forward"})
    finding = fire_v2({"hip.side_plank": per_side(29.0, 40.0)})["trunk_control"]
    assert finding.level is Level.INFO
    assert finding.patient_text.startswith(
        "You held a side plank for 29 seconds on your left side and 40 on your right."
    )
    assert "trunk_control" not in fire_v2({"hip.side_plank": per_side(30.0, 30.0)})


def test_pelvic_control_names_the_side() -> None:
    finding = fire_v2({"hip.trendelenburg": {"right": "positive"}})["pelvic_control"]
    assert finding.patient_text.startswith(
        "In the standing-on-one-leg test, your pelvis did not stay level when you stood on "
        "your right leg."
    )


def test_knee_collapse_v2_wording() -> None:
    found = fire_v2({"running.knee_inward": {"right": "mild"}})
    finding = found["knee_collapse"]
    assert "visual valgus is a related, different measure" in finding.clinician_text
    assert "can help you keep it in line" in finding.patient_text


# --- ankle, foot, mobility, balance -----------------------------------------------------------


@pytest.mark.parametrize(("right", "fires"), [(7.9, True), (8.0, False)])
def test_ankle_painful_side_under_8(right: float, fires: bool) -> None:
    found = fire_v2({"ankle.knee_to_wall": per_side(9.5, right)})  # difference under 2
    assert ("ankle_mobility" in found) is fires


def test_ankle_difference_counts_only_with_the_painful_side_stiffer() -> None:
    stiffer = fire_v2({"ankle.knee_to_wall": per_side(12.0, 10.0)})  # right painful, 2 cm
    assert stiffer["ankle_mobility"].patient_text == (
        "In the knee-to-wall test your toes could be 12 cm from the wall on the left and 10 cm "
        "on the right. A stiff ankle is linked with the knee moving inward when you bend on "
        "one leg."
    )
    assert "ankle_mobility" not in fire_v2({"ankle.knee_to_wall": per_side(10.0, 12.0)})
    assert "ankle_mobility" not in fire_v2({"ankle.knee_to_wall": per_side(11.9, 10.0)})


@pytest.mark.parametrize(("right", "fires"), [(5, False), (6, True), (10, True)])
def test_foot_pronation_from_plus_6_on_the_painful_side(right: int, fires: bool) -> None:
    found = fire_v2({"foot.fpi6": {"left": 9, "right": right}})
    assert ("foot_pronation" in found) is fires
    if fires:
        finding = found["foot_pronation"]
        assert finding.level is Level.INFO
        assert finding.plan == ("foot_orthoses_prefab",)
        assert finding.patient_text.startswith("Your right foot rolls in more than most")


def test_orthosis_trial_less_pain_fires_foot_pronation() -> None:
    assert "foot_pronation" in fire_v2({"adjunct.orthosis_trial": "less_pain"})
    assert "foot_pronation" not in fire_v2({"adjunct.orthosis_trial": "no_change"})


@pytest.mark.parametrize(
    ("answers", "fires"),
    [
        ({"mobility.hamstrings_ake": {"right": 20}}, False),
        ({"mobility.hamstrings_ake": {"right": 20.5}}, True),
        ({"mobility.knee_flexion_prone": per_side(140, 131)}, False),  # 9 below
        ({"mobility.knee_flexion_prone": per_side(140, 130)}, True),  # 10 below
        ({"mobility.thomas": {"right": "positive"}}, True),
        ({"mobility.ober": {"right": "positive"}}, True),
        ({"patella.mobility": {"right": "hypomobile"}}, True),
        ({"patella.mobility": {"right": "hypermobile"}}, False),
        ({"mobility.thomas": {"left": "positive"}}, False),  # not the painful side
    ],
)
def test_mobility_deficit(answers: dict[str, Any], fires: bool) -> None:
    found = fire_v2(answers)
    assert ("mobility_deficit" in found) is fires
    if fires:
        finding = found["mobility_deficit"]
        assert finding.plan == ("hamstring_stretch", "quad_hip_flexor_stretch")
        assert finding.patient_text == (
            "Some muscles around your right hip and knee are tight. Gentle stretches can help."
        )


@pytest.mark.parametrize(("right", "fires"), [(56.0, False), (55.9, True)])
def test_balance_anterior_difference_over_4(right: float, fires: bool) -> None:
    found = fire_v2({"balance.y_anterior": per_side(60.0, right)})
    assert ("balance_asymmetry" in found) is fires
    if fires:
        finding = found["balance_asymmetry"]
        assert finding.level is Level.INFO
        assert finding.patient_text.startswith(
            "In the balance reach test, your forward reach was 4.1 cm shorter on your right leg."
        )


def test_low_composite_no_longer_fires() -> None:
    # Composite (50 + 60 + 60) / (3 x 90) = 63% of leg length, anterior equal: nothing.
    found = fire_v2(
        {
            "leg_length": per_side(90.0, 90.0),
            "balance.y_anterior": per_side(50.0, 50.0),
            "balance.y_posteromedial": per_side(60.0, 60.0),
            "balance.y_posterolateral": per_side(60.0, 60.0),
        }
    )
    assert "balance_asymmetry" not in found


def test_quiet_v2_visit_fires_only_pfp_pattern() -> None:
    assert list(fire_v2()) == ["pfp_pattern"]
    assert answers_v2().symptom_side == "right"
