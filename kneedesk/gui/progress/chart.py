"""One progress chart: a series over the visit dates, with hover values and export.

This module (with `axis`, `plot_items`, `hover` and `export`) is where pyqtgraph is imported;
the record page imports the Progress view only when its tab is first shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.progress import Line, Series
from kneedesk.gui.progress import palette as pal
from kneedesk.gui.progress import plot_items as items
from kneedesk.gui.progress.axis import VisitDateAxis, day_x
from kneedesk.gui.progress.changes import ChangeTable
from kneedesk.gui.progress.export import export_png, export_svg
from kneedesk.gui.progress.hover import HoverMarker
from kneedesk.gui.progress.save_dialog import ask_export_path
from kneedesk.gui.progress.text import band_caption, caption, line_name, long_day, value_text

PLOT_HEIGHT = 262
HOVER_RADIUS_PX = 28


class ChartWidget(QFrame):
    """A card with one series: title, legend, chart, the change in words and export."""

    last_folder = ""  # where the last chart was saved; the next export starts there

    def __init__(
        self,
        series: Series,
        dates: tuple[date, ...],
        *,
        painful_side: str | None = None,
        drafts: frozenset[date] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.series = series
        self.dates = dates
        self.drafts = drafts
        self.painful_side = painful_side
        self.setObjectName(f"chart_{series.id}")
        self.setProperty("role", "card")
        self.setAccessibleName(f"{series.title} chart")

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("chartCanvas")
        self.graphics.setFixedHeight(PLOT_HEIGHT)
        self.graphics.ci.setContentsMargins(4, 4, 12, 2)
        self.graphics.ci.setSpacing(0)
        self.graphics.addLabel(
            f"<b>{series.title}</b>&nbsp;&nbsp;"
            f"<span style='color:{pal.MUTED}'>{caption(series)}</span>",
            row=0,
            col=0,
            justify="left",
            color=pal.INK,
            size="10pt",
        )
        self.plot = self.graphics.addPlot(
            row=2, col=0, axisItems={"bottom": VisitDateAxis(dates)}, enableMenu=False
        )
        items.style_plot(self.plot, series, dates)
        self._band_drawn = items.add_band(self.plot, series)
        self.reference = items.add_reference(self.plot, series)
        self.curves: list[Any] = [
            items.add_line(self.plot, k, line, self.line_label(line))
            for k, line in enumerate(series.lines)
        ]
        in_legend = self.curves + ([self.reference] if self.reference is not None else [])
        self.legend: Any = (
            items.add_legend(self.graphics, row=1, entries=in_legend)
            if len(in_legend) > 1
            else None
        )
        self.hover = HoverMarker(self.plot)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.viewport().installEventFilter(self)

        self.band_note = QLabel(band_caption(series) if self._band_drawn else "", self)
        self.band_note.setObjectName("bandNote")
        self.band_note.setProperty("role", "muted")
        self.band_note.setWordWrap(True)
        if not self._band_drawn:
            self.band_note.hide()  # never show() a label before it has a parent: a window flashes
        self.changes = ChangeTable(
            series, {line.key: self.line_label(line) for line in series.lines}
        )
        self.export_button = self._export_button()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.graphics)
        layout.addWidget(self.band_note)
        layout.addWidget(self.changes)
        layout.addStretch(1)  # cards in a row share a height; the slack goes below
        self.setAccessibleDescription(self.describe())

    # --- drawing ---------------------------------------------------------------------------

    def line_label(self, line: Line) -> str:
        """A line's name, with the painful side said in words."""
        return line_name(line, self.painful_side)

    # --- hover -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.hover.hide()
        return super().eventFilter(watched, event)

    def hover_text_at(self, line_index: int, point_index: int) -> str:
        """What hovering a point shows: the line, value with unit and the visit date."""
        line = self.series.lines[line_index]
        point = line.points[point_index]
        if point.value is None:
            raise ValueError(f"{line.label} was not measured on {point.date}.")
        day = long_day(point.date) + (" (draft)" if point.date in self.drafts else "")
        name = f"{self.line_label(line)}: " if len(self.series.lines) > 1 else ""
        return f"{name}{value_text(self.series, point.value)}\n{day}"

    def scene_pos_of(self, line_index: int, point_index: int) -> QPointF:
        """Where a point is drawn, in scene coordinates."""
        point = self.series.lines[line_index].points[point_index]
        assert point.value is not None
        return QPointF(self.plot.vb.mapViewToScene(QPointF(day_x(point.date), point.value)))

    def nearest_point(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The measured point closest to a scene position, if it is within reach."""
        if not self.plot.vb.sceneBoundingRect().adjusted(-8, -8, 8, 8).contains(scene_pos):
            return None
        best: tuple[float, int, int] | None = None
        for k, line in enumerate(self.series.lines):
            for i, point in enumerate(line.points):
                if point.value is None:
                    continue
                d = self.scene_pos_of(k, i) - scene_pos
                dist = (d.x() ** 2 + d.y() ** 2) ** 0.5
                if dist <= HOVER_RADIUS_PX and (best is None or dist < best[0]):
                    best = (dist, k, i)
        return None if best is None else (best[1], best[2])

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self.nearest_point(scene_pos)
        if hit is None:
            self.hover.hide()
        else:
            self.show_hover(*hit)

    def show_hover(self, line_index: int, point_index: int) -> None:
        """Show the value and date of one point next to it."""
        point = self.series.lines[line_index].points[point_index]
        assert point.value is not None
        text = self.hover_text_at(line_index, point_index)
        self.hover.show(day_x(point.date), point.value, text)

    # --- words and export --------------------------------------------------------------------

    def describe(self) -> str:
        """Every value in words, for screen readers."""
        parts = []
        for line in self.series.lines:
            values = ", ".join(
                f"{long_day(p.date)} {value_text(self.series, p.value)}"
                for p in line.points
                if p.value is not None
            )
            label = self.line_label(line) if len(self.series.lines) > 1 else self.series.title
            parts.append(f"{label}: {values or 'not measured'}")
        return ". ".join(parts)

    def plotted(self, line_index: int) -> tuple[list[float], list[float]]:
        """The x (day numbers) and y values drawn for one line."""
        xs, ys = self.curves[line_index].getData()
        return ([] if xs is None else list(xs)), ([] if ys is None else list(ys))

    def _export_button(self) -> QToolButton:
        menu = QMenu(self)
        menu.addAction("Export PNG...", lambda: self.ask_and_export("png"))
        menu.addAction("Export SVG...", lambda: self.ask_and_export("svg"))
        # Over the chart's top-right corner, beside the title, so the words below get the width.
        button = QToolButton(self.graphics)
        button.setObjectName("exportChart")
        button.setText("Export \u25be")
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        button.setToolTip(f"Save the {self.series.title} chart as a PNG or SVG file")
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.graphics.customContextMenuRequested.connect(
            lambda pos: menu.exec(self.graphics.mapToGlobal(pos))
        )
        self.export_menu = menu
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_export_button()

    def _place_export_button(self) -> None:
        button = self.export_button
        button.adjustSize()
        button.move(self.graphics.width() - button.width() - 4, 2)

    def export(self, path: Path | str) -> Path:
        """Write the chart (title, legend and plot) to a .png or .svg file."""
        target = Path(path)
        self.hover.hide()
        suffix = target.suffix.lower()
        if suffix == ".png":
            return export_png(self.graphics.ci, target)
        if suffix == ".svg":
            return export_svg(self.graphics.ci, target, title=self.series.title)
        raise ValueError(f"Export as .png or .svg, not {suffix or 'a file without a type'}.")

    def ask_and_export(self, kind: str) -> Path | None:
        """Ask for a file name, then export; problems are shown, not raised."""
        path = ask_export_path(self, self.series.title, kind, self.last_folder)
        if path is None:
            return None
        try:
            written = self.export(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, "Chart not saved", f"The chart was not saved: {exc}")
            return None
        ChartWidget.last_folder = str(written.parent)
        return written
