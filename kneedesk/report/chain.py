"""The hip-to-knee chain drawing: which links this patient's findings support, and the picture.

Links supported by a finding are drawn solid and bold with "Seen in your tests"; the others are
grey, dashed and marked "Not seen today", so the picture reads the same in black and white.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.utils import simpleSplit

from kneedesk.report.fonts import SANS, SANS_BOLD
from kneedesk.report.styles import ACCENT, FAINT, INK, MUTED, TINT, new_drawing

# Link id -> (label, findings that support it).
LINKS: Mapping[str, tuple[str, frozenset[str]]] = {
    "hip": (
        "Hip and pelvis: weaker muscles or less control",
        frozenset({"hip_strength_deficit", "pelvic_control", "trunk_control", "balance_asymmetry"}),
    ),
    "thigh": ("The thigh turns and drops inward", frozenset({"pelvic_control", "knee_collapse"})),
    "knee_in": ("The knee moves inward over the foot", frozenset({"knee_collapse"})),
    "ankle": ("Stiff ankle", frozenset({"ankle_mobility"})),
    "knee_forward": ("The knee travels further forward and inward", frozenset({"ankle_mobility"})),
}
LOAD_ITEMS: Mapping[str, tuple[str, frozenset[str]]] = {
    "too_much": ("Too much, too soon", frozenset({"load_spike"})),
    "downhill": ("Downhill, deep squats", frozenset({"downhill_squat_load"})),
    "fatigue": ("Running on tired legs", frozenset({"fatigue_breakdown"})),
    "stride": ("Long, slow strides", frozenset({"low_cadence"})),
}
TARGET = "More load where the kneecap meets the thigh bone"
SEEN = "Seen in your tests"
NOT_SEEN = "Not seen today"
LEGEND = (
    "Solid boxes and arrows: seen in your tests today. Grey dashed boxes: links we checked "
    "that did not show up for you."
)


@dataclass(frozen=True)
class ChainState:
    """Which links of the chain this patient's findings support."""

    links: Mapping[str, bool]
    load: Mapping[str, bool]

    @property
    def load_active(self) -> bool:
        """Whether any training-load link is supported."""
        return any(self.load.values())

    @property
    def any_active(self) -> bool:
        """Whether anything in the chain is supported."""
        return any(self.links.values()) or self.load_active


def chain_state(finding_ids: Iterable[str]) -> ChainState:
    """The links supported by these findings (only those; never inferred beyond them)."""
    fired = frozenset(finding_ids)
    return ChainState(
        links={k: bool(ids & fired) for k, (_, ids) in LINKS.items()},
        load={k: bool(ids & fired) for k, (_, ids) in LOAD_ITEMS.items()},
    )


FONT_SIZE = 10.5
LEADING = 13.0


def _text_lines(
    group: Group,
    lines: list[str],
    x: float,
    top: float,
    bold: bool,
    color: object,
    size: float = FONT_SIZE,
) -> None:
    for n, line in enumerate(lines):
        group.add(
            String(
                x,
                top - size - n * LEADING,
                line,
                fontName=SANS_BOLD if bold else SANS,
                fontSize=size,
                fillColor=color,
            )
        )


def _box(x: float, y: float, w: float, h: float, label: str, active: bool) -> Group:
    group = Group()
    if active:
        group.add(Rect(x, y, w, h, rx=5, ry=5, fillColor=TINT, strokeColor=INK, strokeWidth=1.6))
    else:
        group.add(
            Rect(
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
        )
    font = SANS_BOLD if active else SANS
    lines = simpleSplit(label, font, FONT_SIZE, w - 14)
    _text_lines(group, lines, x + 7, y + h - 5, active, INK if active else MUTED)
    group.add(
        String(
            x + 7,
            y + 6,
            SEEN if active else NOT_SEEN,
            fontName=SANS,
            fontSize=8.5,
            fillColor=ACCENT if active else MUTED,
        )
    )
    return group


def _arrow(x1: float, y1: float, x2: float, y2: float, active: bool) -> Group:
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


def _load_box(x: float, y: float, w: float, h: float, state: ChainState) -> Group:
    active = state.load_active
    group = _box(x, y, w, h, "Training load", active)
    top = y + h - 5 - LEADING - 4
    for n, (key, (label, _)) in enumerate(LOAD_ITEMS.items()):
        on = state.load[key]
        mark = "●" if on else "○"
        group.add(
            String(
                x + 9,
                top - FONT_SIZE - n * (LEADING + 3),
                f"{mark}  {label}",
                fontName=SANS_BOLD if on else SANS,
                fontSize=FONT_SIZE - 0.5,
                fillColor=INK if on else MUTED,
            )
        )
    return group


def _leg_figure(x: float, y: float, w: float, h: float, active: bool) -> Group:
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
    group.add(_arrow(far_hip[0] + 10, far_hip[1] + 10, far_hip[0] + 10, far_hip[1] - 8, active))
    group.add(_arrow(knee[0] + 22, knee[1], knee[0] + 7, knee[1], active))
    group.add(
        String(
            cx,
            y + 6,
            "Front view: pelvis drops,",
            fontName=SANS,
            fontSize=8.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    group.add(
        String(
            cx,
            y - 4,
            "knee drifts inward",
            fontName=SANS,
            fontSize=8.5,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return group


def chain_drawing(state: ChainState, width: float) -> Drawing:
    """The hip-to-knee chain as a vector drawing `width` points wide."""
    gap = 22.0
    col = (width - 2 * gap) / 3
    box_h = 62.0
    row = box_h + 18
    height = 4 * row - 18 + 4
    drawing = new_drawing(width, height)
    x0, x1, x2 = 0.0, col + gap, 2 * (col + gap)
    ys = [2 + r * row for r in range(4)]  # bottom of each row, row 0 at the bottom
    links = state.links

    drawing.add(_box(x0, ys[3], col, box_h, LINKS["hip"][0], links["hip"]))
    drawing.add(_box(x0, ys[2], col, box_h, LINKS["thigh"][0], links["thigh"]))
    drawing.add(_box(x0, ys[1], col, box_h, LINKS["knee_in"][0], links["knee_in"]))
    drawing.add(
        _arrow(
            x0 + col / 2, ys[3], x0 + col / 2, ys[2] + box_h + 1, links["hip"] and links["thigh"]
        )
    )
    drawing.add(
        _arrow(
            x0 + col / 2,
            ys[2],
            x0 + col / 2,
            ys[1] + box_h + 1,
            links["thigh"] and links["knee_in"],
        )
    )

    # The target: the kneecap, always drawn firmly: it is where the pain is.
    tx, ty = x1, ys[1]
    target = Group(
        Rect(
            tx - 3,
            ty - 3,
            col + 6,
            box_h + 6,
            rx=7,
            ry=7,
            fillColor=None,
            strokeColor=ACCENT,
            strokeWidth=1.0,
        ),
        Rect(tx, ty, col, box_h, rx=5, ry=5, fillColor=TINT, strokeColor=ACCENT, strokeWidth=2.2),
    )
    _text_lines(
        target,
        simpleSplit(TARGET, SANS_BOLD, FONT_SIZE, col - 14),
        tx + 7,
        ty + box_h - 5,
        True,
        INK,
    )
    target.add(
        String(
            tx + 7, ty + 6, "Where your knee hurts", fontName=SANS, fontSize=8.5, fillColor=ACCENT
        )
    )
    drawing.add(target)
    drawing.add(_arrow(x0 + col, ys[1] + box_h / 2, tx - 4, ys[1] + box_h / 2, links["knee_in"]))

    # From below: the ankle.
    drawing.add(_box(x2, ys[0], col, box_h, LINKS["ankle"][0], links["ankle"]))
    drawing.add(_box(x1, ys[0], col, box_h, LINKS["knee_forward"][0], links["knee_forward"]))
    drawing.add(
        _arrow(
            x2,
            ys[0] + box_h / 2,
            x1 + col + 1,
            ys[0] + box_h / 2,
            links["ankle"] and links["knee_forward"],
        )
    )
    drawing.add(_arrow(x1 + col / 2, ys[0] + box_h, x1 + col / 2, ty - 4, links["knee_forward"]))

    # Load: applies to the whole knee.
    load_h = 2 * box_h + 18
    drawing.add(_load_box(x2, ys[2], col, load_h, state))
    drawing.add(_leg_figure(x1, ys[2], col, load_h, links["thigh"] or links["knee_in"]))
    drawing.add(_arrow(x2, ys[2] + 10, tx + col + 4, ty + box_h - 8, state.load_active))
    return drawing
