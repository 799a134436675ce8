"""The handout's plan pages: exercises with drawings, running changes and the pain rules."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kneedesk.core.exercises import Exercise, load_exercises
from kneedesk.core.i18n import _
from kneedesk.core.plan import PLAN_ITEMS, PlanKind
from kneedesk.core.units import DisplayUnits
from kneedesk.report import handout_text as txt
from kneedesk.report.blocks import Styles, bullets, callout, heading
from kneedesk.report.figures import exercise_drawing
from kneedesk.report.fonts import SANS, SANS_BOLD, markup
from kneedesk.report.model import NOT_RECOMMENDED, FinalPlan
from kneedesk.report.styles import ACCENT, INK, MUTED, RULE, TINT, new_drawing, table_style

DRAWING_WIDTH = 38 * mm
DRAWING_GAP = 5 * mm


def exercise_block(
    ex: Exercise, dose: str, width: float, styles: Styles, note: str = ""
) -> Flowable:
    """One exercise: drawing beside its name, steps, dose, progression and the clinician's note."""
    text_w = width - DRAWING_WIDTH - DRAWING_GAP
    rows = [
        [Paragraph(f"<b>{_(txt.DOSE_LABEL)}:</b> {markup(dose)}", styles["body"])],
        [Paragraph(f"<b>{_(txt.PROGRESSION_LABEL)}:</b> {markup(ex.progression)}", styles["body"])],
    ]
    if note.strip():
        rows.append([Paragraph(f"<b>{_(txt.ITEM_NOTE_LABEL)}:</b> {markup(note)}", styles["body"])])
    # The dose box spans the whole width under the drawing and the steps: the drawing is
    # shorter than the steps, and a wide box takes fewer lines (longer languages most of all).
    dose_box = Table(rows, colWidths=[width])
    dose_box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    text: list[Flowable] = [
        Paragraph(markup(ex.name, bold=True), styles["h2_tight"]),
        *([Paragraph(markup(ex.label), styles["small"])] if ex.label else []),
        Paragraph(f"{_(txt.TARGET_LABEL)}: {markup(ex.target)}", styles["small"]),
        Spacer(1, 3),
        bullets([markup(s) for s in ex.steps], styles["step_list"], numbered=True),
    ]
    inner = Table(
        [[exercise_drawing(ex.drawing, DRAWING_WIDTH), text], [dose_box, ""]],
        colWidths=[DRAWING_WIDTH + DRAWING_GAP, text_w],
    )
    inner.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (0, 1), (1, 1)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ]
        )
    )
    # One row never splits, so the block moves whole to the next page when it does not fit.
    # (Not a KeepTogether: nested in the running section's KeepTogether, it would report an
    # endless height and push that section onto a new page every time.)
    table = Table([[inner]], colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
            ]
        )
    )
    return table


def _hatch(group: Group, x: float, y: float, w: float, h: float, step: float, cross: bool) -> None:
    offset = step / 2
    while offset < w:
        group.add(
            Line(
                x + offset,
                y,
                x + offset + min(h, w - offset),
                y + min(h, w - offset),
                strokeColor=MUTED,
                strokeWidth=0.5,
            )
        )
        if cross:
            group.add(
                Line(
                    x + offset,
                    y + h,
                    x + offset + min(h, w - offset),
                    y + h - min(h, w - offset),
                    strokeColor=MUTED,
                    strokeWidth=0.5,
                )
            )
        offset += step


def pain_scale(width: float) -> Drawing:
    """The 0-10 pain scale with its three zones, told apart by hatching and words."""
    cell = width / 11
    height = 58.0
    drawing = new_drawing(width, height)
    y, h = 22.0, 26.0
    for n in range(11):
        x = n * cell
        group = Group(Rect(x, y, cell, h, fillColor=None, strokeColor=INK, strokeWidth=0.8))
        if 3 <= n <= 5:
            _hatch(group, x, y, cell, h, 7, False)
        elif n >= 6:
            _hatch(group, x, y, cell, h, 5, True)
        group.add(
            Rect(x + cell / 2 - 9, y + h / 2 - 7, 18, 14, fillColor=(1, 1, 1), strokeColor=None)
        )
        group.add(
            String(
                x + cell / 2,
                y + h / 2 - 4,
                str(n),
                fontName=SANS_BOLD,
                fontSize=11,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        drawing.add(group)
    for low, high, label in txt.PAIN_SCALE_ZONES:
        x1, x2 = low * cell + 3, (high + 1) * cell - 3
        drawing.add(Line(x1, y - 4, x2, y - 4, strokeColor=ACCENT, strokeWidth=1.4))
        drawing.add(Line(x1, y - 4, x1, y - 1, strokeColor=ACCENT, strokeWidth=1.4))
        drawing.add(Line(x2, y - 4, x2, y - 1, strokeColor=ACCENT, strokeWidth=1.4))
        drawing.add(
            String(
                (x1 + x2) / 2,
                y - 16,
                _(label),
                fontName=SANS,
                fontSize=10,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            0,
            y + h + 4,
            _("Pain during activity"),
            fontName=SANS_BOLD,
            fontSize=9.5,
            fillColor=ACCENT,
        )
    )
    return drawing


def pain_rules(width: float, styles: Styles) -> list[Flowable]:
    """The pain rules as a boxed panel with the scale."""
    inner = width - 20
    rows = [
        [Paragraph(f"<b>{_(when)}</b>", styles["body"]), Paragraph(_(rule), styles["body"])]
        for when, rule in txt.PAIN_RULES
    ]
    rules = Table(rows, colWidths=[32 * mm, inner - 32 * mm])
    rules.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    # One block: the heading never stays behind at the foot of a page when the box (about
    # 75 mm, more with a long clinic name in the scale) moves on to the next.
    box = callout([pain_scale(inner), Spacer(1, 8), rules], width, strong=True)
    # The heading stays with its box; a CondPageBreak inside the KeepTogether would start a
    # new page even when both fit.
    return [KeepTogether([*heading(_(txt.SECTION_PAIN_RULES), styles)[1:], box])]


def plan_section(
    plan: FinalPlan,
    clinician: str,
    width: float,
    styles: Styles,
    units: DisplayUnits | None = None,
    *,
    stage: str | None = None,
    intro: str | None = None,
) -> list[Flowable]:
    """ "Your plan" and "Your running": every item of the final plan, in plan order.

    Exercises print from the library edition the plan names (a signed plan's own text), with
    lengths in the clinic's units. A dose the clinician did not change is the library's
    starting dose at the irritability `stage` (protocol v2; None: the default dose).
    """
    shown = units or DisplayUnits()
    library = {k: ex.in_units(shown) for k, ex in load_exercises(plan.library).items()}
    page_break, title = heading(_(txt.SECTION_PLAN), styles)
    if intro is None:  # a plan signed before v2 reprints its own opening sentence
        intro = _(txt.plan_intro(plan.library))
    opening: list[Flowable] = [title, Paragraph(intro, styles["body"])]
    if plan.note.strip():
        note = [
            Paragraph(_(txt.NOTE_FROM).format(clinician=markup(clinician)), styles["label"]),
            Spacer(1, 3),
            Paragraph(markup(plan.note), styles["body"]),
        ]
        opening += [Spacer(1, 8), callout(note, width, strong=True)]

    def kind(item_id: str) -> PlanKind | None:
        item = PLAN_ITEMS.get(item_id)
        return None if item is None else item.kind

    def block(item_id: str) -> Flowable:
        dose = plan.doses.get(item_id) or library[item_id].dose_for(stage)
        return exercise_block(library[item_id], dose, width, styles, plan.notes.get(item_id, ""))

    first = [
        block(i)
        for wanted in (PlanKind.EDUCATION, PlanKind.EXERCISE, PlanKind.ADJUNCT)
        for i in plan.items
        if kind(i) is wanted and i in library
    ]
    # The heading and introduction stay with the first item (as "Your running" does below),
    # so they never sit alone at the foot of a page.
    story: list[Flowable] = (
        [KeepTogether([*opening, first[0]]), *first[1:]] if first else [page_break, *opening]
    )
    running = [i for i in plan.items if kind(i) is PlanKind.RUNNING and i in library]
    if running:
        blocks = [block(i) for i in running]
        # KeepTogether keeps the heading with the first block; a CondPageBreak inside it
        # would make reportlab start a new page even when the opening fits.
        opening = [
            *heading(_(txt.SECTION_RUNNING), styles)[1:],
            Paragraph(_(txt.RUNNING_INTRO), styles["body"]),
            blocks[0],
        ]
        story += [KeepTogether(opening), *blocks[1:]]
    others = [i for i in plan.items if i not in library]
    if others:
        names = [
            _(NOT_RECOMMENDED[i]) if i in NOT_RECOMMENDED else i.replace("_", " ").capitalize()
            for i in others
        ]
        lines = [
            markup(n) + (f": {markup(plan.notes[i])}" if plan.notes.get(i, "").strip() else "")
            for i, n in zip(others, names, strict=True)
        ]
        story += [
            Spacer(1, 8),
            Paragraph(_(txt.OTHER_ITEMS), styles["h2"]),
            bullets(lines, styles["body"]),
        ]
    return story
