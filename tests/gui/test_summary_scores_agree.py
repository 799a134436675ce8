"""The summary page and the clinician summary PDF show the numbers the assessment's `Scores`
hold: change an answer and both change with it."""

from __future__ import annotations

import copy
import io
import json
from html import unescape
from importlib.resources import files
from typing import Any

import pytest
from pypdf import PdfReader

from kneedesk.core.findings.model import fmt_number
from kneedesk.core.protocol import load_protocol
from kneedesk.core.score_results import Scores, reported
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_doc import VisitDoc, parse_visit_doc
from kneedesk.gui.screen import SummaryPage
from kneedesk.gui.screen.display import fmt
from kneedesk.report.documents import handout_data
from kneedesk.report.summary import render_summary

EXAMPLES = files("kneedesk.resources").joinpath("examples")
ABDUCTION = "hip.abduction_force"


def example(name: str, **changes: Any) -> VisitDoc:
    data = json.loads(EXAMPLES.joinpath(name).read_text("utf-8"))
    data = copy.deepcopy(data)
    data["answers"].update(changes)
    return parse_visit_doc(data)


def page_and_pdf(qtbot: Any, **changes: Any) -> tuple[Scores, str, list[str]]:
    """The follow-up visit's scores, its summary page's text and its summary PDF's lines."""
    before = example("example-visit.json")
    now = example("example-followup.json", **changes)
    page = SummaryPage(load_protocol("runners-knee", 1), DisplayUnits(), previous=before.answers)
    qtbot.addWidget(page)
    page.set_answers(now.answers)
    assert page.assessment is not None
    shown = unescape(" ".join(x.text() for x in (page.kujala, page.pain, page.strength)))
    data = handout_data(now, [before])
    pdf = render_summary(data)
    lines = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).splitlines()
    assert data.assessment.scores == page.assessment.scores  # one result, read by both
    return page.assessment.scores, shown, [line.strip() for line in lines]


def row(lines: list[str], label: str, cells: int) -> list[str]:
    """The cells printed after a row's label in the PDF."""
    at = lines.index(label)
    return lines[at + 1 : at + 1 + cells]


def check_agree(scores: Scores, page: str, pdf: list[str]) -> None:
    k = scores.kujala
    assert k.total is not None
    assert k.previous_total is not None
    assert k.change is not None
    assert f">{k.total}</span> / 100" in page
    assert f"change since last visit {k.change:+d}" in page
    assert row(pdf, "Kujala (AKPS, kujala-1993)", 3)[:2] == [
        f"{k.total} / 100",
        str(k.previous_total),
    ]
    pain = scores.pain.usual
    assert pain.value is not None
    assert pain.previous is not None
    page_pain = f"<td>Usual pain</td><td>{pain.value:g}/10</td><td>{pain.previous:g}/10</td>"
    assert page_pain in page
    assert row(pdf, "Usual pain (0-10)", 2) == [f"{pain.value:g}", f"{pain.previous:g}"]
    lsi = scores.strength[ABDUCTION].lsi
    shown_lsi = reported(lsi)  # the page shows the LSI as `kneedesk score` reports it
    assert lsi is not None
    assert shown_lsi is not None
    assert f"{fmt(shown_lsi, 1)}%" in page
    assert row(pdf, "Hip abduction force", 4)[-1] == f"{fmt_number(lsi, 0)}%"


def test_page_and_pdf_show_the_scores(qtbot: Any) -> None:
    scores, page, pdf = page_and_pdf(qtbot)
    assert (scores.kujala.total, scores.pain.usual.value) == (88, 2)
    check_agree(scores, page, pdf)


@pytest.mark.parametrize(
    ("changes", "what"),
    [
        ({"kujala.limp": "constant"}, "kujala"),
        ({"pain.usual": 6}, "pain"),
        ({ABDUCTION: {"left": 188.0, "right": 120.0}}, "lsi"),
    ],
)
def test_changing_an_answer_changes_both(qtbot: Any, changes: dict[str, Any], what: str) -> None:
    before, _, _ = page_and_pdf(qtbot)
    scores, page, pdf = page_and_pdf(qtbot, **changes)
    changed = {
        "kujala": (scores.kujala.total, before.kujala.total),
        "pain": (scores.pain.usual.value, before.pain.usual.value),
        "lsi": (scores.strength[ABDUCTION].lsi, before.strength[ABDUCTION].lsi),
    }[what]
    assert changed[0] != changed[1]
    check_agree(scores, page, pdf)
