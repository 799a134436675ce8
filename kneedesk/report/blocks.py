"""Small building blocks for report stories: headings, call-out boxes, tiles and lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
)

from kneedesk.report.fonts import SANS, SANS_BOLD, fit_size
from kneedesk.report.styles import ACCENT, ALERT, RULE, TINT, lighter, table_style

Styles = Mapping[str, ParagraphStyle]


def heading(text: str, styles: Styles, *, level: int = 1, keep: float = 40 * mm) -> list[Flowable]:
    """A section heading that never sits alone at the bottom of a page."""
    style = styles["h1"] if level == 1 else styles["h2"]
    return [CondPageBreak(keep), Paragraph(text, style)]


def section_rule(width: float) -> Table:
    """A thin accent rule under a section heading."""
    table = Table([[""]], colWidths=[width], rowHeights=[2])
    table.setStyle(table_style([("LINEABOVE", (0, 0), (-1, -1), 1.2, ACCENT)]))
    return table


def callout(
    content: Sequence[Flowable], width: float, *, strong: bool = False, alert: bool = False
) -> Table:
    """Content in a tinted box with a heavy left bar (the bar carries meaning in grey too)."""
    bar = ALERT if alert else (ACCENT if strong else RULE)
    table = Table([[list(content)]], colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), lighter(ALERT, 0.9) if alert else TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 4 if (strong or alert) else 2.5, bar),
                ("BOX", (0, 0), (-1, -1), 1.4 if alert else 0, bar if alert else TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


def bullets(items: Sequence[str], style: ParagraphStyle, *, numbered: bool = False) -> Flowable:
    """A bulleted or numbered list of paragraphs (text already marked up)."""
    flow = [ListItem(Paragraph(t, style)) for t in items]
    if numbered:
        return ListFlowable(
            flow,
            bulletType="1",
            bulletFontName=SANS_BOLD,
            bulletFontSize=style.fontSize,
            bulletColor=ACCENT,
            leftIndent=16,
            bulletFormat="%s.",
        )
    return ListFlowable(
        flow,
        bulletType="bullet",
        start="•",
        bulletFontName=SANS,
        bulletFontSize=style.fontSize,
        bulletColor=ACCENT,
        leftIndent=14,
    )


TILE_GAP = 6.0
TILE_PAD_LEFT = 9.0
TILE_PAD_RIGHT = 6.0
TILE_VALUE_MIN_SIZE = 12.0


def tile_columns(count: int, width: float) -> list[tuple[float, float]]:
    """Left edge and width of each of `count` tiles side by side in `width` points."""
    cols = max(count, 1)
    cell_w = (width - TILE_GAP * (cols - 1)) / cols
    return [(n * (cell_w + TILE_GAP), cell_w) for n in range(cols)]


def tile_value_style(value: str, cell_w: float, styles: Styles) -> ParagraphStyle:
    """The big number's style, smaller (within limits) when the value would not fit on one line."""
    style = styles["tile_value"]
    inner = cell_w - TILE_PAD_LEFT - TILE_PAD_RIGHT
    size = fit_size(value, style.fontSize, inner, TILE_VALUE_MIN_SIZE, bold=True)
    if size == style.fontSize:
        return style
    return ParagraphStyle(
        f"tile_value_{size}",
        parent=style,
        fontSize=size,
        leading=size * style.leading / style.fontSize,
    )


def tiles(entries: Sequence[tuple[str, str, str]], width: float, styles: Styles) -> Table:
    """Key numbers side by side: (value, label, note) each in its own box."""
    cell_w = tile_columns(len(entries), width)[0][1]
    gap = TILE_GAP
    cells = []
    for value, label, note in entries:
        parts: list[Flowable] = [
            Paragraph(value, tile_value_style(value, cell_w, styles)),
            Spacer(1, 2),
            Paragraph(label, styles["tile_label"]),
        ]
        if note:
            parts += [Spacer(1, 3), Paragraph(note, styles["label"])]
        cells.append(parts)
    row: list[object] = []
    widths: list[float] = []
    for n, cell in enumerate(cells):
        if n:
            row.append("")
            widths.append(gap)
        row.append(cell)
        widths.append(cell_w)
    table = Table([row], colWidths=widths)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("LEFTPADDING", (0, 0), (-1, -1), TILE_PAD_LEFT),
        ("RIGHTPADDING", (0, 0), (-1, -1), TILE_PAD_RIGHT),
    ]
    for n in range(0, len(row), 2):
        commands += [
            ("BACKGROUND", (n, 0), (n, 0), TINT),
            ("LINEABOVE", (n, 0), (n, 0), 2.5, ACCENT),
        ]
    table.setStyle(table_style(commands))
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    """Keep a block on one page when it fits."""
    return KeepTogether(list(flowables))


def grid(
    cells: Sequence[Flowable | list[Flowable]], width: float, columns: int = 2, gap: float = 10
) -> Table:
    """Flowables laid out in equal columns, row by row."""
    col_w = (width - gap * (columns - 1)) / columns
    rows: list[list[object]] = []
    for start in range(0, len(cells), columns):
        chunk: list[object] = list(cells[start : start + columns])
        chunk += [""] * (columns - len(chunk))
        row: list[object] = []
        for n, cell in enumerate(chunk):
            if n:
                row.append("")
            row.append(cell)
        rows.append(row)
    widths: list[float] = []
    for n in range(columns):
        if n:
            widths.append(gap)
        widths.append(col_w)
    table = Table(rows, colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return table


def fitted_title(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """The title on one line where it can be: set smaller (down to 18 pt) before it wraps, as
    titles in some languages run longer than the English."""
    size = fit_size(text, style.fontSize, width, 18, bold=True)
    if size == style.fontSize:
        return Paragraph(text, style)
    leading = size * style.leading / style.fontSize
    return Paragraph(
        text, ParagraphStyle(f"{style.name}-fitted", parent=style, fontSize=size, leading=leading)
    )
