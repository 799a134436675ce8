"""The printed pages in the pseudo-language ("qps": every message accented, bracketed and about
40% longer, see `kneedesk.core.pseudo_locale`) still fit their paper: no word runs past the
page's printable width or out of the table cell it starts in, no bracketed message is cut
short, and the document grows by at most one page over English.

The v2 handout (a first visit, and a follow-up with its progress charts) and the clinician
summary are rendered once per language and paper. English is checked the same way, so a
failure only in the pseudo-language is a layout too tight for a longer language.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from pdf_helpers import CLINIC, Word, doc, page_words, pages_text
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, paragraph
from reportlab.platypus.tables import Table

from kneedesk.core.i18n import use_language
from kneedesk.core.pseudo_locale import GROWTH, PSEUDO, pseudo
from kneedesk.report import chain, chain_v2
from kneedesk.report.documents import handout_data
from kneedesk.report.fonts import SANS, register_fonts
from kneedesk.report.handout import render_handout
from kneedesk.report.styles import MARGIN_X
from kneedesk.report.summary import render_summary
from kneedesk.report.textfit import PlacedLine, TextBox, line_width

FIRST = "example-visit-v2.json"
FOLLOW_UP = "example-v2-followup.json"
LANGUAGES = ("en", PSEUDO)
PAPERS = ("letter", "a4")
DOCUMENTS = ("first-visit handout", "follow-up handout", "clinician summary")
SLACK = 0.5  # points: poppler's word boxes are rounded
STROKE = 1.0  # room a figure's box keeps clear for its outline


@dataclass(frozen=True)
class Cell:
    """A table cell as drawn, on its page, in PDF points with y measured upwards."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def holds_start_of(self, word: Word) -> bool:
        """The word begins in this cell (its left edge and its middle height are inside)."""
        return self.x0 - SLACK <= word.x0 < self.x1 - SLACK and self.y0 <= word.mid_y <= self.y1


@dataclass(frozen=True)
class Printed:
    """One rendered document: its PDF, the table cells and the figures' text boxes drawn in
    it."""

    pdf: bytes
    cells: tuple[Cell, ...]
    boxes: tuple[TextBox, ...]
    broken: tuple[str, ...]


@contextmanager
def recording_cells() -> Iterator[list[Cell]]:
    """Every table cell reportlab draws inside the block, in page coordinates.

    Wraps `Table._drawCell`, which each table calls with the cell's place and size in the
    table's own coordinates; the canvas's transform gives the page's.
    """
    cells: list[Cell] = []
    draw_cell = Table._drawCell

    def record(table: Any, value: Any, style: Any, pos: Any, size: Any) -> Any:
        canvas = table.canv
        (x, y), (w, h) = pos, size
        corners = [canvas.absolutePosition(x, y), canvas.absolutePosition(x + w, y + h)]
        (ax, ay), (bx, by) = corners
        page = canvas.getPageNumber()
        cells.append(Cell(page, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
        return draw_cell(table, value, style, pos, size)

    Table._drawCell = record  # type: ignore[method-assign]
    try:
        yield cells
    finally:
        Table._drawCell = draw_cell  # type: ignore[method-assign]


@contextmanager
def recording_boxes() -> Iterator[list[TextBox]]:
    """Every fixed text box the chain figures (v1 and v2) draw inside the block."""
    boxes: list[TextBox] = []
    originals = [(module, module._add_text) for module in (chain, chain_v2)]

    def recorder(add_text: Any) -> Any:
        def record(group: Any, box: TextBox) -> None:
            boxes.append(box)
            add_text(group, box)

        return record

    for module, add_text in originals:
        module._add_text = recorder(add_text)  # type: ignore[attr-defined]
    try:
        yield boxes
    finally:
        for module, add_text in originals:
            module._add_text = add_text  # type: ignore[attr-defined]


def box_problems(box: TextBox) -> list[str]:
    """Each line of a figure's box that runs out of it (past its outline), with how far."""
    problems = []
    for line in box.lines:
        ascent, descent = pdfmetrics.getAscentDescent(line.font, line.size)
        where = f"{box.name} box ({box.w:.0f} pt wide): {line.text!r}"
        right = line.x + line.width - (box.x + box.w - STROKE)
        if line.x < box.x + STROKE - 0.01:
            problems.append(f"{where} starts {box.x + STROKE - line.x:.1f} pt left of it")
        if right > 0.01:
            problems.append(f"{where} runs {right:.1f} pt past its right side")
        if line.y + descent < box.y - 0.01:
            problems.append(f"{where} runs {box.y - line.y - descent:.1f} pt below it")
        if line.y + ascent > box.y + box.h + 0.01:
            problems.append(f"{where} runs {line.y + ascent - box.y - box.h:.1f} pt above it")
    return problems


@contextmanager
def recording_broken_words() -> Iterator[list[str]]:
    """Each word a paragraph breaks in pieces inside the block (once): reportlab splits a
    word wider than its column or cell over two lines, without a hyphen."""
    broken: list[str] = []
    split_word, split_frag_word = paragraph._splitWord, paragraph._splitFragWord

    def note(word: str) -> None:
        # One sign cannot be broken; the pseudo-language's padding ("·····]") stands for
        # longer words, not for one word as long as a line, so it may be.
        if len(word.strip(" ·[]")) > 1 and word not in broken:
            broken.append(word)

    def record_word(word: str, *args: Any) -> Any:
        note(word)
        return split_word(word, *args)

    def record_frag_word(word: Any, *args: Any) -> Any:
        note("".join(text for _, text in word[1:]))
        return split_frag_word(word, *args)

    paragraph._splitWord = record_word
    paragraph._splitFragWord = record_frag_word
    try:
        yield broken
    finally:
        paragraph._splitWord = split_word
        paragraph._splitFragWord = split_frag_word


@cache
def printed(language: str, paper: str, document: str) -> Printed:
    """A document rendered in `language` (its data made in that language too), kept for the
    tests of this module."""
    with (
        use_language(language),
        recording_cells() as cells,
        recording_boxes() as boxes,
        recording_broken_words() as broken,
    ):
        first = handout_data(doc(FIRST), clinic=CLINIC, paper=paper)
        if document == "first-visit handout":
            pdf = render_handout(first)
        else:
            follow_up = handout_data(doc(FOLLOW_UP), [doc(FIRST)], clinic=CLINIC, paper=paper)
            render = render_handout if document == "follow-up handout" else render_summary
            pdf = render(follow_up)
    return Printed(pdf, tuple(cells), tuple(boxes), tuple(broken))


def overflow(pdf: bytes, cells: tuple[Cell, ...]) -> list[str]:
    """Each word past the printable width of its page, or past the cell it starts in."""
    problems = []
    for number, (width, _, words) in enumerate(page_words(pdf), 1):
        left, right = MARGIN_X, width - MARGIN_X
        on_page = [cell for cell in cells if cell.page == number]
        for word in words:
            where = f"page {number}: {word.text!r}"
            if word.x0 < left - SLACK:
                problems.append(f"{where} starts {left - word.x0:.1f} pt left of the margin")
            if word.x1 > right + SLACK:
                problems.append(f"{where} runs {word.x1 - right:.1f} pt past the right margin")
            for cell in on_page:
                if not cell.holds_start_of(word):
                    continue
                if word.x1 > cell.x1 + SLACK:
                    problems.append(
                        f"{where} runs {word.x1 - cell.x1:.1f} pt out of its table cell "
                        f"({cell.x1 - cell.x0:.0f} pt wide)"
                    )
                if word.y0 < cell.y0 - SLACK:
                    problems.append(f"{where} runs {cell.y0 - word.y0:.1f} pt below its table cell")
    return problems


def cut_messages(pdf: bytes) -> list[str]:
    """Pseudo messages shortened on the page: an opening bracket with no closing one (the
    closing bracket is what an ellipsis or a clipped line loses first)."""
    text = " ".join(pages_text(pdf))
    opened = text.count("[") - text.count("]")
    if opened == 0:
        return []
    shortened = [line for page in pages_text(pdf) for line in page.splitlines() if "…" in line]
    return [f"{opened} bracketed message(s) not closed; lines shortened: {shortened[:8]}"]


@pytest.fixture(scope="module", params=[(p, d) for p in PAPERS for d in DOCUMENTS],
                ids=[f"{d.replace(' ', '-')}-{p}" for p in PAPERS for d in DOCUMENTS])  # fmt: skip
def document(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(paper, document) of each report the tests render."""
    paper, name = request.param
    return paper, name


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_leaves_the_page_width_or_its_table_cell(
    language: str, document: tuple[str, str]
) -> None:
    report = printed(language, *document)
    assert report.cells, "the report draws tables (the recorder saw none)"
    problems = overflow(report.pdf, report.cells)
    assert not problems, f"{document[1]} on {document[0]} in {language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_figure_text_stays_in_its_boxes(language: str, document: tuple[str, str]) -> None:
    """The chain figure's labels, wrapped and shrunk to fit their boxes, stay inside."""
    boxes = printed(language, *document).boxes
    if document[1] != "clinician summary":
        assert boxes, "the handout draws the chain figure (the recorder saw none)"
    problems = [problem for box in boxes for problem in box_problems(box)]
    assert not problems, f"{document[1]} on {document[0]} in {language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_is_broken_over_two_lines(language: str, document: tuple[str, str]) -> None:
    """A word wider than its column or cell is split by reportlab without a hyphen."""
    broken = printed(language, *document).broken
    assert not broken, f"{document[1]} on {document[0]} in {language} breaks: {broken}"


def test_no_pseudo_message_is_cut_short(document: tuple[str, str]) -> None:
    problems = cut_messages(printed(PSEUDO, *document).pdf)
    assert not problems, f"{document[1]} on {document[0]}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_a_translated_report_is_within_one_page_of_the_english(
    language: str, document: tuple[str, str]
) -> None:
    english = len(pages_text(printed("en", *document).pdf))
    translated = len(pages_text(printed(language, *document).pdf))
    # The follow-up of the example visit is the longest handout there is (a dozen findings,
    # eight exercises and two pages of charts): in Spanish, French and German its progress
    # sentences wrap to one line more, so the chart grid holds two rows a page instead of
    # three, and it runs two pages longer. Every other document stays within one page.
    allowed = 2 if document[1] == "follow-up handout" else 1
    assert translated <= english + allowed, (
        f"{document[1]} on {document[0]}: {english} pages in English, {translated} in {language}"
    )


def test_the_pseudo_language_adds_no_more_pages_than_text(document: tuple[str, str]) -> None:
    """About 40% more words may take about 40% more pages, never more."""
    english = len(pages_text(printed("en", *document).pdf))
    longer = len(pages_text(printed(PSEUDO, *document).pdf))
    assert longer <= math.ceil(english * (1 + GROWTH)), (
        f"{document[1]} on {document[0]}: {english} -> {longer} pages"
    )


def test_the_pages_are_in_the_pseudo_language() -> None:
    """The checks above pass on English text too: make sure the pseudo-language reaches the
    page."""
    text = " ".join(pages_text(printed(PSEUDO, "letter", "clinician summary").pdf))
    assert "·]" in text


def test_a_word_past_its_cell_or_the_margin_is_reported() -> None:
    """The checker itself, on a real PDF: a pseudo word wider than its narrow table cell, and
    a table wider than the text column, are both found; a cell wide enough is not."""
    word = pseudo("Kneecap")  # drawn as a plain string: it does not wrap
    story = [
        Table([[word]], colWidths=[30], hAlign="LEFT"),
        Table([[word]], colWidths=[200], hAlign="LEFT"),
        Table([["", "margin"]], colWidths=[480, 100], hAlign="LEFT"),
    ]
    buffer = io.BytesIO()
    page = SimpleDocTemplate(buffer, leftMargin=MARGIN_X, rightMargin=MARGIN_X)
    with recording_cells() as cells, recording_broken_words() as broken:
        page.build([*story, Table([[Paragraph(word)]], colWidths=[30], hAlign="LEFT")])
    problems = overflow(buffer.getvalue(), tuple(cells))
    assert len(cells) == 5
    assert broken == [word.split()[0]]  # the paragraph in a narrow cell
    cut = [p for p in problems if "out of its table cell (30 pt wide)" in p]
    assert cut, problems
    assert cut[0].startswith(f"page 1: {word.split()[0]!r} runs"), problems
    assert any("'margin' runs" in p and "past the right margin" in p for p in problems)
    assert not [p for p in problems if "(200 pt wide)" in p], problems


def test_a_figure_line_past_its_box_is_reported() -> None:
    """The checker of the figures' boxes: a pseudo label wider than its box is found, with
    how far it runs; the English one that fits is not."""
    register_fonts()
    english, longer = "Stiff ankle", pseudo("Stiff ankle")
    width = line_width(english, SANS, 10) + 2 * STROKE + 1
    lines = [PlacedLine(text, 10 + STROKE, 20, SANS, 10) for text in (english, longer)]
    box = TextBox("ankle", 10, 10, width, 30, tuple(lines))
    over = line_width(longer, SANS, 10) - line_width(english, SANS, 10) - 1
    assert box_problems(box) == [
        f"ankle box ({width:.0f} pt wide): {longer!r} runs {over:.1f} pt past its right side"
    ]
