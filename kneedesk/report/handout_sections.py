"""Blocks every version of the patient handout shares: the letterhead and footer contents,
the "Your knee today" tiles, a finding's block, "Good to know" and "When to come back"."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kneedesk.core.findings import Finding
from kneedesk.core.findings.load import week_name
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.i18n import _
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Protocol
from kneedesk.core.units import DisplayUnits
from kneedesk.report import handout_text as txt
from kneedesk.report.blocks import Styles, bullets, heading, tiles
from kneedesk.report.fonts import markup
from kneedesk.report.model import HandoutData, long_date
from kneedesk.report.review import review_text
from kneedesk.report.styles import ACCENT, table_style
from kneedesk.report.templates import PageInfo


def page_info(data: HandoutData, title: str) -> PageInfo:
    """Letterhead and footer contents for one of this visit's reports."""
    lines = [_("Visit: {date}").format(date=long_date(data.visit_date))]
    if data.clinician.strip():
        lines.append(_("Clinician: {name}").format(name=data.clinician.strip()))
    return PageInfo(
        clinic=data.clinic,
        title=title,
        patient_name=data.patient_name,
        visit_lines=tuple(lines),
        paper=data.paper,
        altered=data.altered,
    )


def _distance_text(km: float, units: DisplayUnits, protocol: Protocol) -> str:
    item = protocol.item("load.weekly_distance")
    unit = units.unit_for(item) or "km"
    return f"{local_number(fmt_number(units.to_shown(item, km), 0))} {unit}"


def today_entries(data: HandoutData) -> list[tuple[str, str, str]]:
    """The tiles' (value, label, note): key numbers of this visit, each only when measured."""
    a = data.assessment
    scores = a.scores
    entries: list[tuple[str, str, str]] = []
    kujala = scores.kujala
    if kujala.total is not None:
        delta = kujala.change
        note = ""
        if delta:
            change = f"{'+' if delta > 0 else ''}{local_number(str(delta))}"
            note = _("{change} since last visit").format(change=change)
        entries.append((str(kujala.total), _(txt.TILE_KUJALA), note))
    for rating, label in (
        (scores.pain.usual, txt.TILE_PAIN_USUAL),
        (scores.pain.running, txt.TILE_PAIN_RUNNING),
    ):
        if rating.value is not None:
            entries.append((f"{local_number(fmt_number(rating.value))}/10", _(label), ""))
    weeks = scores.load.weekly_distance_km
    if weeks and weeks[0] is not None:
        label = _(txt.TILE_DISTANCE).format(week=week_name(a.protocol, 0))
        entries.append((_distance_text(weeks[0], data.units, a.protocol), label, ""))
    return entries


def today_tiles(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """Key numbers of this visit in tiles, each only when it was measured."""
    entries = today_entries(data)
    if not entries:
        return []
    return [
        Spacer(1, 10),
        Paragraph(_(txt.SECTION_TODAY).upper(), styles["label"]),
        Spacer(1, 4),
        tiles(entries, width, styles),
    ]


def finding_block(finding: Finding, width: float, styles: Styles) -> Flowable:
    """One finding for the patient: a plain heading and the sentence with their numbers."""
    title = _(txt.FINDING_TITLES[finding.id]) if finding.id in txt.FINDING_TITLES else finding.title
    block = Table(
        [
            [
                [
                    Paragraph(title, styles["h2_tight"]),
                    Paragraph(markup(finding.patient_text), styles["finding"]),
                ]
            ]
        ],
        colWidths=[width],
    )
    block.setStyle(
        table_style(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6), block])


def good_to_know(data: HandoutData, styles: Styles) -> list[Flowable]:
    """The reassurance every patient with runner's knee should hear (in the wording of the
    plan's edition: a plan signed before v2 reprints its own)."""
    # The short section moves whole: a guessed CondPageBreak height would push it onto a
    # page of its own even when it fits under the plan.
    _break, title = heading(_(txt.SECTION_GOOD_TO_KNOW), styles)
    text = [_(s) for s in txt.good_to_know(data.final_plan.library)]
    return [KeepTogether([title, bullets(text, styles["bullet"])])]


def next_visit(data: HandoutData) -> str:
    """ "Your next visit: in 3 weeks (around 16 December 2026)." or "" when none was set."""
    review = review_text(data.review, data.visit_date)
    return _(txt.COME_BACK_ON).format(review=markup(review)) if review else ""


def come_back(data: HandoutData, styles: Styles) -> list[Flowable]:
    """When to book the next visit, and when to call sooner."""
    review = next_visit(data) or _(txt.come_back_default(data.final_plan.library))
    sooner = (
        _(txt.COME_BACK_SOONER_CALL).format(phone=markup(data.clinic.phone))
        if data.clinic.phone
        else _(txt.COME_BACK_SOONER_INTRO)
    )
    _break, title = heading(_(txt.SECTION_COME_BACK), styles)
    return [
        KeepTogether(
            [
                title,
                Paragraph(f"<b>{review}</b>", styles["body"]),
                Spacer(1, 4),
                Paragraph(sooner, styles["body"]),
                bullets([_(s) for s in txt.COME_BACK_SOONER], styles["bullet"]),
            ]
        )
    ]


def greeting(data: HandoutData) -> str:
    """ "Hello Ana. " before the handout's opening sentence, "" without a given name."""
    if not data.patient.given_name:
        return ""
    return _("Hello {name}.").format(name=markup(data.patient.given_name)) + " "
