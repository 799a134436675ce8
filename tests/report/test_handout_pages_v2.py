"""How a v2 first-visit and follow-up handout fill their pages, on each paper and unit system:
short enough to be read, no page left mostly blank, no closing section alone on a page."""

from __future__ import annotations

import pytest
from pdf_helpers import CLINIC, doc, filled_share, pages_text

from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.handout_text import SECTION_COME_BACK, SECTION_GOOD_TO_KNOW

PFP = "example-visit-v2.json"
FOLLOW_UP = "example-v2-followup.json"
SETTINGS = {
    "letter-us": ("letter", DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)),
    "a4-metric": ("a4", DisplayUnits()),
}


def _render(name: str, setting: str) -> bytes:
    paper, units = SETTINGS[setting]
    earlier = [doc(PFP)] if name == FOLLOW_UP else []
    return render_handout(handout_data(doc(name), earlier, clinic=CLINIC, paper=paper, units=units))


@pytest.fixture(scope="module", params=list(SETTINGS))
def first_visit(request: pytest.FixtureRequest) -> bytes:
    """The PFP first visit with six exercises, two running items and two education items."""
    return _render(PFP, request.param)


@pytest.fixture(scope="module", params=list(SETTINGS))
def follow_up(request: pytest.FixtureRequest) -> bytes:
    """The follow-up: the same plan, the return-to-run box and the progress charts."""
    return _render(FOLLOW_UP, request.param)


def test_first_visit_handout_takes_at_most_seven_pages(first_visit: bytes) -> None:
    assert len(pages_text(first_visit)) <= 7


def test_follow_up_handout_takes_at_most_nine_pages(follow_up: bytes) -> None:
    assert len(pages_text(follow_up)) <= 9


def _thin_pages(pdf: bytes) -> list[tuple[int, float]]:
    """Pages before the last written less than two thirds of the way down: (number, share)."""
    shares = filled_share(pdf)
    return [(n + 1, round(s, 2)) for n, s in enumerate(shares[:-1]) if s < 2 / 3]


def test_no_first_visit_page_but_the_last_is_more_than_a_third_empty(first_visit: bytes) -> None:
    assert not _thin_pages(first_visit)


def test_no_follow_up_page_but_the_last_is_more_than_a_third_empty(follow_up: bytes) -> None:
    assert not _thin_pages(follow_up)


def test_last_page_is_not_left_with_a_few_lines(first_visit: bytes) -> None:
    assert filled_share(first_visit)[-1] > 0.25


def test_good_to_know_and_when_to_come_back_share_the_page_after_the_plan(
    first_visit: bytes,
) -> None:
    last = pages_text(first_visit)[-1]
    assert SECTION_GOOD_TO_KNOW in last
    assert SECTION_COME_BACK in last
    assert "How much:" in last, "the closing sections should follow the last plan item"
