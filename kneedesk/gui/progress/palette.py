"""The charts' colours and line styles, from the app's light or dark colour tokens.

Lines differ by dash pattern and marker shape as well as colour, so they stay apart in
black and white and for colour-blind readers (blue and orange are the safe pair).
"""

from __future__ import annotations

from dataclasses import dataclass

from kneedesk.gui import theme
from kneedesk.gui.theme.tokens import Tokens


@dataclass(frozen=True)
class LineStyle:
    """How one line of a chart is drawn: colour, dash, marker shape and whether it is filled."""

    color: str
    dash: str  # "solid", "dash" or "dot"
    symbol: str  # pyqtgraph symbol code: "o" circle, "s" square, "t1" triangle (pointing up)
    filled: bool


@dataclass(frozen=True)
class ChartColours:
    """Everything a chart draws in, in one appearance."""

    ink: str
    muted: str
    line: str
    grid: str
    surface: str
    band_fill: str
    band_hatch: str
    band_edge: str
    lines: tuple[LineStyle, ...]

    def line_style(self, index: int) -> LineStyle:
        """The style of the index-th line of a chart."""
        return self.lines[index % len(self.lines)]


def colours(tokens: Tokens | None = None) -> ChartColours:
    """The charts' colours in these tokens (by default, the appearance shown now)."""
    t = tokens or theme.active()
    return ChartColours(
        ink=t.ink,
        muted=t.muted,
        line=t.line,
        grid=t.chart_grid,
        surface=t.surface,
        band_fill=t.band_fill,
        band_hatch=t.band_hatch,
        band_edge=t.band_edge,
        # Order matches the order of a series' lines: left then right for per-side series.
        lines=(
            LineStyle(t.chart_blue, "solid", "o", True),
            LineStyle(t.chart_orange, "dash", "s", False),
            LineStyle(t.chart_slate, "dot", "t1", True),
            LineStyle(t.ink, "dash", "d", False),  # the v2 LSI's fourth line, knee extension
        ),
    )


def line_style(index: int) -> LineStyle:
    """The style of the index-th line of a chart, in the appearance shown now."""
    return colours().line_style(index)
