"""The patient handout: what we found, the plan, the pain rules and progress, as PDF bytes."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kneedesk.core.i18n import _
from kneedesk.core.progress import progress_series
from kneedesk.report import handout_text as txt
from kneedesk.report.blocks import Styles, bullets, callout, fitted_title, heading
from kneedesk.report.chain import LEGEND, chain_drawing, chain_state
from kneedesk.report.handout_plan import pain_rules, plan_section
from kneedesk.report.handout_progress import progress_section
from kneedesk.report.handout_sections import (
    come_back,
    finding_block,
    good_to_know,
    greeting,
    next_visit,
    page_info,
    today_tiles,
)
from kneedesk.report.handout_stills import stills_section
from kneedesk.report.handout_v2 import handout_story_v2, title_v2
from kneedesk.report.model import HandoutData
from kneedesk.report.styles import handout_styles
from kneedesk.report.templates import content_width, render_pdf


def found_section(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """ "What we found": the chain picture, then one block per finding."""
    findings = list(data.assessment.findings)
    story: list[Flowable] = [*heading(_(txt.SECTION_FOUND), styles)]
    if data.assessment.red_flag:
        return story + [finding_block(f, width, styles) for f in findings if f.id == "refer_first"]
    state = chain_state(f.id for f in findings)
    story += [
        Paragraph(_(txt.FOUND_INTRO), styles["body"]),
        Spacer(1, 8),
        KeepTogether(
            [chain_drawing(state, width), Spacer(1, 4), Paragraph(_(LEGEND), styles["small"])]
        ),
        Spacer(1, 4),
    ]
    story += [finding_block(f, width, styles) for f in findings]
    if not state.any_active:
        story.append(Paragraph(_(txt.FOUND_NOTHING_SPECIFIC), styles["body"]))
    return story


def red_flag_next_steps(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """With a red flag: no plan, only that the clinician will discuss what comes next.

    A next visit the clinician set is printed with it; without one there is no default
    line, since the next steps are still to be discussed.
    """
    steps: list[Flowable] = [Paragraph(f"<b>{_(txt.RED_FLAG_NEXT_STEPS)}</b>", styles["lead"])]
    review = next_visit(data)
    if review:
        steps += [Spacer(1, 4), Paragraph(f"<b>{review}</b>", styles["body"])]
    return [
        *heading(_(txt.SECTION_NEXT_STEPS), styles),
        callout(steps, width, strong=True),
        Spacer(1, 10),
        Paragraph(_(txt.RED_FLAG_URGENT_INTRO), styles["body"]),
        bullets([_(s) for s in txt.RED_FLAG_URGENT], styles["bullet"]),
    ]


def handout_story(data: HandoutData) -> list[Flowable]:
    """Every flowable of the handout, in reading order (a v2 visit's: `handout_v2`)."""
    if data.assessment.protocol.version >= 2:
        return handout_story_v2(data)
    styles = handout_styles()
    width = content_width(data.paper)
    a = data.assessment
    title = _(txt.RED_FLAG_TITLE if a.red_flag else txt.TITLE)
    story: list[Flowable] = [
        fitted_title(title, styles["title"], width),
        Paragraph(greeting(data) + _(txt.INTRO), styles["lead"]),
    ]
    story += today_tiles(data, width, styles)
    story += found_section(data, width, styles)
    if a.red_flag:
        return story + red_flag_next_steps(data, width, styles)
    story += stills_section(data, width, styles)
    story += pain_rules(width, styles)
    story += plan_section(data.final_plan, data.clinician, width, styles, data.units)
    story += good_to_know(data, styles)
    story += come_back(data, styles)
    if data.earlier_visits:
        series = progress_series(data.visits, a.protocol, a.thresholds, data.units)
        story += progress_section(
            series,
            width,
            styles,
            kujala_mcid=a.thresholds.kujala_mcid,
            pain_mcid=a.thresholds.pain_mcid,
        )
    return story


def render_handout(data: HandoutData) -> bytes:
    """The patient handout as PDF bytes (identical bytes for identical data)."""
    story = handout_story(data)
    title = _(txt.RED_FLAG_TITLE if data.assessment.red_flag else txt.TITLE)
    if data.assessment.protocol.version >= 2:
        title = title_v2(data)
    return render_pdf(story, page_info(data, title), subject=_("Patient handout"))
