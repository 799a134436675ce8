"""Page furniture shared by every report: letterhead, running header, warning bar and footer."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from kneedesk.core.i18n import N_, SOURCE_LANGUAGE, _, current_language
from kneedesk.report.fonts import SANS, draw_text, fit_size, fit_text, register_fonts, text_width
from kneedesk.report.model import Clinic
from kneedesk.report.styles import (
    ACCENT,
    ALERT,
    HEADER_HEIGHT,
    INK,
    LETTERHEAD_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_X,
    MUTED,
    PAGE_SIZES,
    RULE,
    WARNING_HEIGHT,
    lighter,
)

ALTERED_WARNING = N_("ALTERED RECORD - verify before use")
ALTERED_DETAIL = N_("This visit was changed after it was signed.")


@dataclass(frozen=True)
class PageInfo:
    """What the page furniture shows."""

    clinic: Clinic
    title: str  # e.g. "Your runner's knee plan"
    patient_name: str
    visit_lines: tuple[str, ...]  # e.g. ("Visit: 20 November 2026", "Clinician: Marta Ibáñez")
    paper: str
    altered: bool = False
    footer_note: str = ""


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that writes "Page N of M" once the number of pages is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            _draw_page_number(self, self.getPageNumber(), total)
            super().showPage()
        super().save()


def _draw_page_number(canvas: Canvas, number: int, total: int) -> None:
    width, _height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(MUTED)
    draw_text(
        canvas,
        width - MARGIN_X,
        MARGIN_BOTTOM - 11 * mm,
        _("Page {number} of {total}").format(number=number, total=total),
        9,
        align="right",
    )
    canvas.restoreState()


def _logo(logo: bytes | Path | None) -> ImageReader | None:
    if logo is None:
        return None
    data = logo if isinstance(logo, bytes) else Path(logo).read_bytes()
    return ImageReader(io.BytesIO(data))


def _draw_logo(canvas: Canvas, image: ImageReader, x: float, top: float, height: float) -> float:
    """Draw the logo with its top-left corner at (x, top); return the width used."""
    w, h = (float(v) for v in image.getSize())
    width: float = min(height * w / h, 45 * mm)
    height = width * h / w
    canvas.drawImage(image, x, top - height, width, height, mask="auto")
    return width


def address_lines(address: str) -> list[str]:
    """The clinic's address as typed in its multi-line field: one entry per non-blank line."""
    return [line.strip() for line in address.splitlines() if line.strip()]


@dataclass(frozen=True)
class ContactBlock:
    """The lines under the clinic's name in the letterhead, with their size and spacing."""

    lines: tuple[str, ...]
    size: float
    leading: float
    offset: float  # baseline of the first line, below the letterhead's top line


def _pack_lines(parts: list[str], size: float, width: float, most: int) -> list[str]:
    """Address lines packed, joined with commas, into at most `most` lines `width` wide.

    Lines are never split inside; what is left past the last line joins it (and is then
    shortened with an ellipsis when drawn).
    """
    lines: list[str] = []
    for part in parts:
        if lines and text_width(f"{lines[-1]}, {part}", size) <= width:
            lines[-1] = f"{lines[-1]}, {part}"
        elif len(lines) < most:
            lines.append(part)
        else:
            lines[-1] = f"{lines[-1]}, {part}"
    return lines


def letterhead_contact(clinic: Clinic, width: float) -> ContactBlock:
    """Address lines, each on its own line, then the phone; up to three lines fit.

    Three lines are set a little smaller; an address of more lines than fit is joined with
    commas, as many to a line as fit in `width` points.
    """
    address = address_lines(clinic.address)
    phone = [clinic.phone.strip()] if clinic.phone.strip() else []
    if len(address) + len(phone) <= 2:
        return ContactBlock((*address, *phone), 9.5, 4.4 * mm, 8.5 * mm)
    room = CONTACT_MAX_LINES - len(phone)
    if len(address) > room:
        address = _pack_lines(address, SMALL_CONTACT_SIZE, width, room)
    # Smaller and closer, so the third line clears the rule under the letterhead.
    return ContactBlock((*address, *phone), SMALL_CONTACT_SIZE, 3.5 * mm, 8.0 * mm)


CONTACT_MAX_LINES = 3
SMALL_CONTACT_SIZE = 8.5
NAME_SIZE = 15.0
NAME_MIN_SIZE = 10.0


def letterhead_widths(info: PageInfo) -> tuple[float, float]:
    """Widths of the letterhead's left (clinic) and right (patient) columns on this page."""
    width = float(PAGE_SIZES[info.paper][0])
    logo_w = 0.0
    image = _logo(info.clinic.logo)
    if image is not None:
        w, h = (float(v) for v in image.getSize())
        logo_w = min(16 * mm * w / h, 45 * mm) + 5 * mm
    return (width - 2 * MARGIN_X) * 0.58 - logo_w, (width - 2 * MARGIN_X) * 0.40


def _draw_letterhead(canvas: Canvas, info: PageInfo) -> None:
    width, height = canvas._pagesize
    top = height - 14 * mm
    x = MARGIN_X
    image = _logo(info.clinic.logo)
    if image is not None:
        x += _draw_logo(canvas, image, x, top + 4 * mm, 16 * mm) + 5 * mm
    left_w, right_w = letterhead_widths(info)
    if info.clinic.name:
        canvas.setFillColor(ACCENT)
        size = fit_size(info.clinic.name, NAME_SIZE, left_w, NAME_MIN_SIZE, True)
        draw_text(
            canvas, x, top - 3 * mm, fit_text(info.clinic.name, size, left_w, True), size, bold=True
        )
    canvas.setFillColor(MUTED)
    contact = letterhead_contact(info.clinic, left_w)
    for n, line in enumerate(contact.lines):
        draw_text(
            canvas,
            x,
            top - contact.offset - n * contact.leading,
            fit_text(line, contact.size, left_w),
            contact.size,
        )
    right = width - MARGIN_X
    canvas.setFillColor(MUTED)
    draw_text(canvas, right, top + 1 * mm, _("PREPARED FOR"), 8, bold=True, align="right")
    canvas.setFillColor(INK)
    size = fit_size(info.patient_name, NAME_SIZE, right_w, NAME_MIN_SIZE, True)
    draw_text(
        canvas,
        right,
        top - 5 * mm,
        fit_text(info.patient_name, size, right_w, True),
        size,
        bold=True,
        align="right",
    )
    canvas.setFillColor(MUTED)
    for n, line in enumerate(info.visit_lines[:2]):
        # Smaller before shorter: "Clinician:" is longer in some languages than in English.
        line_size = fit_size(line, 9.5, right_w, 8)
        draw_text(
            canvas,
            right,
            top - 10.5 * mm - n * 4.4 * mm,
            fit_text(line, line_size, right_w),
            line_size,
            align="right",
        )
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.2)
    y = height - LETTERHEAD_HEIGHT + 3 * mm
    canvas.line(MARGIN_X, y, width - MARGIN_X, y)


def _draw_header(canvas: Canvas, info: PageInfo) -> None:
    width, height = canvas._pagesize
    y = height - 11 * mm
    half = width / 2 - MARGIN_X
    canvas.setFillColor(ACCENT)
    name = info.clinic.name or info.title
    size = fit_size(name, 10, half, 8.5, True)
    draw_text(canvas, MARGIN_X, y, fit_text(name, size, half, True), size, bold=True)
    canvas.setFillColor(MUTED)
    draw_text(canvas, width - MARGIN_X, y, fit_text(info.patient_name, 10, half), 10, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, y - 3 * mm, width - MARGIN_X, y - 3 * mm)


def _draw_warning(canvas: Canvas, top: float) -> None:
    """The altered-record bar: bold words in a heavy box with hatching, not colour alone."""
    width, _height = canvas._pagesize
    x, w, h = MARGIN_X, width - 2 * MARGIN_X, WARNING_HEIGHT - 3 * mm
    y = top - h
    canvas.saveState()
    canvas.setFillColor(lighter(ALERT, 0.88))
    canvas.setStrokeColor(ALERT)
    canvas.setLineWidth(1.8)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    path = canvas.beginPath()
    path.rect(x, y, w, h)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setLineWidth(0.6)
    canvas.setStrokeColor(lighter(ALERT, 0.55))
    for offset in range(0, int(w + h), 9):
        canvas.line(x + offset, y, x + offset - h, y + h)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(lighter(ALERT, 0.88))
    label_w = 150 * mm if w > 150 * mm else w - 4 * mm
    canvas.rect(x + (w - label_w) / 2, y + 1.2 * mm, label_w, h - 2.4 * mm, stroke=0, fill=1)
    canvas.setFillColor(ALERT)
    text = f"{_(ALTERED_WARNING)}. {_(ALTERED_DETAIL)}"
    draw_text(
        canvas,
        x + w / 2,
        y + h / 2 - 1.5 * mm,
        text,
        fit_size(text, 10, w - 4 * mm, 7, True),  # a longer translation is set smaller
        bold=True,
        align="center",
    )
    canvas.restoreState()


def _draw_footer(canvas: Canvas, info: PageInfo) -> None:
    width, _height = canvas._pagesize
    y = MARGIN_BOTTOM - 6 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, y, width - MARGIN_X, y)
    canvas.setFillColor(MUTED)
    room = width - 2 * MARGIN_X - 30 * mm  # the page number takes the rest
    note = info.footer_note or footer_text(info, room)
    draw_text(canvas, MARGIN_X, y - 5 * mm, fit_text(note, 9, room), 9)


def footer_text(info: PageInfo, width: float) -> str:
    """Clinic, phone and title joined by dots; the title, then the phone, left out if too long.

    Whole parts are dropped rather than one cut off mid-word.
    """
    parts = [p.strip() for p in (info.clinic.name, info.clinic.phone, info.title) if p.strip()]
    while len(parts) > 1 and text_width(" · ".join(parts), 9) > width:
        parts.pop()
    return " · ".join(parts)


def _on_page(info: PageInfo, first: bool) -> Any:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if first:
            _draw_letterhead(canvas, info)
        else:
            _draw_header(canvas, info)
        if info.altered:
            _width, height = canvas._pagesize
            _draw_warning(canvas, height - (LETTERHEAD_HEIGHT if first else HEADER_HEIGHT))
        _draw_footer(canvas, info)
        canvas.restoreState()

    return draw


def _frame(info: PageInfo, first: bool, frame_id: str) -> Frame:
    width, height = PAGE_SIZES[info.paper]
    top = (LETTERHEAD_HEIGHT if first else HEADER_HEIGHT) + (WARNING_HEIGHT if info.altered else 0)
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_X,
        height - top - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=2 * mm,
        bottomPadding=0,
        id=frame_id,
    )


def content_width(paper: str) -> float:
    """Width of the text column on this paper."""
    return float(PAGE_SIZES[paper][0]) - 2 * MARGIN_X


def render_pdf(story: Sequence[Flowable], info: PageInfo, *, subject: str) -> bytes:
    """Lay out the story on lettered pages and return reproducible PDF bytes.

    The page furniture is in the active language, which the PDF also names as its language
    (English PDFs name none, as before).
    """
    register_fonts()
    language = current_language()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZES[info.paper],
        invariant=1,
        initialFontName=SANS,  # otherwise every page names Helvetica, which is never embedded
        title=f"{info.title} - {info.patient_name}",
        author=info.clinic.name or "KneeDesk",
        subject=subject,
        creator="KneeDesk",
        lang=None if language == SOURCE_LANGUAGE else language,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [_frame(info, True, "first")], onPage=_on_page(info, True)),
            PageTemplate("later", [_frame(info, False, "later")], onPage=_on_page(info, False)),
        ]
    )
    doc.build([NextPageTemplate("later"), *story], canvasmaker=_NumberedCanvas)
    return out.getvalue()
