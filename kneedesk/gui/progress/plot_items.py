"""What a progress chart is drawn with: axes, the change band, the reference line, lines, legend.

The band and line styles follow the printed charts (`kneedesk.report.charts`): a hatched band
of the meaningful change around the first value, and lines that differ by dash and marker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGraphicsGridLayout

from kneedesk.core.progress import Line, Series
from kneedesk.gui.progress import palette as pal
from kneedesk.gui.progress.axis import day_x

# Set once, before any plot exists: smooth lines (each chart sets its own colours).
pg.setConfigOptions(antialias=True)

DASHES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
LEGEND_GAP = 22  # between one legend entry and the next


def y_range(series: Series) -> tuple[float, float]:
    """The value axis: the series' fixed range, or the data with some room around it."""
    if series.value_range is not None:
        low, high = series.value_range
        pad = (high - low) * 0.05
        return low - pad, high + pad
    values = [p.value for line in series.lines for p in line.points if p.value is not None]
    if series.reference is not None:
        values.append(series.reference)
    measured_low = min(values)
    values += [edge for band in band_values(series) for edge in band]  # the band in view
    low, high = min(values), max(values)
    span = high - low or max(abs(high) * 0.2, 1.0)
    low, high = low - span * 0.25, high + span * 0.35  # room above for the hover label
    if min(measured_low, *values) >= 0 > low:
        low = 0.0
    return low, high


def pen(color: str, width: float = 2.0, dash: str = "solid") -> Any:
    """A pen of the chart palette."""
    made = pg.mkPen(QColor(color), width=width)
    made.setStyle(DASHES[dash])
    return made


def style_plot(plot: Any, colours: pal.ChartColours) -> None:
    """Quiet axes, a light grid; no zooming or panning a small chart."""
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.3)
    font = QFont()
    font.setPointSizeF(8.5)
    for name in ("left", "bottom"):
        plot.getAxis(name).setStyle(tickFont=font, tickLength=4)
    style_axes(plot, colours)
    plot.getAxis("left").setWidth(36)  # the same for every chart, so the grid lines up
    for name in ("left", "bottom", "right", "top"):  # the hidden two follow the range too
        plot.getAxis(name).enableAutoSIPrefix(False)  # no titles to prefix: less work per range


def style_axes(plot: Any, colours: pal.ChartColours) -> None:
    """The axes' lines and numbers (and so the grid) in these colours."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colours.line))
        axis.setTextPen(pg.mkPen(colours.muted))


def set_ranges(plot: Any, series: Series, dates: Sequence[date]) -> tuple[float, float]:
    """Fix both axes for a series over these dates (no auto-range); return the x range."""
    low, high = y_range(series)
    xs = [day_x(d) for d in dates]
    pad = max(4.0, (max(xs) - min(xs)) * 0.06)
    x_low, x_high = min(xs) - pad, max(xs) + pad
    plot.vb.setRange(xRange=(x_low, x_high), yRange=(low, high), padding=0)
    return x_low, x_high


def band_values(series: Series) -> list[tuple[float, float]]:
    """The change bands: around the first value of the first line, or of each side.

    v2 tests (strength, knee-to-wall, Y reach) shade their measurement error around each
    side's first value (% bands from that value); v1 strength (a % drop) has no band.
    """
    if series.mcid is None or (series.relative and series.rule is None):
        return []
    lines = series.lines if series.bands_per_line else series.lines[:1]
    return [band for line in lines if (band := series.band(line)) is not None]


def add_band(
    plot: Any, values: tuple[float, float], colours: pal.ChartColours, line: int | None = None
) -> list[Any]:
    """The band's two layers (a tint and a hatch, so it is not told by tint alone).

    A side's own band (`line` given) is tinted and edged in that line's colour, with the
    line's dash, so two overlapping side bands stay apart.
    """
    fill, hatch = QColor(colours.band_fill), QColor(colours.band_hatch)
    edge, dash = colours.band_edge, "dash"
    if line is not None:
        style = colours.line_style(line)
        fill, hatch = QColor(style.color), QColor(style.color)
        fill.setAlpha(22)
        hatch.setAlpha(70)
        edge, dash = style.color, ("dash" if style.dash == "solid" else "dot")
    # The right side's hatch leans the other way, so overlapping side bands cross-hatch.
    odd = line is not None and line % 2 == 1
    pattern = Qt.BrushStyle.FDiagPattern if odd else Qt.BrushStyle.BDiagPattern
    regions = []
    for brush in (QBrush(fill), QBrush(hatch, pattern)):
        region = pg.LinearRegionItem(
            values=values,
            orientation="horizontal",
            movable=False,
            brush=brush,
            pen=pen(edge, 1.0, dash),
        )
        region.setZValue(-20)
        plot.addItem(region)
        regions.append(region)
    return regions


def add_reference(plot: Any, colours: pal.ChartColours) -> Any:
    """The reference level's dashed line across the chart (named in the legend); no data yet."""
    line = plot.plot([], [], pen=reference_pen(colours), dynamicRangeLimit=None)
    line.setZValue(-10)
    return line


def reference_pen(colours: pal.ChartColours) -> Any:
    """The reference line's pen."""
    return pen(colours.ink, 1.2, "dash")


def add_line(plot: Any, k: int, colours: pal.ChartColours) -> Any:
    """The k-th line of a series, styled, without data yet (see `line_data`)."""
    curve = plot.plot(
        [],
        [],
        symbolSize=9,
        # The value axis always covers the data (`y_range`), so there is nothing to limit;
        # with a limit pyqtgraph would redo the points on every change of range.
        dynamicRangeLimit=None,
    )
    style_line(curve, k, colours)
    return curve


def style_line(curve: Any, k: int, colours: pal.ChartColours) -> None:
    """The k-th line's pen and markers in these colours."""
    style = colours.line_style(k)
    curve.setPen(pen(style.color, 2.0, style.dash))
    curve.setSymbol(style.symbol)
    curve.setSymbolPen(pg.mkPen(QColor(style.color), width=1.8))
    curve.setSymbolBrush(QColor(style.color if style.filled else colours.surface))


def line_data(line: Line) -> tuple[list[float], list[float]]:
    """A line's measured points as x (day numbers) and y (gaps are bridged, not zeros)."""
    measured = line.measured
    return [day_x(p.date) for p in measured], [p.value for p in measured if p.value is not None]


def add_not_asked(plot: Any, colours: pal.ChartColours) -> Any:
    """Hollow grey rings on the floor of the chart: visits that did not ask the measure
    (a v2-only item at a v1 visit); hovering one says "not asked (v1 visit)"."""
    marks = pg.ScatterPlotItem(
        size=8, symbol="o", pen=pg.mkPen(QColor(colours.muted), width=1.2), brush=None
    )
    marks.setZValue(5)
    plot.addItem(marks, ignoreBounds=True)
    return marks


def not_asked_data(plot: Any, series: Series) -> tuple[float, list[float]]:
    """The height of the not-asked row (just above the chart's floor) and its visits' x."""
    (_, _), (low, high) = plot.vb.viewRange()
    xs = sorted({day_x(p.date) for line in series.lines for p in line.points if p.not_asked})
    return low + (high - low) * 0.03, xs


def make_legend(entries: list[Any], colours: pal.ChartColours) -> Any:
    """A one-row legend (two columns from four entries), as wide as its entries."""
    columns = len(entries) if len(entries) <= 3 else 2
    legend = pg.LegendItem(
        colCount=columns, labelTextColor=colours.ink, labelTextSize="9pt", horSpacing=6, frame=False
    )
    for item in entries:
        legend.addItem(item, item.name())
    legend.layout.setHorizontalSpacing(4)
    for column in range(1, 2 * columns - 1, 2):
        legend.layout.setColumnSpacing(column, LEGEND_GAP)  # after each label
    # Only as wide as its entries, so it sits at the left rather than spread out.
    legend.updateSize()
    legend.setMaximumSize(legend.width() + LEGEND_GAP * columns, legend.height())
    return legend


def place_legend(graphics: Any, row: int, legend: Any) -> None:
    """Put a legend at the left of a row of the chart's layout."""
    graphics.addItem(legend, row=row, col=0)
    layout: QGraphicsGridLayout = graphics.ci.layout
    layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
