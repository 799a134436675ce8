"""The clinician summary's "Video stills": every still kept for the visit, printed on the
handout or not, with a thumbnail of its points, where it came from and every angle with the
comparison against the newest comparable still of an earlier visit.

A still whose image no longer matches the digest kept when it was taken is marked ALTERED
in red (and in words, so it shows on a black-and-white print too).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kneedesk.core.angles import CAMERA_CAUTION
from kneedesk.core.i18n import N_, _, ngettext, pgettext
from kneedesk.core.still_text import VIEW_WORDS, clinician_lines, compares, source_words
from kneedesk.core.stills import Still
from kneedesk.report.blocks import Styles
from kneedesk.report.fonts import markup
from kneedesk.report.handout_stills import comparison, is_last_visit
from kneedesk.report.model import HandoutData, ReportStill
from kneedesk.report.still_figure import StillFigure
from kneedesk.report.styles import ALERT, RULE, table_style

THUMB_WIDTH = 44 * mm
THUMB_HEIGHT = 52 * mm
GAP = 5 * mm
STILLS_KEEP = THUMB_HEIGHT + 30 * mm  # room a heading needs for the first still under it
ALTERED_NOTE = N_("ALTERED: the image no longer matches the digest kept when it was taken")


def _heading(still: Still) -> str:
    test = f"{still.test_name[:1].upper()}{still.test_name[1:]}"
    side = _side_word(still.side)
    text = f"{markup(test)} ({markup(still.item_id)}) · {side} · {_(VIEW_WORDS[still.view])}"
    if still.altered:
        word = _("ALTERED")
        text += f' <font color="{ALERT.hexval()}">{word}</font>'
    return text


def _side_word(side: str) -> str:
    """The still's side as the heading prints it ("left", "right")."""
    if side == "left":
        return pgettext("side", "left")
    if side == "right":
        return pgettext("side", "right")
    return side


def _source(still: Still) -> str:
    src = still.source
    when = f" ({src.time_s:.3f} s)" if src.time_s is not None else ""
    printed = (
        pgettext("on the handout", "yes") if still.on_handout else pgettext("on the handout", "no")
    )
    face = _("hidden") if still.hide_face else _("shown")
    return _(
        "Source: {source}{time}, SHA-256 {digest} · on the handout: {printed} · "
        "face when printed: {face}"
    ).format(
        source=markup(source_words(still)),
        time=when,
        digest=src.sha256[:12],
        printed=printed,
        face=face,
    )


def _text(data: HandoutData, item: ReportStill, s: Styles) -> list[Flowable]:
    still = item.still
    parts: list[Flowable] = [
        Paragraph(_heading(still), s["h2"]),
        Paragraph(_source(still), s["small"]),
    ]
    if still.altered:
        parts.append(Paragraph(f"<b>{_(ALTERED_NOTE)}</b>", s["banner"]))
    earlier = comparison(item)
    pair = (earlier.visit_date, earlier.still) if earlier is not None else None
    last = earlier is not None and is_last_visit(data, earlier)
    label = (
        # Translators: starts a comparison with an earlier still: "last visit 18.9° on 2026-10-03".
        pgettext("still comparison", "last visit")
        if last
        else pgettext("still comparison", "visit")
    )
    lines = clinician_lines(still, pair, label, caution=False, with_source=False)
    parts.append(Spacer(1, 2))
    parts += [Paragraph(f"• {markup(line)}", s["body"]) for line in lines] or [
        Paragraph(_("No angle measured on this still."), s["body"])
    ]
    if compares(still, pair):
        parts.append(Paragraph(f"<i>{markup(_(CAMERA_CAUTION))}.</i>", s["small"]))
    if still.note.strip():
        label = _("Note:")
        parts.append(Paragraph(f"<b>{label}</b> {markup(still.note)}", s["body"]))
    return parts


def still_row(data: HandoutData, item: ReportStill, width: float, s: Styles) -> Table:
    """One still: the thumbnail with its points on the left, everything about it beside it."""
    thumb = StillFigure(item.still, THUMB_WIDTH, THUMB_HEIGHT, signed=True)
    table = Table(
        [[thumb, _text(data, item, s)]],
        colWidths=[THUMB_WIDTH + GAP, width - THUMB_WIDTH - GAP],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def stills_block(data: HandoutData, width: float, s: Styles) -> list[Flowable]:
    """Every kept still, in the order they were kept (nothing when there are none)."""
    rows: list[Flowable] = [still_row(data, item, width, s) for item in data.stills]
    if not rows:
        return []
    printed = sum(1 for item in data.stills if item.still.on_handout)
    intro = Paragraph(
        ngettext(
            "{kept} kept, {printed} on the handout.",
            "{kept} kept, {printed} on the handout.",
            len(rows),
        ).format(kept=len(rows), printed=printed)
        + " "
        + _(
            "Angles are 2-D, measured on a video still; compared only with the same test, "
            "side and camera view at an earlier visit; never a finding on their own."
        ),
        s["small"],
    )
    return [KeepTogether([intro, Spacer(1, 2), rows[0]]), *rows[1:]]
