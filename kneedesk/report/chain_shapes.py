"""The shapes of the chain figure: box frames, arrows and the leg seen from the front."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, Line, Polygon, Rect

from kneedesk.report.styles import FAINT, INK, MUTED, TINT


def frame(x: float, y: float, w: float, h: float, active: bool) -> Rect:
    """A link's box: solid and tinted when seen in the tests, grey and dashed when not."""
    if active:
        return Rect(x, y, w, h, rx=5, ry=5, fillColor=TINT, strokeColor=INK, strokeWidth=1.6)
    return Rect(
        x,
        y,
        w,
        h,
        rx=5,
        ry=5,
        fillColor=None,
        strokeColor=FAINT,
        strokeWidth=0.9,
        strokeDashArray=[3, 2.5],
    )


def arrow(x1: float, y1: float, x2: float, y2: float, active: bool) -> Group:
    """An arrow from (x1, y1) to (x2, y2), bold when the link is seen, dashed when not."""
    group = Group()
    color = INK if active else FAINT
    dash = None if active else [3, 2.5]
    group.add(
        Line(
            x1,
            y1,
            x2,
            y2,
            strokeColor=color,
            strokeWidth=1.8 if active else 1.0,
            strokeDashArray=dash,
        )
    )
    dx, dy = x2 - x1, y2 - y1
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    size = 7.0 if active else 5.5
    left = (x2 - size * ux + size * 0.5 * uy, y2 - size * uy - size * 0.5 * ux)
    right = (x2 - size * ux - size * 0.5 * uy, y2 - size * uy + size * 0.5 * ux)
    group.add(Polygon([x2, y2, *left, *right], fillColor=color, strokeColor=color, strokeWidth=0.5))
    return group


def leg_figure(x: float, y: float, w: float, h: float, active: bool) -> Group:
    """A front view of a standing leg: the pelvis drops and the knee drifts inward."""
    group = Group()
    color = INK if active else FAINT
    dash = None if active else [3, 2.5]
    cx = x + w / 2
    top, bottom = y + h - 8, y + 22
    hip = (cx - 22, top - 20)
    far_hip = (cx + 26, top - 30)
    knee = (cx - 4, (top + bottom) / 2 - 8)
    ankle = (cx - 22, bottom + 8)
    group.add(
        Line(
            hip[0] - 8,
            hip[1] + 2,
            far_hip[0] + 8,
            far_hip[1] - 2,
            strokeColor=color,
            strokeWidth=3,
            strokeLineCap=1,
            strokeDashArray=dash,
        )
    )
    for a, b in ((hip, knee), (knee, ankle)):
        group.add(
            Line(
                a[0],
                a[1],
                b[0],
                b[1],
                strokeColor=color,
                strokeWidth=4.5,
                strokeLineCap=1,
                strokeDashArray=dash,
            )
        )
    group.add(
        Line(
            ankle[0] - 9,
            bottom + 4,
            ankle[0] + 9,
            bottom + 4,
            strokeColor=color,
            strokeWidth=4,
            strokeLineCap=1,
        )
    )
    group.add(
        Line(
            hip[0],
            hip[1] + 6,
            ankle[0],
            bottom,
            strokeColor=MUTED,
            strokeWidth=0.9,
            strokeDashArray=[2, 2],
        )
    )
    group.add(arrow(far_hip[0] + 10, far_hip[1] + 10, far_hip[0] + 10, far_hip[1] - 8, active))
    group.add(arrow(knee[0] + 22, knee[1], knee[0] + 7, knee[1], active))
    return group
