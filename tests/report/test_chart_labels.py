"""Progress charts: the legend sits above the plot, and value labels never overlap."""

from __future__ import annotations

import pytest
from pdf_helpers import ana
from reportlab.graphics.shapes import Rect, String

from kneedesk.core.progress import progress_series
from kneedesk.report.charts import VALUE_FONT, progress_chart
from kneedesk.report.fonts import SANS_BOLD, register_fonts
from kneedesk.report.handout_progress import CHART_HEIGHT, date_labeller
from kneedesk.report.templates import content_width


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_legend_rows_clear_the_plot_and_value_labels_do_not_overlap(paper: str) -> None:
    register_fonts()
    data = ana(3, paper=paper)
    a = data.assessment
    charts = 0
    for series in progress_series(data.visits, a.protocol, a.thresholds, data.units):
        if not series.has_trend or len(series.lines) < 2:
            continue
        dates = [p.date for p in series.lines[0].points]
        col_w = (content_width(paper) - 10) / 2
        drawing = progress_chart(series, col_w, CHART_HEIGHT, date_labeller(dates))
        plot = next(s for s in drawing.contents if isinstance(s, Rect))
        strings = [s for s in drawing.contents if isinstance(s, String)]
        names = {line.label for line in series.lines}
        legend = [s for s in strings if s.text in names]
        assert len(legend) == len(names)
        for s in legend:
            assert s.y - 0.24 * s.fontSize >= plot.y + plot.height, (series.id, s.text)
        values = [s for s in strings if s.fontName == SANS_BOLD]
        for n, s in enumerate(values):
            for t in values[n + 1 :]:
                if abs(s.x - t.x) < 1:
                    assert abs(s.y - t.y) >= VALUE_FONT, (series.id, s.text, t.text)
        charts += 1
    assert charts >= 3
