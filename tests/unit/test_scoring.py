"""Scores and derived measures on numbers worked out by hand from the clinical reference."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.scoring import (
    cadence_target,
    checklist_points,
    kujala,
    lsi,
    percent_body_weight,
    side_difference,
    single_run_spike,
    step_down_category,
    strength,
    symptomatic_lsi,
    torque_per_mass,
    weekly_changes,
    y_balance_composite,
    y_balance_composites,
)

KUJALA_POINTS: dict[str, dict[str, int]] = {
    "kujala.limp": {"none": 5, "slight_or_periodic": 3, "constant": 0},
    "kujala.support": {"full_without_pain": 5, "painful": 3, "impossible": 0},
    "kujala.walking": {"unlimited": 5, "more_than_2km": 3, "1_to_2km": 2, "unable": 0},
    "kujala.stairs": {
        "no_difficulty": 10,
        "slight_pain_descending": 8,
        "pain_both_ways": 5,
        "unable": 0,
    },
    "kujala.squatting": {
        "no_difficulty": 5,
        "repeated_painful": 4,
        "painful_each_time": 3,
        "partial_weight_bearing": 2,
        "unable": 0,
    },
    "kujala.running": {
        "no_difficulty": 10,
        "pain_after_2km": 8,
        "slight_pain_from_start": 6,
        "severe_pain": 3,
        "unable": 0,
    },
    "kujala.jumping": {
        "no_difficulty": 10,
        "slight_difficulty": 7,
        "constant_pain": 2,
        "unable": 0,
    },
    "kujala.sitting": {
        "no_difficulty": 10,
        "pain_after_exercise": 8,
        "constant_pain": 6,
        "must_straighten": 4,
        "unable": 0,
    },
    "kujala.pain": {
        "none": 10,
        "slight_occasional": 8,
        "disturbs_sleep": 6,
        "occasionally_severe": 3,
        "constant_severe": 0,
    },
    "kujala.swelling": {
        "none": 10,
        "after_severe_exertion": 8,
        "after_daily_activity": 6,
        "every_evening": 4,
        "constant": 0,
    },
    "kujala.kneecap_movement": {
        "none": 10,
        "sometimes_in_sport": 6,
        "sometimes_in_daily_life": 4,
        "one_dislocation": 2,
        "more_than_two_dislocations": 0,
    },
    "kujala.thigh_atrophy": {"none": 5, "slight": 3, "severe": 0},
    "kujala.flexion_deficit": {"none": 5, "slight": 3, "severe": 0},
}

# Worked example B, total 63:
# limp 5 + support 3 + walking 2 + stairs 8 + squatting 4 + running 8 + jumping 2
# + sitting 8 + pain 8 + swelling 6 + kneecap 6 + thigh 0 + flexion 3
# = 5+3+2+8+4+8+2+8+8+6+6+0+3 = 63
KUJALA_63 = {
    "kujala.limp": "none",
    "kujala.support": "painful",
    "kujala.walking": "1_to_2km",
    "kujala.stairs": "slight_pain_descending",
    "kujala.squatting": "repeated_painful",
    "kujala.running": "pain_after_2km",
    "kujala.jumping": "constant_pain",
    "kujala.sitting": "pain_after_exercise",
    "kujala.pain": "slight_occasional",
    "kujala.swelling": "after_daily_activity",
    "kujala.kneecap_movement": "sometimes_in_sport",
    "kujala.thigh_atrophy": "severe",
    "kujala.flexion_deficit": "slight",
}

# Worked example C, total 30:
# limp 0 + support 0 + walking 0 + stairs 0 + squatting 2 + running 3 + jumping 0
# + sitting 6 + pain 6 + swelling 4 + kneecap 4 + thigh 5 + flexion 0
# = 2+3+6+6+4+4+5 = 30
KUJALA_30 = {
    "kujala.limp": "constant",
    "kujala.support": "impossible",
    "kujala.walking": "unable",
    "kujala.stairs": "unable",
    "kujala.squatting": "partial_weight_bearing",
    "kujala.running": "severe_pain",
    "kujala.jumping": "unable",
    "kujala.sitting": "constant_pain",
    "kujala.pain": "disturbs_sleep",
    "kujala.swelling": "every_evening",
    "kujala.kneecap_movement": "sometimes_in_daily_life",
    "kujala.thigh_atrophy": "none",
    "kujala.flexion_deficit": "severe",
}


# --- Kujala ---------------------------------------------------------------------------------


def test_kujala_all_best_is_100(protocol: Protocol, kujala_best: dict[str, str]) -> None:
    result = kujala(Answers(kujala_best), protocol)
    assert result.total == 100
    assert result.missing == ()
    assert result.complete
    assert result.version == "kujala-1993"


def test_kujala_all_worst_is_0(protocol: Protocol, kujala_worst: dict[str, str]) -> None:
    result = kujala(Answers(kujala_worst), protocol)
    assert result.total == 0
    assert result.missing == ()


def test_kujala_worked_example_a(protocol: Protocol, kujala_65: dict[str, str]) -> None:
    result = kujala(Answers(kujala_65), protocol)
    assert result.total == 65
    assert result.points["kujala.sitting"] == 4
    assert result.points["kujala.swelling"] == 8


@pytest.mark.parametrize(("chosen", "total"), [(KUJALA_63, 63), (KUJALA_30, 30)])
def test_kujala_worked_examples(protocol: Protocol, chosen: dict[str, str], total: int) -> None:
    assert kujala(Answers(chosen), protocol).total == total


def test_kujala_one_item_missing_has_no_total(
    protocol: Protocol, kujala_best: dict[str, str]
) -> None:
    partial: dict[str, str | None] = dict(kujala_best)
    del partial["kujala.swelling"]
    result = kujala(Answers(partial), protocol)
    assert result.total is None
    assert result.missing == ("kujala.swelling",)
    assert not result.complete


def test_kujala_several_missing_listed_exactly(
    protocol: Protocol, kujala_best: dict[str, str]
) -> None:
    partial: dict[str, str | None]
    partial = {k: v for k, v in kujala_best.items() if k not in ("kujala.limp", "kujala.pain")}
    partial["kujala.flexion_deficit"] = None
    result = kujala(Answers(partial), protocol)
    assert result.total is None
    assert sorted(result.missing) == ["kujala.flexion_deficit", "kujala.limp", "kujala.pain"]


def test_kujala_nothing_answered_lists_all_13(protocol: Protocol) -> None:
    result = kujala(Answers({}), protocol)
    assert result.total is None
    assert sorted(result.missing) == sorted(KUJALA_POINTS)


@pytest.mark.parametrize("bad", ["severe_swelling", "", "NONE", 10, True])
def test_kujala_unknown_option_counts_as_missing_not_zero(
    protocol: Protocol, kujala_best: dict[str, str], bad: Any
) -> None:
    chosen: dict[str, Any] = dict(kujala_best)
    chosen["kujala.swelling"] = bad
    result = kujala(Answers(chosen), protocol)
    assert result.total is None
    assert result.missing == ("kujala.swelling",)
    assert "kujala.swelling" not in result.points


@settings(deadline=None)
@given(
    choice=st.fixed_dictionaries({k: st.sampled_from(sorted(v)) for k, v in KUJALA_POINTS.items()})
)
def test_kujala_total_is_sum_of_chosen_points(choice: dict[str, str]) -> None:
    result = kujala(Answers(choice), load_protocol())
    expected = sum(KUJALA_POINTS[item][key] for item, key in choice.items())
    assert result.total == expected
    assert result.total is not None
    assert 0 <= result.total <= 100


# --- strength -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("force", "mass", "expected"),
    [
        (141.0, 61.5, 23.370875910593966),  # 141 / (61.5 x 9.81) x 100 = 141 / 6.03315
        (182.0, 61.5, 30.16666252289434),  # 182 / 603.315 x 100
        (981.0, 100.0, 100.0),  # 981 / (100 x 9.81) x 100 = 100
        (196.2, 80.0, 25.0),  # 196.2 / 784.8 x 100 = 25
        (0.0, 70.0, 0.0),
    ],
)
def test_percent_body_weight(force: float, mass: float, expected: float) -> None:
    assert percent_body_weight(force, mass) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(("force", "mass"), [(None, 60.0), (100.0, None), (100.0, 0.0)])
def test_percent_body_weight_undefined(force: float | None, mass: float | None) -> None:
    assert percent_body_weight(force, mass) is None


@settings(deadline=None)
@given(
    force=st.floats(min_value=0, max_value=1000),
    mass=st.floats(min_value=20, max_value=300),
    k=st.floats(min_value=0.1, max_value=10),
)
def test_percent_body_weight_scales_linearly(force: float, mass: float, k: float) -> None:
    one = percent_body_weight(force, mass)
    scaled = percent_body_weight(force * k, mass)
    assert one is not None
    assert scaled is not None
    assert scaled == pytest.approx(one * k, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize(
    ("force", "lever", "mass", "expected"),
    [
        (141.0, 0.35, 61.5, 0.8024390243902439),  # 141 x 0.35 / 61.5 = 49.35 / 61.5
        (200.0, 0.5, 80.0, 1.25),  # 200 x 0.5 / 80 = 100 / 80
    ],
)
def test_torque_per_mass(force: float, lever: float, mass: float, expected: float) -> None:
    assert torque_per_mass(force, lever, mass) == pytest.approx(expected, abs=1e-6)


def test_torque_needs_a_lever_arm() -> None:
    assert torque_per_mass(141.0, None, 61.5) is None


@pytest.mark.parametrize(
    ("symptomatic", "other", "expected"),
    [
        (141.0, 182.0, 77.47252747252747),  # 141 / 182 x 100
        (180.0, 200.0, 90.0),  # 180 / 200 x 100
        (179.8, 200.0, 89.9),  # 179.8 / 200 x 100
        (220.0, 200.0, 110.0),  # stronger painful side: 220 / 200 x 100
        (0.0, 150.0, 0.0),
    ],
)
def test_lsi_worked(symptomatic: float, other: float, expected: float) -> None:
    assert lsi(symptomatic, other) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(("symptomatic", "other"), [(None, 100.0), (100.0, None), (100.0, 0.0)])
def test_lsi_undefined(symptomatic: float | None, other: float | None) -> None:
    assert lsi(symptomatic, other) is None


@settings(deadline=None)
@given(st.floats(min_value=0.01, max_value=1e4))
def test_lsi_of_equal_sides_is_100(value: float) -> None:
    assert lsi(value, value) == pytest.approx(100.0, rel=1e-12)


def _strength(side: str, left: float | None, right: float | None) -> Answers:
    return Answers(
        {
            "symptom_side": side,
            "body_mass": 61.5,
            "hip.lever_arm": 0.35,
            "hip.abduction_force": {"left": left, "right": right},
        }
    )


def test_symptomatic_lsi_uses_the_painful_side() -> None:
    # Right painful: 141 / 182 x 100 = 77.47; left painful: 182 / 141 x 100 = 129.08.
    assert symptomatic_lsi(_strength("right", 182.0, 141.0), "hip.abduction_force") == (
        pytest.approx(77.47252747252747)
    )
    assert symptomatic_lsi(_strength("left", 182.0, 141.0), "hip.abduction_force") == (
        pytest.approx(129.07801418439718)
    )


@pytest.mark.parametrize(
    ("side", "left", "right"),
    [
        ("both", 182.0, 141.0),  # pain on both sides: compare with the previous visit instead
        ("right", 182.0, None),  # painful side missing
        ("right", None, 141.0),  # other side missing
        ("right", 0.0, 141.0),  # zero on the other side
    ],
)
def test_symptomatic_lsi_none(side: str, left: float | None, right: float | None) -> None:
    assert symptomatic_lsi(_strength(side, left, right), "hip.abduction_force") is None


def test_strength_measure_worked() -> None:
    m = strength(_strength("right", 182.0, 141.0), "hip.abduction_force")
    assert m.raw == {"left": 182.0, "right": 141.0}
    assert m.percent_bw["right"] == pytest.approx(23.370875910593966)  # 141 / 603.315 x 100
    assert m.percent_bw["left"] == pytest.approx(30.16666252289434)  # 182 / 603.315 x 100
    assert m.torque_nm_per_kg["right"] == pytest.approx(0.8024390243902439)  # 141x0.35/61.5
    assert m.torque_nm_per_kg["left"] == pytest.approx(1.0357723577235772)  # 182x0.35/61.5
    assert m.lsi == pytest.approx(77.47252747252747)
    assert m.symptomatic_side == "right"


# --- balance and ankle ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reaches", "leg", "expected"),
    [
        ((60.0, 100.0, 93.8), 90.0, 94.0),  # 253.8 / 270 x 100
        ((62.0, 105.0, 98.0), 88.0, 100.37878787878788),  # 265 / 264 x 100
        ((60.0, 100.0, 93.53), 90.0, 93.9),  # 253.53 / 270 x 100
    ],
)
def test_y_balance_composite(
    reaches: tuple[float, float, float], leg: float, expected: float
) -> None:
    assert y_balance_composite(*reaches, leg) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(
    "args",
    [(None, 100.0, 93.8, 90.0), (60.0, 100.0, 93.8, None), (60.0, 100.0, 93.8, 0.0)],
)
def test_y_balance_composite_undefined(args: tuple[Any, ...]) -> None:
    assert y_balance_composite(*args) is None


def test_y_balance_composites_use_each_legs_own_length() -> None:
    a = Answers(
        {
            "leg_length": {"left": 90.0, "right": 88.0},
            "balance.y_anterior": {"left": 60.0, "right": 62.0},
            "balance.y_posteromedial": {"left": 100.0, "right": 105.0},
            "balance.y_posterolateral": {"left": 93.8, "right": 98.0},
        }
    )
    composites = y_balance_composites(a)
    assert composites["left"] == pytest.approx(94.0)  # 253.8 / 270 x 100
    assert composites["right"] == pytest.approx(100.37878787878788)  # 265 / 264 x 100
    assert side_difference(a, "balance.y_anterior") == pytest.approx(2.0)  # |60 - 62|


def test_side_difference_needs_both_sides() -> None:
    assert (
        side_difference(Answers({"ankle.knee_to_wall": {"left": 9.0}}), "ankle.knee_to_wall")
        is None
    )


# --- load -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("distances", "expected"),
    [
        # most recent first: 26/20 - 1 = +30%, 20/25 - 1 = -20%, 25/20 - 1 = +25%
        ((26.0, 20.0, 25.0, 20.0), (30.0, -20.0, 25.0)),
        # 40/32 - 1 = +25%, 32/32 = 0%, 32/40 - 1 = -20%
        ((40.0, 32.0, 32.0, 40.0), (25.0, 0.0, -20.0)),
        # a zero earlier week has no percentage; 0/5 - 1 = -100%; 5/5 = 0%
        ((10.0, 0.0, 5.0, 5.0), (None, -100.0, 0.0)),
        # a missing week blanks both comparisons it is part of
        ((10.0, None, 8.0, 8.0), (None, None, 0.0)),
        ((None, 12.0, 10.0, 10.0), (None, 20.0, 0.0)),
    ],
)
def test_weekly_changes(
    distances: tuple[float | None, ...], expected: tuple[float | None, ...]
) -> None:
    result = weekly_changes(distances)
    assert len(result) == 3
    for got, want in zip(result, expected, strict=True):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want, abs=1e-9)


def test_weekly_changes_of_nothing() -> None:
    assert weekly_changes(()) == ()
    assert weekly_changes((10.0,)) == ()


@pytest.mark.parametrize(
    ("week", "prior", "expected"),
    [
        (16.5, 15.0, 10.0),  # 16.5 / 15 - 1 = 0.10
        (22.0, 10.0, 120.0),  # 22 / 10 - 1 = 1.20
        (12.0, 16.0, -25.0),  # 12 / 16 - 1 = -0.25
        (10.0, 10.0, 0.0),
    ],
)
def test_single_run_spike(week: float, prior: float, expected: float) -> None:
    assert single_run_spike(week, prior) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(("week", "prior"), [(None, 10.0), (10.0, None), (10.0, 0.0)])
def test_single_run_spike_undefined(week: float | None, prior: float | None) -> None:
    assert single_run_spike(week, prior) is None


@pytest.mark.parametrize(
    ("cadence", "low", "high"),
    [
        (160.0, 168.0, 176.0),  # 160 x 1.05, 160 x 1.10
        (150.0, 157.5, 165.0),  # 150 x 1.05, 150 x 1.10
        (170.0, 178.5, 187.0),
    ],
)
def test_cadence_target(cadence: float, low: float, high: float) -> None:
    target = cadence_target(cadence)
    assert target is not None
    assert target[0] == pytest.approx(low)
    assert target[1] == pytest.approx(high)


def test_cadence_target_without_cadence() -> None:
    assert cadence_target(None) is None


# --- step-down ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticked", "score"),
    [
        ([], 0),
        (["arm_strategy"], 1),
        (["trunk_lean", "pelvis_tilt"], 2),  # 1 + 1
        (["knee_medial_to_second_toe"], 1),
        (["knee_medial_to_foot"], 2),
        (["arm_strategy", "trunk_lean", "knee_medial_to_second_toe"], 3),  # 1 + 1 + 1
        (["pelvis_tilt", "knee_medial_to_foot", "unsteady"], 4),  # 1 + 2 + 1
        (["arm_strategy", "trunk_lean", "pelvis_tilt", "knee_medial_to_foot", "unsteady"], 6),
    ],
)
def test_step_down_points(protocol: Protocol, ticked: list[str], score: int) -> None:
    a = Answers({"hip.step_down": {"left": ticked, "right": None}})
    assert checklist_points(a, protocol, "hip.step_down", "left") == score
    assert checklist_points(a, protocol, "hip.step_down", "right") is None


@pytest.mark.parametrize(
    ("score", "category"),
    [(0, "good"), (1, "good"), (2, "medium"), (3, "medium"), (4, "poor"), (5, "poor"), (6, "poor")],
)
def test_step_down_category(score: int, category: str) -> None:
    assert step_down_category(score) == category
