"""The stored plan: new signatures seal the next visit with the rows; old bare lists still read."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.plan_record import REVIEW_CHOICES, plan_review, plan_rows, sealed_plan

ROWS = [{"id": "wall_sit", "dose": "3 x 45 s", "note": ""}]


def test_a_new_signature_holds_the_rows_and_the_next_visit() -> None:
    stored = sealed_plan(ROWS, "  in 3 weeks ")
    assert stored == {"items": ROWS, "review": "in 3 weeks"}
    assert plan_rows(stored) == ROWS
    assert plan_review(stored) == "in 3 weeks"


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
