"""Search as you type over 100,000 patients, through the patient list page of the main window,
against a floor: the least any app must do for the same keystroke, timed the same way.

A clinician's typing is replayed key by key (key events sent to the search field) on a
logged-in main window: family names, "given family", chart numbers and birth dates of
patients picked at random, then the field is cleared. Each keystroke is timed from the key
press to the end of the event processing that follows it, which includes the store query,
the list model update, the match count and the repaint of the list. Clearing the field
(Ctrl+A, Backspace: back to the whole list) is reported separately.

The floor is a bare QMainWindow of the same size holding a QLineEdit above a QTableView over
a QStandardItemModel, reading a copy of the same database with plain sqlite3 (the app's own
connection locks its file). On each change of its text it runs one query, the typed words as
an FTS5 prefix query on the same search table (``patients_fts``, the same folding of the
typed words), joined to ``patients`` for name, chart number and birth date, ORDER BY the
name key, LIMIT 50; with the field empty, the first 50 patients by name. It refills the
model with those rows; no count, no second page. The floor types the same words in the same
process, alternating with the app search by search (which goes first alternates too), so
both see the same machine load; the ratios app/floor are the figures to compare.

    .venv/bin/python benchmarks/search_bench.py [--patients N] [--words N]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
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

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.store.patients import Patient  # noqa: E402
from kneedesk.store.search_text import match_expression  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

BUDGET_MS = 16.0
WINDOW = QSize(1280, 800)
LENGTHS = ("1", "2", "3-4", "5+")

FLOOR_SEARCH = (
    "SELECT p.family_name, p.given_name, p.chart_number, p.birth_date "
    "FROM patients_fts JOIN patients p ON p.id = patients_fts.rowid "
    "WHERE patients_fts MATCH ? AND p.archived = 0 ORDER BY p.sort_key LIMIT 50"
)
FLOOR_FIRST_PAGE = (
    "SELECT family_name, given_name, chart_number, birth_date FROM patients "
    "WHERE archived = 0 ORDER BY sort_key LIMIT 50"
)


class FloorWindow(QMainWindow):
    """The floor: a search field and a 50-row table refilled by one plain query per change."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.conn = sqlite3.connect(db_path)
        self.model = QStandardItemModel(0, 3)
        self.model.setHorizontalHeaderLabels(["Name", "Chart no.", "Date of birth"])
        self.search = QLineEdit()
        self.search.textChanged.connect(self.show_matches)
        view = QTableView()
        view.setModel(self.model)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(view)
        self.setCentralWidget(central)
        self.resize(WINDOW)
        self.show_matches("")

    def show_matches(self, text: str) -> None:
        """Show the first 50 patients matching `text`, in name order."""
        expression = match_expression(text)
        if expression is None:
            rows = self.conn.execute(FLOOR_FIRST_PAGE).fetchall()
        else:
            rows = self.conn.execute(FLOOR_SEARCH, [expression]).fetchall()
        self.model.setRowCount(0)
        for family, given, chart, born in rows:
            self.model.appendRow(
                [
                    QStandardItem(f"{family}, {given}"),
                    QStandardItem(chart),
                    QStandardItem(born or ""),
                ]
            )


def type_char(widget: QWidget, ch: str) -> None:
    """Press and release a key that types `ch` (any script; QTest.keyClicks is ASCII-only)."""
    key = Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def typed_words(store: Store, rng: random.Random, count: int, patients: int) -> Iterator[str]:
    """What a clinician types to find patients: names, charts and birth dates of real rows."""
    for _ in range(count):
        p: Patient = store.patients.get(rng.randint(1, patients))
        kind = rng.random()
        if kind < 0.55:
            yield p.family_name
        elif kind < 0.75:
            yield f"{p.given_name} {p.family_name[:4]}"
        elif kind < 0.9:
            yield p.chart_number
        else:
            born = p.birth_date or "1990-01-01"
            yield born if rng.random() < 0.5 else f"{born[8:10]}.{born[5:7]}.{born[0:4]}"


class Typist:
    """Types words into one search field and keeps the milliseconds of each keystroke."""

    def __init__(self, app: QCoreApplication, search: QLineEdit, rows: Callable[[], int]) -> None:
        self.app, self.search, self.rows = app, search, rows
        self.keys: list[float] = []
        self.by_length: dict[str, list[float]] = {k: [] for k in LENGTHS}
        self.clears: list[float] = []

    def keystroke(self, press: Callable[[], None]) -> float:
        """Milliseconds from the key press to the end of the event processing after it."""
        started = time.perf_counter()
        press()
        self.app.processEvents()
        return (time.perf_counter() - started) * 1000

    def word(self, word: str, *, keep: bool) -> None:
        """Type `word` key by key, then clear the field; keep the times if `keep`."""
        for i, ch in enumerate(word, start=1):
            ms = self.keystroke(partial(type_char, self.search, ch))
            if keep:
                self.keys.append(ms)
                length = "1" if i == 1 else "2" if i == 2 else "3-4" if i <= 4 else "5+"
                self.by_length[length].append(ms)
        assert self.rows() >= 1, f"{word!r} found nobody"

        def clear() -> None:
            QTest.keyClick(self.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(self.search, Qt.Key.Key_Backspace)

        ms = self.keystroke(clear)
        if keep:
            self.clears.append(ms)

    def measurements(self) -> dict[str, Stats]:
        """Statistics by measurement name."""
        found = {"every": stats(self.keys)}
        found |= {f"length {k}": stats(v) for k, v in self.by_length.items()}
        found["clear"] = stats(self.clears)
        return found


LABELS = {
    "every": "Every keystroke",
    **{f"length {k}": f"Keystroke making a {k}-character word" for k in LENGTHS},
    "clear": "Clearing the field (whole list again)",
}


def main() -> int:
    """Type into the app and the floor alternately, time every keystroke, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=25 if quick() else 120)
    args = parser.parse_args()
    header(f"Search as you type, {args.patients:,} patients")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    source = clinic_db(args.patients)
    floor_db = copy_db(source, CACHE / "work" / "search-floor.kneedesk")
    store = Store.open(source, hasher=cheap_hasher())
    window = MainWindow(store)
    window.resize(WINDOW)
    window.show()
    window.login.ui.username.setText(DEMO_USERNAME)
    window.login.ui.password.setText(BENCH_PASSWORD)
    window.login.attempt()
    floor = FloorWindow(floor_db)
    floor.show()
    app.processEvents()
    rng = random.Random(7)
    words = list(typed_words(store, rng, args.words, args.patients))
    typists = {
        "app": Typist(app, window.patients.search, window.patients.model.rowCount),
        "floor": Typist(app, floor.search, floor.model.rowCount),
    }

    # One untimed word first: SQLite's page caches and Qt's font caches warm up. Then the
    # app and the floor take turns, each search typed by both, which one first alternating.
    for n, word in enumerate([words[0], *words]):
        order = ("app", "floor") if n % 2 == 0 else ("floor", "app")
        for name in order:
            typists[name].word(word, keep=n > 0)
    window.close()
    floor.close()
    floor.conn.close()
    store.close()

    app_stats = typists["app"].measurements()
    floor_stats = typists["floor"].measurements()
    rows, floor_rows, ratio_rows = [], [], []
    ratios: dict[str, dict[str, float]] = {}
    for key, label in LABELS.items():
        a, f = app_stats[key], floor_stats[key]
        rows.append(stat_row(f"App: {label[0].lower()}{label[1:]}", a))
        floor_rows.append(stat_row(f"Floor: {label[0].lower()}{label[1:]}", f))
        ratios[key] = {"median": a.median / f.median, "p95": a.p95 / f.p95}
        ratio_rows.append([label, f"{ratios[key]['median']:.2f}", f"{ratios[key]['p95']:.2f}"])
    keys = len(typists["app"].keys)
    print(
        f"{len(words)} searches, {keys} keystrokes each for the app and the floor, "
        "alternating. Milliseconds per keystroke.\n"
    )
    print(table(STAT_HEADERS, [r for pair in zip(rows, floor_rows, strict=True) for r in pair]))
    print("\nRatios app/floor:\n")
    print(table(("Measurement", "Median app/floor", "95th pct app/floor"), ratio_rows))
    overall, floor_overall = app_stats["every"], floor_stats["every"]
    ok = overall.p95 < BUDGET_MS
    print(
        f"\n95th percentile per keystroke: {overall.p95:.1f} ms "
        f"(budget {BUDGET_MS:.0f}: {verdict(ok)}); floor {floor_overall.p95:.1f} ms, "
        f"ratio {ratios['every']['p95']:.2f}"
        f"\nMedian per keystroke: {overall.median:.1f} ms; floor {floor_overall.median:.1f} ms, "
        f"ratio {ratios['every']['median']:.2f}"
        f"\nLoad average at end: {load_average():.2f}"
    )
    save(
        "search",
        {
            "patients": args.patients,
            "searches": len(words),
            "keystrokes": keys,
            "rows": rows,
            "floor_rows": floor_rows,
            "p95": overall.p95,
            "median": overall.median,
            "floor_p95": floor_overall.p95,
            "floor_median": floor_overall.median,
            "ratio_p95": ratios["every"]["p95"],
            "ratio_median": ratios["every"]["median"],
            "ratios": ratios,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
