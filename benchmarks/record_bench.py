"""Opening a patient with 100 visits, and drawing every chart of their Progress tab.

On a logged-in main window over the 10,000-patient clinic plus one runner with 100 signed
visits (every measure of the screen taken at each), times from the call to the end of the
event processing that paints the result:

- the record (details and visit history), warm: it is read on a worker thread, so the
  time runs to the rows painted, and the longest event-loop turn meanwhile is what a click
  would wait for;
- loading the charts ahead: once the signed-in window is idle, pyqtgraph and the Progress
  view are imported a module per event-loop turn; the longest of those turns;
- the first Progress view of the session, after that (its charts are built then);
- the record opened with the Progress tab showing, after that first chart view: the first
  charts painted, and every chart built and painted;
- the longest single event-loop turn from the click to every chart painted (what a click or
  a key would wait for).

Between runs another patient (6 visits) is opened, so each run fills the charts again.

The floor runs in the same process, alternately with the app's runs: a bare QMainWindow of
the app window's size holding a QScrollArea where the app's scroll area is, with one
pyqtgraph PlotWidget per chart the app shows, in the same grid (columns, spacing, plot sizes
and row heights read from the app's charts). Each plot has as many lines as the app's chart,
with markers, and the reference level as a line where the app has one; no titles, legends,
bands, date axes or words, and pyqtgraph's own auto-range. The widgets are built, and
pyqtgraph imported, before any floor run. Each floor run sets the busy patient's points on
every line (the other patient's, or none, between runs, so the data changes as in the app)
and is timed like the app's, to the end of the event processing that paints. So that the
floor paints each plot in view once, as the app does, its value axes keep one width and the
plots in view apply their new ranges before the paint. Both count the plots painted.

    .venv/bin/python benchmarks/record_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

from common import (
    BENCH_PASSWORD,
    BUSY_CHART,
    CACHE,
    DEMO_USERNAME,
    STAT_HEADERS,
    busy_patient_db,
    cheap_hasher,
    copy_db,
    header,
    quick,
    save,
    stat_row,
    stats,
    table,
    verdict,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QFrame,
    QGridLayout,
    QMainWindow,
    QScrollArea,
    QWidget,
)

from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

BUDGET_MS = 100.0
OTHER_CHART = "D-1012"  # a demo runner with 6 visits
AXIS_WIDTH = 36  # the floor's value axis keeps one width, so no new labels lay a plot out again

Points = tuple[list[float], list[float]]
"""One line's x and y values."""


class PaintCounter(QObject):
    """Counts paint events of the widgets it watches."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def chart_lines(chart: Any) -> list[Points]:
    """What an app chart plots: each line's points, then its reference level if it has one."""
    lines = [chart.plotted(k) for k in range(len(chart.curves))]
    if chart.reference is not None:
        xs, ys = chart.reference.getData()
        lines.append(([] if xs is None else list(xs), [] if ys is None else list(ys)))
    return lines


class PlotFloor:
    """Bare pyqtgraph plots in the Progress view's grid, one per chart the app shows."""

    def __init__(self, window: QWidget, view: Any, charts: list[Any]) -> None:
        import pyqtgraph as pg

        scroll_area = view.scroll_area
        xs = sorted({chart.x() for chart in charts})
        ys = sorted({chart.y() for chart in charts})
        self.columns = len(xs)
        self.window = QMainWindow()
        self.window.resize(window.size())
        self.window.setWindowTitle("Floor")
        central = QWidget()
        self.window.setCentralWidget(central)
        self.scroll_area = QScrollArea(central)
        self.scroll_area.setGeometry(
            QRect(scroll_area.mapTo(window, QPoint(0, 0)), scroll_area.size())
        )
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        grid = QGridLayout(content)
        right = scroll_area.viewport().width() - view.grid_host.width()
        grid.setContentsMargins(0, 0, right, 0)
        grid.setHorizontalSpacing(view.grid.horizontalSpacing())
        grid.setVerticalSpacing(view.grid.verticalSpacing())
        for column in range(self.columns):
            grid.setColumnStretch(column, 1)
        self.plots: list[Any] = []
        self.shown: list[Any] = []  # the plots in view
        self.curves: list[list[Any]] = []
        dashes = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
        for chart in charts:
            row = ys.index(chart.y())
            height = max(c.height() for c in charts if c.y() == chart.y())
            grid.setRowMinimumHeight(row, height)
            plot = pg.PlotWidget()
            plot.setFixedHeight(chart.graphics.height())
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            curves = []
            for k in range(len(chart.curves)):
                pen = pg.mkPen("#1d5f8a", width=2.0)
                pen.setStyle(dashes[k % 3])
                curves.append(
                    plot.plot([], [], pen=pen, symbol=("o", "s", "t1")[k % 3], symbolSize=9)
                )
            if chart.reference is not None:
                pen = pg.mkPen("#1f2933", width=1.2)
                pen.setStyle(Qt.PenStyle.DashLine)
                curves.append(plot.plot([], [], pen=pen))
            grid.addWidget(plot, row, xs.index(chart.x()), Qt.AlignmentFlag.AlignTop)
            self.plots.append(plot)
            self.curves.append(curves)
        self.scroll_area.setWidget(content)
        self.painted = PaintCounter([plot.viewport() for plot in self.plots])
        self.window.show()

    def fill(self, data: list[list[Points]]) -> None:
        """Set every line's points (a line with no points given is emptied)."""
        for curves, lines in zip(self.curves, data, strict=True):
            for k, curve in enumerate(curves):
                xs, ys = lines[k] if k < len(lines) else ([], [])
                curve.setData(xs, ys)
        for plot in self.shown:
            # A plot's new range and its scene's changes are otherwise applied after its
            # first paint, and paint it a second time.
            scene = plot.scene()
            scene.prepareForPaint()
            QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)

    def find_shown(self) -> None:
        """Note the plots inside the scroll area's visible part (once laid out)."""
        viewport = self.scroll_area.viewport()
        self.shown = [
            plot
            for plot in self.plots
            if viewport.rect().intersects(plot.rect().translated(plot.mapTo(viewport, QPoint())))
        ]


def main() -> int:
    """Open the records, time them and the floor, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5 if quick() else 20)
    args = parser.parse_args()
    header("Opening a patient with 100 visits")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = copy_db(busy_patient_db(100), CACHE / "work" / "record.kneedesk")
    store = Store.open(path, hasher=cheap_hasher())
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    window.login.ui.username.setText(DEMO_USERNAME)
    window.login.ui.password.setText(BENCH_PASSWORD)
    window.login.attempt()
    app.processEvents()
    preload_turns: list[float] = []
    deadline = time.monotonic() + 120
    while "kneedesk.gui.progress.view" not in sys.modules and time.monotonic() < deadline:
        turn_started = time.perf_counter()
        app.processEvents()
        preload_turns.append((time.perf_counter() - turn_started) * 1000)
        time.sleep(0.005)
    preload_longest = max(preload_turns)
    busy = store.patients.by_chart_number(BUSY_CHART)
    other = store.patients.by_chart_number(OTHER_CHART)
    assert busy is not None
    assert other is not None
    assert len(store.visits.for_patient(busy.id)) == 100

    def open_record(patient_id: int, turns: list[float]) -> float:
        """Open a record and run the event loop until it is shown and painted; each
        event-loop turn's length goes to `turns` (the waits between turns do not count: the
        window answers then). Returns the ms from the click to the record painted."""
        started = time.perf_counter()
        window.show_patient(patient_id)
        app.processEvents()
        turns.append((time.perf_counter() - started) * 1000)
        while window.record.loading:  # the record is read on a worker meanwhile
            time.sleep(0.0005)
            turn = time.perf_counter()
            app.processEvents()
            turns.append((time.perf_counter() - turn) * 1000)
        turn = time.perf_counter()
        app.processEvents()  # the paint of what arrived
        turns.append((time.perf_counter() - turn) * 1000)
        return (time.perf_counter() - started) * 1000

    # The record opens on the tab a clinician last left in front (remembered between runs of
    # this script too): this part measures the visit history in front.
    window.record.tabs.setCurrentIndex(0)
    record_ms, record_turn = [], []
    for _ in range(args.runs + 1):
        window.show_patients()
        app.processEvents()
        turns: list[float] = []
        record_ms.append(open_record(busy.id, turns))
        record_turn.append(max(turns))
    record_ms, record_turn = record_ms[1:], record_turn[1:]  # the first run warms caches

    heavy_before = "pyqtgraph" in sys.modules
    cold_started = time.perf_counter()
    view = window.record.show_progress()
    app.processEvents()
    while not view.complete:
        app.processEvents()
    app.processEvents()
    cold_ms = (time.perf_counter() - cold_started) * 1000
    charts = len(view.charts)

    # The floor's plots and data, from the charts the app shows for each patient.
    busy_keys, busy_charts = list(view.charts), list(view.charts.values())
    busy_data = [chart_lines(chart) for chart in busy_charts]
    points = max(len(xs) for lines in busy_data for xs, _ in lines)
    lines_per_chart = [len(lines) for lines in busy_data]
    floor = PlotFloor(window, view, busy_charts)
    floor.fill(busy_data)  # the first paint of the floor's plots, as the app's cold view
    app.processEvents()
    app.processEvents()
    floor.find_shown()
    open_record(other.id, [])
    other_lines = {key: chart_lines(chart) for key, chart in view.charts.items()}
    other_data = [other_lines.get(key, []) for key in busy_keys]
    app_painted = PaintCounter([chart.graphics.viewport() for chart in busy_charts])

    first_ms, all_ms, longest_turn, floor_ms = [], [], [], []
    app_paints, floor_paints = [], []

    def app_run() -> None:
        open_record(other.id, [])
        while not view.complete:
            app.processEvents()
        app.processEvents()
        app_painted.count = 0
        started = time.perf_counter()
        turns: list[float] = []
        first_ms.append(open_record(busy.id, turns))
        while not view.complete:
            turn = time.perf_counter()
            app.processEvents()
            turns.append((time.perf_counter() - turn) * 1000)
        turn = time.perf_counter()
        app.processEvents()
        turns.append((time.perf_counter() - turn) * 1000)
        all_ms.append((time.perf_counter() - started) * 1000)
        longest_turn.append(max(turns))
        app_paints.append(app_painted.count)

    def floor_run() -> None:
        floor.fill(other_data)
        app.processEvents()
        app.processEvents()
        floor.painted.count = 0
        started = time.perf_counter()
        floor.fill(busy_data)
        app.processEvents()
        app.processEvents()
        floor_ms.append((time.perf_counter() - started) * 1000)
        floor_paints.append(floor.painted.count)

    for attempt in range(args.runs):
        for run in (app_run, floor_run) if attempt % 2 == 0 else (floor_run, app_run):
            run()
    floor.window.close()
    window.close()
    store.close()

    done, floor_done = stats(all_ms), stats(floor_ms)
    rows = [
        stat_row("Record with its visit history (warm), read on a worker", stats(record_ms)),
        stat_row("Record with its visit history: longest event-loop turn", stats(record_turn)),
        stat_row(
            "Charts loaded ahead while idle: longest event-loop turn", stats([preload_longest])
        ),
        stat_row("First Progress view of the session (charts loaded ahead)", stats([cold_ms])),
        stat_row("Record with Progress showing: first charts painted", stats(first_ms)),
        stat_row(f"Record with Progress showing: all {charts} charts painted", done),
        stat_row("Longest event-loop turn (the window does not answer)", stats(longest_turn)),
        stat_row(f"Floor: {charts} bare PlotWidgets refilled (setData) and painted", floor_done),
    ]
    print(
        f"100 visits, {charts} charts in {floor.columns} columns, {sum(lines_per_chart)} lines "
        f"of up to {points} points. pyqtgraph imported before the first chart view: "
        f"{heavy_before}.\nPlots painted per run: app {stats(app_paints).median:.0f}, "
        f"floor {stats(floor_paints).median:.0f} ({len(floor.shown)} of the floor's in view).\n"
    )
    print(table(STAT_HEADERS, rows))
    ratio = done.median / floor_done.median
    first_ratio = stats(first_ms).median / floor_done.median
    print(
        f"\nRatio app/floor, all {charts} charts painted: {ratio:.2f} "
        f"(first charts painted: {first_ratio:.2f})"
        f"\nRecord open with every chart painted, after the first chart view: median "
        f"{done.median:.0f} ms (budget {BUDGET_MS:.0f}: {verdict(done.median < BUDGET_MS)})"
    )
    save(
        "record",
        {
            "rows": rows,
            "charts": charts,
            "pyqtgraph_before": heavy_before,
            "preload_longest_turn_ms": preload_longest,
            "record_longest_turn_ms": record_turn,
            "ratio": ratio,
            "first_ratio": first_ratio,
            "plots_painted": {"app": app_paints, "floor": floor_paints},
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
