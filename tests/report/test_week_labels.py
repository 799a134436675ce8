"""Every place in the handout and summary names the weeks of `load.weekly_distance` alike.

The list is most recent week first (docs/visit-format.md): entry 0 is "this week", the 7 days
up to the visit, then "1 week ago" and so on, as the form labels them.
"""

from __future__ import annotations

import re

import pytest
from pdf_helpers import CLINIC, doc, text_of

from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.summary import render_summary

NAMES = ("this week", "1 week ago", "2 weeks ago", "3 weeks ago")
WEEKS = {
    "rise a week ago": [20, 30, 20, 20],
    "rise this week and two weeks ago": [42, 20, 30, 20],
}


def _texts(weeks: list[int]) -> tuple[str, str]:
    data = handout_data(doc("example-visit.json", **{"load.weekly_distance": weeks}), clinic=CLINIC)
    return text_of(render_handout(data)), text_of(render_summary(data))


@pytest.mark.parametrize("weeks", WEEKS.values(), ids=WEEKS.keys())
def test_tile_paragraph_and_summary_give_the_same_number_for_each_week(weeks: list[int]) -> None:
    handout, summary = _texts(weeks)
    named: list[tuple[str, int]] = []

    tile = re.search(r"(\d+) km Running (this week) \(the 7 days up to this visit\)", handout)
    assert tile, "the tile names its week"
    named.append((tile.group(2), int(tile.group(1))))

    paragraph = re.findall(r"You ran (\d+) km (this week|\d weeks? ago) after (\d+) km", handout)
    assert paragraph, "the training paragraph names the week that rose"
    for value, name, before in paragraph:
        named.append((name, int(value)))
        named.append((NAMES[NAMES.index(name) + 1], int(before)))  # "the week before"

    listed = re.findall(r"(This week|\d weeks? ago): (\d+)", summary)
    assert len(listed) == 4, "the summary labels each week"
    named += [(name.lower(), int(value)) for name, value in listed]

    for name, value in named:
        assert value == weeks[NAMES.index(name)], f"{name} printed as {value}"


@pytest.mark.parametrize("weeks", WEEKS.values(), ids=WEEKS.keys())
def test_no_report_says_last_week(weeks: list[int]) -> None:
    """ "Last week" reads as the 7 days before the visit or as the week before that."""
    for text in _texts(weeks):
        assert "last week" not in text.lower()
