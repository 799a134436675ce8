"""Tables of the clinician summary: every measurement, the scores and the visit history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Paragraph, Table

from kneedesk.core.answer_text import DASH, answer_text
from kneedesk.core.answers import SIDES, Answers
from kneedesk.core.assessment import Assessment
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.i18n import N_, _, ngettext
from kneedesk.core.locale_format import local_number
from kneedesk.core.progress import NOT_ASKED_V1, Series
from kneedesk.core.progress_v2 import RTR_STAGE_UNIT
from kneedesk.core.protocol import Item
from kneedesk.core.score_results import Rating
from kneedesk.core.units import DisplayUnits, unit_words
from kneedesk.report.blocks import Styles
from kneedesk.report.fonts import markup
from kneedesk.report.model import short_date
from kneedesk.report.styles import ACCENT, RULE, TINT, table_style

# Units whose chart wording reads oddly after a measure's name in brackets.
TABLE_UNITS = {RTR_STAGE_UNIT: N_("0 not running, 5 full")}

SKIPPED_SECTIONS = frozenset({"red_flags", "outcomes"})  # shown in their own blocks


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True) -> Table:
    """A ruled table with a tinted header row that repeats on every page."""
    t = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT),
        ]
    t.setStyle(table_style(commands))
    return t


def value_text(item: Item, value: Any, units: DisplayUnits) -> str:
    """One stored value as the clinician reads it, in display units (without the unit)."""
    return answer_text(item, value, units)


def _unit(item: Item, units: DisplayUnits) -> str:
    return unit_words(units.unit_for(item) or "")


def measurement_tables(a: Assessment, units: DisplayUnits, width: float, s: Styles) -> list[Table]:
    """Per-side measures (left, right, LSI) and single measures, in protocol order."""
    answers = a.answers
    cell, head = s["cell"], s["cell_head"]
    side_rows: list[list[Any]] = [
        [Paragraph(t, head) for t in (_("Measure"), _("Unit"), _("Left"), _("Right"), "LSI")]
    ]
    single_rows: list[list[Any]] = [
        [Paragraph(t, head) for t in (_("Item"), _("Value"), _("Unit"))]
    ]
    for section in a.protocol.sections:
        if section.id in SKIPPED_SECTIONS:
            continue
        for item in section.items:
            if item.per_side:
                if not answers.answered(item.id):
                    continue
                side_rows += _side_rows(item, answers, a, units, cell)
            elif answers.value(item.id) is not None:
                single_rows.append(
                    [
                        Paragraph(markup(item.label), cell),
                        Paragraph(markup(value_text(item, answers.value(item.id), units)), cell),
                        Paragraph(_unit(item, units), cell),
                    ]
                )
    w = width
    out = []
    if len(side_rows) > 1:
        out.append(table(side_rows, [w * 0.40, w * 0.12, w * 0.19, w * 0.19, w * 0.10]))
    if len(single_rows) > 1:
        out.append(table(single_rows, [w * 0.40, w * 0.45, w * 0.15]))
    return out


def _side_rows(
    item: Item, answers: Answers, a: Assessment, units: DisplayUnits, cell: Any
) -> list[list[Any]]:
    values = [value_text(item, answers.value(item.id, side), units) for side in SIDES]
    points = a.scores.checklist_points.get(item.id)
    if points is not None:
        for n, side in enumerate(SIDES):
            score = points.of(side)
            if score is not None:
                values[n] = _("{value} (score {score})").format(value=values[n], score=score)
    lsi = a.scores.side_lsi.get(item.id)
    rows = [
        [
            Paragraph(markup(item.label), cell),
            Paragraph(_unit(item, units), cell),
            Paragraph(markup(values[0]), cell),
            Paragraph(markup(values[1]), cell),
            Paragraph(DASH if lsi is None else f"{local_number(fmt_number(lsi, 0))}%", cell),
        ]
    ]
    measure = a.scores.strength.get(item.id)
    if measure is not None:
        bw = [
            DASH if (v := measure.percent_bw.of(s)) is None else local_number(fmt_number(v, 1))
            for s in SIDES
        ]
        rows.append(
            [
                Paragraph(_("{measure}, % body weight").format(measure=markup(item.label)), cell),
                Paragraph("%BW", cell),
                Paragraph(bw[0], cell),
                Paragraph(bw[1], cell),
                Paragraph("", cell),
            ]
        )
    return rows


def _change_text(change: float | None, meaningful: bool | None) -> str:
    if change is None:
        return DASH
    text = local_number(fmt_number(change, 1))
    text = text if text.startswith("-") or text == "0" else f"+{text}"
    return _("{change} (meaningful)").format(change=text) if meaningful else text


def scores_table(a: Assessment, width: float, s: Styles) -> Table:
    """Kujala (with any missing items named), pain and KOOS-PF, with change since last visit."""
    scores = a.scores
    cell, head = s["cell"], s["cell_head"]
    rows: list[list[Any]] = [
        [Paragraph(t, head) for t in (_("Score"), _("This visit"), _("Previous"), _("Change"))]
    ]
    k = scores.kujala
    if k.total is not None:
        kujala_now = f"{k.total} / 100"
    else:
        missing = ", ".join(a.protocol.item(i).label for i in k.missing)
        kujala_now = ngettext(
            "no total: {n} item(s) missing ({items})",
            "no total: {n} item(s) missing ({items})",
            len(k.missing),
        ).format(n=len(k.missing), items=missing)
    prev_k = k.previous_total
    rows.append(
        [
            Paragraph("Kujala (AKPS, kujala-1993)", cell),
            Paragraph(markup(kujala_now), cell),
            Paragraph(DASH if prev_k is None else str(prev_k), cell),
            Paragraph(_change_text(k.change, k.meaningful_change), cell),
        ]
    )
    labels = {
        "usual": _("Usual pain"),
        "worst_week": _("Worst pain this week"),
        "running": _("Pain while running"),
    }
    for key, rating in scores.pain.entries():
        rows.append(_score_row(f"{labels[key]} (0-10)", rating, cell))
    rows.append(_score_row("KOOS-PF (0-100)", scores.koos_pf, cell))
    return table(rows, [width * 0.30, width * 0.34, width * 0.14, width * 0.22])


def _score_row(label: str, e: Rating, cell: Any) -> list[Any]:
    def show(v: float | None) -> str:
        return DASH if v is None else local_number(fmt_number(v, 1))

    return [
        Paragraph(label, cell),
        Paragraph(show(e.value), cell),
        Paragraph(show(e.previous), cell),
        Paragraph(_change_text(e.change, e.meaningful_improvement), cell),
    ]


def _table_unit(unit: str) -> str:
    """A history row's unit in brackets: the unit, or its words where they read better."""
    return _(TABLE_UNITS[unit]) if unit in TABLE_UNITS else unit


def history_table(series: Sequence[Series], width: float, s: Styles) -> Table | None:
    """Every progress series line by visit date, with change since the first visit."""
    shown = [x for x in series if x.has_data]
    if not shown:
        return None
    cell, head = s["cell"], s["cell_head"]
    dates = [p.date for p in shown[0].lines[0].points][-6:]
    header = [_("Measure"), *(short_date(d) for d in dates), _("Since first")]
    rows: list[list[Any]] = [[Paragraph(t, head) for t in header]]
    for x in shown:
        for line in x.lines:
            if not line.measured:
                continue
            name = x.title if len(x.lines) == 1 else f"{x.title}: {line.label}"
            values = [
                NOT_ASKED_V1
                if p.not_asked
                else (DASH if p.value is None else local_number(fmt_number(p.value, x.decimals)))
                for p in line.points[-len(dates) :]
            ]
            c = line.change
            rows.append(
                [
                    Paragraph(f"{name} ({_table_unit(x.unit)})", cell),
                    *(Paragraph(v, cell) for v in values),
                    Paragraph(_change_text(c.since_first, c.meaningful_since_first), cell),
                ]
            )
    first_w = width * 0.34
    last_w = width * 0.16
    mid = (width - first_w - last_w) / len(dates)
    return table(rows, [first_w, *([mid] * len(dates)), last_w])
