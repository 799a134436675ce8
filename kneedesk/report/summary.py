"""The clinician summary: measurements, scores, findings with sources, red flags, plan, history."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from kneedesk.core.exercises import load_exercises
from kneedesk.core.findings import Finding
from kneedesk.core.findings.context import Context
from kneedesk.core.findings.history import red_flags
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.plan import PLAN_ITEMS
from kneedesk.core.progress import progress_series
from kneedesk.core.scoring import LSI_DEFINITION
from kneedesk.report.blocks import Styles, callout
from kneedesk.report.fonts import markup
from kneedesk.report.handout_sections import page_info
from kneedesk.report.model import (
    NOT_RECOMMENDED,
    NOT_RECOMMENDED_LABEL,
    HandoutData,
    long_date,
)
from kneedesk.report.review import review_text
from kneedesk.report.styles import INK, summary_styles, table_style
from kneedesk.report.summary_stills import STILLS_KEEP, stills_block
from kneedesk.report.summary_tables import (
    history_table,
    measurement_tables,
    scores_table,
    table,
)
from kneedesk.report.summary_v2 import diagnosis_block, dose_stage
from kneedesk.report.templates import content_width, render_pdf

TITLE = "Clinician summary: runner's knee screen"


def _h(text: str, s: Styles, level: int = 1) -> Paragraph:
    return Paragraph(text, s["h1"] if level == 1 else s["h2"])


def _section(text: str, s: Styles) -> list[Flowable]:
    """A section heading, moved to the next page when too little room is left under it."""
    return [CondPageBreak(SECTION_KEEP), _h(text, s)]


SECTION_KEEP = 30 * mm  # a heading needs this much room below it for its first lines


def patient_block(data: HandoutData, width: float, s: Styles) -> Table:
    """Who, when, by whom, and with which protocol and thresholds."""
    p, a = data.patient, data.assessment
    changed = a.thresholds.changed_from_default()
    rows = [
        ("Patient", f"{data.patient_name} (id {p.id})"),
        ("Born", f"{long_date(p.birth_date)}, {p.sex}"),
        ("Visit", long_date(data.visit_date)),
        ("Clinician", data.clinician or "–"),
        ("Protocol", f"{a.protocol.title} ({a.protocol.id} v{a.protocol.version})"),
        (
            "Thresholds",
            ", ".join(f"{k} = {v}" for k, v in changed.items()) if changed else "clinic defaults",
        ),
    ]
    cells = [
        [Paragraph(label, s["label"]), Paragraph(markup(value), s["body"])] for label, value in rows
    ]
    t = Table(cells, colWidths=[28 * mm, width - 28 * mm])
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def red_flag_banner(data: HandoutData, width: float, s: Styles) -> list[Flowable]:
    """The refer-first banner listing each red flag, when any is ticked."""
    a = data.assessment
    if not a.red_flag:
        return []
    flags = red_flags(Context(a.answers, a.protocol, a.thresholds))
    labels = "; ".join(a.protocol.item(f).label for f in flags)
    return [
        Spacer(1, 6),
        callout(
            [
                Paragraph("RED FLAG: refer or rule out first", s["banner"]),
                Paragraph(markup(labels), s["body"]),
                Paragraph(
                    "The patient handout for this visit carries no exercise plan.", s["small"]
                ),
            ],
            width,
            alert=True,
        ),
    ]


def finding_block(f: Finding, s: Styles) -> Flowable:
    """A finding with its level, evidence, interpretation and source."""
    parts: list[Flowable] = [
        Paragraph(f"{markup(f.title)} <font size=8>[{f.level.value.upper()}]</font>", s["h2"]),
    ]
    parts += [Paragraph(f"• {markup(e.text())}", s["body"]) for e in f.evidence]
    parts += [
        Paragraph(markup(f.clinician_text), s["body"]),
        Paragraph(f"Source: {markup(f.source)}", s["small"]),
    ]
    return KeepTogether(parts)


def next_visit_line(data: HandoutData, s: Styles) -> list[Flowable]:
    """ "Next visit: in 3 weeks (around 16 December 2026)", as the handout prints it."""
    review = review_text(data.review, data.visit_date)
    if review:
        text = markup(review)
    elif data.assessment.red_flag:
        text = "not set"
    else:
        text = "not set (the handout asks the patient to book a review)"
    return [Spacer(1, 4), Paragraph(f"<b>Next visit:</b> {text}", s["body"])]


def plan_block(data: HandoutData, width: float, s: Styles) -> list[Flowable]:
    """The final plan with doses; items guidelines do not recommend are labelled so."""
    plan = data.final_plan
    if data.assessment.red_flag:
        return [
            Paragraph("No plan: red flag present; rule out other causes first.", s["body"]),
            *next_visit_line(data, s),
        ]
    library = load_exercises(plan.library)
    stage = dose_stage(data)
    cell, head = s["cell"], s["cell_head"]
    rows: list[list[Any]] = [[Paragraph(t, head) for t in ("Plan item", "Kind", "Dose")]]
    for item_id in plan.items:
        item = PLAN_ITEMS.get(item_id)
        if item_id in NOT_RECOMMENDED:
            name = f"{NOT_RECOMMENDED[item_id]} <b>({NOT_RECOMMENDED_LABEL})</b>"
            kind, dose = "added by clinic", plan.doses.get(item_id, "–")
        elif item is None:
            name, kind, dose = markup(item_id), "not in the library", plan.doses.get(item_id, "–")
        else:
            name, kind = markup(item.title), item.kind.value
            default = (
                library[item_id].in_units(data.units).dose_for(stage) if item_id in library else "–"
            )
            dose = plan.doses.get(item_id) or default
            if item_id in plan.doses:
                dose = f"{dose} (changed from default)"
        note = plan.notes.get(item_id, "").strip()
        if note:
            dose = f"Note: {note}" if dose == "–" else f"{dose}. Note: {note}"
        rows.append([Paragraph(name, cell), Paragraph(kind, cell), Paragraph(markup(dose), cell)])
    out: list[Flowable] = [table(rows, [width * 0.42, width * 0.16, width * 0.42])]
    if plan.note.strip():
        out += [Spacer(1, 4), Paragraph(f"<b>Note to patient:</b> {markup(plan.note)}", s["body"])]
    return out + next_visit_line(data, s)


def signature_block(data: HandoutData, width: float, s: Styles) -> Flowable:
    """A signature line, with who signed electronically when the visit is signed."""
    signed = (
        f"Signed electronically by {markup(data.signed_by)}"
        if data.signed_by
        else "Not signed electronically"
    )
    if data.signed_by and data.seal:
        signed += f" · audit seal {markup(data.seal)}"
    t = Table(
        [
            ["", ""],
            [
                Paragraph(f"Clinician: {markup(data.clinician)}", s["small"]),
                Paragraph("Date", s["small"]),
            ],
        ],
        colWidths=[width * 0.62, width * 0.38],
        rowHeights=[16 * mm, None],
    )
    t.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return KeepTogether([_h("Signature", s), Paragraph(signed, s["body"]), t])


def summary_story(data: HandoutData) -> list[Flowable]:
    """Every flowable of the clinician summary, in reading order."""
    s = summary_styles()
    width = content_width(data.paper)
    a = data.assessment
    story: list[Flowable] = [_h("Clinician summary", s), patient_block(data, width, s)]
    story += diagnosis_block(data, s)
    story += red_flag_banner(data, width, s)
    story += [*_section("Scores", s), scores_table(a, width, s)]
    story += [
        *_section("Measurements", s),
        Paragraph(
            f"Display units: {data.units.system.value}, force in {data.units.force.value}. "
            f"LSI = {LSI_DEFINITION}; below {fmt_number(a.thresholds.lsi_min_percent)}% is a "
            "return-to-sport convention, not a knee-pain norm.",
            s["small"],
        ),
        Spacer(1, 3),
    ]
    for t in measurement_tables(a, data.units, width, s):
        story += [t, Spacer(1, 6)]
    if data.stills:  # the heading needs room for the first still under it
        story += [CondPageBreak(STILLS_KEEP), _h("Video stills", s), *stills_block(data, width, s)]
    story += _section("Findings", s)
    story += [finding_block(f, s) for f in a.findings] or [
        Paragraph("No findings fired.", s["body"])
    ]
    story += [*_section("Plan", s), *plan_block(data, width, s)]
    series = progress_series(data.visits, a.protocol, a.thresholds, data.units)
    history = history_table(series, width, s) if data.earlier_visits else None
    story += _section("Visit history", s)
    story.append(history or Paragraph("First visit: no earlier visits to compare.", s["body"]))
    story.append(signature_block(data, width, s))
    return story


def render_summary(data: HandoutData) -> bytes:
    """The clinician summary as PDF bytes (identical bytes for identical data)."""
    return render_pdf(summary_story(data), page_info(data, TITLE), subject="Clinician summary")
