"""Benchmark child: the floor for start-up, a bare Qt window with a 50-row table.

Run by startup_bench.py as ``python benchmarks/startup_floor.py DB IDLE_MS``. It imports
PySide6 and sqlite-utils, opens the same database, reads 50 patients into a
QStandardItemModel and shows a QMainWindow holding a QTableView of them. It reports, like
startup_app.py, the first paint of the table (``list_painted``) and the first event-loop turn
after it (``list_ready``), in milliseconds since the process was started.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0_NS = int(os.environ["BENCH_T0_NS"])


def since_start() -> float:
    """Milliseconds since the parent started this process."""
    return (time.perf_counter_ns() - T0_NS) / 1e6


def main() -> int:
    """Show the bare window and time its first paint."""
    db_path, idle_ms = sys.argv[1], int(sys.argv[2])
    marks: dict[str, float] = {"process_started_to_main": since_start()}

    # sqlite-utils before PySide6, the cheaper order, as the app imports its store first:
    # PySide6's import hook reads the source of each module importing after it.
    from sqlite_utils import Database

    # isort: split
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    db = Database(db_path)
    rows = db.execute(
        "SELECT family_name, given_name, chart_number, birth_date FROM patients "
        "ORDER BY sort_key, id LIMIT 50"
    ).fetchall()
    model = QStandardItemModel(len(rows), 4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value or "")))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)

    def finish() -> None:
        print(json.dumps(marks), flush=True)
        app.quit()

    def ready() -> None:
        marks["list_ready"] = since_start()
        QTimer.singleShot(idle_ms, finish)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "list_painted" not in marks:
                marks["list_painted"] = since_start()
                QTimer.singleShot(0, ready)
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    window.show()
    status = app.exec()
    db.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
