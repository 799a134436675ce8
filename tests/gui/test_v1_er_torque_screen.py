"""v1 ER torque on screen (clinical content v2, 10.4): hidden, and a signed v1 visit says why."""

from __future__ import annotations

from typing import Any

from screen_fixtures import example_answers

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import load_protocol
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.screen import SummaryPage

V1 = load_protocol("runners-knee", 1)
V2 = load_protocol("runners-knee", 2)
NOTE = "ER torque in this signed visit used the wrong lever arm"
# example-visit.json: ER 118 N left, 96 N right, hip lever arm 0.82 m, 61.5 kg; in v1 the
# ER torque came out 1.57 and 1.28 N.m/kg (about twice the real one).
V1_ER_TORQUE = ("1.57&nbsp;N·m/kg", "1.28&nbsp;N·m/kg")


def summary(qtbot: Any, protocol: Any, answers: dict[str, Any], *, signed: bool) -> SummaryPage:
    page = SummaryPage(protocol, DisplayUnits(), read_only=signed)
    qtbot.addWidget(page)
    page.set_answers(Answers(answers))
    return page


def er_row(page: SummaryPage) -> str:
    text = page.strength.text()
    start = text.index("external rotation")
    return text[start : text.index("</tr>", start)]


def test_a_signed_v1_visit_hides_er_torque_and_says_why(qtbot: Any) -> None:
    page = summary(qtbot, V1, example_answers(), signed=True)
    row = er_row(page)
    assert "%BW" in row  # the force and %BW stay
    assert "N·m/kg" not in row
    assert page.torque_note.isVisibleTo(page)
    assert page.torque_note.text() == NOTE
    assert "N·m/kg" in page.strength.text()  # abduction and extension keep their torque


def test_a_v1_draft_hides_er_torque_without_the_signed_note(qtbot: Any) -> None:
    page = summary(qtbot, V1, example_answers(), signed=False)
    assert not any(t in page.strength.text() for t in V1_ER_TORQUE)
    assert not page.torque_note.isVisibleTo(page)


def test_a_signed_v1_visit_without_er_torque_has_no_note(qtbot: Any) -> None:
    answers = example_answers()
    del answers["hip.lever_arm"]  # no lever arm: no torque was worked out
    page = summary(qtbot, V1, answers, signed=True)
    assert not page.torque_note.isVisibleTo(page)


def test_a_v2_visit_shows_er_torque_with_its_own_lever_arm(qtbot: Any) -> None:
    page = summary(qtbot, V2, example_answers("example-visit-v2.json"), signed=True)
    assert "N·m/kg" in er_row(page)
    assert not page.torque_note.isVisibleTo(page)
