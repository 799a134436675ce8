"""Measures derived from the physical examination, on numbers worked out by hand from the clinical
reference: strength as %BW, torque and LSI; Y-balance composites and side differences; the
step-down score and its category.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import (
    checklist_points,
    lsi,
    percent_body_weight,
    side_difference,
    step_down_category,
    strength,
    symptomatic_lsi,
    torque_per_mass,
    y_balance_composite,
    y_balance_composites,
)

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
