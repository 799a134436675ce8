"""Text set in fixed boxes of a drawing: wrapped, and shrunk within limits, until it fits.

Widths are measured with reportlab's `stringWidth` in the font the text is drawn in, so what
is measured here is what prints. The placed lines are kept with their box, which lets the
drawing code and the tests read the same layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from kneedesk.report.fonts import register_fonts


def line_width(text: str, font: str, size: float) -> float:
    """Width in points of one line drawn as a single String in `font`."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def descent(font: str, size: float) -> float:
    """How far the font reaches below the baseline, in points (positive)."""
    register_fonts()
    return -float(pdfmetrics.getAscentDescent(font, size)[1])


@dataclass(frozen=True)
class PlacedLine:
    """One line of text as drawn: start of its baseline, font and size."""

    text: str
    x: float
    y: float
    font: str
    size: float
    color: Any = None  # a reportlab colour; None draws in the drawing's default

    @property
    def width(self) -> float:
        """Width of the drawn text."""
        return line_width(self.text, self.font, self.size)


@dataclass(frozen=True)
class TextBox:
    """A fixed box of a drawing and the text lines placed in it."""

    name: str
    x: float
    y: float
    w: float
    h: float
    lines: tuple[PlacedLine, ...]


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Lines of at most `max_width`: broken at spaces, and inside a word only if it is longer."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, max_width):
        while line_width(line, font, size) > max_width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and line_width(line[:cut], font, size) > max_width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def block_height(count: int, font: str, size: float, leading: float) -> float:
    """Height from the top of the first line (its baseline `size` below) to the last descent."""
    return size + (count - 1) * leading + descent(font, size) if count else 0.0


@dataclass(frozen=True)
class Fitted:
    """Text wrapped to a width, with the size and leading it is set at."""

    lines: tuple[str, ...]
    size: float
    leading: float


def fit_block(
    text: str,
    font: str,
    *,
    size: float,
    min_size: float,
    width: float,
    height: float,
    leading_ratio: float = 1.24,
) -> Fitted:
    """The largest size from `size` down to `min_size` at which the wrapped text fits the box.

    Below `min_size` nothing gets smaller: the lines that do not fit are dropped and the last
    one kept ends with an ellipsis, so the text never leaves its box.
    """
    current = size
    while True:
        leading = current * leading_ratio
        lines = wrap(text, font, current, width)
        if block_height(len(lines), font, current, leading) <= height:
            return Fitted(tuple(lines), current, leading)
        if current <= min_size:
            break
        current = max(current - 0.5, min_size)
    keep = max(1, len(lines))
    while keep > 1 and block_height(keep, font, current, leading) > height:
        keep -= 1
    kept = lines[:keep]
    last = kept[-1].rstrip()
    while last and line_width(last + "…", font, current) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return Fitted(tuple(kept), current, leading)


def place(fitted: Fitted, font: str, x: float, top: float, color: Any = None) -> list[PlacedLine]:
    """The fitted lines placed from `top` down, each baseline one leading below the last."""
    return [
        PlacedLine(line, x, top - fitted.size - n * fitted.leading, font, fitted.size, color)
        for n, line in enumerate(fitted.lines)
    ]
