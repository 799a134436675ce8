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
from kneedesk.core.progress import Series
from kneedesk.report.fonts import SANS, SANS_BOLD
from kneedesk.report.styles import ACCENT, FAINT, INK, MUTED, RULE, TINT, new_drawing

# Per line: dash pattern, marker, colour. Order matches the order of a series' lines.
LINE_STYLES: tuple[tuple[list[float] | None, str, Color], ...] = (
    (None, "circle", INK),
    ([5.0, 3.0], "square", ACCENT),
    ([1.5, 2.5], "triangle", MUTED),
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


def _hatched_band(x: float, y: float, w: float, h: float) -> Group:
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
            group.add(Line(x1, y1, x2, y2, strokeColor=RULE, strokeWidth=0.6))
        offset += step
    return group


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
    legend_h = 0.0 if len(series.lines) == 1 else (14.0 if len(series.lines) == 2 else 26.0)
    left, right, bottom, top = 30.0, 10.0, 26.0, 8.0 + legend_h
    plot_w, plot_h = width - left - right, height - bottom - top
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
    if band_around_first and series.mcid is not None and not series.relative and first is not None:
        lo, hi = max(low, first - series.mcid), min(high, first + series.mcid)
        drawing.add(_hatched_band(left, py(lo), plot_w, py(hi) - py(lo)))
    for t in _ticks(low, high):
        y = py(t)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - 3,
                fmt_number(t),
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
        _draw_line(drawing, series, k, px, py, bottom)
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
    bottom: float,
) -> None:
    dash, marker, color = LINE_STYLES[k % len(LINE_STYLES)]
    line = series.lines[k]
    pts = [(i, px(i), py(p.value)) for i, p in enumerate(line.points) if p.value is not None]
    for (_, x1, y1), (_, x2, y2) in zip(pts, pts[1:], strict=False):
        drawing.add(Line(x1, y1, x2, y2, strokeColor=color, strokeWidth=1.6, strokeDashArray=dash))
    for i, x, y in pts:
        drawing.add(_marker(marker, x, y, color))
        value = line.points[i].value or 0.0
        above = _label_above(series, k, i) or y - 13 < bottom
        drawing.add(
            String(
                x + 5,
                y + (6 if above else -13),
                fmt_number(value, series.decimals),
                fontName=SANS_BOLD,
                fontSize=VALUE_FONT,
                fillColor=color,
            )
        )


def _legend(drawing: Drawing, series: Series, x: float, y: float, width: float) -> None:
    start = x
    for k, line in enumerate(series.lines):
        dash, marker, color = LINE_STYLES[k % len(LINE_STYLES)]
        item_w = 24 + float(stringWidth(line.label, SANS, AXIS_FONT)) + 10
        if x + item_w > start + width and x > start:
            x, y = start, y - 12
        drawing.add(
            Line(x, y + 3, x + 16, y + 3, strokeColor=color, strokeWidth=1.6, strokeDashArray=dash)
        )
        drawing.add(_marker(marker, x + 8, y + 3, color))
        drawing.add(String(x + 20, y, line.label, fontName=SANS, fontSize=AXIS_FONT, fillColor=INK))
        x += item_w


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
