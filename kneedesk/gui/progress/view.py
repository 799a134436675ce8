"""The Progress tab: one small chart per measure over the patient's visits, in a grid."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.progress import Series
from kneedesk.gui.progress.chart import ChartWidget
from kneedesk.gui.progress.data import ProgressData, load_progress
from kneedesk.gui.progress.text import line_name, long_day, value_text
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

MIN_CHART_WIDTH = 540  # two columns at 1366 px, three on a wide screen


class ProgressView(QWidget):
    """Charts of every measure that was taken, with the change since the first and last visit.

    Every chart is filled in one pass with painting held back, so the grid is laid out and
    painted once; a chart made for one patient is kept and refilled for the next.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgressView")
        self._store = store
        self.data: ProgressData | None = None
        self.charts: dict[str, ChartWidget] = {}  # shown, in order
        self._made: dict[str, ChartWidget] = {}  # every chart made so far, shown or not
        self._columns = 2

        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.empty = QLabel(self.tr("Progress appears after the second visit."))
        self.empty.setObjectName("progressEmpty")
        self.empty.setProperty("role", "subtitle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.first_values = QFrame()
        self.first_values.setObjectName("firstValues")
        self.first_values.setProperty("role", "card")
        self._values_grid = QGridLayout(self.first_values)
        self._values_grid.setColumnStretch(1, 1)

        self.grid_host = QWidget()
        self.grid_host.setObjectName("Canvas")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.not_measured = QLabel()
        self.not_measured.setObjectName("notMeasured")
        self.not_measured.setProperty("role", "muted")
        self.not_measured.setWordWrap(True)

        content = QWidget()
        content.setObjectName("Canvas")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.empty)
        column.addWidget(self.first_values)
        column.addWidget(self.grid_host)
        column.addWidget(self.not_measured)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("progressScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(self.summary)
        outer.addWidget(self.scroll_area, 1)
        self._place_charts()

    # --- filling ---------------------------------------------------------------------------

    def show_patient(
        self,
        patient_id: int,
        *,
        visits: list[Visit] | None = None,
        answers: Mapping[int, Mapping[str, Any]] | None = None,
    ) -> None:
        """Show this patient's progress (read fresh, in the clinic's current units).

        `visits` and `answers` (from `VisitRepo.answers_for_patient`) are used when the caller
        has just read them, so they are not read twice.
        """
        self.show_data(load_progress(self._store, patient_id, visits=visits, answers=answers))

    def show_data(self, data: ProgressData) -> None:
        """Show already-loaded progress data."""
        self.data = data
        self.setUpdatesEnabled(False)  # one layout and one paint for all the charts
        try:
            self._show(data)
            # Let the layouts settle (new words wrap, cards grow) and the plots take their
            # place before anything is painted, so each chart is painted once, where it ends up.
            for _ in range(2):  # settling a plot can ask for another layout
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                for chart in self.charts.values():
                    if self._in_view(chart):  # the others settle when scrolled to and painted
                        chart.settle()
        finally:
            self.setUpdatesEnabled(True)

    def _show(self, data: ProgressData) -> None:
        self._clear_first_values()
        n = data.visit_count
        measured = [s for s in data.series if s.has_data]
        self.empty.setVisible(n < 2)
        self.empty.setText(
            self.tr("Progress appears after the second visit.")
            if n
            else self.tr("No visits yet. Progress appears after the second visit.")
        )
        self.first_values.setVisible(n == 1 and bool(measured))
        self.grid_host.setVisible(n >= 2)
        if n == 0:
            self.summary.setText("")
        elif n == 1:
            self.summary.setText(
                self.tr("One visit, on {date}.").format(date=long_day(data.dates[0]))
            )
            self._fill_first_values(data)
        else:
            # Translators: {n} is 2 or more.
            summary = self.tr(
                "{n} visits, {first} to {last}. "
                "Point at a marker for its value and date; right-click a chart to export it."
            )
            self.summary.setText(
                summary.format(n=n, first=long_day(data.dates[0]), last=long_day(data.dates[-1]))
            )
        self._show_charts(measured if n >= 2 else [], data)
        missing = [s.title for s in data.series if not s.has_data]
        self.not_measured.setVisible(n >= 1 and bool(missing))
        self.not_measured.setText(
            self.tr("Not measured at any visit: {measures}.").format(measures=", ".join(missing))
        )

    @property
    def complete(self) -> bool:
        """Whether every chart of the current patient has been built (always, once shown)."""
        return True

    def finish(self) -> None:
        """Build any chart still waiting (none: `show_data` builds them all)."""

    def _show_charts(self, measured: list[Series], data: ProgressData) -> None:
        charts: dict[str, ChartWidget] = {}
        for series in measured:
            chart = self._made.get(series.id)
            if chart is not None and chart.fits(series):
                chart.show_series(
                    series, data.dates, painful_side=data.painful_side, drafts=data.drafts
                )
            else:
                if chart is not None:
                    self.grid.removeWidget(chart)
                    chart.deleteLater()
                chart = ChartWidget(
                    series, data.dates, painful_side=data.painful_side, drafts=data.drafts
                )
                self._made[series.id] = chart
            charts[series.id] = chart
        if list(charts.values()) != list(self.charts.values()):
            for chart in self.charts.values():
                if chart not in charts.values():
                    chart.hide()
            self.charts = charts
            self._place_charts()
            for chart in charts.values():
                chart.show()

    def _in_view(self, chart: ChartWidget) -> bool:
        """Whether any of the chart is inside the scrolled area's visible part."""
        viewport = self.scroll_area.viewport()
        top_left = chart.mapTo(viewport, chart.rect().topLeft())
        return viewport.rect().intersects(chart.rect().translated(top_left))

    def _clear_first_values(self) -> None:
        while self._values_grid.count():
            item = self._values_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _fill_first_values(self, data: ProgressData) -> None:
        day = long_day(data.dates[0])
        if data.dates[0] in data.drafts:
            title = QLabel(self.tr("Measured on {date} (draft)").format(date=day))
        else:
            title = QLabel(self.tr("Measured on {date}").format(date=day))
        title.setProperty("role", "subtitle")
        self._values_grid.addWidget(title, 0, 0, 1, 2)
        row = 1
        for series in data.series:
            if not series.has_data:
                continue
            values = [
                (f"{line_name(line, data.painful_side)}: " if len(series.lines) > 1 else "")
                + value_text(series, v)
                for line in series.lines
                if (v := line.points[0].value) is not None
            ]
            name = QLabel(series.title)
            name.setProperty("role", "muted")
            value = QLabel(" \u00b7 ".join(values))
            value.setObjectName(f"firstValue_{series.id}")
            self._values_grid.addWidget(name, row, 0)
            self._values_grid.addWidget(value, row, 1)
            row += 1

    # --- layout ----------------------------------------------------------------------------

    def _place_charts(self) -> None:
        for chart in self._made.values():
            self.grid.removeWidget(chart)
        for n, chart in enumerate(self.charts.values()):
            self.grid.addWidget(chart, n // self._columns, n % self._columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < self._columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = max(1, min(3, event.size().width() // MIN_CHART_WIDTH))
        if columns != self._columns:
            self._columns = columns
            self._place_charts()
