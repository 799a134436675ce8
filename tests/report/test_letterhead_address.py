"""A clinic address typed on several lines prints line by line, never as a missing glyph."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from pdf_helpers import Word, doc, page_words
from reportlab.pdfgen.canvas import Canvas

from kneedesk.core.visit_doc import parse_visit_doc
from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.handout_sections import page_info
from kneedesk.report.model import Clinic
from kneedesk.report.styles import LETTERHEAD_HEIGHT, MARGIN_X
from kneedesk.report.summary import render_summary
from kneedesk.report.templates import letterhead_contact, letterhead_widths

TWO_LINES = "Unit 4, 12 Harbour Road\nSpringfield, OR 97477"
RENDERERS: dict[str, Callable[..., bytes]] = {"handout": render_handout, "summary": render_summary}


@pytest.fixture
def drawn_strings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every string the reports hand to the canvas to draw."""
    drawn: list[str] = []
    original = Canvas.drawString

    def spy(self: Canvas, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> Any:
        drawn.append(text)
        return original(self, x, y, text, *args, **kwargs)

    monkeypatch.setattr(Canvas, "drawString", spy)
    return drawn


def _render(kind: str, clinic: Clinic, paper: str = "letter") -> bytes:
    return RENDERERS[kind](handout_data(doc("example-visit.json"), clinic=clinic, paper=paper))


def _line_of(words: list[Word], text: str) -> list[Word]:
    first = text.split()[0]
    start = next(w for w in words if w.text == first)
    return sorted((w for w in words if abs(w.y0 - start.y0) < 0.5), key=lambda w: w.x0)


def _letterhead(pdf: bytes) -> tuple[list[Word], float]:
    _, height, words = page_words(pdf)[0]
    rule = height - LETTERHEAD_HEIGHT + 3 * 72 / 25.4
    return [w for w in words if w.y0 > rule], rule


@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_each_address_line_prints_on_its_own_line(
    kind: str, paper: str, drawn_strings: list[str]
) -> None:
    clinic = Clinic(name="Riverside Sports Physiotherapy", address=TWO_LINES, phone="555 0100")
    words, _ = _letterhead(_render(kind, clinic, paper))
    first = _line_of(words, "Unit")
    second = _line_of(words, "Springfield,")
    phone = _line_of(words, "555")
    assert [w.text for w in first if w.x0 < 300] == ["Unit", "4,", "12", "Harbour", "Road"]
    assert [w.text for w in second if w.x0 < 300] == ["Springfield,", "OR", "97477"]
    assert first[0].x0 == pytest.approx(second[0].x0) == pytest.approx(phone[0].x0)
    assert first[0].y0 > second[0].y1 - 1 > phone[0].y1 - 2  # top to bottom, not overlapping
    assert drawn_strings
    for text in drawn_strings:
        assert not any(unicodedata.category(c) == "Cc" for c in text), repr(text)


@pytest.mark.parametrize("kind", RENDERERS)
def test_a_long_address_joins_its_lines_and_stays_above_the_rule(
    kind: str, drawn_strings: list[str]
) -> None:
    address = "Riverside Sports Centre\r\nUnit 4\n12 Harbour Road\n\nSpringfield, OR 97477"
    clinic = Clinic(name="Riverside", address=address, phone="555 0100")
    assert letterhead_contact(clinic, 1000).lines == (
        "Riverside Sports Centre, Unit 4, 12 Harbour Road, Springfield, OR 97477",
        "555 0100",
    )
    words, rule = _letterhead(_render(kind, clinic))
    texts = [w.text for w in words]
    for part in ("Centre,", "4,", "Road", "Springfield,", "97477", "555"):
        assert part in texts
    assert all(w.y0 > rule for w in words)
    for text in drawn_strings:
        assert not any(unicodedata.category(c) == "Cc" for c in text), repr(text)


def test_three_lines_fit_between_the_name_and_the_rule() -> None:
    clinic = Clinic(name="Riverside", address=TWO_LINES, phone="555 0100")
    contact = letterhead_contact(clinic, 300)
    assert contact.lines == ("Unit 4, 12 Harbour Road", "Springfield, OR 97477", "555 0100")
    words, rule = _letterhead(_render("handout", clinic))
    lowest = min(w.y0 for w in words if w.text in ("555", "0100"))
    assert lowest > rule


@pytest.mark.parametrize("kind", RENDERERS)
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_long_names_stay_in_their_letterhead_column(kind: str, paper: str) -> None:
    clinic = Clinic(
        name="Riverside Sports Physiotherapy, Rehabilitation & Running Performance Clinic",
        address=TWO_LINES,
        phone="555 0100",
    )
    visit = doc("example-visit.json").to_dict()
    visit["patient"]["given_name"] = "Maximiliana Alexandrina"
    visit["patient"]["family_name"] = "Wolfeschlegelsteinhausen-Bergdorff"
    data = handout_data(parse_visit_doc(visit), clinic=clinic, paper=paper)
    left_w, right_w = letterhead_widths(page_info(data, "title"))
    pdf = RENDERERS[kind](data)
    width, _, _ = page_words(pdf)[0]
    words, _ = _letterhead(pdf)
    split = MARGIN_X + left_w
    assert any(w.text == "Riverside" for w in words)
    assert any(w.text.startswith("Maximiliana") for w in words)
    for word in words:
        if word.x0 < split:
            assert word.x1 <= split, f"{word.text!r} runs into the patient's column"
        else:
            assert word.x0 >= width - MARGIN_X - right_w - 0.5, word.text
            assert word.x1 <= width - MARGIN_X + 0.5, word.text
