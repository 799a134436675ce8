"""The hip-to-knee chain drawing: which links this patient's findings support, and the picture.

Links supported by a finding are drawn solid and bold with "Seen in your tests"; the others are
grey, dashed and marked "Not seen today", so the picture reads the same in black and white.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Rect, String

from kneedesk.core.i18n import N_, _
from kneedesk.report.chain_shapes import arrow as _arrow
from kneedesk.report.chain_shapes import frame as _frame
from kneedesk.report.chain_shapes import leg_figure as _leg_figure
from kneedesk.report.fonts import SANS, SANS_BOLD
from kneedesk.report.styles import ACCENT, INK, MUTED, TINT, new_drawing
from kneedesk.report.textfit import (
    PlacedLine,
    TextBox,
    block_height,
    descent,
    fit_block,
    line_width,
    place,
    wrap,
)

# Link id -> (label, findings that support it).
LINKS: Mapping[str, tuple[str, frozenset[str]]] = {
    "hip": (
        N_("Hip and pelvis: weaker muscles or less control"),
        frozenset({"hip_strength_deficit", "pelvic_control", "trunk_control", "balance_asymmetry"}),
    ),
    "thigh": (
        N_("The thigh turns and drops inward"),
        frozenset({"pelvic_control", "knee_collapse"}),
    ),
    "knee_in": (N_("The knee moves inward over the foot"), frozenset({"knee_collapse"})),
    "ankle": (N_("Stiff ankle"), frozenset({"ankle_mobility"})),
    "knee_forward": (
        N_("The knee travels further forward and inward"),
        frozenset({"ankle_mobility"}),
    ),
}
LOAD_ITEMS: Mapping[str, tuple[str, frozenset[str]]] = {
    "too_much": (N_("Too much, too soon"), frozenset({"load_spike"})),
    "downhill": (N_("Downhill, deep squats"), frozenset({"downhill_squat_load"})),
    "fatigue": (N_("Running on tired legs"), frozenset({"fatigue_breakdown"})),
    "stride": (N_("Long, slow strides"), frozenset({"low_cadence"})),
}
TARGET = N_("More load where the kneecap meets the thigh bone")
SEEN = N_("Seen in your tests")
NOT_SEEN = N_("Not seen today")
LEGEND = N_(
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
MIN_SIZE = 8.0  # labels shrink to this at most, then wrap or shorten
PAD = 7.0  # inner padding of a box, left and right
STATUS_SIZE = 8.5
STATUS_BASELINE = 6.0  # "Seen in your tests", above the box's bottom edge
LABEL_TOP = 5.0  # label's top below the box's top edge
LABEL_CLEAR = STATUS_BASELINE + STATUS_SIZE + 1.5  # labels stay above the status line
ITEM_GAP = 3.0  # between training-load items
# Translators: the two lines of the caption under the leg figure, one sentence split in two.
CAPTION = (N_("Front view: pelvis drops,"), N_("knee drifts inward"))
CAPTION_SIZE = 8.5
CAPTION_LEADING = 10.0


def _status_line(text: str, x: float, y: float, w: float, color: object) -> PlacedLine:
    fitted = fit_block(
        text,
        SANS,
        size=STATUS_SIZE,
        min_size=7.0,
        width=w - 2 * PAD,
        height=block_height(1, SANS, STATUS_SIZE, STATUS_SIZE),
    )
    return PlacedLine(fitted.lines[0], x + PAD, y + STATUS_BASELINE, SANS, fitted.size, color)


def _label_lines(
    label: str, x: float, y: float, w: float, top: float, font: str, color: object
) -> list[PlacedLine]:
    """The label wrapped (and shrunk if needed) between `top` and the status line."""
    fitted = fit_block(
        label,
        font,
        size=FONT_SIZE,
        min_size=MIN_SIZE,
        width=w - 2 * PAD,
        height=top - (y + LABEL_CLEAR),
        leading_ratio=LEADING / FONT_SIZE,
    )
    return place(fitted, font, x + PAD, top, color)


def _label_box(
    name: str, x: float, y: float, w: float, h: float, label: str, active: bool
) -> TextBox:
    font = SANS_BOLD if active else SANS
    lines = _label_lines(label, x, y, w, y + h - LABEL_TOP, font, INK if active else MUTED)
    status = _status_line(_(SEEN if active else NOT_SEEN), x, y, w, ACCENT if active else MUTED)
    return TextBox(name, x, y, w, h, (*lines, status))


def _items_at(
    state: ChainState, x: float, w: float, top: float, size: float, one_line: bool
) -> tuple[list[PlacedLine], float]:
    """The items at one size, and how low they reach."""
    lines: list[PlacedLine] = []
    y = top
    for key, (label, _findings) in LOAD_ITEMS.items():
        on = state.load[key]
        font = SANS_BOLD if on else SANS
        color = INK if on else MUTED
        mark = "●" if on else "○"
        indent = line_width(f"{mark}  ", font, size)
        fitted = fit_block(
            _(label),
            font,
            size=size,
            min_size=size,
            width=w - 2 * PAD - 2 - indent,
            height=block_height(1, font, size, size) if one_line else float("inf"),
            leading_ratio=LEADING / FONT_SIZE,
        )
        placed = place(fitted, font, x + PAD + 2 + indent, y, color)
        lines += [PlacedLine(mark, x + PAD + 2, placed[0].y, font, size, color), *placed]
        y = placed[-1].y - descent(font, size) - ITEM_GAP
    return lines, y + ITEM_GAP


def _load_items(
    state: ChainState, x: float, w: float, top: float, bottom: float
) -> list[PlacedLine]:
    """The training-load items, marked ● or ○, wrapped at one size that lets all of them fit.

    Smaller down to MIN_SIZE; below that each item is one line, shortened if it must be.
    """
    size = FONT_SIZE - 0.5
    while True:
        lines, low = _items_at(state, x, w, top, size, one_line=False)
        if low >= bottom:
            return lines
        if size <= MIN_SIZE:
            return _items_at(state, x, w, top, MIN_SIZE, one_line=True)[0]
        size = max(size - 0.5, MIN_SIZE)


def _load_box(x: float, y: float, w: float, h: float, state: ChainState) -> TextBox:
    active = state.load_active
    title = _label_lines(
        _("Training load"),
        x,
        y,
        w,
        y + h - LABEL_TOP,
        SANS_BOLD if active else SANS,
        INK if active else MUTED,
    )
    items_top = title[-1].y - descent(title[-1].font, title[-1].size) - 4
    items = _load_items(state, x, w, items_top, y + LABEL_CLEAR)
    status = _status_line(_(SEEN if active else NOT_SEEN), x, y, w, ACCENT if active else MUTED)
    return TextBox("load", x, y, w, h, (*title, *items, status))


def _caption_box(x: float, y: float, w: float) -> TextBox:
    """The two caption lines under the leg figure, centred; `y` is the figure's bottom."""
    lines: list[PlacedLine] = []
    baseline = y + 6
    for text in CAPTION:
        for line in wrap(_(text), SANS, CAPTION_SIZE, w - 2 * PAD):
            width = line_width(line, SANS, CAPTION_SIZE)
            lines.append(PlacedLine(line, x + (w - width) / 2, baseline, SANS, CAPTION_SIZE, MUTED))
            baseline -= CAPTION_LEADING
    bottom = lines[-1].y - descent(SANS, CAPTION_SIZE) - 1
    return TextBox("caption", x, bottom, w, y + 6 + CAPTION_SIZE - bottom, tuple(lines))


def _add_text(group: Group, box: TextBox) -> None:
    for line in box.lines:
        group.add(
            String(
                line.x,
                line.y,
                line.text,
                fontName=line.font,
                fontSize=line.size,
                fillColor=line.color,
            )
        )


@dataclass(frozen=True)
class ChainLayout:
    """Where the figure's parts go: three columns, four rows, and every box with its text."""

    width: float
    height: float
    col: float
    box_h: float
    xs: tuple[float, float, float]
    ys: tuple[float, float, float, float]  # bottom of each row, row 0 at the bottom
    boxes: Mapping[str, TextBox]

    @property
    def load_h(self) -> float:
        """Height of the training-load box (and the leg figure beside it): two rows."""
        return 2 * self.box_h + ROW_GAP


ROW_GAP = 18.0
COL_GAP = 22.0
BOX_H = 62.0


def chain_layout(state: ChainState, width: float) -> ChainLayout:
    """Every box of the chain figure `width` points wide, with its text fitted inside it."""
    col = (width - 2 * COL_GAP) / 3
    row = BOX_H + ROW_GAP
    xs = (0.0, col + COL_GAP, 2 * (col + COL_GAP))
    ys = (2.0, 2.0 + row, 2.0 + 2 * row, 2.0 + 3 * row)
    links = state.links
    boxes = {
        key: _label_box(key, xs[c], ys[r], col, BOX_H, _(LINKS[key][0]), links[key])
        for key, c, r in (
            ("hip", 0, 3),
            ("thigh", 0, 2),
            ("knee_in", 0, 1),
            ("knee_forward", 1, 0),
            ("ankle", 2, 0),
        )
    }
    x1, y1 = xs[1], ys[1]
    target_label = _label_lines(_(TARGET), x1, y1, col, y1 + BOX_H - LABEL_TOP, SANS_BOLD, INK)
    target_status = _status_line(_("Where your knee hurts"), x1, y1, col, ACCENT)
    boxes["target"] = TextBox("target", x1, y1, col, BOX_H, (*target_label, target_status))
    boxes["load"] = _load_box(xs[2], ys[2], col, 2 * BOX_H + ROW_GAP, state)
    boxes["caption"] = _caption_box(xs[1], ys[2], col)
    return ChainLayout(width, 4 * row - ROW_GAP + 4, col, BOX_H, xs, ys, boxes)


def chain_drawing(state: ChainState, width: float) -> Drawing:
    """The hip-to-knee chain as a vector drawing `width` points wide."""
    layout = chain_layout(state, width)
    col, box_h, load_h = layout.col, layout.box_h, layout.load_h
    (x0, x1, x2), ys = layout.xs, layout.ys
    boxes = layout.boxes
    drawing = new_drawing(width, layout.height)
    links = state.links

    for key in ("hip", "thigh", "knee_in", "knee_forward", "ankle"):
        box = boxes[key]
        drawing.add(_frame(box.x, box.y, box.w, box.h, links[key]))
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
    drawing.add(
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
        )
    )
    drawing.add(
        Rect(tx, ty, col, box_h, rx=5, ry=5, fillColor=TINT, strokeColor=ACCENT, strokeWidth=2.2)
    )
    drawing.add(_arrow(x0 + col, ys[1] + box_h / 2, tx - 4, ys[1] + box_h / 2, links["knee_in"]))

    # From below: the ankle.
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
    drawing.add(_frame(x2, ys[2], col, load_h, state.load_active))
    drawing.add(_leg_figure(x1, ys[2], col, load_h, links["thigh"] or links["knee_in"]))
    drawing.add(_arrow(x2, ys[2] + 10, tx + col + 4, ty + box_h - 8, state.load_active))
    text = Group()
    for box in boxes.values():
        _add_text(text, box)
    drawing.add(text)
    return drawing
