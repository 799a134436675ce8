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
from kneedesk.core.i18n import N_, _, pgettext
from kneedesk.core.locale_format import local_number
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

TITLE = N_("Clinician summary: runner's knee screen")


def _words(context: str, value: str) -> str:
    """A stored value (a sex, a finding's level, a plan item's kind, a unit system) in words
    of the active language; English prints the value itself, as before."""
    words = {
        # Translators: the patient's sex as recorded; "not_stated" means not given.
        "sex": {
            "female": pgettext("sex", "female"),
            "male": pgettext("sex", "male"),
            "other": pgettext("sex", "other"),
            "not_stated": pgettext("sex", "not_stated"),
        },
        # Translators: a finding's level, printed in capitals after its title.
        "level": {
            "INFO": pgettext("finding level", "INFO"),
            "ATTENTION": pgettext("finding level", "ATTENTION"),
            "PRIORITY": pgettext("finding level", "PRIORITY"),
        },
        # Translators: the kind of a plan item, in the plan table's "Kind" column.
        "kind": {
            "exercise": pgettext("plan item kind", "exercise"),
            "running": pgettext("plan item kind", "running"),
            "education": pgettext("plan item kind", "education"),
            "adjunct": pgettext("plan item kind", "adjunct"),
        },
        # Translators: the clinic's units; "us" means US customary units.
        "units": {
            "metric": pgettext("unit system", "metric"),
            "us": pgettext("unit system", "us"),
        },
    }
    return words[context].get(value, value)


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
        (_("Patient"), _("{name} (id {id})").format(name=data.patient_name, id=p.id)),
        (_("Born"), f"{long_date(p.birth_date)}, {_words('sex', p.sex)}"),
        (_("Visit"), long_date(data.visit_date)),
        (_("Clinician"), data.clinician or "–"),
        (_("Protocol"), f"{a.protocol.title} ({a.protocol.id} v{a.protocol.version})"),
        (
            _("Thresholds"),
            ", ".join(f"{k} = {local_number(str(v))}" for k, v in changed.items())
            if changed
            else _("clinic defaults"),
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
                Paragraph(_("RED FLAG: refer or rule out first"), s["banner"]),
                Paragraph(markup(labels), s["body"]),
                Paragraph(
                    _("The patient handout for this visit carries no exercise plan."), s["small"]
                ),
            ],
            width,
            alert=True,
        ),
    ]


def finding_block(f: Finding, s: Styles) -> Flowable:
    """A finding with its level, evidence, interpretation and source."""
    parts: list[Flowable] = [
        Paragraph(
            f"{markup(f.title)} <font size=8>[{_words('level', f.level.value.upper())}]</font>",
            s["h2"],
        ),
    ]
    parts += [Paragraph(f"• {markup(e.text())}", s["body"]) for e in f.evidence]
    parts += [
        Paragraph(markup(f.clinician_text), s["body"]),
        Paragraph(_("Source: {source}").format(source=markup(f.source)), s["small"]),
    ]
    return KeepTogether(parts)


def next_visit_line(data: HandoutData, s: Styles) -> list[Flowable]:
    """ "Next visit: in 3 weeks (around 16 December 2026)", as the handout prints it."""
    review = review_text(data.review, data.visit_date)
    if review:
        text = markup(review)
    elif data.assessment.red_flag:
        text = _("not set")
    else:
        text = _("not set (the handout asks the patient to book a review)")
    label = _("Next visit:")
    return [Spacer(1, 4), Paragraph(f"<b>{label}</b> {text}", s["body"])]


def plan_block(data: HandoutData, width: float, s: Styles) -> list[Flowable]:
    """The final plan with doses; items guidelines do not recommend are labelled so."""
    plan = data.final_plan
    if data.assessment.red_flag:
        return [
            Paragraph(_("No plan: red flag present; rule out other causes first."), s["body"]),
            *next_visit_line(data, s),
        ]
    library = load_exercises(plan.library)
    stage = dose_stage(data)
    cell, head = s["cell"], s["cell_head"]
    rows: list[list[Any]] = [[Paragraph(t, head) for t in (_("Plan item"), _("Kind"), _("Dose"))]]
    for item_id in plan.items:
        item = PLAN_ITEMS.get(item_id)
        if item_id in NOT_RECOMMENDED:
            name = f"{_(NOT_RECOMMENDED[item_id])} <b>({_(NOT_RECOMMENDED_LABEL)})</b>"
            kind, dose = _("added by clinic"), plan.doses.get(item_id, "–")
        elif item is None:
            name, kind = markup(item_id), _("not in the library")
            dose = plan.doses.get(item_id, "–")
        else:
            name, kind = markup(item.title), _words("kind", item.kind.value)
            default = (
                library[item_id].in_units(data.units).dose_for(stage) if item_id in library else "–"
            )
            dose = plan.doses.get(item_id) or default
            if item_id in plan.doses:
                dose = _("{dose} (changed from default)").format(dose=dose)
        note = plan.notes.get(item_id, "").strip()
        if note:
            dose = (
                _("Note: {note}").format(note=note)
                if dose == "–"
                else _("{dose}. Note: {note}").format(dose=dose, note=note)
            )
        rows.append([Paragraph(name, cell), Paragraph(kind, cell), Paragraph(markup(dose), cell)])
    out: list[Flowable] = [table(rows, [width * 0.42, width * 0.16, width * 0.42])]
    note_label = _("Note to patient:")
    if plan.note.strip():
        out += [
            Spacer(1, 4),
            Paragraph(f"<b>{note_label}</b> {markup(plan.note)}", s["body"]),
        ]
    return out + next_visit_line(data, s)


def signature_block(data: HandoutData, width: float, s: Styles) -> Flowable:
    """A signature line, with who signed electronically when the visit is signed."""
    signed = (
        _("Signed electronically by {name}").format(name=markup(data.signed_by))
        if data.signed_by
        else _("Not signed electronically")
    )
    if data.signed_by and data.seal:
        signed += " · " + _("audit seal {seal}").format(seal=markup(data.seal))
    t = Table(
        [
            ["", ""],
            [
                Paragraph(_("Clinician: {name}").format(name=markup(data.clinician)), s["small"]),
                Paragraph(_("Date"), s["small"]),
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
    return KeepTogether([_h(_("Signature"), s), Paragraph(signed, s["body"]), t])


def summary_story(data: HandoutData) -> list[Flowable]:
    """Every flowable of the clinician summary, in reading order."""
    s = summary_styles()
    width = content_width(data.paper)
    a = data.assessment
    story: list[Flowable] = [_h(_("Clinician summary"), s), patient_block(data, width, s)]
    story += diagnosis_block(data, s)
    story += red_flag_banner(data, width, s)
    story += [*_section(_("Scores"), s), scores_table(a, width, s)]
    story += [
        *_section(_("Measurements"), s),
        Paragraph(
            _(
                "Display units: {system}, force in {force}. LSI = {definition}; below "
                "{percent}% is a return-to-sport convention, not a knee-pain norm."
            ).format(
                system=_words("units", data.units.system.value),
                force=data.units.force.value,
                definition=_(LSI_DEFINITION),
                percent=local_number(fmt_number(a.thresholds.lsi_min_percent)),
            ),
            s["small"],
        ),
        Spacer(1, 3),
    ]
    for t in measurement_tables(a, data.units, width, s):
        story += [t, Spacer(1, 6)]
    if data.stills:  # the heading needs room for the first still under it
        story += [
            CondPageBreak(STILLS_KEEP),
            _h(_("Video stills"), s),
            *stills_block(data, width, s),
        ]
    story += _section(_("Findings"), s)
    story += [finding_block(f, s) for f in a.findings] or [
        Paragraph(_("No findings fired."), s["body"])
    ]
    story += [*_section(_("Plan"), s), *plan_block(data, width, s)]
    series = progress_series(data.visits, a.protocol, a.thresholds, data.units)
    history = history_table(series, width, s) if data.earlier_visits else None
    story += _section(_("Visit history"), s)
    story.append(history or Paragraph(_("First visit: no earlier visits to compare."), s["body"]))
    story.append(signature_block(data, width, s))
    return story


def render_summary(data: HandoutData) -> bytes:
    """The clinician summary as PDF bytes (identical bytes for identical data)."""
    return render_pdf(
        summary_story(data), page_info(data, _(TITLE)), subject=_("Clinician summary")
    )
