"""Protocol v2 findings from the history, questionnaires and training load, at their thresholds.

Numbers worked by hand from clinical content v2, sections 3.5, 3.6, 4 and 5.
"""

from __future__ import annotations

import pytest
from v2_helpers import KUJALA_74, KUJALA_BEST, fire_v2

from kneedesk.core.findings import Level

# --- gating by diagnosis status ---------------------------------------------------------------


def test_pfp_pattern_only_on_the_pfp_path() -> None:
    found = fire_v2()
    assert list(found) == ["pfp_pattern"]
    finding = found["pfp_pattern"]
    assert finding.clinician_text == "Meets the three CPG criteria (grade B); no red flag open."
    assert finding.source == "Willy et al., JOSPT 2019; Nunes et al., Phys Ther Sport 2013"
    assert finding.plan == ("education_load",)


def test_a_red_flag_suppresses_pfp_pattern() -> None:
    found = fire_v2({"red_flags.bony_tenderness": True})
    assert "pfp_pattern" not in found
    assert "diagnosis_to_confirm" not in found
    assert found["refer_first"].level is Level.PRIORITY
    assert [e.measure for e in found["refer_first"].evidence] == ["red_flags.bony_tenderness"]


def test_diagnosis_to_confirm_names_unmet_criteria_and_differential() -> None:
    found = fire_v2({"dx.hip_referred": "possible", "history.pain_location": ["outer_knee"]})
    assert "pfp_pattern" not in found
    finding = found["diagnosis_to_confirm"]
    assert finding.level is Level.INFO
    assert finding.plan == ()
    assert finding.clinician_text.startswith(
        "PFP template not used: pain around or behind the kneecap and other causes excluded. "
        "Differential: "
    )
    assert "(possible)" in finding.clinician_text
    assert finding.clinician_text.endswith("Confirm the diagnosis first.")
    assert [e.text() for e in finding.evidence] == [
        "pain around or behind the kneecap: not met",
        "other causes excluded: not met",
    ]
    assert finding.patient_text.startswith("Your clinician is still working out")


# --- meaningful_worsening ---------------------------------------------------------------------


def test_pain_up_two_points_is_meaningful_worsening() -> None:
    found = fire_v2({"pain.usual": 5}, previous={"pain.usual": 3})
    finding = found["meaningful_worsening"]
    assert finding.level is Level.ATTENTION
    (evidence,) = finding.evidence
    assert (evidence.value, evidence.comparison, evidence.threshold) == (2.0, ">=", 2.0)
    assert finding.patient_text.startswith(
        "Your usual pain went from 3/10 to 5/10 since your last visit. That is more than the "
        "usual ups and downs"
    )


def test_pain_up_one_point_is_not() -> None:
    assert "meaningful_worsening" not in fire_v2({"pain.usual": 4}, previous={"pain.usual": 3})


def test_kujala_down_ten_is_meaningful_worsening() -> None:
    # KUJALA_BEST totals 100, KUJALA_74 totals 74 (worked in v2_helpers): -26 <= -10.
    found = fire_v2(KUJALA_74, previous=KUJALA_BEST)
    finding = found["meaningful_worsening"]
    assert finding.evidence[0].value == -26.0
    assert finding.patient_text.startswith("Your Kujala knee score went from 100 to 74 since")


@pytest.mark.parametrize(("now", "fires"), [(43.6, True), (43.7, False)])
def test_koos_pf_down_16_4(now: float, fires: bool) -> None:
    found = fire_v2({"koos_pf.score": now}, previous={"koos_pf.score": 60.0})
    assert ("meaningful_worsening" in found) is fires


def test_no_previous_visit_no_worsening() -> None:
    assert "meaningful_worsening" not in fire_v2({"pain.usual": 9})


# --- energy, fear ---------------------------------------------------------------------------


def test_energy_bone_health() -> None:
    assert "energy_bone_health" not in fire_v2({"bsi.previous": False})
    found = fire_v2({"bsi.low_energy_signs": ["periods_stopped"]})
    assert found["energy_bone_health"].plan == ("education_energy",)
    assert fire_v2({"bsi.previous": True})["energy_bone_health"].level is Level.ATTENTION


@pytest.mark.parametrize(("total", "fires"), [(28, False), (29, True), (44, True)])
def test_fear_of_movement_from_29(total: int, fires: bool) -> None:
    found = fire_v2({"psych.tsk11_total": total})
    assert ("fear_of_movement" in found) is fires
    if fires:
        assert found["fear_of_movement"].plan == ("education_pain_fear",)


# --- load_spike (Frandsen 2025 bands) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("week", "band", "hrr"),
    [
        (11.0, None, None),  # 11 / 10 - 1 = 10%: not above 10
        (11.01, "small", "1.64"),  # 10.1%
        (13.0, "small", "1.64"),  # 30%
        (13.01, "moderate", "1.52"),  # 30.1%
        (20.0, "moderate", "1.52"),  # 100%
        (20.02, "large", "2.28"),  # 100.2%
    ],
)
def test_single_run_spike_bands(week: float, band: str | None, hrr: str | None) -> None:
    found = fire_v2({"load.longest_run_week": week, "load.longest_run_prior_30d": 10.0})
    if band is None:
        assert "load_spike" not in found
        return
    finding = found["load_spike"]
    assert finding.level is Level.ATTENTION
    assert finding.plan == ("run_reduce_rebuild",)
    assert finding.evidence[0].label == f"single-run spike ({band} band)"
    assert f"(HRR {hrr}, any overuse running injury)" in finding.clinician_text
    assert finding.clinician_text.startswith(f"{band.capitalize()} single-run spike")


def test_spike_percent_is_rounded_half_up() -> None:
    # 14.85 / 10 - 1 = 48.5% -> "49%" (half-even rounding would print 48%).
    found = fire_v2({"load.longest_run_week": 14.85, "load.longest_run_prior_30d": 10.0})
    assert "49% longer than your longest" in found["load_spike"].patient_text


@pytest.mark.parametrize(("weeks", "fires"), [([39, 30, 30, 30], False), ([40, 30, 30, 30], True)])
def test_weekly_rise_is_information_only(weeks: list[float], fires: bool) -> None:
    # 39 / 30 - 1 = 30%: not above; 40 / 30 - 1 = 33.3%.
    found = fire_v2({"load.weekly_distance": weeks})
    assert ("load_spike" in found) is fires
    if fires:
        finding = found["load_spike"]
        assert finding.level is Level.INFO
        assert finding.plan == ("education_load",)
        assert "Weekly >30%: information only" in finding.clinician_text
        assert "may matter too" in finding.patient_text


def test_return_after_a_zero_week() -> None:
    # [50, 0, 20, 20]: this week 50 km after a week of 0 km (no percentage exists).
    found = fire_v2({"load.weekly_distance": [50, 0, 20, 20]})
    finding = found["load_spike"]
    assert finding.level is Level.INFO
    assert [e.measure for e in finding.evidence] == ["load.weekly_distance.return"]
    assert "You started running again after a week off." in finding.patient_text
    # Two zero weeks in a row, then a run: the return is the newest week only.
    found = fire_v2({"load.weekly_distance": [10, 0, 0, 15]})
    assert len(found["load_spike"].evidence) == 1
    assert "load_spike" not in fire_v2({"load.weekly_distance": [0, 0, 20, 20]})


def test_training_changes_alone_are_for_discussion() -> None:
    found = fire_v2({"load.recent_changes": ["new_shoes"]})
    assert "load_spike" not in found
    finding = found["training_changes"]
    assert finding.level is Level.INFO
    assert finding.plan == ("education_load",)
    assert "no volume cut" in finding.clinician_text
    assert finding.patient_text.startswith("You recently changed your training (new shoes).")


def test_training_changes_stay_quiet_with_a_spike() -> None:
    found = fire_v2(
        {
            "load.recent_changes": ["new_shoes"],
            "load.longest_run_week": 15.0,
            "load.longest_run_prior_30d": 10.0,
        }
    )
    assert "load_spike" in found
    assert "training_changes" not in found


# --- running ---------------------------------------------------------------------------------


def test_cadence_target_rounds_half_up() -> None:
    # 170 x 1.05 = 178.5 -> 179; 170 x 1.10 = 187.
    found = fire_v2({"running.cadence": 170})
    assert "about 179 to 187 a minute at the same speed, can lower the load on your knee." in (
        found["low_cadence"].patient_text
    )
    assert "low_cadence" not in fire_v2({"running.cadence": 171})


def test_fatigue_is_information_with_its_source() -> None:
    finding = fire_v2({"running.fatigue_change": "worse_late"})["fatigue_breakdown"]
    assert finding.level is Level.INFO
    assert finding.source == "Dierks et al., MSSE 2011"


def test_downhill_uses_the_v2_sentence() -> None:
    found = fire_v2({"load.downhill": "a_lot"})
    assert found["downhill_squat_load"].patient_text.startswith(
        "Downhill running and deep loaded squats are linked with more load on the knee."
    )
