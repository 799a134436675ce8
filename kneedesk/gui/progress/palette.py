"""The charts' colours and line styles, kept as data (the app stylesheet's calm palette).

Lines differ by dash pattern and marker shape as well as colour, so they stay apart in
black and white and for colour-blind readers (blue and orange are the safe pair).
"""

from __future__ import annotations

from dataclasses import dataclass

INK = "#1f2933"
MUTED = "#52606d"
LINE = "#d9e2ec"
GRID = "#e4e9ef"
SURFACE = "#ffffff"
ACCENT = "#1d5f8a"
ORANGE = "#b35900"
SLATE = "#486581"
BAND_FILL = "#e8f0f7"
BAND_HATCH = "#bcccdc"
BAND_EDGE = "#9fb3c8"


@dataclass(frozen=True)
class LineStyle:
    """How one line of a chart is drawn: colour, dash, marker shape and whether it is filled."""

    color: str
    dash: str  # "solid", "dash" or "dot"
    symbol: str  # pyqtgraph symbol code: "o" circle, "s" square, "t1" triangle (pointing up)
    filled: bool


# Order matches the order of a series' lines: left then right for per-side series.
LINE_STYLES: tuple[LineStyle, ...] = (
    LineStyle(ACCENT, "solid", "o", True),
    LineStyle(ORANGE, "dash", "s", False),
    LineStyle(SLATE, "dot", "t1", True),
    LineStyle(INK, "dash", "d", False),  # the v2 LSI's fourth line, knee extension
)


def line_style(index: int) -> LineStyle:
    """The style of the index-th line of a chart."""
    return LINE_STYLES[index % len(LINE_STYLES)]
