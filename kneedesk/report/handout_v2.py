"""The patient handout of a protocol v2 visit (clinical content v2, 4.2, 5.1, 6, 7).

The diagnosis status picks the path: "pfp" prints the runner's-knee title, the chain figure,
the plan and "Good to know"; "to confirm" prints a plain knee title, no figure and only the
items the clinician chose; "red flag" prints no plan, only the interim advice and when to get
care straight away. Protocol v1 visits never come here (`kneedesk.report.handout`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kneedesk.core.exercises import load_exercises
from kneedesk.core.findings import Finding
from kneedesk.core.findings.states import DiagnosisStatus
from kneedesk.core.i18n import _, current_language, pgettext
from kneedesk.core.progress import progress_series
from kneedesk.report import handout_text as txt
from kneedesk.report import handout_text_v2 as v2
from kneedesk.report.blocks import Styles, bullets, callout, fitted_title, heading
from kneedesk.report.chain_v2 import chain_drawing_v2, chain_state_v2
from kneedesk.report.fonts import markup
from kneedesk.report.handout_plan import pain_rules, plan_section
from kneedesk.report.handout_progress import progress_section
from kneedesk.report.handout_sections import (
    come_back,
    finding_block,
    good_to_know,
    greeting,
    next_visit,
    today_tiles,
)
from kneedesk.report.handout_stills import stills_section
from kneedesk.report.model import FinalPlan, HandoutData
from kneedesk.report.styles import ACCENT, RULE, handout_styles, table_style
from kneedesk.report.templates import content_width

RTR_ITEMS = tuple(v2.RTR_CRITERIA)


def status_of(data: HandoutData) -> DiagnosisStatus:
    """The visit's diagnosis status (4.2); a red flag wins whatever the plan says."""
    a = data.assessment
    if a.red_flag:
        return DiagnosisStatus.RED_FLAG
    if a.suggested is not None:
        return a.suggested.status
    return DiagnosisStatus.TO_CONFIRM


def title_v2(data: HandoutData) -> str:
    """The handout's title for the visit's diagnosis status."""
    return _(v2.TITLES[status_of(data).value])


def _age(data: HandoutData) -> int | None:
    v2_scores = data.assessment.scores.v2
    return None if v2_scores is None else v2_scores.age


def in_plan_sentence(finding: Finding, plan: FinalPlan) -> str:
    """1 rule 6: "Side plank is in your plan." when one of the finding's items is in it."""
    library = load_exercises(plan.library)
    names = [
        library[i].name for i in plan.items if i in finding.plan and i in library
    ]  # plan order
    if not names:
        return ""
    if len(names) == 1:
        return _(v2.IN_PLAN_ONE).format(what=names[0])
    # Names after the first start lower case, as in a sentence (German keeps its capitals).
    german = current_language() == "de"
    rest = [n if german else n[:1].lower() + n[1:] for n in names[1:]]
    # Translators: joins the last two exercise names of a list: "Side plank, bridge and squat".
    last = pgettext("list", "{items} and {last}")
    what = last.format(items=", ".join([names[0], *rest[:-1]]), last=rest[-1])
    return _(v2.IN_PLAN_MANY).format(what=what)


def _finding(f: Finding, plan: FinalPlan, width: float, styles: Styles) -> Flowable:
    title = _(v2.FINDING_TITLES[f.id]) if f.id in v2.FINDING_TITLES else f.title
    extra = in_plan_sentence(f, plan)
    text = f"{f.patient_text} {extra}".strip() if extra else f.patient_text
    shown = Finding(f.id, title, f.level, f.evidence, f.clinician_text, f.source, text, f.plan)
    return finding_block(shown, width, styles)


def found_section(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """ "What we found": the chain (pfp only), then one block per finding."""
    findings = list(data.assessment.findings)
    plan = data.final_plan
    story: list[Flowable] = [*heading(_(txt.SECTION_FOUND), styles)]
    if status_of(data) is DiagnosisStatus.PFP:
        state = chain_state_v2(f.id for f in findings)
        story += [
            Paragraph(_(txt.FOUND_INTRO), styles["body"]),
            Spacer(1, 8),
            KeepTogether(
                [
                    chain_drawing_v2(state, width),
                    Spacer(1, 4),
                    Paragraph(_(v2.CHAIN_LEGEND), styles["small"]),
                ]
            ),
            Spacer(1, 4),
        ]
        story += [_finding(f, plan, width, styles) for f in findings]
        if not state.any_seen:
            story.append(Paragraph(_(txt.FOUND_NOTHING_SPECIFIC), styles["body"]))
        return story
    story.append(Paragraph(_(v2.FOUND_INTRO_TO_CONFIRM), styles["body"]))
    return story + [_finding(f, plan, width, styles) for f in findings]


def red_flag_section(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """6.6: the opening, interim advice, the clinician's note and when to get care now."""
    note = data.plan.note.strip() if data.plan is not None else ""
    until = [_(s) for s in v2.RED_FLAG_UNTIL if note or not s.startswith("Follow any other")]
    opening = f"{_(v2.RED_FLAG_OPENING)} {_(v2.RED_FLAG_ARRANGE)}"
    steps: list[Flowable] = [Paragraph(f"<b>{opening}</b>", styles["lead"])]
    review = next_visit(data)
    if review:
        steps += [Spacer(1, 4), Paragraph(f"<b>{review}</b>", styles["body"])]
    story: list[Flowable] = [
        *heading(_(txt.SECTION_NEXT_STEPS), styles),
        callout(steps, width, strong=True),
        Spacer(1, 10),
        Paragraph(f"<b>{_(v2.RED_FLAG_UNTIL_INTRO)}</b>", styles["body"]),
        bullets(until, styles["bullet"]),
    ]
    if note:
        label = _(txt.NOTE_FROM).format(clinician=markup(data.clinician))
        story += [
            Spacer(1, 6),
            callout(
                [Paragraph(label, styles["label"]), Paragraph(markup(note), styles["body"])],
                width,
            ),
        ]
    story += [
        Spacer(1, 10),
        Paragraph(f"<b>{_(v2.RED_FLAG_URGENT_INTRO)}</b>", styles["body"]),
        bullets(list(v2.red_flag_urgent(_age(data))), styles["bullet"]),
    ]
    return story


def rtr_box(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """7: "Getting back to running" when the visit answered the checklist; else nothing."""
    answers = data.assessment.answers
    marks = {i: answers.choice(i) for i in RTR_ITEMS}
    stage = answers.choice("rtr.stage")
    if stage is None and not any(marks.values()):
        return []
    rows = []
    for item_id, text in v2.RTR_CRITERIA.items():
        mark, word = v2.RTR_MARKS.get(marks[item_id] or "not_tested", v2.RTR_MARKS["not_tested"])
        rows.append(
            [
                Paragraph(f"<b>{mark}</b>", styles["body"]),
                Paragraph(_(text), styles["body"]),
                Paragraph(_(word), styles["small"]),
            ]
        )
    inner = width - 20
    table = Table(rows, colWidths=[14, inner - 14 - 70, 70])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("TEXTCOLOR", (0, 0), (0, -1), ACCENT),
            ]
        )
    )
    parts: list[Flowable] = [table]
    now = _stage_sentence(stage)
    if now:
        parts += [Spacer(1, 6), Paragraph(now, styles["body"])]
    page_break, title = heading(_(v2.RTR_TITLE), styles)
    return [page_break, KeepTogether([title, callout(parts, width, strong=True)])]


def _stage_sentence(stage: str | None) -> str:
    """ "Your running now: …. Next step: …, when …" (the first sentence alone at full)."""
    stages = list(v2.RTR_STAGES)
    if stage is None or stage not in v2.RTR_STAGES:
        return ""
    at = stages.index(stage)
    if at + 1 == len(stages):
        return _(v2.RTR_NOW_LAST).format(stage=_(v2.RTR_STAGES[stage]))
    return _(v2.RTR_NOW).format(
        stage=_(v2.RTR_STAGES[stage]), next_stage=_(v2.RTR_STAGES[stages[at + 1]])
    )


def handout_story_v2(data: HandoutData) -> list[Flowable]:
    """Every flowable of a v2 visit's handout, in reading order."""
    styles = handout_styles()
    width = content_width(data.paper)
    status = status_of(data)
    intro = _(v2.INTRO_RED_FLAG if status is DiagnosisStatus.RED_FLAG else txt.INTRO)
    story: list[Flowable] = [
        fitted_title(title_v2(data), styles["title"], width),
        Paragraph(greeting(data) + intro, styles["lead"]),
    ]
    story += today_tiles(data, width, styles)
    if status is DiagnosisStatus.RED_FLAG:
        return story + red_flag_section(data, width, styles)
    story += found_section(data, width, styles)
    story += stills_section(data, width, styles)
    story += pain_rules(width, styles)
    plan = data.final_plan
    if plan.items or plan.note.strip():
        suggested = data.assessment.suggested
        stage = suggested.dose_stage if suggested is not None else None
        story += plan_section(
            plan,
            data.clinician,
            width,
            styles,
            data.units,
            stage=None if stage is None else stage.value,
            intro=_(v2.PLAN_INTROS[status.value]),
        )
    story += rtr_box(data, width, styles)
    if status.value in v2.GOOD_TO_KNOW_STATUSES:
        story += good_to_know(data, styles)
    story += come_back(data, styles)
    if data.earlier_visits:
        a = data.assessment
        series = progress_series(data.visits, a.protocol, a.thresholds, data.units)
        story += progress_section(
            series,
            width,
            styles,
            kujala_mcid=a.thresholds.kujala_mcid,
            pain_mcid=a.thresholds.pain_mcid,
        )
    return story
