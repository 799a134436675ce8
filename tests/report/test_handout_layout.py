"""Page layout of the handout: no heading left alone at a page's foot, no word cut in half."""

from __future__ import annotations

import pytest
from pdf_helpers import doc, page_words, pages_text

from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.handout_text import SECTION_PLAN, TARGET_LABEL
from kneedesk.report.model import Clinic
from kneedesk.report.styles import MARGIN_BOTTOM
from kneedesk.report.summary import render_summary

LONG_CLINIC = Clinic(
    name="Riverside Sports Physiotherapy & Running Clinic",
    address="Unit 4, 12 Harbour Road\nSpringfield, OR 97477",
    phone="+1 541 555 0134",
)


@pytest.fixture(scope="module", params=["letter", "a4"])
def first_visit(request: pytest.FixtureRequest) -> bytes:
    """The first-visit handout with a long clinic name, on each paper."""
    data = handout_data(doc("example-visit.json"), clinic=LONG_CLINIC, paper=request.param)
    return render_handout(data)


def test_your_plan_starts_on_the_page_of_its_first_item(first_visit: bytes) -> None:
    pages = pages_text(first_visit)
    page = next(p for p in pages if f"\n{SECTION_PLAN}\n" in f"\n{p}\n")
    after = page.split(SECTION_PLAN, 1)[1]
    assert f"{TARGET_LABEL}:" in after, "the heading sits alone at the foot of its page"


def test_footer_leaves_out_whole_parts_rather_than_cutting_a_word(first_visit: bytes) -> None:
    for _, _, words in page_words(first_visit):
        footer = [w for w in words if w.y1 < MARGIN_BOTTOM - 6 * 72 / 25.4]
        texts = [w.text for w in footer]
        assert "Riverside" in texts
        assert "0134" in texts
        assert not any(t.endswith("…") for t in texts), texts


SUMMARY_SECTIONS = ("Scores", "Measurements", "Findings", "Plan", "Visit history")


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_summary_headings_have_their_first_lines_under_them(paper: str) -> None:
    data = handout_data(
        doc("example-followup.json"), [doc("example-visit.json")], clinic=LONG_CLINIC, paper=paper
    )
    seen = set()
    for _, _, words in page_words(render_summary(data)):
        body = [w for w in words if w.y0 > MARGIN_BOTTOM]
        for heading in SUMMARY_SECTIONS:
            first, *rest = heading.split()
            for word in (w for w in body if w.text == first):
                line = [w.text for w in body if abs(w.y0 - word.y0) < 0.5]
                if line != [first, *rest]:
                    continue
                seen.add(heading)
                below = [w for w in body if w.y1 < word.y0 - 1]
                assert len(below) >= 6, f"{heading!r} sits at the foot of its page"
    assert seen == set(SUMMARY_SECTIONS)
