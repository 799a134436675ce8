"""The v2 handout wording: red-flag advice by age and the texts per diagnosis status."""

from __future__ import annotations

import pytest

from kneedesk.report import handout_text as v1
from kneedesk.report import handout_text_v2 as v2


@pytest.mark.parametrize("age", [8, 12, 16])
def test_children_and_teenagers_are_told_about_limping_and_hip_pain(age: int) -> None:
    items = v2.red_flag_urgent(age)
    assert items[0] == "your knee locks and you cannot straighten it;"
    assert items[1] == "your knee gives way;"
    assert items[-1] == "you start to limp, or have new pain in the hip, groin or thigh."


@pytest.mark.parametrize("age", [7, 17, 45, None])
def test_others_get_the_list_without_it_ending_in_a_full_stop(age: int | None) -> None:
    items = v2.red_flag_urgent(age)
    assert len(items) == 5
    assert items[-1] == "you notice numbness, weakness, or a change in colour of the leg or foot."
    assert all(i.endswith(";") for i in items[:-1])


def test_titles_and_plan_intros_follow_the_diagnosis_status() -> None:
    assert set(v2.TITLES) == set(v2.STATUSES)
    assert v2.TITLES["to_confirm"] == "Your knee plan"
    assert v2.PLAN_INTROS["pfp"] == v1.PLAN_INTRO
    assert "on the days shown" not in v1.PLAN_INTRO
    assert v1.FOUND_INTRO.startswith(v2.FOUND_INTRO_TO_CONFIRM)
    assert frozenset({"pfp"}) == v2.GOOD_TO_KNOW_STATUSES


def test_return_to_run_box_names_every_criterion_and_stage() -> None:
    assert set(v2.RTR_CRITERIA) == {
        "rtr.pain_during",
        "rtr.pain_24h",
        "rtr.single_leg_control",
        "rtr.hop",
        "rtr.strength",
    }
    assert len(v2.RTR_STAGES) == 6
    assert v2.RTR_NOW.format(stage="walk-run", next_stage="easy running").startswith(
        "Your running now: walk-run. Next step: easy running, when all the boxes are ticked"
    )
