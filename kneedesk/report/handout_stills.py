"""The handout's "What the video showed": the stills the clinician chose to print, each with
its angles drawn on it and a plain sentence per angle with the patient's own numbers.

A still with a comparable still from an earlier visit (same test, side and camera view)
prints beside it, the earlier one on the left, each labelled with its date, and the
sentences compare the two. Other stills print two to a row. Nothing prints when the
clinician chose no still, so a handout without stills is exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kneedesk.core.i18n import _, pgettext
from kneedesk.core.still_text import comparable, patient_sentences
from kneedesk.core.stills import Still
from kneedesk.report import handout_text as txt
from kneedesk.report.blocks import Styles, bullets, heading
from kneedesk.report.fonts import markup
from kneedesk.report.model import EarlierStill, HandoutData, ReportStill, long_date
from kneedesk.report.still_figure import StillFigure
from kneedesk.report.styles import table_style

GAP = 8 * mm
MAX_HEIGHT = 88 * mm  # two rows of portrait stills and their sentences fit a page


def is_last_visit(data: HandoutData, earlier: EarlierStill) -> bool:
    """True when the earlier still is from the visit just before this one."""
    dates = [v.date for v in data.earlier_visits if v.date < data.visit_date]
    return bool(dates) and earlier.visit_date == max(dates)


def comparison(item: ReportStill) -> EarlierStill | None:
    """The earlier still the item is compared with, when it is comparable."""
    earlier = item.earlier
    if earlier is None or not comparable(item.still, earlier.still):
        return None
    return earlier


def _caption(still: Still) -> str:
    test = f"{still.test_name[:1].upper()}{still.test_name[1:]}"
    if still.side == "left":
        # Translators: a still's caption: the test's name and the leg filmed.
        return pgettext("still caption", "{test}, left leg").format(test=test)
    if still.side == "right":
        return pgettext("still caption", "{test}, right leg").format(test=test)
    return f"{test}, {still.side} leg"


def _sentences(data: HandoutData, item: ReportStill, styles: Styles) -> list[Flowable]:
    earlier = comparison(item)
    when = _(txt.STILL_WHEN_LAST)
    if earlier is not None and not is_last_visit(data, earlier):
        when = _(txt.STILL_WHEN_ON).format(date=long_date(earlier.visit_date))
    lines = patient_sentences(item.still, earlier.still if earlier else None, when)
    return [bullets([markup(line) for line in lines], styles["bullet"])] if lines else []


def _picture(still: Still, label: str, width: float, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(markup(label), styles["label"]),
        Spacer(1, 3),
        StillFigure(still, width, MAX_HEIGHT),
    ]


def _row(cells: Sequence[list[Flowable]], width: float) -> Table:
    col = (width - GAP) / 2
    row: list[object] = [*cells, *([[]] * (2 - len(cells)))]
    table = Table([row], colWidths=[col + GAP, col], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), GAP),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _pair(data: HandoutData, item: ReportStill, width: float, styles: Styles) -> Flowable:
    """Today's still beside the earlier one, with the sentences that compare them below."""
    earlier = comparison(item)
    assert earlier is not None
    col = (width - GAP) / 2
    then_label = _(
        txt.STILL_LAST_VISIT if is_last_visit(data, earlier) else txt.STILL_EARLIER_VISIT
    ).format(date=long_date(earlier.visit_date))
    now_label = _(txt.STILL_TODAY).format(date=long_date(data.visit_date))
    title = Paragraph(markup(_caption(item.still)), styles["h2_tight"])
    pictures = _row(
        [
            _picture(earlier.still, then_label, col, styles),
            _picture(item.still, now_label, col, styles),
        ],
        width,
    )
    return KeepTogether(
        [title, Spacer(1, 3), pictures, Spacer(1, 5), *_sentences(data, item, styles)]
    )


def _single(data: HandoutData, item: ReportStill, width: float, styles: Styles) -> Flowable:
    """A still with no earlier one to compare: the picture, and beside it what it shows."""
    col = (width - GAP) / 2
    label = _(txt.STILL_TODAY).format(date=long_date(data.visit_date))
    text: list[Flowable] = [
        Paragraph(markup(_caption(item.still)), styles["h2_tight"]),
        Spacer(1, 4),
        *_sentences(data, item, styles),
    ]
    return _row([_picture(item.still, label, col, styles), text], width)


def stills_section(data: HandoutData, width: float, styles: Styles) -> list[Flowable]:
    """ "What the video showed", or nothing when no still is to be printed."""
    chosen = [item for item in data.stills if item.still.on_handout]
    if not chosen:
        return []
    blocks = [
        _pair(data, item, width, styles)
        if comparison(item) is not None
        else _single(data, item, width, styles)
        for item in chosen
    ]
    page_break, title = heading(_(txt.SECTION_STILLS), styles)
    # The heading and its opening sentence move with the first still, never alone.
    story: list[Flowable] = [
        page_break,
        KeepTogether(
            [title, Paragraph(_(txt.STILLS_INTRO), styles["body"]), Spacer(1, 8), blocks[0]]
        ),
    ]
    for block in blocks[1:]:
        story += [Spacer(1, 12), block]
    story += [Spacer(1, 8), Paragraph(_(txt.STILLS_CAUTION), styles["small"])]
    return story
