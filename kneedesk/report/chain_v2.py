"""The protocol v2 chain figure (clinical content v2, 5.1; drawn on the pfp path only).

Each box is "seen" (bold: a listed test observed that link directly), "possible" (dark dashed:
inferred from a seen link next to it) or "not seen" (grey dashed). There is no "knee travels
forward" box: the stiff ankle points at the knee box. Arrows are solid only when both ends are
seen. Training changes light nothing; the four load items light by their findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from reportlab.graphics.shapes import Drawing, Group, Rect, String

from kneedesk.core.i18n import _
from kneedesk.report import handout_text_v2 as v2
from kneedesk.report.chain import (
    BOX_H,
    COL_GAP,
    FONT_SIZE,
    LEADING,
    ROW_GAP,
    _caption_box,
    _label_lines,
)
from kneedesk.report.chain import _status_line as status_line
from kneedesk.report.chain_shapes import arrow, leg_figure
from kneedesk.report.fonts import SANS, SANS_BOLD
from kneedesk.report.styles import ACCENT, FAINT, INK, MUTED, TINT, new_drawing
from kneedesk.report.textfit import PlacedLine, TextBox, descent, fit_block, line_width, place


class Seen(StrEnum):
    """How a box of the chain is drawn."""

    SEEN = "seen"
    POSSIBLE = "possible"
    NOT_SEEN = "not_seen"


LOAD_FINDINGS: Mapping[str, str] = {
    "too_much": "load_spike",
    "downhill": "downhill_squat_load",
    "fatigue": "fatigue_breakdown",
    "stride": "low_cadence",
}


@dataclass(frozen=True)
class ChainStateV2:
    """The state of each box ("hip", "thigh", "knee_in", "ankle") and of each load item."""

    boxes: Mapping[str, Seen]
    load: Mapping[str, bool]

    @property
    def load_active(self) -> bool:
        """Whether any training-load item is lit."""
        return any(self.load.values())

    @property
    def any_seen(self) -> bool:
        """Whether any box or load item was seen in the tests today."""
        return any(s is Seen.SEEN for s in self.boxes.values()) or self.load_active


def chain_state_v2(finding_ids: Iterable[str]) -> ChainStateV2:
    """5.1: seen / possible / not seen for each box, from the fired findings' ids."""
    fired = frozenset(finding_ids)

    def state(seen: bool, possible: bool) -> Seen:
        return Seen.SEEN if seen else Seen.POSSIBLE if possible else Seen.NOT_SEEN

    hip_seen = bool(fired & {"hip_strength_deficit", "pelvic_control"})
    ankle_seen = "ankle_mobility" in fired
    collapse = "knee_collapse" in fired
    boxes = {
        "hip": state(hip_seen, bool(fired & {"trunk_control", "balance_asymmetry"})),
        "thigh": state(collapse, hip_seen),
        "knee_in": state(collapse, hip_seen or ankle_seen),
        "ankle": state(ankle_seen, False),
    }
    return ChainStateV2(boxes, {k: f in fired for k, f in LOAD_FINDINGS.items()})


def frame(x: float, y: float, w: float, h: float, state: Seen) -> Rect:
    """A box: tinted and bold when seen, dark dashed when possible, grey dashed when not."""
    if state is Seen.SEEN:
        return Rect(x, y, w, h, rx=5, ry=5, fillColor=TINT, strokeColor=INK, strokeWidth=1.6)
    color, width = (INK, 1.1) if state is Seen.POSSIBLE else (FAINT, 0.9)
    return Rect(
        x, y, w, h, rx=5, ry=5, fillColor=None, strokeColor=color, strokeWidth=width,
        strokeDashArray=[4, 2.5],
    )  # fmt: skip


def _box(name: str, x: float, y: float, w: float, h: float, label: str, state: Seen) -> TextBox:
    seen = state is Seen.SEEN
    font = SANS_BOLD if seen else SANS
    color = MUTED if state is Seen.NOT_SEEN else INK
    lines = _label_lines(label, x, y, w, y + h - 5.0, font, color)
    status_color = ACCENT if seen else color
    status = status_line(_(v2.CHAIN_STATES[state.value]), x, y, w, status_color)
    return TextBox(name, x, y, w, h, (*lines, status))


def _load_box(x: float, y: float, w: float, h: float, state: ChainStateV2) -> TextBox:
    active = state.load_active
    font, color = (SANS_BOLD, INK) if active else (SANS, MUTED)
    title = _label_lines(_("Training load"), x, y, w, y + h - 5.0, font, color)
    top = title[-1].y - descent(title[-1].font, title[-1].size) - 4
    size = 10.0
    items: list[PlacedLine] = []
    while size >= 8.0:
        items, low = _items(state, x, w, top, size)
        if low >= y + 16:
            break
        size -= 0.5
    seen = _(v2.CHAIN_STATES["seen" if active else "not_seen"])
    status = status_line(seen, x, y, w, ACCENT if active else MUTED)
    return TextBox("load", x, y, w, h, (*title, *items, status))


def _items(
    state: ChainStateV2, x: float, w: float, top: float, size: float
) -> tuple[list[PlacedLine], float]:
    """The load items marked with a filled or open dot, at one size, and how low they reach."""
    lines: list[PlacedLine] = []
    y = top
    for key, label in v2.CHAIN_LOAD_ITEMS.items():
        on = state.load[key]
        font, color, mark = (SANS_BOLD, INK, "●") if on else (SANS, MUTED, "○")
        indent = line_width(f"{mark}  ", font, size)
        fitted = fit_block(
            _(label), font, size=size, min_size=size, width=w - 16 - indent,
            height=float("inf"), leading_ratio=LEADING / FONT_SIZE,
        )  # fmt: skip
        placed = place(fitted, font, x + 9 + indent, y, color)
        lines += [PlacedLine(mark, x + 9, placed[0].y, font, size, color), *placed]
        y = placed[-1].y - descent(font, size) - 3.0
    return lines, y + 3.0


def _add_text(group: Group, box: TextBox) -> None:
    for line in box.lines:
        group.add(
            String(line.x, line.y, line.text, fontName=line.font, fontSize=line.size,
                   fillColor=line.color)
        )  # fmt: skip


def _arrow(x1: float, y1: float, x2: float, y2: float, a: Seen, b: Seen) -> Group:
    """Solid only when both ends are seen; dark dashed towards a possible link; else grey."""
    if a is Seen.SEEN and b is Seen.SEEN:
        return arrow(x1, y1, x2, y2, True)
    group = arrow(x1, y1, x2, y2, False)
    if Seen.NOT_SEEN not in (a, b):
        for shape in group.contents:
            shape.strokeColor = INK
            if hasattr(shape, "fillColor") and shape.fillColor is not None:
                shape.fillColor = INK
    return group


def chain_height(width: float) -> float:
    """The figure's height: four rows of boxes."""
    return 4 * (BOX_H + ROW_GAP) - ROW_GAP + 4


def chain_drawing_v2(state: ChainStateV2, width: float) -> Drawing:
    """The v2 chain, `width` points wide: hip, thigh and knee in the left column with the
    stiff ankle below them, the kneecap target in the middle, the load box on the right."""
    col = (width - 2 * COL_GAP) / 3
    row = BOX_H + ROW_GAP
    xs = (0.0, col + COL_GAP, 2 * (col + COL_GAP))
    ys = (2.0, 2.0 + row, 2.0 + 2 * row, 2.0 + 3 * row)
    b = state.boxes
    place = {"hip": 3, "thigh": 2, "knee_in": 1, "ankle": 0}
    boxes = {
        key: _box(key, xs[0], ys[r], col, BOX_H, _(v2.CHAIN_BOXES[key]), b[key])
        for key, r in place.items()
    }
    drawing = new_drawing(width, chain_height(width))
    for key, box in boxes.items():
        drawing.add(frame(box.x, box.y, box.w, box.h, b[key]))
    mid = xs[0] + col / 2
    drawing.add(_arrow(mid, ys[3], mid, ys[2] + BOX_H + 1, b["hip"], b["thigh"]))
    drawing.add(_arrow(mid, ys[2], mid, ys[1] + BOX_H + 1, b["thigh"], b["knee_in"]))
    drawing.add(_arrow(mid, ys[0] + BOX_H, mid, ys[1] - 1, b["ankle"], b["knee_in"]))

    tx, ty = xs[1], ys[1]
    drawing.add(
        Rect(tx - 3, ty - 3, col + 6, BOX_H + 6, rx=7, ry=7, fillColor=None,
             strokeColor=ACCENT, strokeWidth=1.0)
    )  # fmt: skip
    drawing.add(
        Rect(tx, ty, col, BOX_H, rx=5, ry=5, fillColor=TINT, strokeColor=ACCENT, strokeWidth=2.2)
    )
    target = _label_lines(_(v2.CHAIN_TARGET), tx, ty, col, ty + BOX_H - 5.0, SANS_BOLD, INK)
    sub = status_line(_(v2.CHAIN_TARGET_SUB), tx, ty, col, ACCENT)
    boxes["target"] = TextBox("target", tx, ty, col, BOX_H, (*target, sub))
    drawing.add(
        _arrow(xs[0] + col, ys[1] + BOX_H / 2, tx - 4, ys[1] + BOX_H / 2, b["knee_in"], Seen.SEEN)
    )

    load_h = 2 * BOX_H + ROW_GAP
    load_state = Seen.SEEN if state.load_active else Seen.NOT_SEEN
    drawing.add(frame(xs[2], ys[2], col, load_h, load_state))
    boxes["load"] = _load_box(xs[2], ys[2], col, load_h, state)
    leg_on = Seen.SEEN in (b["thigh"], b["knee_in"])
    drawing.add(leg_figure(xs[1], ys[2], col, load_h, leg_on))
    boxes["caption"] = _caption_box(xs[1], ys[2], col)
    drawing.add(_arrow(xs[2], ys[2] + 10, tx + col + 4, ty + BOX_H - 8, load_state, Seen.SEEN))
    text = Group()
    for box in boxes.values():
        _add_text(text, box)
    drawing.add(text)
    return drawing
