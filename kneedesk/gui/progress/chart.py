"""One progress chart: a series over the visit dates, with hover values and export.

This module (with `axis`, `plot_items`, `hover` and `export`) is where pyqtgraph is imported;
the record page imports the Progress view only when its tab is first shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QResizeEvent, QWheelEvent
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
from kneedesk.gui import theme
from kneedesk.gui.progress import palette as pal
from kneedesk.gui.progress import plot_items as items
from kneedesk.gui.progress.axis import VisitDateAxis, day_x
from kneedesk.gui.progress.changes import ChangeTable
from kneedesk.gui.progress.export import export_png, export_svg
from kneedesk.gui.progress.hover import HoverMarker
from kneedesk.gui.progress.save_dialog import ask_export_path
from kneedesk.gui.progress.text import (
    caption,
    describe_words,
    hover_words,
    line_name,
    meaningful_caption,
)

PLOT_HEIGHT = 262
HOVER_RADIUS_PX = 28
CANVAS_MARGINS = (4, 4, 12, 2)  # left, top, right, bottom of the chart's drawing
TITLE_GAP = 8  # between the title's last word and the Export button


class ChartCanvas(pg.GraphicsLayoutWidget):  # type: ignore[misc]  # pyqtgraph has no hints
    """The chart's drawing; the mouse wheel scrolls the page it sits on, never the chart.

    The charts have fixed ranges (no zoom, no pan), but pyqtgraph's axes accept every wheel
    event, so over a chart, most of the Progress page, the page would not scroll.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Ignored, Qt hands the event to the parents: the page's scroll area scrolls.
        event.ignore()


class ChartWidget(QFrame):
    """A card with one series: title, legend, chart, the change in words and export.

    A chart is reused for the same measure of the next patient (`show_series`): only its data,
    words and ranges change, which is far cheaper than building the plot again.
    """

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
        self.setProperty("role", "card")
        self.colours = pal.colours()  # the appearance it is drawn in (`restyle` changes it)

        self.graphics = ChartCanvas()
        self.graphics.setBackground(self.colours.surface)
        self.graphics.setObjectName("chartCanvas")
        self.graphics.setFixedHeight(PLOT_HEIGHT)
        self.graphics.ci.setContentsMargins(*CANVAS_MARGINS)
        self.graphics.ci.setSpacing(0)
        self.title = self.graphics.addLabel(
            "", row=0, col=0, justify="left", color=self.colours.ink, size="10pt"
        )
        self.axis = VisitDateAxis(dates)
        self.plot = self.graphics.addPlot(
            row=2, col=0, axisItems={"bottom": self.axis}, enableMenu=False
        )
        items.style_plot(self.plot, self.colours)
        self._bands: list[list[Any]] = []
        self._band_kind = False  # whether the bands drawn are per side
        self.reference: Any = (
            items.add_reference(self.plot, self.colours) if series.reference is not None else None
        )
        self.curves: list[Any] = [
            items.add_line(self.plot, k, self.colours) for k in range(len(series.lines))
        ]
        self.legend: Any = None
        self._title_fit: tuple[str, float] | None = None  # the text and room it was fitted to
        self._legend_names: tuple[str, ...] = ()
        self._legends: dict[tuple[str, ...], Any] = {}  # by the names in them
        self.not_asked = items.add_not_asked(self.plot, self.colours)
        self._not_asked_y = 0.0
        self.hover = HoverMarker(self.plot, self.colours)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.viewport().installEventFilter(self)
        self.graphics.installEventFilter(self)  # its resizes: the title and button follow

        self.band_note = QLabel("", self)
        self.band_note.setObjectName("bandNote")
        self.band_note.setProperty("role", "muted")
        self.band_note.setWordWrap(True)
        self.band_note.hide()  # never show() a label before it has a parent: a window flashes
        self.changes = ChangeTable(series, {line.key: line.label for line in series.lines})
        self.export_menu = QMenu(self)
        self.export_button = self._export_button()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.graphics)
        layout.addWidget(self.band_note)
        layout.addWidget(self.changes)
        layout.addStretch(1)  # cards in a row share a height; the slack goes below
        self.show_series(series, dates, painful_side=painful_side, drafts=drafts)
        theme.changed().changed.connect(self._appearance_changed)

    def fits(self, series: Series) -> bool:
        """Whether this chart can show `series` by changing its data (same lines, same parts)."""
        return len(series.lines) == len(self.curves) and (series.reference is None) == (
            self.reference is None
        )

    def show_series(
        self,
        series: Series,
        dates: tuple[date, ...],
        *,
        painful_side: str | None = None,
        drafts: frozenset[date] = frozenset(),
    ) -> None:
        """Show a series over these dates: data, ranges, legend and words (see `fits`)."""
        if not self.fits(series):
            raise ValueError(f"The {series.title} chart has other lines; make a new chart.")
        self.series = series
        self.dates = dates
        self.drafts = drafts
        self.painful_side = painful_side
        self.setObjectName(f"chart_{series.id}")
        self.setAccessibleName(self.tr("{title} chart").format(title=series.title))
        self._fit_title()
        self.axis.set_days(dates)
        x_low, x_high = items.set_ranges(self.plot, series, dates)
        self._show_band(items.band_values(series))
        if self.reference is not None and series.reference is not None:
            self.reference.setData(
                [x_low, x_high],
                [series.reference, series.reference],
                name=series.reference_label,
            )
        for curve, line in zip(self.curves, series.lines, strict=True):
            xs, ys = items.line_data(line)
            curve.setData(xs, ys, name=self.line_label(line))
        self._not_asked_y, not_asked = items.not_asked_data(self.plot, series)
        self.not_asked.setData(not_asked, [self._not_asked_y] * len(not_asked))
        self._show_legend()
        self.hover.hide()

        note = meaningful_caption(series)
        self.band_note.setText(note)
        self.band_note.setVisible(bool(note))
        self.changes.show_series(series, {line.key: self.line_label(line) for line in series.lines})
        self.export_button.setToolTip(
            self.tr("Save the {title} chart as a PNG or SVG file").format(title=series.title)
        )
        self.setAccessibleDescription(self.describe())

    def _show_band(self, bands: list[tuple[float, float]]) -> None:
        """One band (tint and hatch) per pair of values; spare ones hidden, kept for reuse."""
        per_line = self.series.bands_per_line
        # A shared band and side bands are drawn differently: one is never reused as the other.
        if self._bands and self._band_kind != per_line:
            for regions in self._bands:
                for region in regions:
                    self.plot.removeItem(region)
            self._bands = []
        self._band_kind = per_line
        while len(self._bands) < len(bands):
            k = len(self._bands)
            side = k if per_line else None
            self._bands.append(items.add_band(self.plot, bands[k], self.colours, side))
        for k, regions in enumerate(self._bands):
            for region in regions:
                if k < len(bands):
                    region.setRegion(bands[k])
                region.setVisible(k < len(bands))

    def shown_bands(self) -> list[tuple[float, float]]:
        """The bands drawn now (low, high), first line (or left side) first."""
        return [
            (float(low), float(high))
            for regions in self._bands
            if regions[0].isVisible()
            for low, high in [regions[0].getRegion()]
        ]

    def _show_legend(self) -> None:
        in_legend = self.curves + ([self.reference] if self.reference is not None else [])
        names = tuple(str(item.name()) for item in in_legend) if len(in_legend) > 1 else ()
        if names == self._legend_names:
            return
        if self.legend is not None:
            self.graphics.ci.removeItem(self.legend)
            self.legend = None
        if names:
            # Kept by their names: the next patient often has the same painful side as one
            # before, and making a legend costs more than swapping it in.
            legend = self._legends.get(names)
            if legend is None:
                legend = self._legends[names] = items.make_legend(in_legend, self.colours)
            items.place_legend(self.graphics, 1, legend)
            self.legend = legend
        self._legend_names = names

    def settle(self) -> None:
        """Apply the plot's pending changes now, while the view holds painting back.

        pyqtgraph applies a new range to the plot, and its items work out their bounds,
        lazily when the chart is painted; Qt delivers a graphics scene's changes on a later
        event-loop turn. Each would paint the chart once more after the view's one paint.
        """
        scene = self.graphics.scene()
        scene.prepareForPaint()  # the plot's new transform, as a paint would apply it
        for item in scene.items():
            item.boundingRect()
        QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)

    # --- drawing ---------------------------------------------------------------------------

    def _appearance_changed(self, _scheme: object) -> None:
        self.restyle(pal.colours())

    def restyle(self, colours: pal.ChartColours) -> None:
        """Draw the chart in other colours (the app's new appearance, or paper for export)."""
        if colours == self.colours:
            return
        self.colours = colours
        self.graphics.setBackground(colours.surface)
        self.title.setAttr("color", colours.ink)
        self._title_fit = None
        self._fit_title()
        items.style_axes(self.plot, colours)
        if self.reference is not None:
            self.reference.setPen(items.reference_pen(colours))
        for k, curve in enumerate(self.curves):
            items.style_line(curve, k, colours)
        self.not_asked.setPen(pg.mkPen(QColor(colours.muted), width=1.2))
        self.hover.restyle(colours)
        for regions in self._bands:  # made again, in the new colours
            for region in regions:
                self.plot.removeItem(region)
        self._bands = []
        self._show_band(items.band_values(self.series))
        if self.legend is not None:
            self.graphics.ci.removeItem(self.legend)
            self.legend = None
        self._legends = {}
        self._legend_names = ()
        self._show_legend()

    def line_label(self, line: Line) -> str:
        """A line's name, with the painful side said in words."""
        return line_name(line, self.painful_side)

    # --- hover -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Leave, QEvent.Type.Wheel):
            self.hover.hide()  # the wheel scrolls the page: the point moves from the pointer
        elif event.type() == QEvent.Type.Resize and watched is self.graphics:
            self._place_export_button()
            self._fit_title()
        return super().eventFilter(watched, event)

    def hover_text_at(self, line_index: int, point_index: int) -> str:
        """What hovering a point shows: the line, value with unit (or "not asked (v1 visit)")
        and the visit date."""
        line = self.series.lines[line_index]
        name = f"{self.line_label(line)}: " if len(self.series.lines) > 1 else ""
        return hover_words(self.series, line, point_index, name, self.drafts)

    def _y_of(self, line_index: int, point_index: int) -> float | None:
        """A point's height: its value, the not-asked row for a v1 visit, else None."""
        point = self.series.lines[line_index].points[point_index]
        return self._not_asked_y if point.not_asked else point.value

    def scene_pos_of(self, line_index: int, point_index: int) -> QPointF:
        """Where a point is drawn, in scene coordinates."""
        point = self.series.lines[line_index].points[point_index]
        y = self._y_of(line_index, point_index)
        assert y is not None
        return QPointF(self.plot.vb.mapViewToScene(QPointF(day_x(point.date), y)))

    def nearest_point(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The measured point closest to a scene position, if it is within reach."""
        if not self.plot.vb.sceneBoundingRect().adjusted(-8, -8, 8, 8).contains(scene_pos):
            return None
        best: tuple[float, int, int] | None = None
        for k, line in enumerate(self.series.lines):
            for i in range(len(line.points)):
                if self._y_of(k, i) is None:
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
        y = self._y_of(line_index, point_index)
        assert y is not None
        self.hover.show(day_x(point.date), y, self.hover_text_at(line_index, point_index))

    # --- words and export --------------------------------------------------------------------

    def describe(self) -> str:
        """Every value in words, for screen readers."""
        one = len(self.series.lines) == 1
        names = [self.series.title if one else self.line_label(x) for x in self.series.lines]
        return describe_words(self.series, names)

    def plotted(self, line_index: int) -> tuple[list[float], list[float]]:
        """The x (day numbers) and y values drawn for one line."""
        xs, ys = self.curves[line_index].getData()
        return ([] if xs is None else list(xs)), ([] if ys is None else list(ys))

    def _export_button(self) -> QToolButton:
        menu = self.export_menu
        menu.addAction(self.tr("Export PNG..."), lambda: self.ask_and_export("png"))
        menu.addAction(self.tr("Export SVG..."), lambda: self.ask_and_export("svg"))
        # Over the chart's top-right corner, beside the title, so the words below get the width.
        button = QToolButton(self.graphics)
        button.setObjectName("exportChart")
        # Translators: the arrow after the word says the button opens a menu.
        button.setText(self.tr("Export \u25be"))
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.graphics.customContextMenuRequested.connect(
            lambda pos: menu.exec(self.graphics.mapToGlobal(pos))
        )
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_export_button()

    def _place_export_button(self) -> None:
        button = self.export_button
        button.adjustSize()
        button.move(self.graphics.width() - button.width() - 4, 2)

    def title_room(self) -> float:
        """How wide the title may be: from the chart's left margin to just before Export."""
        self.export_button.adjustSize()
        right = self.graphics.width() - self.export_button.width() - 4 - TITLE_GAP
        return max(40.0, float(right - CANVAS_MARGINS[0]))

    def _fit_title(self) -> None:
        """Title and caption on one line when they fit beside Export, else wrapped below it.

        The Export button sits over the drawing's top-right corner; the title never runs
        under it. The caption goes to a second line first, and wraps there if still too long.
        """
        name = f"<b>{self.series.title}</b>"
        muted = f"<span style='color:{self.colours.muted}'>{caption(self.series)}</span>"
        one_line = f"{name}&nbsp;&nbsp;{muted}"
        room = self.title_room()
        if (one_line, room) == self._title_fit:
            return
        self._title_fit = (one_line, room)
        item = self.title.item
        item.setTextWidth(-1)
        self.title.setText(one_line)
        if item.boundingRect().width() > room:
            item.setTextWidth(room)
            self.title.setText(f"{name}<br>{muted}")

    def export(self, path: Path | str) -> Path:
        """Write the chart (title, legend and plot) to a .png or .svg file."""
        target = Path(path)
        self.hover.hide()
        suffix = target.suffix.lower()
        if suffix not in (".png", ".svg"):
            if not suffix:
                raise ValueError(self.tr("Export as .png or .svg, not a file without a type."))
            raise ValueError(self.tr("Export as .png or .svg, not {suffix}.").format(suffix=suffix))
        shown = self.colours
        self.restyle(pal.colours(theme.LIGHT))  # an exported chart is for paper: light
        try:
            if suffix == ".png":
                return export_png(self.graphics.ci, target)
            return export_svg(self.graphics.ci, target, title=self.series.title)
        finally:
            self.restyle(shown)

    def ask_and_export(self, kind: str) -> Path | None:
        """Ask for a file name, then export; problems are shown, not raised."""
        path = ask_export_path(self, self.series.title, kind, self.last_folder)
        if path is None:
            return None
        try:
            written = self.export(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                self.tr("The chart was not saved: {error}").format(error=exc),
            )
            return None
        ChartWidget.last_folder = str(written.parent)
        return written
