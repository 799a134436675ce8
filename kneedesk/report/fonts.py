"""Embedded TrueType fonts and per-script font runs, so any patient's name prints correctly.

reportlab embeds TrueType fonts but never falls back from one font to another, and it does
not reorder right-to-left text without an extra it cannot install here. So text is split
into runs, each set in the first bundled font that has all its glyphs, and Hebrew or Arabic
runs are shaped (Arabic letter forms) and put in visual order before they are drawn.
"""

from __future__ import annotations

import importlib
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "KneeDesk-Sans"
SANS_BOLD = "KneeDesk-Sans-Bold"
CJK = "KneeDesk-CJK"
HANGUL = "KneeDesk-Hangul"

# Registered name -> file in kneedesk.resources/fonts.
FONT_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
}
# Tried in order for each character; the first font with a glyph sets it.
REGULAR_CHAIN = (SANS, CJK, HANGUL)
BOLD_CHAIN = (SANS_BOLD, CJK, HANGUL)

# Unicode blocks written right to left (Hebrew, Arabic and their presentation forms).
_RTL_RANGES = (
    (0x0590, 0x08FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_ARABIC_RANGES = ((0x0600, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# Unicode categories no font draws: controls (line breaks, tabs) and line/paragraph separators.
_CONTROL = frozenset({"Cc", "Zl", "Zp"})


@dataclass(frozen=True)
class Run:
    """A stretch of text set in one font."""

    font: str
    text: str


def _font_bytes(file_name: str) -> bytes:
    return files("kneedesk.resources").joinpath("fonts", file_name).read_bytes()


@cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process."""
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(_font_bytes(file_name))))
    # <b> inside a paragraph switches within a family; CJK and Hangul have no bold face.
    for bold in (False, True):
        for italic in (False, True):
            addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
            addMapping(CJK, bold, italic, CJK)
            addMapping(HANGUL, bold, italic, HANGUL)


@cache
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    face: Any = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


def _has_glyph(font: str, char: str) -> bool:
    return char.isspace() or ord(char) in _glyphs(font)


def _in(ranges: tuple[tuple[int, int], ...], char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in ranges)


def has_rtl(text: str) -> bool:
    """Whether the text has any right-to-left letters."""
    return any(_in(_RTL_RANGES, c) for c in text)


def visual_order(text: str) -> str:
    """Left-to-right text unchanged; Hebrew and Arabic shaped and in the order they are drawn."""
    if not has_rtl(text):
        return text
    if any(_in(_ARABIC_RANGES, c) for c in text):
        reshaper = importlib.import_module("arabic_reshaper")
        text = str(reshaper.reshape(text))
    bidi = importlib.import_module("bidi")
    return str(bidi.get_display(text, base_dir="L"))


def font_runs(text: str, bold: bool = False) -> list[Run]:
    """Split text (already in visual order) into runs, each in a font that has its glyphs."""
    chain = BOLD_CHAIN if bold else REGULAR_CHAIN
    runs: list[Run] = []
    for char in text:
        font = next((f for f in chain if _has_glyph(f, char)), chain[0])
        if char.isspace() and runs:
            font = runs[-1].font  # spaces stay with the run they are in
        if runs and runs[-1].font == font:
            runs[-1] = Run(font, runs[-1].text + char)
        else:
            runs.append(Run(font, char))
    return runs


def unsupported_characters(text: str) -> str:
    """The characters no bundled font can draw (empty when everything prints)."""
    return "".join(
        dict.fromkeys(c for c in text if not any(_has_glyph(f, c) for f in REGULAR_CHAIN))
    )


def markup(text: str, bold: bool = False) -> str:
    """Escape user text for a Paragraph, switching fonts per script run."""
    primary = BOLD_CHAIN[0] if bold else REGULAR_CHAIN[0]
    out: list[str] = []
    for run in font_runs(visual_order(text), bold):
        piece = escape(run.text)
        out.append(piece if run.font == primary else f'<font face="{run.font}">{piece}</font>')
    return "".join(out)


def one_line(text: str) -> str:
    """Text for a single drawn line: line breaks, tabs and other control characters as spaces.

    A canvas draws every character as a glyph, so a line break typed into a multi-line field
    would print as the font's missing-glyph box.
    """
    return "".join(" " if unicodedata.category(c) in _CONTROL else c for c in text)


def _runs_for_canvas(text: str, bold: bool) -> Iterator[Run]:
    yield from font_runs(visual_order(one_line(text)), bold)


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of text drawn with `draw_text`."""
    register_fonts()
    return sum(_width(r.text, r.font, size) for r in _runs_for_canvas(text, bold))


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> float:
    """Draw one line of user text on a canvas, font by font; return its width."""
    register_fonts()
    runs = list(_runs_for_canvas(text, bold))
    width = sum(_width(r.text, r.font, size) for r in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for run in runs:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += _width(run.text, run.font, size)
    return width


def fit_text(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """The text, shortened with an ellipsis if needed so it fits `max_width` at `size`."""
    text = one_line(text)
    if text_width(text, size, bold) <= max_width:
        return text
    while text and text_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_size(
    text: str, size: float, max_width: float, min_size: float, bold: bool = False
) -> float:
    """The largest size from `size` down to `min_size` (in half points) at which text fits.

    `min_size` when even that is too wide; `fit_text` then shortens it.
    """
    while size > min_size and text_width(text, size, bold) > max_width:
        size = max(size - 0.5, min_size)
    return size
