"""Line drawings of exercises, drawn from the exercise library's shape data as vector graphics."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect
from reportlab.lib.colors import Color, HexColor

from kneedesk.core.exercises import DRAWING_HEIGHT, DRAWING_WIDTH, Shape
from kneedesk.report.styles import ACCENT, INK, MUTED, RULE, TINT, new_drawing

FAR = HexColor("#8C8C8C")  # the far arm or leg: lighter, so the near side reads in front
LIMB_WIDTH = 3.4  # in drawing units (a drawing is 100 units wide)


def _flat(points: Sequence[tuple[float, float]]) -> list[float]:
    return [c for p in points for c in p]


def _limb(points: Sequence[tuple[float, float]], color: Color) -> PolyLine:
    return PolyLine(
        _flat(points),
        strokeColor=color,
        strokeWidth=LIMB_WIDTH,
        strokeLineCap=1,
        strokeLineJoin=1,
    )


def _arrow(points: Sequence[tuple[float, float]]) -> Group:
    group = Group()
    group.add(PolyLine(_flat(points), strokeColor=ACCENT, strokeWidth=1.5, strokeLineCap=1))
    (x1, y1), (x2, y2) = points[-2], points[-1]
    angle = math.atan2(y2 - y1, x2 - x1)
    size = 5.0
    left = (x2 - size * math.cos(angle - 0.45), y2 - size * math.sin(angle - 0.45))
    right = (x2 - size * math.cos(angle + 0.45), y2 - size * math.sin(angle + 0.45))
    group.add(
        Polygon([x2, y2, *left, *right], fillColor=ACCENT, strokeColor=ACCENT, strokeWidth=0.5)
    )
    return group


def _arc(cx: float, cy: float, r: float) -> PolyLine:
    points = [
        (cx + r * math.cos(math.pi * i / 36), cy + r * math.sin(math.pi * i / 36))
        for i in range(37)
    ]
    return PolyLine(_flat(points), strokeColor=MUTED, strokeWidth=1.2)


def _floor(y: float) -> Group:
    group = Group()
    group.add(Line(2, y, DRAWING_WIDTH - 2, y, strokeColor=INK, strokeWidth=1.1))
    for x in range(4, int(DRAWING_WIDTH) - 2, 5):
        group.add(Line(x, y, x - 2.5, y - 2.5, strokeColor=MUTED, strokeWidth=0.5))
    return group


def _shape(shape: Shape) -> Group:
    group = Group()
    v, pts = shape.values, shape.points
    match shape.kind:
        case "head":
            group.add(Circle(v[0], v[1], 4.4, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        case "limb":
            group.add(_limb(pts, INK))
        case "far":
            group.add(_limb(pts, FAR))
        case "line":
            group.add(PolyLine(_flat(pts), strokeColor=MUTED, strokeWidth=1.0, strokeLineJoin=1))
        case "box":
            group.add(
                Rect(v[0], v[1], v[2], v[3], fillColor=TINT, strokeColor=MUTED, strokeWidth=0.9)
            )
        case "arrow":
            group.add(_arrow(pts))
        case "band":
            group.add(
                PolyLine(_flat(pts), strokeColor=ACCENT, strokeWidth=1.3, strokeDashArray=[2.5, 2])
            )
        case "floor":
            group.add(_floor(v[0]))
        case "circle":
            group.add(Circle(v[0], v[1], v[2], fillColor=None, strokeColor=MUTED, strokeWidth=1.2))
        case "arc":
            group.add(_arc(v[0], v[1], v[2]))
    return group


def exercise_drawing(shapes: Sequence[Shape], width: float, *, framed: bool = True) -> Drawing:
    """An exercise's drawing scaled to `width` points, on a light panel when `framed`."""
    scale = width / DRAWING_WIDTH
    drawing = new_drawing(width, DRAWING_HEIGHT * scale)
    if framed:
        drawing.add(
            Rect(
                0,
                0,
                width,
                DRAWING_HEIGHT * scale,
                rx=4,
                ry=4,
                fillColor=None,
                strokeColor=RULE,
                strokeWidth=0.8,
            )
        )
    art = Group(*(_shape(s) for s in shapes))
    art.transform = (scale, 0, 0, scale, 0, 0)
    drawing.add(art)
    return drawing
