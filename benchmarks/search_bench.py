"""Search as you type over 100,000 patients, through the patient list page of the main window.

A clinician's typing is replayed key by key (QTest key clicks into the search field) on a
logged-in main window: family names, "given family", chart numbers and birth dates of
patients picked at random, then the field is cleared. Each keystroke is timed from the key
press to the end of the event processing that follows it, which includes the store query,
the list model update, the match count and the repaint of the list. Clearing the field
(Ctrl+A, Backspace: back to the whole list) is reported separately.

    .venv/bin/python benchmarks/search_bench.py [--patients N] [--words N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterator

from common import (
    BENCH_PASSWORD,
    DEMO_USERNAME,
    STAT_HEADERS,
    cheap_hasher,
    clinic_db,
    header,
    quick,
    save,
    stat_row,
    stats,
    table,
    verdict,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.store.patients import Patient  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

BUDGET_MS = 16.0


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


def main() -> int:
    """Type, time every keystroke, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=25 if quick() else 120)
    args = parser.parse_args()
    header(f"Search as you type, {args.patients:,} patients")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(clinic_db(args.patients), hasher=cheap_hasher())
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    window.login.ui.username.setText(DEMO_USERNAME)
    window.login.ui.password.setText(BENCH_PASSWORD)
    window.login.attempt()
    app.processEvents()
    search = window.patients.search
    rng = random.Random(7)
    words = list(typed_words(store, rng, args.words, args.patients))

    def keystroke(press: object) -> float:
        started = time.perf_counter()
        press()  # type: ignore[operator]
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    by_length: dict[str, list[float]] = {"1": [], "2": [], "3-4": [], "5+": []}
    keys: list[float] = []
    clears: list[float] = []
    # One untimed word first: SQLite's page cache and Qt's font caches warm up.
    for n, word in enumerate([words[0], *words]):
        for i, ch in enumerate(word, start=1):
            ms = keystroke(lambda ch=ch: type_char(search, ch))
            if n == 0:
                continue
            keys.append(ms)
            by_length["1" if i == 1 else "2" if i == 2 else "3-4" if i <= 4 else "5+"].append(ms)
        assert window.patients.model.rowCount() >= 1, f"{word!r} found nobody"

        def clear() -> None:
            QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(search, Qt.Key.Key_Backspace)

        ms = keystroke(clear)
        if n:
            clears.append(ms)
    window.close()
    store.close()

    overall = stats(keys)
    rows = [stat_row("Every keystroke", overall)]
    rows += [
        stat_row(f"Keystroke making a {k}-character word", stats(v)) for k, v in by_length.items()
    ]
    rows.append(stat_row("Clearing the field (whole list again)", stats(clears)))
    print(f"{len(words)} searches, {len(keys)} keystrokes. Milliseconds per keystroke.\n")
    print(table(STAT_HEADERS, rows))
    ok = overall.p95 < BUDGET_MS
    print(
        f"\n95th percentile per keystroke: {overall.p95:.1f} ms "
        f"(budget {BUDGET_MS:.0f}: {verdict(ok)})"
    )
    save(
        "search",
        {"patients": args.patients, "rows": rows, "p95": overall.p95, "median": overall.median},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
