"""Every text the handout draws in a fixed box stays inside that box.

Measured two ways: the layout the drawing code uses, checked with reportlab's stringWidth in
the font each line is set in; and the printed PDF, where poppler's word boxes must lie inside
the box they start in.
"""

from __future__ import annotations

from functools import cache

import pytest
from pdf_helpers import CLINIC, Word, doc, page_words
from reportlab.pdfbase import pdfmetrics

from kneedesk.core.units import DisplayUnits, UnitSystem
from kneedesk.core.visit_doc import VisitDoc, parse_visit_doc
from kneedesk.report import chain
from kneedesk.report.blocks import TILE_PAD_LEFT, TILE_PAD_RIGHT, tile_columns, tile_value_style
from kneedesk.report.chain import LINKS, LOAD_ITEMS, ChainState, chain_layout, chain_state
from kneedesk.report.documents import handout_data
from kneedesk.report.fonts import register_fonts
from kneedesk.report.handout import render_handout
from kneedesk.report.handout_sections import today_entries
from kneedesk.report.model import HandoutData
from kneedesk.report.styles import MARGIN_X, handout_styles
from kneedesk.report.summary import render_summary
from kneedesk.report.templates import content_width
from kneedesk.report.textfit import TextBox

FINDING_IDS = sorted({f for _, ids in (*LINKS.values(), *LOAD_ITEMS.values()) for f in ids})
STATES = {
    "none": chain_state([]),
    "all": chain_state(FINDING_IDS),
    **{f: chain_state([f]) for f in FINDING_IDS},
}
STROKE = 1.0  # room kept clear for the box's outline
SMALLEST = 7.0  # no text in the figure is set smaller


def _ascent_descent(font: str, size: float) -> tuple[float, float]:
    ascent, descent = pdfmetrics.getAscentDescent(font, size)
    return float(ascent), -float(descent)


def _assert_inside(box: TextBox) -> None:
    spans = []
    for line in box.lines:
        width = pdfmetrics.stringWidth(line.text, line.font, line.size)
        ascent, descent = _ascent_descent(line.font, line.size)
        where = f"{box.name}: {line.text!r} at {line.size} pt"
        assert line.size >= SMALLEST, where
        assert line.x >= box.x + STROKE, where
        assert line.x + width <= box.x + box.w - STROKE, where
        assert line.y - descent >= box.y, where
        assert line.y + ascent <= box.y + box.h, where
        spans.append((line.x, line.x + width, line.y - descent, line.y + ascent, line.text))
    for n, (l0, r0, b0, t0, text0) in enumerate(spans):
        for l1, r1, b1, t1, text1 in spans[n + 1 :]:
            side_by_side = r0 <= l1 or r1 <= l0
            stacked = t0 <= b1 + 0.01 or t1 <= b0 + 0.01
            assert side_by_side or stacked, f"{box.name}: {text0!r} overlaps {text1!r}"


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("state", STATES.values(), ids=STATES.keys())
def test_chain_text_fits_every_box(paper: str, state: ChainState) -> None:
    register_fonts()
    layout = chain_layout(state, content_width(paper))
    assert set(layout.boxes) >= {*LINKS, "target", "load", "caption"}
    for box in layout.boxes.values():
        _assert_inside(box)
    for key, (label, _) in LINKS.items():  # wrapped, never shortened
        printed = " ".join(line.text for line in layout.boxes[key].lines[:-1])
        assert printed == label
    load_text = " ".join(line.text for line in layout.boxes["load"].lines)
    for label, _ in LOAD_ITEMS.values():
        assert label in load_text


def test_the_reported_overflow_now_wraps_in_bold() -> None:
    """ "Downhill, deep squats", bold when seen, ran past the training-load box."""
    register_fonts()
    layout = chain_layout(chain_state(FINDING_IDS), content_width("a4"))
    load = layout.boxes["load"]
    lines = [line for line in load.lines if line.text.startswith(("Downhill", "deep"))]
    assert lines
    for line in lines:
        assert line.x + pdfmetrics.stringWidth(line.text, line.font, line.size) <= load.x + load.w


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_long_labels_shrink_wrap_or_shorten_inside_their_box(
    paper: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_fonts()
    long = "Downhill running, deep squats, stairs, kneeling, jumping and long drives sitting"
    monkeypatch.setattr(
        chain,
        "LOAD_ITEMS",
        {k: (f"{label}: {long}", ids) for k, (label, ids) in LOAD_ITEMS.items()},
    )
    monkeypatch.setattr(
        chain,
        "LINKS",
        {k: (f"{label}, {long}, {long}", ids) for k, (label, ids) in LINKS.items()},
    )
    for state in (chain.chain_state([]), chain.chain_state(FINDING_IDS)):
        layout = chain.chain_layout(state, content_width(paper))
        for box in layout.boxes.values():
            _assert_inside(box)
        assert any(line.text.endswith("…") for line in layout.boxes["hip"].lines)


def _first_visit(paper: str, **changes: object) -> HandoutData:
    return handout_data(doc("example-visit.json", **changes), clinic=CLINIC, paper=paper)


def _reports() -> dict[str, HandoutData]:
    out = {}
    for paper in ("letter", "a4"):
        out[f"first-{paper}"] = _first_visit(paper)
        out[f"followup-{paper}"] = handout_data(
            doc("example-followup.json"),
            [doc("example-visit.json")],
            clinic=CLINIC,
            paper=paper,
        )
        out[f"bilateral-{paper}"] = handout_data(
            doc("example-bilateral.json"), clinic=CLINIC, paper=paper
        )
        # Every training-load item seen, so each is set in bold (the widest).
        out[f"downhill-{paper}"] = _first_visit(
            paper, **{"load.downhill": "a_lot", "load.heavy_squat_sessions": 4}
        )
    out["long-us-a4"] = handout_data(
        doc(
            "example-visit.json",
            **{"load.weekly_distance": [500, 20, 20, 20], "pain.usual": 10, "pain.running": 10},
        ),
        clinic=CLINIC,
        paper="a4",
        units=DisplayUnits(system=UnitSystem.US),
    )
    out["long-names-a4"] = handout_data(_long_answers(), clinic=CLINIC, paper="a4")
    return out


def _long_answers() -> VisitDoc:
    """Every aggravator ticked, every load item seen, long names and a long clinician line."""
    changes = {
        "history.aggravators": [
            "running",
            "stairs_up",
            "stairs_down",
            "squatting",
            "prolonged_sitting",
            "kneeling",
            "downhill",
            "jumping",
        ],
        "load.downhill": "a_lot",
        "load.heavy_squat_sessions": 4,
    }
    raw = doc("example-visit.json", **changes).to_dict()
    raw["patient"]["given_name"] = "Maximiliana Alexandrina"
    raw["patient"]["family_name"] = "Wolfeschlegelsteinhausen-Bergdorff"
    raw["visit"]["clinician"] = (
        "Dr. Marta Ibáñez-Rodríguez de la Fuente, "
        "marta.ibanez-rodriguez@riverside-sports-physiotherapy.example"
    )
    return parse_visit_doc(raw)


REPORTS = _reports()


@cache
def _handout(name: str) -> bytes:
    """Each report's handout, rendered once for the tests of this module."""
    return render_handout(REPORTS[name])


@pytest.mark.parametrize("name", REPORTS)
def test_no_word_leaves_the_text_column_on_any_page(name: str) -> None:
    data = REPORTS[name]
    for kind, pdf in (("handout", _handout(name)), ("summary", render_summary(data))):
        for n, (width, _, words) in enumerate(page_words(pdf), 1):
            for word in words:
                where = f"{kind} page {n}: {word.text!r}"
                assert word.x0 >= MARGIN_X - 0.5, where
                assert word.x1 <= width - MARGIN_X + 0.5, where


def _owner(word: Word, boxes: list[tuple[TextBox, float, float]]) -> TextBox | None:
    """The box the word starts in (boxes given with the page offset of the drawing)."""
    for box, ox, oy in boxes:
        if (
            box.x + ox <= word.x0 < box.x + box.w + ox
            and box.y + oy <= word.mid_y <= box.y + box.h + oy
        ):
            return box
    return None


@pytest.mark.parametrize("name", REPORTS)
def test_printed_chain_words_stay_in_their_boxes(name: str) -> None:
    data = REPORTS[name]
    pdf = _handout(name)
    _, _, words = page_words(pdf)[0]
    state = chain_state(f.id for f in data.assessment.findings)
    layout = chain_layout(state, content_width(data.paper))
    anchor = layout.boxes["hip"].lines[0]
    first = anchor.text.split()[0]
    found = [w for w in words if w.text == first and abs(w.x0 - (MARGIN_X + anchor.x)) < 0.5]
    assert len(found) == 1, "the chain figure is on page 1"
    _, descent = _ascent_descent(anchor.font, anchor.size)
    ox, oy = found[0].x0 - anchor.x, found[0].y0 + descent - anchor.y
    boxes = [(box, ox, oy) for box in layout.boxes.values()]
    inside = [
        w for w in words if ox <= w.x0 <= ox + layout.width and oy <= w.mid_y <= oy + layout.height
    ]
    assert len(inside) > 40
    if name.startswith("downhill"):
        assert {"Downhill,", "deep", "squats"} <= {w.text for w in inside}
        assert state.load["downhill"]
    for word in inside:
        box = _owner(word, boxes)
        assert box is not None, f"{word.text!r} is outside every box"
        assert word.x1 <= box.x + box.w + ox - STROKE, f"{word.text!r} runs past {box.name}"
        assert word.y0 >= box.y + oy - 0.5, f"{word.text!r} below {box.name}"
        assert word.y1 <= box.y + box.h + oy + 0.5, f"{word.text!r} above {box.name}"


@pytest.mark.parametrize("name", REPORTS)
def test_tile_values_fit_on_one_line_and_words_fit_the_tile(name: str) -> None:
    data = REPORTS[name]
    styles = handout_styles()
    entries = today_entries(data)
    columns = tile_columns(len(entries), content_width(data.paper))
    for (value, label, note), (_, cell_w) in zip(entries, columns, strict=True):
        inner = cell_w - TILE_PAD_LEFT - TILE_PAD_RIGHT
        value_style = tile_value_style(value, cell_w, styles)
        assert pdfmetrics.stringWidth(value, value_style.fontName, value_style.fontSize) <= inner
        for text, style in ((label, styles["tile_label"]), (note, styles["label"])):
            for word in text.split():
                assert pdfmetrics.stringWidth(word, style.fontName, style.fontSize) <= inner


@pytest.mark.parametrize("name", REPORTS)
def test_printed_tile_words_stay_in_their_tiles(name: str) -> None:
    data = REPORTS[name]
    _, _, words = page_words(_handout(name))[0]
    columns = tile_columns(len(today_entries(data)), content_width(data.paper))
    top = next(w for w in words if w.text == "YOUR").y0
    bottom = next(w for w in words if w.text == "found").y1  # the next heading
    row = [w for w in words if bottom < w.mid_y < top]
    assert len(row) >= len(columns) * 3
    for word in row:
        cell = [(x, w) for x, w in columns if MARGIN_X + x <= word.x0 < MARGIN_X + x + w]
        assert len(cell) == 1, f"{word.text!r} between tiles"
        x, w = cell[0]
        assert word.x1 <= MARGIN_X + x + w - TILE_PAD_RIGHT + 0.5, f"{word.text!r} past its tile"


def test_a_value_too_wide_for_its_tile_is_set_smaller() -> None:
    register_fonts()
    styles = handout_styles()
    normal = styles["tile_value"]
    value = "12345 km"
    cell_w = pdfmetrics.stringWidth(value, normal.fontName, 15) + TILE_PAD_LEFT + TILE_PAD_RIGHT
    assert pdfmetrics.stringWidth(value, normal.fontName, normal.fontSize) > cell_w
    value_style = tile_value_style(value, cell_w, styles)
    assert 12 <= value_style.fontSize <= 15
    width = pdfmetrics.stringWidth(value, value_style.fontName, value_style.fontSize)
    assert width <= cell_w - TILE_PAD_LEFT - TILE_PAD_RIGHT
