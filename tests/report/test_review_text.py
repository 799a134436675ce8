"""The next visit as printed: "in N weeks" gains the date it falls on, anything else is as typed."""

from __future__ import annotations

from datetime import date

import pytest

from kneedesk.report.review import review_text

VISIT = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("in 3 weeks", "in 3 weeks (around 16 December 2026)"),
        ("in 1 week", "in 1 week (around 2 December 2026)"),
        ("in 6 weeks", "in 6 weeks (around 6 January 2027)"),
        ("In 2 Weeks.", "In 2 Weeks (around 9 December 2026)"),
        ("  in  4   weeks ", "in 4 weeks (around 23 December 2026)"),
        ("in 52 weeks", "in 52 weeks (around 24 November 2027)"),
    ],
)
def test_in_n_weeks_prints_the_date_it_falls_on(typed: str, printed: str) -> None:
    assert review_text(typed, VISIT) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("when needed", "when needed"),
        ("on 12 December.", "on 12 December"),
        ("in 3 weeks or sooner", "in 3 weeks or sooner"),
        ("in 0 weeks", "in 0 weeks"),
        ("in 53 weeks", "in 53 weeks"),
        ("in 10 days", "in 10 days"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_anything_else_prints_as_typed(typed: str, printed: str) -> None:
    assert review_text(typed, VISIT) == printed
