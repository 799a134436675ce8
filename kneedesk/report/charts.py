"""Progress charts for print: one small chart per series, readable in black and white.

Lines differ by dash pattern and marker shape as well as by label; each point carries its
value; the meaningful-change band is hatched, not just tinted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from kneedesk.core.findings.model import fmt_number
from kneedesk.core.locale_format import local_number
from kneedesk.core.progress import Series
from kneedesk.report.fonts import SANS, SANS_BOLD
from kneedesk.report.styles import ACCENT, FAINT, INK, MUTED, RULE, TINT, new_drawing

# Per line: dash pattern, marker, colour. Order matches the order of a series' lines.
LINE_STYLES: tuple[tuple[list[float] | None, str, Color], ...] = (
    (None, "circle", INK),
    ([5.0, 3.0], "square", ACCENT),
    ([1.5, 2.5], "triangle", MUTED),
    ([5.0, 2.0, 1.0, 2.0], "square", FAINT),  # the v2 LSI's fourth line
)
AXIS_FONT = 8.5
VALUE_FONT = 8.5


def _nice_range(series: Series) -> tuple[float, float]:
    values = [p.value for line in series.lines for p in line.points if p.value is not None]
    low, high = min(values), max(values)
    if series.reference is not None:
        low, high = min(low, series.reference), max(high, series.reference)
    if series.value_range is not None:
        return series.value_range
    if series.rule is not None:  # v2: the bands stay in view
        edges = [edge for line in series.lines if (b := series.band(line)) for edge in b]
        low, high = min([low, *edges]), max([high, *edges])
    span = high - low or max(abs(high) * 0.2, 1.0)
    low, high = low - span * 0.25, high + span * 0.25
    step = 10 ** math.floor(math.log10(span))
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if min(values) >= 0 > low:
        low = 0.0
    return low, high


def _ticks(low: float, high: float) -> list[float]:
    span = high - low
    raw = span / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


def _marker(kind: str, x: float, y: float, color: Color) -> Group:
    group = Group()
    r = 3.2
    if kind == "circle":
        group.add(Circle(x, y, r, fillColor=color, strokeColor=color))
    elif kind == "square":
        group.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=color, strokeColor=color))
    else:
        group.add(
            Polygon(
                [x, y + r + 0.6, x - r - 0.4, y - r + 0.4, x + r + 0.4, y - r + 0.4],
                fillColor=color,
                strokeColor=color,
            )
        )
    return group


def _hatched_band(
    x: float, y: float, w: float, h: float, *, lean: int = 1, edge: Color | None = None
) -> Group:
    """A tinted band hatched diagonally (`lean` -1 leans the other way), edged when asked."""
    group = Group()
    group.add(Rect(x, y, w, h, fillColor=TINT, strokeColor=None))
    step = 6.0
    offset = 0.0
    while offset < w + h:
        # Diagonal hatching clipped by hand to the band's rectangle.
        x1, y1 = x + offset, y
        x2, y2 = x + offset - h, y + h
        if x1 > x + w:
            y1 += x1 - (x + w)
            x1 = x + w
        if x2 < x:
            y2 -= x - x2
            x2 = x
        if y2 > y1:
            if lean < 0:  # mirrored about the band's vertical middle
                x1, x2 = 2 * x + w - x1, 2 * x + w - x2
            group.add(Line(x1, y1, x2, y2, strokeColor=RULE, strokeWidth=0.6))
        offset += step
    if edge is not None:
        for edge_y in (y, y + h):
            group.add(
                Line(
                    x,
                    edge_y,
                    x + w,
                    edge_y,
                    strokeColor=edge,
                    strokeWidth=0.7,
                    strokeDashArray=[3, 2],
                )
            )
    return group


def _side_bands(
    series: Series,
    low: float,
    high: float,
    left: float,
    plot_w: float,
    py: Callable[[float], float],
) -> list[Group]:
    """v2 tests: each side's measurement-error band around its first value, edged in its colour."""
    groups = []
    for k, line in enumerate(series.lines):
        band = series.band(line)
        if band is None:
            continue
        lo, hi = max(low, band[0]), min(high, band[1])
        if hi <= lo:
            continue
        color = LINE_STYLES[k % len(LINE_STYLES)][2]
        lean = -1 if k % 2 else 1
        groups.append(_hatched_band(left, py(lo), plot_w, py(hi) - py(lo), lean=lean, edge=color))
    return groups


def progress_chart(
    series: Series,
    width: float,
    height: float,
    date_label: Callable[[date], str],
    *,
    band_around_first: bool = True,
) -> Drawing:
    """One series as a line chart over visits (visits evenly spaced, dated under the axis)."""
    drawing = new_drawing(width, height)
    left, right, bottom = 30.0, 10.0, 26.0
    plot_w = width - left - right
    # The legend wraps to as many rows as its entries need, and the plot starts below them.
    legend_h = _legend_height(series, plot_w)
    top = 8.0 + legend_h
    plot_h = height - bottom - top
    low, high = _nice_range(series)
    dates = [p.date for p in series.lines[0].points]
    n = len(dates)

    def px(i: int) -> float:
        return left + (plot_w * (i + 0.5) / n)

    def py(v: float) -> float:
        return bottom + (v - low) / (high - low) * plot_h

    drawing.add(
        Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=RULE, strokeWidth=0.6)
    )
    first_line = series.lines[0]
    first = next((p.value for p in first_line.points if p.value is not None), None)
    if band_around_first and series.bands_per_line:
        for group in _side_bands(series, low, high, left, plot_w, py):
            drawing.add(group)
    elif band_around_first and series.mcid is not None and first is not None:
        band = series.band(first_line) if series.rule or not series.relative else None
        if band is not None:
            lo, hi = max(low, band[0]), min(high, band[1])
            drawing.add(_hatched_band(left, py(lo), plot_w, py(hi) - py(lo)))
    for t in _ticks(low, high):
        y = py(t)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - 3,
                local_number(fmt_number(t)),
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    if series.reference is not None:
        y = py(series.reference)
        drawing.add(
            Line(
                left, y, left + plot_w, y, strokeColor=INK, strokeWidth=0.9, strokeDashArray=[6, 3]
            )
        )
        drawing.add(
            String(
                left + plot_w - 3,
                y + 3,
                series.reference_label,
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=INK,
                textAnchor="end",
            )
        )
    for i, day in enumerate(dates):
        drawing.add(
            String(
                px(i),
                bottom - 12,
                date_label(day),
                fontName=SANS,
                fontSize=AXIS_FONT,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for k in range(len(series.lines)):
        _draw_line(drawing, series, k, px, py)
    for label in _value_labels(series, px, py, bottom, bottom + plot_h + 4):
        drawing.add(label)
    if legend_h:
        _legend(drawing, series, left, height - 10, plot_w)
    return drawing


def _label_above(series: Series, k: int, i: int) -> bool:
    """Label a point above when its line is the highest at that visit, below otherwise."""
    mine = series.lines[k].points[i].value
    others = [
        v
        for n, line in enumerate(series.lines)
        if n != k and (v := line.points[i].value) is not None
    ]
    if mine is None or not others:
        return True
    top = max(others)
    return mine > top or (mine == top and k == 0)


def _draw_line(
    drawing: Drawing,
    series: Series,
    k: int,
    px: Callable[[int], float],
    py: Callable[[float], float],
) -> None:
    dash, marker, color = LINE_STYLES[k % len(LINE_STYLES)]
    line = series.lines[k]
    pts = [(i, px(i), py(p.value)) for i, p in enumerate(line.points) if p.value is not None]
    for (_, x1, y1), (_, x2, y2) in zip(pts, pts[1:], strict=False):
        drawing.add(Line(x1, y1, x2, y2, strokeColor=color, strokeWidth=1.6, strokeDashArray=dash))
    for _, x, y in pts:
        drawing.add(_marker(marker, x, y, color))


def _value_labels(
    series: Series,
    px: Callable[[int], float],
    py: Callable[[float], float],
    bottom: float,
    top: float,
) -> list[String]:
    """Each point's value beside it; labels at the same visit moved apart so none overlap."""
    labels: list[String] = []
    for i in range(len(series.lines[0].points)):
        column: list[tuple[float, int, float]] = []
        for k, line in enumerate(series.lines):
            value = line.points[i].value
            if value is None:
                continue
            y = py(value)
            above = _label_above(series, k, i) or y - 13 < bottom
            column.append((y + (6 if above else -13), k, value))
        column.sort()
        step = VALUE_FONT + 1.5
        placed: list[float] = []
        for y, _, _ in column:  # bottom up, each clear of the one below
            placed.append(max(y, placed[-1] + step) if placed else max(y, bottom + 1))
        overflow = placed[-1] + VALUE_FONT - top if placed else 0.0
        if overflow > 0:  # then top down, if the stack ran past the plot's top
            placed[-1] -= overflow
            for n in range(len(placed) - 2, -1, -1):
                placed[n] = min(placed[n], placed[n + 1] - step)
        for y, (_, k, value) in zip(placed, column, strict=True):
            labels.append(
                String(
                    px(i) + 5,
                    y,
                    local_number(fmt_number(value, series.decimals)),
                    fontName=SANS_BOLD,
                    fontSize=VALUE_FONT,
                    fillColor=LINE_STYLES[k % len(LINE_STYLES)][2],
                )
            )
    return labels


LEGEND_ROW = 12.0


def _legend_places(series: Series, width: float) -> list[tuple[float, int]]:
    """Each legend entry's offset from the left and its row (0 at the top), wrapped to width."""
    places: list[tuple[float, int]] = []
    x, row = 0.0, 0
    for line in series.lines:
        item_w = 24 + float(stringWidth(line.label, SANS, AXIS_FONT)) + 10
        if x + item_w > width and x > 0:
            x, row = 0.0, row + 1
        places.append((x, row))
        x += item_w
    return places


def _legend_height(series: Series, width: float) -> float:
    """Room above the plot for the legend: none for a single line, else one row each."""
    if len(series.lines) == 1:
        return 0.0
    rows = _legend_places(series, width)[-1][1] + 1
    return 14.0 + LEGEND_ROW * (rows - 1)


def _legend(drawing: Drawing, series: Series, left: float, top: float, width: float) -> None:
    for k, (line, (dx, row)) in enumerate(
        zip(series.lines, _legend_places(series, width), strict=True)
    ):
        dash, marker, color = LINE_STYLES[k % len(LINE_STYLES)]
        x, y = left + dx, top - row * LEGEND_ROW
        drawing.add(
            Line(x, y + 3, x + 16, y + 3, strokeColor=color, strokeWidth=1.6, strokeDashArray=dash)
        )
        drawing.add(_marker(marker, x + 8, y + 3, color))
        drawing.add(String(x + 20, y, line.label, fontName=SANS, fontSize=AXIS_FONT, fillColor=INK))


def no_data_drawing(width: float, height: float, text: str) -> Drawing:
    """A placeholder of the chart's size saying why there is nothing to draw."""
    drawing = new_drawing(width, height)
    drawing.add(
        Rect(0, 0, width, height, fillColor=None, strokeColor=FAINT, strokeDashArray=[3, 3])
    )
    drawing.add(
        String(
            width / 2,
            height / 2,
            text,
            fontName=SANS,
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing
