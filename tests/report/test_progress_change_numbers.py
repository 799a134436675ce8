"""The progress sentences' changes add up: the printed change is the printed values' difference."""

from __future__ import annotations

import re

import pytest
from pdf_helpers import ana, text_of

from kneedesk.report.handout import render_handout
from kneedesk.report.handout_progress import change_digits, printed_change

SENTENCE = re.compile(
    r"(-?[\d.]+)[^\s→]* → (-?[\d.]+)[^\s(]*(?: [a-z/]+)? since your first visit \(([+-]?[\d.]+)\)"
)


@pytest.mark.parametrize("visits", [2, 3])
def test_each_change_since_the_first_visit_adds_up(visits: int) -> None:
    text = text_of(render_handout(ana(visits)))
    found = SENTENCE.findall(text)
    assert len(found) >= 8
    for start, end, change in found:
        assert float(end) - float(start) == pytest.approx(float(change)), (start, end, change)


def test_a_change_hidden_by_rounding_gets_a_decimal_more() -> None:
    assert change_digits(0, 19.6, 20.2, 0.6) == 1
    assert printed_change(19.6, 20.2, 1) == pytest.approx(0.6)
    assert change_digits(0, 23.37, 28.74, 5.37) == 0
    assert printed_change(23.37, 28.74, 0) == 6
    assert change_digits(0, 20.0, 20.0, 0.0) == 0
