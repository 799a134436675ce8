"""A pytest plugin that previews the printed pages once every string is wrapped: each
paragraph, table cell, page-furniture line and chain-figure label comes out in the
pseudo-language, wrapped in _() or not (data with words too: an over-approximation).

    PYTHONPATH=i18n-work/i18n-pseudo python -m pytest -p preview_report -q \
        tests/report/test_pseudo_pages.py
"""

from __future__ import annotations

from typing import Any

from preview_gui import as_pseudo
from reportlab.platypus import paragraph, tables

from kneedesk.report import chain, chain_v2, fonts, templates

_paragraph_init = paragraph.Paragraph.__init__
_table_init = tables.Table.__init__
_draw_text = fonts.draw_text


def _paragraph(self: Any, text: Any, *args: Any, **kwargs: Any) -> None:
    _paragraph_init(self, as_pseudo(text), *args, **kwargs)


def _table(self: Any, data: Any, *args: Any, **kwargs: Any) -> None:
    rows = [[as_pseudo(cell) for cell in row] for row in data]
    _table_init(self, rows, *args, **kwargs)


def _draw(canvas: Any, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> float:
    return float(_draw_text(canvas, x, y, as_pseudo(text), *args, **kwargs))


def _fitting(original: Any) -> Any:
    def fit_block(text: str, *args: Any, **kwargs: Any) -> Any:
        return original(as_pseudo(text), *args, **kwargs)

    return fit_block


paragraph.Paragraph.__init__ = _paragraph
tables.Table.__init__ = _table
fonts.draw_text = templates.draw_text = _draw
for module in (chain, chain_v2):
    module.fit_block = _fitting(module.fit_block)  # type: ignore[attr-defined]
