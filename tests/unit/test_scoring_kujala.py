"""The Kujala score on answers worked out by hand from the clinical reference: best, worst and
worked examples, missing or unknown answers giving no total, and the total as the sum of points.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.scoring import kujala

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
    result = kujala(Answers(choice), load_protocol("runners-knee", 1))
    expected = sum(KUJALA_POINTS[item][key] for item, key in choice.items())
    assert result.total == expected
    assert result.total is not None
    assert 0 <= result.total <= 100
