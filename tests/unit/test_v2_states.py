"""Protocol v2 derived states (clinical content v2, 4.1-4.3) and the published bands."""

from __future__ import annotations

from typing import Any

import pytest
from v2_helpers import V2, answers_v2

from kneedesk.core.answers import Answers
from kneedesk.core.bands import change_verdict, change_words, fpi6_band, spike_band, tsk11_band
from kneedesk.core.findings.model import half_up
from kneedesk.core.findings.states import DiagnosisStatus, Stage, diagnosis, irritability
from kneedesk.core.thresholds import Thresholds

# --- 4.1 irritability -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "stage", "provisional"),
    [
        ({"pain.usual": 7}, Stage.HIGH, True),  # 7 or more: high
        ({"pain.usual": 6}, Stage.MODERATE, True),  # 4-6: moderate
        ({"pain.usual": 4}, Stage.MODERATE, True),
        ({"pain.usual": 3}, Stage.LOW, True),
        ({"pain.usual": 0}, Stage.LOW, True),
        # Highest stage reached by any answered criterion.
        ({"pain.usual": 2, "irritability.settle_time": "over_24h"}, Stage.HIGH, False),
        ({"pain.usual": 2, "irritability.provoked_by": "rest_or_walking"}, Stage.HIGH, False),
        ({"pain.usual": 8, "irritability.provoked_by": "sport_only"}, Stage.HIGH, False),
        (
            {"pain.usual": 3, "irritability.provoked_by": "daily_bent_knee"},
            Stage.MODERATE,
            False,
        ),
        ({"pain.usual": 3, "irritability.settle_time": "1_to_24h"}, Stage.MODERATE, False),
        (
            {
                "pain.usual": 3,
                "irritability.provoked_by": "sport_only",
                "irritability.settle_time": "under_1h",
            },
            Stage.LOW,
            False,
        ),
        # Without usual pain the other answers still stage it, not provisionally.
        ({"irritability.settle_time": "1_to_24h"}, Stage.MODERATE, False),
    ],
)
def test_irritability_stage(answers: dict[str, Any], stage: Stage, provisional: bool) -> None:
    result = irritability(Answers(answers))
    assert result is not None
    assert (result.stage, result.provisional) == (stage, provisional)


def test_irritability_label_and_reasons() -> None:
    result = irritability(Answers({"pain.usual": 5}))
    assert result is not None
    assert result.label == "moderate (provisional)"
    assert result.reasons == ("usual pain 5/10 (4 to 6)",)
    both = irritability(Answers({"pain.usual": 7, "irritability.settle_time": "over_24h"}))
    assert both is not None
    assert both.label == "high"
    assert both.reasons == ("usual pain 7/10 (7 or more)", "settles in over 24 hours")


def test_no_answer_no_stage() -> None:
    assert irritability(Answers({})) is None


# --- 4.2 diagnosis status ---------------------------------------------------------------------


def test_pfp_when_the_three_criteria_are_met() -> None:
    dx = diagnosis(answers_v2(), V2)
    assert dx.status is DiagnosisStatus.PFP
    assert dx.unmet == ()


def test_squat_pain_alone_meets_the_loading_criterion() -> None:
    dx = diagnosis(answers_v2({"history.aggravators": ["running"], "knee.squat_pain": 1}), V2)
    assert dx.status is DiagnosisStatus.PFP
    dx = diagnosis(answers_v2({"history.aggravators": ["running"], "knee.squat_pain": 0}), V2)
    assert dx.status is DiagnosisStatus.TO_CONFIRM
    assert dx.unmet == ("pain reproduced by squatting or bent-knee loading",)


def test_pain_elsewhere_is_to_confirm() -> None:
    dx = diagnosis(answers_v2({"history.pain_location": ["below_kneecap"]}), V2)
    assert dx.status is DiagnosisStatus.TO_CONFIRM
    assert dx.unmet == ("pain around or behind the kneecap",)


@pytest.mark.parametrize("value", ["possible", "likely"])
def test_a_suspected_differential_is_to_confirm(value: str) -> None:
    dx = diagnosis(answers_v2({"dx.itb_syndrome": value}), V2)
    assert dx.status is DiagnosisStatus.TO_CONFIRM
    assert dx.unmet == ("other causes excluded",)
    assert dx.suspected == (("dx.itb_syndrome", value),)


def test_dx_other_named_is_to_confirm() -> None:
    dx = diagnosis(answers_v2({"dx.other": "Plica"}), V2)
    assert dx.status is DiagnosisStatus.TO_CONFIRM


def test_apophysitis_counts_only_inside_its_age_band() -> None:
    unanswered = answers_v2({"dx.apophysitis": None})
    # Age 30: outside 8-16, not applicable; age 12 or unknown: must be answered.
    assert diagnosis(unanswered, V2, 30).status is DiagnosisStatus.PFP
    assert diagnosis(unanswered, V2, 12).status is DiagnosisStatus.TO_CONFIRM
    assert diagnosis(unanswered, V2, None).status is DiagnosisStatus.TO_CONFIRM


@pytest.mark.parametrize("flag", ["red_flags.systemic", "red_flags.hop_pain", "red_flags.trauma"])
def test_any_red_flag_is_red_flag(flag: str) -> None:
    dx = diagnosis(answers_v2({flag: True}), V2)
    assert dx.status is DiagnosisStatus.RED_FLAG
    assert dx.red_flags == (flag,)


# --- 4.3 meaningful change and measurement-error bands ----------------------------------------


@pytest.mark.parametrize(
    ("measure", "before", "now", "verdict"),
    [
        ("kujala", 80, 70, "worse"),  # -10: the MCID
        ("kujala", 80, 71, "within"),
        ("kujala", 70, 80, "improved"),
        ("pain", 3, 5, "worse"),  # +2 points
        ("pain", 3, 4, "within"),
        ("pain", 6, 4, "improved"),
        ("koos_pf", 60, 43.6, "worse"),  # -16.4
        ("koos_pf", 60, 43.7, "within"),
        ("koos_pf", 60, 76.4, "improved"),
        ("hip_percent_bw", 20, 17, "worse"),  # -3 of 20 = -15%
        ("hip_percent_bw", 20, 17.01, "within"),  # -14.95%
        ("hip_percent_bw", 20, 23, "improved"),
        ("knee_extension_percent_bw", 40, 32, "worse"),  # -8 of 40 = -20%
        ("knee_extension_percent_bw", 40, 32.1, "within"),  # -19.75%
        ("knee_extension_percent_bw", 40, 48, "improved"),
        ("knee_to_wall", 10, 8.1, "worse"),  # -1.9 cm
        ("knee_to_wall", 10, 8.2, "within"),
        ("knee_to_wall", 10, 11.9, "improved"),
        ("y_anterior", 60, 68.6, "improved"),  # +8.6 cm
        ("y_anterior", 60, 68.5, "within"),
        ("y_anterior", 60, 51.4, "worse"),
    ],
)
def test_change_bands(measure: str, before: float, now: float, verdict: str) -> None:
    assert change_verdict(measure, before, now, Thresholds()) == verdict


def test_change_bands_follow_the_clinic_settings() -> None:
    t = Thresholds(mdc_hip_strength_percent=10.0)
    assert change_verdict("hip_percent_bw", 20, 18, t) == "worse"  # -10%
    assert change_verdict("hip_percent_bw", 20, 18, Thresholds()) == "within"


def test_meaningful_is_said_only_of_questionnaires_and_pain() -> None:
    assert change_words("kujala", "worse") == "a meaningful worsening"
    assert change_words("koos_pf", "improved") == "a meaningful improvement"
    assert change_words("hip_percent_bw", "worse") == "more than the test's usual error"
    assert change_words("knee_to_wall", "within") == "within the test's usual error"


# --- bands ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spike", "band", "hrr"),
    [
        (10.0, None, None),
        (10.1, "small", 1.64),
        (30.0, "small", 1.64),
        (30.1, "moderate", 1.52),
        (100.0, "moderate", 1.52),
        (100.1, "large", 2.28),
    ],
)
def test_spike_bands(spike: float, band: str | None, hrr: float | None) -> None:
    found = spike_band(spike)
    assert (None if found is None else (found.name, found.hrr)) == (
        None if band is None else (band, hrr)
    )


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (11, "minimal"),
        (22, "minimal"),
        (23, "low"),
        (28, "low"),
        (29, "moderate"),
        (35, "moderate"),
        (36, "high"),
        (44, "high"),
    ],
)
def test_tsk11_bands(total: int, band: str) -> None:
    assert tsk11_band(total) == band


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (-12, "highly supinated"),
        (-5, "highly supinated"),
        (-4, "supinated"),
        (-1, "supinated"),
        (0, "normal"),
        (5, "normal"),
        (6, "pronated"),
        (9, "pronated"),
        (10, "highly pronated"),
        (12, "highly pronated"),
    ],
)
def test_fpi6_bands(total: int, band: str) -> None:
    assert fpi6_band(total) == band


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(178.5, 0, "179"), (180.4, 0, "180"), (2.25, 1, "2.3"), (22.45, 1, "22.5"), (-0.4, 0, "0")],
)
def test_round_half_up(value: float, decimals: int, text: str) -> None:
    assert half_up(value, decimals) == text
