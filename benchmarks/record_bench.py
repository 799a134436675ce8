"""Opening a patient with 100 visits, and drawing every chart of their Progress tab.

On a logged-in main window over the 10,000-patient clinic plus one runner with 100 signed
visits (every measure of the screen taken at each), times from the call to the end of the
event processing that paints the result:

- the record (details and visit history), warm;
- the first Progress view of the session, cold: pyqtgraph is imported then;
- the record opened with the Progress tab showing, after that first chart view: the first
  charts painted, and every chart built and painted (the view adds one per event-loop turn);
- the longest single event-loop turn while the charts are built (what typing would wait).

Between runs another patient (6 visits) is opened, so each run builds its charts again.

    .venv/bin/python benchmarks/record_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable

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

from PySide6.QtWidgets import QApplication  # noqa: E402

from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

BUDGET_MS = 100.0
OTHER_CHART = "D-1012"  # a demo runner with 6 visits


def main() -> int:
    """Open the records, time them, print the table."""
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
    busy = store.patients.by_chart_number(BUSY_CHART)
    other = store.patients.by_chart_number(OTHER_CHART)
    assert busy is not None
    assert other is not None
    assert len(store.visits.for_patient(busy.id)) == 100

    def timed_ms(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    record_ms = []
    for _ in range(args.runs + 1):
        window.show_patients()
        app.processEvents()
        record_ms.append(timed_ms(lambda: window.show_patient(busy.id)))
    record_ms = record_ms[1:]  # the first run warms caches

    heavy_before = "pyqtgraph" in sys.modules
    cold_started = time.perf_counter()
    view = window.record.show_progress()
    app.processEvents()
    while not view.complete:
        app.processEvents()
    app.processEvents()
    cold_ms = (time.perf_counter() - cold_started) * 1000
    charts = len(view.charts)

    first_ms, all_ms, longest_turn = [], [], []
    for _ in range(args.runs):
        window.show_patient(other.id)
        while not view.complete:
            app.processEvents()
        app.processEvents()
        started = time.perf_counter()
        window.show_patient(busy.id)
        app.processEvents()
        first_ms.append((time.perf_counter() - started) * 1000)
        turns = [first_ms[-1]]
        while not view.complete:
            turn = time.perf_counter()
            app.processEvents()
            turns.append((time.perf_counter() - turn) * 1000)
        turn = time.perf_counter()
        app.processEvents()
        turns.append((time.perf_counter() - turn) * 1000)
        all_ms.append((time.perf_counter() - started) * 1000)
        longest_turn.append(max(turns[1:]) if len(turns) > 1 else 0.0)
    window.close()
    store.close()

    rows = [
        stat_row("Record with its visit history (warm)", stats(record_ms)),
        stat_row("First Progress view of the session (cold, imports pyqtgraph)", stats([cold_ms])),
        stat_row("Record with Progress showing: first charts painted", stats(first_ms)),
        stat_row(f"Record with Progress showing: all {charts} charts painted", stats(all_ms)),
        stat_row("Longest event-loop turn while the charts are built", stats(longest_turn)),
    ]
    print(f"100 visits, {charts} charts. pyqtgraph imported before the first chart view: "
          f"{heavy_before}.\n")  # fmt: skip
    print(table(STAT_HEADERS, rows))
    done = stats(all_ms)
    print(
        f"\nRecord open with every chart painted, after the first chart view: median "
        f"{done.median:.0f} ms (budget {BUDGET_MS:.0f}: {verdict(done.median < BUDGET_MS)})"
    )
    save("record", {"rows": rows, "charts": charts, "pyqtgraph_before": heavy_before})
    return 0


if __name__ == "__main__":
    sys.exit(main())
