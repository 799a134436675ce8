"""Ankle mobility (knee-to-wall) and Y-balance asymmetry, at their thresholds."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.thresholds import Thresholds


def per_side(left: Any, right: Any) -> dict[str, Any]:
    return {"left": left, "right": right}


# --- ankle_mobility ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "fires"),
    [
        (12.0, 10.0, True),  # |12 - 10| = 2.0 >= 2
        (10.0, 12.0, True),  # either side may be the stiffer one
        (12.1, 10.1, True),  # 2.0 with tenths as typed
        (11.3, 9.3, True),  # 2.0
        (10.5, 8.5, True),  # 2.0
        (14.7, 12.7, True),  # 2.0
        (11.9, 10.0, False),  # 1.9
        (12.0, 10.1, False),  # 1.9
        (10.0, 10.0, False),
    ],
)
def test_knee_to_wall_difference(fire: Any, left: float, right: float, fires: bool) -> None:
    # Both sides at 8 cm or more, so only the difference can fire.
    found = fire({"ankle.knee_to_wall": per_side(left, right)})
    assert ("ankle_mobility" in found) is fires
    if fires:
        (evidence,) = found["ankle_mobility"].evidence
        assert evidence.measure == "ankle.knee_to_wall.difference"
        assert evidence.value == pytest.approx(2.0)
        assert (evidence.comparison, evidence.threshold, evidence.unit) == (">=", 2.0, "cm")


@pytest.mark.parametrize(
    ("painful", "fires"),
    [(7.9, True), (5.0, True), (8.0, False), (9.0, False)],
)
def test_knee_to_wall_short_on_the_painful_side(fire: Any, painful: float, fires: bool) -> None:
    # Other side equal, so the difference is 0 and only the 8 cm clinic default can fire.
    found = fire({"ankle.knee_to_wall": per_side(painful, painful), "symptom_side": "left"})
    assert ("ankle_mobility" in found) is fires
    if fires:
        (evidence,) = found["ankle_mobility"].evidence
        assert (evidence.value, evidence.comparison, evidence.threshold) == (painful, "<", 8.0)
        assert evidence.side == "left"


def test_short_pain_free_side_alone_is_quiet(fire: Any) -> None:
    # Right painful at 9 cm; left 7.5 cm is short but not the painful side, difference 1.5.
    assert "ankle_mobility" not in fire({"ankle.knee_to_wall": per_side(7.5, 9.0)})


def test_ankle_patient_text_has_the_distances(fire: Any) -> None:
    finding = fire({"ankle.knee_to_wall": per_side(11.5, 7.0)})["ankle_mobility"]
    # |11.5 - 7| = 4.5 >= 2 and the painful right is 7 < 8: two pieces of evidence.
    assert [e.measure for e in finding.evidence] == [
        "ankle.knee_to_wall.difference",
        "ankle.knee_to_wall",
    ]
    assert finding.evidence[0].value == pytest.approx(4.5)
    assert "11.5 cm" in finding.patient_text
    assert "7 cm" in finding.patient_text
    assert set(finding.plan) == {"ankle_mobility_lunge", "calf_raise"}


def test_knee_to_wall_thresholds_from_settings(fire: Any) -> None:
    answers = {"ankle.knee_to_wall": per_side(10.0, 8.5)}  # difference 1.5, painful 8.5
    assert "ankle_mobility" not in fire(answers)
    assert "ankle_mobility" in fire(
        answers, thresholds=Thresholds.from_dict({"knee_to_wall_diff_cm": 1.5})
    )
    assert "ankle_mobility" in fire(
        answers, thresholds=Thresholds.from_dict({"knee_to_wall_min_cm": 9})
    )


# --- balance_asymmetry ------------------------------------------------------------------------

LEGS = {"leg_length": per_side(90.0, 90.0)}


def reaches(anterior: tuple[float, float], pm: float = 100.0, pl: float = 100.0) -> dict[str, Any]:
    """Y-balance reaches; posteromedial and posterolateral the same on both sides."""
    return {
        "balance.y_anterior": per_side(*anterior),
        "balance.y_posteromedial": per_side(pm, pm),
        "balance.y_posterolateral": per_side(pl, pl),
    }


@pytest.mark.parametrize(
    ("anterior", "fires"),
    [
        ((64.0, 60.0), False),  # 4.0 is not more than 4
        ((62.3, 58.3), False),  # 4.0 with tenths as typed
        ((67.4, 63.4), False),  # 4.0
        ((64.1, 60.0), True),  # 4.1 > 4
        ((60.0, 64.1), True),
        ((70.0, 60.0), True),
    ],
)
def test_y_anterior_difference(fire: Any, anterior: tuple[float, float], fires: bool) -> None:
    # No leg length: the composite is undefined, so only the anterior difference can fire.
    found = fire(reaches(anterior))
    assert ("balance_asymmetry" in found) is fires
    if fires:
        (evidence,) = found["balance_asymmetry"].evidence
        assert evidence.measure == "balance.y_anterior.difference"
        assert (evidence.comparison, evidence.threshold, evidence.unit) == (">", 4.0, "cm")


def test_y_anterior_patient_text(fire: Any) -> None:
    finding = fire(reaches((64.5, 60.0)))["balance_asymmetry"]
    assert "4.5 cm" in finding.patient_text  # |64.5 - 60| = 4.5
    assert "measurement error" in finding.clinician_text


@pytest.mark.parametrize(
    ("pl", "expected", "fires"),
    [
        (93.53, 93.9, True),  # (60 + 100 + 93.53) / (3 x 90) x 100 = 253.53 / 270 = 93.9%
        (93.8, 94.0, False),  # 253.8 / 270 x 100 = 94.0%
        (110.0, 100.0, False),  # 270 / 270
    ],
)
def test_y_composite(fire: Any, pl: float, expected: float, fires: bool) -> None:
    found = fire(LEGS, reaches((60.0, 60.0), pm=100.0, pl=pl))
    assert ("balance_asymmetry" in found) is fires
    if fires:
        evidence = found["balance_asymmetry"].evidence
        # Right knee painful: only the right composite is judged.
        assert [(e.measure, e.side) for e in evidence] == [("balance.y_composite", "right")]
        assert evidence[0].value == pytest.approx(expected)
        assert evidence[0].threshold == 94.0
        assert "94%" in found["balance_asymmetry"].patient_text  # 93.9 rounds to 94


def test_y_composite_threshold_from_settings(fire: Any) -> None:
    answers = [LEGS, reaches((60.0, 60.0), pm=100.0, pl=110.0)]  # 100%
    assert "balance_asymmetry" not in fire(*answers)
    strict = Thresholds.from_dict({"y_composite_min_percent": 101})
    assert "balance_asymmetry" in fire(*answers, thresholds=strict)
