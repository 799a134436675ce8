"""Single values in a visit document, checked against their protocol item: what passes, what
is refused and how the message names the item and what is allowed, and the exact range edges.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from visit_doc_helpers import PROTOCOL

from kneedesk.core.protocol import Item, Kind
from kneedesk.core.visit_doc import check_value


def item(item_id: str) -> Item:
    return PROTOCOL.item(item_id)


@pytest.mark.parametrize(
    ("item_id", "value"),
    [
        ("body_mass", 20),  # minimum, as an int
        ("body_mass", 300.0),  # maximum
        ("body_mass", 61.5),
        ("history.duration_weeks", 0),
        ("history.duration_weeks", 520),
        ("hip.lever_arm", 0.2),
        ("hip.lever_arm", 1.2),
        ("running.cadence", 120),
        ("running.cadence", 230),
        ("red_flags.trauma", False),
        ("symptom_side", "both"),
        ("history.pain_location", []),
        ("history.pain_location", ["around_kneecap", "behind_kneecap"]),
        ("hip.step_down", ["arm_strategy", "knee_medial_to_foot", "unsteady"]),
        ("load.weekly_distance", [42, 30.5, 0, 500]),
        ("load.weekly_distance", [42, None, 31, 28]),  # a blank week
        ("body_mass", None),  # not answered
    ],
)
def test_valid_values_pass(item_id: str, value: Any) -> None:
    assert check_value(item(item_id), value) == []


@pytest.mark.parametrize(
    ("item_id", "value", "expected"),
    [
        ("body_mass", 350, "body_mass: 350 is outside 20 to 300 kg"),
        ("body_mass", 19.99, "body_mass: 19.99 is outside 20 to 300 kg"),
        ("body_mass", 300.01, "body_mass: 300.01 is outside 20 to 300 kg"),
        ("hip.lever_arm", 0.19, "hip.lever_arm: 0.19 is outside 0.2 to 1.2 m"),
        ("history.duration_weeks", 521, "history.duration_weeks: 521 is outside 0 to 520 weeks"),
        ("history.duration_weeks", -1, "history.duration_weeks: -1 is outside 0 to 520 weeks"),
        ("pain.usual", 11, "pain.usual: 11 is outside 0 to 10"),
        ("body_mass", True, "body_mass: must be a number (20 to 300 kg), not true"),
        ("body_mass", "61.5", 'body_mass: must be a number (20 to 300 kg), not "61.5"'),
        ("body_mass", math.nan, "body_mass: must be a finite number (20 to 300 kg), not NaN"),
        (
            "body_mass",
            math.inf,
            "body_mass: must be a finite number (20 to 300 kg), not Infinity",
        ),
        (
            "history.duration_weeks",
            3.5,
            "history.duration_weeks: must be a whole number (0 to 520 weeks), not 3.5",
        ),
        ("red_flags.trauma", 1, "red_flags.trauma: must be true or false, not 1"),
        (
            "symptom_side",
            "rigth",
            'symptom_side: unknown option key "rigth" (allowed: left, right, both)',
        ),
        (
            "symptom_side",
            ["right"],
            'symptom_side: must be one option key (one of: left, right, both), not ["right"]',
        ),
        (
            "hip.single_leg_squat_signs",
            ["knee_inward", "knee_inward"],
            "hip.single_leg_squat_signs: option key(s) given more than once: knee_inward",
        ),
        (
            "hip.single_leg_squat_signs",
            ["knee_in"],
            'hip.single_leg_squat_signs: unknown option key(s) "knee_in" '
            "(allowed: knee_inward, pelvic_drop, trunk_lean, poor_balance)",
        ),
        (
            "hip.step_down",
            ["knee_medial_to_second_toe", "knee_medial_to_foot"],
            "hip.step_down: knee_medial_to_second_toe and knee_medial_to_foot cannot both be "
            "ticked (tick only one of the 'knee_position' options)",
        ),
        (
            "load.weekly_distance",
            [42, 30, 31],
            "load.weekly_distance: must have 4 entries: This week, 1 week ago, 2 weeks ago, "
            "3 weeks ago; got 3",
        ),
        (
            "load.weekly_distance",
            [42, 30, 31, 501],
            "load.weekly_distance: entry 4 (3 weeks ago) 501 is outside 0 to 500 km",
        ),
        (
            "load.weekly_distance",
            [42, "30", 31, 28],
            'load.weekly_distance: entry 2 (1 week ago) must be a number (0 to 500 km), not "30"',
        ),
        (
            "load.weekly_distance",
            42,
            "load.weekly_distance: must be a list of 4 numbers (0 to 500 km), not 42",
        ),
    ],
)
def test_bad_values_name_the_item_and_what_is_allowed(
    item_id: str, value: Any, expected: str
) -> None:
    assert check_value(item(item_id), value) == [expected]


def test_a_huge_json_integer_is_out_of_range_not_a_crash() -> None:
    huge = 10**400  # what json.loads gives for a 401-digit number
    # Quoted cut to 80 characters: a message line stays readable whatever the number.
    shown = str(huge)[:79] + "…"
    assert check_value(item("body_mass"), huge) == [f"body_mass: {shown} is outside 20 to 300 kg"]
    assert len(check_value(item("history.duration_weeks"), -huge)) == 1


def test_multi_choice_reports_unknown_and_duplicate_keys_together() -> None:
    problems = check_value(item("history.aggravators"), ["stairs", "running", "running"])
    assert len(problems) == 2
    assert all(p.startswith("history.aggravators: ") for p in problems)


NUMERIC_ITEMS = [i for i in PROTOCOL.items() if i.kind in (Kind.NUMBER, Kind.INTEGER)]


@pytest.mark.parametrize("numeric", NUMERIC_ITEMS, ids=lambda i: i.id)
def test_exact_range_edges(numeric: Item) -> None:
    assert numeric.minimum is not None
    assert numeric.maximum is not None
    step = 1 if numeric.kind is Kind.INTEGER else 0.01
    assert check_value(numeric, numeric.minimum) == []
    assert check_value(numeric, numeric.maximum) == []
    assert check_value(numeric, numeric.minimum - step) != []
    assert check_value(numeric, numeric.maximum + step) != []


@given(data=st.data())
def test_any_in_range_number_passes_and_any_outside_fails(data: st.DataObject) -> None:
    numeric = data.draw(st.sampled_from(NUMERIC_ITEMS))
    assert numeric.minimum is not None
    assert numeric.maximum is not None
    low, high = numeric.minimum, numeric.maximum
    if numeric.kind is Kind.INTEGER:
        inside: Any = data.draw(st.integers(int(low), int(high)))
        outside: Any = data.draw(
            st.one_of(st.integers(max_value=int(low) - 1), st.integers(min_value=int(high) + 1))
        )
    else:
        inside = data.draw(st.floats(low, high))
        outside = data.draw(
            st.one_of(
                st.floats(max_value=low, exclude_max=True, allow_infinity=False),
                st.floats(min_value=high, exclude_min=True, allow_infinity=False),
            )
        )
    assert check_value(numeric, inside) == []
    problems = check_value(numeric, outside)
    assert len(problems) == 1
    assert problems[0].startswith(f"{numeric.id}: ")
    assert "is outside" in problems[0]
