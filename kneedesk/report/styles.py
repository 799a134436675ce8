"""The look of every report, kept as data: page sizes, colours, type sizes and paragraph styles.

Colours are chosen to print as distinct greys in black and white; nothing relies on colour
alone (line styles, hatching and words carry the meaning too).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from kneedesk.report.fonts import SANS, SANS_BOLD, register_fonts

PAGE_SIZES: Mapping[str, tuple[float, float]] = MappingProxyType({"letter": LETTER, "a4": A4})

INK = HexColor("#1A1A1A")  # body text: near black, full contrast on paper
ACCENT = HexColor("#0B4F5C")  # headings and rules: deep teal, prints as dark grey
MUTED = HexColor("#5C5C5C")  # secondary text, still readable when printed
FAINT = HexColor("#9A9A9A")  # inactive drawing elements (always dashed as well)
RULE = HexColor("#C9D3D6")  # thin separating rules
TINT = HexColor("#EDF3F4")  # background of call-out boxes (prints as a light grey)
PAPER = HexColor("#FFFFFF")
ALERT = HexColor("#8A1C1C")  # red flags and the altered-record warning (also boxed and bold)

MARGIN_X: float = 18 * mm
MARGIN_BOTTOM: float = 20 * mm
LETTERHEAD_HEIGHT: float = 34 * mm  # first page
HEADER_HEIGHT: float = 15 * mm  # later pages
WARNING_HEIGHT: float = 11 * mm  # the altered-record bar, when shown

# Paragraph styles as data: name -> ParagraphStyle keyword arguments.
HANDOUT_STYLES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "title": {
            "fontName": SANS_BOLD,
            "fontSize": 22,
            "leading": 27,
            "textColor": INK,
            "spaceBefore": 2,
            "spaceAfter": 6,
        },
        "body": {"fontName": SANS, "fontSize": 11, "leading": 15.5, "textColor": INK},
        "lead": {"fontName": SANS, "fontSize": 12, "leading": 17, "textColor": INK},
        "small": {"fontName": SANS, "fontSize": 9.5, "leading": 12.5, "textColor": MUTED},
        "h1": {
            "fontName": SANS_BOLD,
            "fontSize": 18,
            "leading": 22,
            "textColor": ACCENT,
            "spaceBefore": 14,
            "spaceAfter": 4,
        },
        "h2": {
            "fontName": SANS_BOLD,
            "fontSize": 12.5,
            "leading": 16,
            "textColor": INK,
            "spaceBefore": 8,
            "spaceAfter": 2,
        },
        "h2_tight": {
            "fontName": SANS_BOLD,
            "fontSize": 12.5,
            "leading": 16,
            "textColor": INK,
            "spaceAfter": 1,
        },
        "label": {"fontName": SANS_BOLD, "fontSize": 9, "leading": 11, "textColor": ACCENT},
        # A finding's sentence: body size, a little tighter (a first visit has a dozen).
        "finding": {"fontName": SANS, "fontSize": 11, "leading": 14.5, "textColor": INK},
        # An exercise's numbered steps: body size, a little tighter so a page holds three.
        "step_list": {"fontName": SANS, "fontSize": 11, "leading": 14, "textColor": INK},
        "step": {
            "fontName": SANS,
            "fontSize": 11,
            "leading": 14.5,
            "textColor": INK,
            "leftIndent": 16,
            "bulletIndent": 0,
            "bulletFontName": SANS_BOLD,
        },
        "bullet": {
            "fontName": SANS,
            "fontSize": 11,
            "leading": 15,
            "textColor": INK,
            "leftIndent": 14,
            "bulletIndent": 2,
            "spaceAfter": 2,
        },
        "tile_value": {
            "fontName": SANS_BOLD,
            "fontSize": 20,
            "leading": 23,
            "textColor": INK,
        },
        "tile_label": {"fontName": SANS, "fontSize": 9.5, "leading": 12, "textColor": MUTED},
        "banner": {"fontName": SANS_BOLD, "fontSize": 12, "leading": 16, "textColor": ALERT},
        "right": {
            "fontName": SANS,
            "fontSize": 9.5,
            "leading": 12,
            "textColor": MUTED,
            "alignment": TA_RIGHT,
        },
    }
)

# The clinician summary is a dense working document: smaller type, same family.
SUMMARY_STYLES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "body": {"fontName": SANS, "fontSize": 9.5, "leading": 12.5, "textColor": INK},
        "small": {"fontName": SANS, "fontSize": 8.5, "leading": 11, "textColor": MUTED},
        "cell": {"fontName": SANS, "fontSize": 8.8, "leading": 11, "textColor": INK},
        "cell_bold": {"fontName": SANS_BOLD, "fontSize": 8.8, "leading": 11, "textColor": INK},
        "cell_head": {"fontName": SANS_BOLD, "fontSize": 8.3, "leading": 10, "textColor": ACCENT},
        "h1": {
            "fontName": SANS_BOLD,
            "fontSize": 13,
            "leading": 16,
            "textColor": ACCENT,
            "spaceBefore": 10,
            "spaceAfter": 4,
        },
        "h2": {
            "fontName": SANS_BOLD,
            "fontSize": 10.5,
            "leading": 13,
            "textColor": INK,
            "spaceBefore": 6,
            "spaceAfter": 1,
        },
        "banner": {"fontName": SANS_BOLD, "fontSize": 11, "leading": 14, "textColor": ALERT},
        "label": {"fontName": SANS_BOLD, "fontSize": 8.5, "leading": 10.5, "textColor": ACCENT},
    }
)


@cache
def _build(kind: str) -> Mapping[str, ParagraphStyle]:
    register_fonts()
    table = HANDOUT_STYLES if kind == "handout" else SUMMARY_STYLES
    return MappingProxyType(
        {
            name: ParagraphStyle(name=f"{kind}-{name}", **{"alignment": TA_LEFT, **values})
            for name, values in table.items()
        }
    )


def handout_styles() -> Mapping[str, ParagraphStyle]:
    """Paragraph styles of the patient handout (body text 11 pt or larger)."""
    return _build("handout")


def summary_styles() -> Mapping[str, ParagraphStyle]:
    """Paragraph styles of the clinician summary."""
    return _build("summary")


def lighter(color: Color, amount: float) -> Color:
    """The colour mixed with white (amount 0 = unchanged, 1 = white)."""
    return Color(
        color.red + (1 - color.red) * amount,
        color.green + (1 - color.green) * amount,
        color.blue + (1 - color.blue) * amount,
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells default to the embedded sans font, never to Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def new_drawing(width: float, height: float) -> Drawing:
    """An empty vector drawing whose text defaults to the embedded sans font."""
    drawing = Drawing(width, height)
    drawing.initialFontName = SANS  # the renderer's default would be Helvetica, not embedded
    drawing.initialFontSize = 10
    return drawing
