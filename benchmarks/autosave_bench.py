"""One autosave while the screen wizard is open: a typed value committed to the database,
against a floor: the least any app must do to keep the same value, timed the same way.

A draft visit of a patient in the 10,000-patient clinic is open in the wizard of a logged-in
main window. Each run types a new body mass into its field and ends the edit (as leaving the
field does); the time runs from the end of the edit to the end of the event processing that
follows: the check, the store's transaction (answer and audit row, synchronous=FULL, so one
fsync), the wizard's bookkeeping and the repaint. The store call alone is timed too.

The floor is a bare QMainWindow of the same size holding one QLineEdit, over another copy of
the same database opened with plain sqlite3 (WAL, synchronous=FULL). Its editingFinished
reads the number and writes it as one row of a scratch table with one
``INSERT ... ON CONFLICT DO UPDATE`` and a commit (one fsync), timed from the end of the
edit to the end of the event processing after it, as the wizard is. Its write alone is the
floor of the store call. App and floor take turns run by run (which goes first alternates),
in the same process, so both see the same machine load; the ratios app/floor are the figures
to compare.

    .venv/bin/python benchmarks/autosave_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from common import (
    BENCH_PASSWORD,
    CACHE,
    DEMO_USERNAME,
    STAT_HEADERS,
    Stats,
    cheap_hasher,
    clinic_db,
    copy_db,
    header,
    load_average,
    quick,
    save,
    stat_row,
    stats,
    table,
    verdict,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget  # noqa: E402

from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

FRAME_MS = 16.0
WINDOW = QSize(1366, 768)
WARM_UP = 5

FLOOR_TABLE = (
    "CREATE TABLE IF NOT EXISTS floor_answers (visit_id INTEGER NOT NULL, item_id TEXT NOT NULL, "
    "side TEXT NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL, "
    "PRIMARY KEY (visit_id, item_id, side)) WITHOUT ROWID"
)
FLOOR_WRITE = (
    "INSERT INTO floor_answers (visit_id, item_id, side, value, updated_at) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (visit_id, item_id, side) "
    "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
)


class FloorWindow(QMainWindow):
    """The floor: one field whose finished edit is written as one row and committed."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.conn = sqlite3.connect(db_path)
        self.conn.execute("PRAGMA journal_mode=WAL").fetchall()
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute(FLOOR_TABLE)
        self.conn.commit()
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(lambda: self.write(float(self.edit.text())))
        central = QWidget()
        QVBoxLayout(central).addWidget(self.edit)
        self.setCentralWidget(central)
        self.resize(WINDOW)

    def write(self, value: float) -> None:
        """Keep `value` as the body mass of visit 1: one upsert, one commit."""
        now = datetime.now(UTC).isoformat()
        self.conn.execute(FLOOR_WRITE, [1, "body_mass", "whole", str(value), now])
        self.conn.commit()

    def saved(self) -> float:
        """The body mass last written."""
        (value,) = self.conn.execute(
            "SELECT value FROM floor_answers WHERE visit_id = 1 AND item_id = 'body_mass'"
        ).fetchone()
        return float(value)


def timed_once(action: Callable[[], None]) -> float:
    """Milliseconds of one run of `action`."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    """Open the wizard and the floor, save values in turn, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30 if quick() else 150)
    args = parser.parse_args()
    header("Autosave in the wizard")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = copy_db(clinic_db(10_000), CACHE / "work" / "autosave.kneedesk")
    floor_path = copy_db(clinic_db(10_000), CACHE / "work" / "autosave-floor.kneedesk")
    store = Store.open(path, hasher=cheap_hasher())
    window = MainWindow(store)
    window.resize(WINDOW)
    window.show()
    window.login.ui.username.setText(DEMO_USERNAME)
    window.login.ui.password.setText(BENCH_PASSWORD)
    window.login.attempt()
    patient = store.patients.search("", limit=1, offset=500)[0]
    window.show_patient(patient.id)
    window.new_visit(patient.id)
    floor = FloorWindow(floor_path)
    floor.show()
    app.processEvents()
    wizard = window.visit.wizard
    assert wizard is not None
    edit = wizard.findChild(QLineEdit, "body_mass")
    assert edit is not None
    visit_id = window.visit.visit.id if window.visit.visit else -1

    def edited(field: QLineEdit, text: str) -> float:
        """Type `text` into `field`, then time the end of the edit and what follows it."""
        field.setText(text)
        started = time.perf_counter()
        field.editingFinished.emit()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    gui_ms: list[float] = []
    floor_gui_ms: list[float] = []
    for n in range(args.runs + WARM_UP):
        text = f"{55 + n % 40}.{n % 10}"
        app_first = n % 2 == 0
        for is_app in (app_first, not app_first):
            ms = edited(edit if is_app else floor.edit, text)
            if n >= WARM_UP:  # the first saves warm caches
                (gui_ms if is_app else floor_gui_ms).append(ms)
    saved = store.visits.answers(visit_id).get("body_mass")
    assert saved == float(edit.text()), (saved, edit.text())
    assert floor.saved() == float(floor.edit.text()), (floor.saved(), floor.edit.text())

    store_ms: list[float] = []
    floor_store_ms: list[float] = []
    for n in range(args.runs):
        value = 40.0 + n

        def app_save(value: float = value) -> None:
            store.visits.save_answer(visit_id, "body_mass", "whole", value)

        def floor_save(value: float = value) -> None:
            floor.write(value)

        pair = ((app_save, store_ms), (floor_save, floor_store_ms))
        for action, times in pair if n % 2 == 0 else reversed(pair):
            times.append(timed_once(action))
    window.close()
    floor.close()
    floor.conn.close()
    store.close()

    measured: dict[str, tuple[str, str, Stats, Stats]] = {
        "wizard": (
            "Wizard: end of edit to saved and repainted",
            "Floor: bare QLineEdit, end of edit to one row committed (fsync) and repainted",
            stats(gui_ms),
            stats(floor_gui_ms),
        ),
        "store": (
            "Store alone: save_answer (answer + audit row, fsync)",
            "Floor alone: one INSERT ... ON CONFLICT DO UPDATE and commit (fsync)",
            stats(store_ms),
            stats(floor_store_ms),
        ),
    }
    rows, floor_rows, ratio_rows = [], [], []
    ratios: dict[str, dict[str, float]] = {}
    for key, (label, floor_label, a, f) in measured.items():
        rows.append(stat_row(label, a))
        floor_rows.append(stat_row(floor_label, f))
        ratios[key] = {"median": a.median / f.median, "p95": a.p95 / f.p95}
        ratio_rows.append([label, f"{ratios[key]['median']:.2f}", f"{ratios[key]['p95']:.2f}"])
    print(
        f"{args.runs} saves each for the app and the floor, alternating. Milliseconds per save.\n"
    )
    print(table(STAT_HEADERS, [r for pair in zip(rows, floor_rows, strict=True) for r in pair]))
    print("\nRatios app/floor:\n")
    print(table(("Measurement", "Median app/floor", "95th pct app/floor"), ratio_rows))
    gui, floor_gui = measured["wizard"][2], measured["wizard"][3]
    print(
        f"\nOne autosave through the wizard: 95th percentile {gui.p95:.1f} ms "
        f"(a frame is {FRAME_MS:.0f} ms: {verdict(gui.p95 < FRAME_MS)}); "
        f"floor {floor_gui.p95:.1f} ms, ratio {ratios['wizard']['p95']:.2f}"
        f"\nMedian: {gui.median:.1f} ms; floor {floor_gui.median:.1f} ms, "
        f"ratio {ratios['wizard']['median']:.2f}"
        f"\nLoad average at end: {load_average():.2f}"
    )
    save(
        "autosave",
        {
            "runs": args.runs,
            "rows": rows,
            "floor_rows": floor_rows,
            "p95": gui.p95,
            "median": gui.median,
            "floor_p95": floor_gui.p95,
            "floor_median": floor_gui.median,
            "ratio_p95": ratios["wizard"]["p95"],
            "ratio_median": ratios["wizard"]["median"],
            "ratios": ratios,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
