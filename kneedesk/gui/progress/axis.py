"""A bottom axis that labels the visit dates themselves ("12 Nov"), never in-between days."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from kneedesk.core.i18n import SOURCE_LANGUAGE, current_language
from kneedesk.gui.progress.text import short_day, spans_years

MIN_LABEL_GAP_PX = 58  # room for "12 Nov 25" and a little air


def day_x(day: date) -> float:
    """A date's position on the x axis (days, so real gaps between visits show)."""
    return float(day.toordinal())


def label_gap(width: Callable[[str], float], with_year: bool, language: str) -> float:
    """The room a label needs: `MIN_LABEL_GAP_PX`, plus however much wider the language's
    widest label ("28. Sept. 26") is than the English one, in the axis's font (`width`)."""
    if language == SOURCE_LANGUAGE:
        return MIN_LABEL_GAP_PX

    def widest(lang: str) -> float:
        days = (date(2026, month, 28) for month in range(1, 13))
        return max(width(short_day(d, with_year=with_year, language=lang)) for d in days)

    return MIN_LABEL_GAP_PX + max(0.0, widest(language) - widest(SOURCE_LANGUAGE))


def thin_labels(xs: Sequence[float], px_per_unit: float, gap_px: float) -> list[float]:
    """The positions to label so labels do not overlap; the latest visit is always labelled."""
    if not xs:
        return []
    ordered = sorted(set(xs))
    kept: list[float] = []
    for x in ordered:
        if not kept or (x - kept[-1]) * px_per_unit >= gap_px:
            kept.append(x)
    last = ordered[-1]
    if kept[-1] != last:
        # Too close to the one before: the latest visit matters more, so it wins.
        if len(kept) > 1 and (last - kept[-1]) * px_per_unit < gap_px:
            kept.pop()
        kept.append(last)
    return kept


class VisitDateAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """Ticks at the visit dates; labels thinned to fit the chart's width."""

    def __init__(self, days: Sequence[date], **kwargs: Any) -> None:
        super().__init__("bottom", **kwargs)
        # Only the first tick level (the thinned visit dates) has labels: the other ticks are
        # marks, so their (empty) texts are neither measured nor drawn.
        self.setStyle(maxTextLevel=0)
        self._xs: list[float] = []
        self._with_year = False
        self._labelled: set[float] = set()
        self._gap_px = float(MIN_LABEL_GAP_PX)
        self.set_days(days)

    def set_days(self, days: Sequence[date]) -> None:
        """Tick at these visit dates from now on (a chart shown for another patient)."""
        self._xs = sorted({day_x(d) for d in days})
        self._with_year = spans_years(days)
        metrics = QFontMetricsF(self.font())
        self._gap_px = label_gap(metrics.horizontalAdvance, self._with_year, current_language())
        self.picture = None  # pyqtgraph's cached drawing of the axis
        self.update()

    def tickValues(self, min_val: float, max_val: float, size: float) -> list[Any]:
        shown = [x for x in self._xs if min_val <= x <= max_val]
        span = max_val - min_val
        px_per_unit = size / span if span > 0 else 0.0
        labelled = thin_labels(shown, px_per_unit, self._gap_px) if px_per_unit else shown
        self._labelled = set(labelled)
        rest = [x for x in shown if x not in self._labelled]
        return [(1.0, labelled), (1.0, rest)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [
            short_day(date.fromordinal(round(v)), with_year=self._with_year)
            if v in self._labelled
            else ""
            for v in values
        ]
