"""The stored plan: new signatures seal the next visit with the rows; old bare lists still read."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.plan_record import (
    REVIEW_CHOICES,
    DraftPlan,
    plan_library,
    plan_review,
    plan_row_problems,
    plan_rows,
    plan_text_problems,
    read_draft_plan,
    sealed_plan,
)

ROWS = [{"id": "wall_sit", "dose": "3 x 45 s", "note": ""}]


def test_a_new_signature_holds_the_rows_the_next_visit_and_the_library_edition() -> None:
    stored = sealed_plan(ROWS, "  in 3 weeks ")
    assert stored == {"items": ROWS, "review": "in 3 weeks", "library": 2}
    assert plan_rows(stored) == ROWS
    assert plan_review(stored) == "in 3 weeks"
    assert plan_library(stored) == 2


@pytest.mark.parametrize(
    "stored", [ROWS, {"items": ROWS, "review": "in 3 weeks"}, {"items": ROWS, "library": True}]
)
def test_plans_signed_without_an_edition_print_from_the_first_library(stored: Any) -> None:
    assert plan_library(stored) == 1


def test_a_plan_signed_as_a_bare_list_reads_with_no_next_visit() -> None:
    assert plan_rows(ROWS) == ROWS
    assert plan_review(ROWS) == ""


@pytest.mark.parametrize("stored", [{}, {"exercises": []}, {"items": "wall_sit"}, "plan", None, 3])
def test_other_shapes_have_no_rows_and_no_next_visit(stored: Any) -> None:
    assert plan_rows(stored) is None
    assert plan_review(stored) == ""


def test_a_next_visit_that_is_not_text_is_ignored() -> None:
    assert plan_review({"items": ROWS, "review": 3}) == ""
    assert plan_rows({"items": ROWS, "review": 3}) == ROWS


def test_the_usual_next_visits_are_offered_in_order() -> None:
    assert REVIEW_CHOICES == (
        "in 1 week",
        "in 2 weeks",
        "in 3 weeks",
        "in 4 weeks",
        "in 6 weeks",
        "when needed",
    )


def test_a_draft_plan_reads_back_as_saved() -> None:
    plan = DraftPlan(tuple(ROWS), edited=False)
    assert plan.to_json() == {"items": ROWS, "edited": False}
    assert read_draft_plan(plan.to_json()) == plan


def test_a_draft_plan_read_leaves_out_rows_it_cannot_show_and_keeps_the_rest() -> None:
    stored = {
        "items": [
            {"id": "retired_item", "dose": "", "note": ""},
            ROWS[0],
            {"id": "step_up", "dose": 3, "note": ""},
            {**ROWS[0], "dose": "repeat"},
        ],
        "edited": True,
    }
    assert read_draft_plan(stored) == DraftPlan(tuple(ROWS), edited=True)


@pytest.mark.parametrize(
    "stored", [None, ROWS, {"items": ROWS}, {"items": ROWS, "edited": "yes"}, {"edited": True}]
)
def test_other_shapes_are_no_draft_plan(stored: Any) -> None:
    assert read_draft_plan(stored) is None


def test_row_problems_name_the_row() -> None:
    assert plan_row_problems(ROWS) == []
    assert plan_row_problems([ROWS[0], {"id": "nope", "dose": "", "note": ""}]) == [
        "plan row 2: 'nope' is not a plan item"
    ]
    assert plan_text_problems([{**ROWS[0], "note": "x" * 501}]) == [
        "Wall sit: the note is longer than 500 characters"
    ]
