"""One autosave while the screen wizard is open: a typed value committed to the database.

A draft visit of a patient in the 10,000-patient clinic is open in the wizard of a logged-in
main window. Each run types a new body mass into its field and ends the edit (as leaving the
field does); the time runs from the end of the edit to the end of the event processing that
follows: the check, the store's transaction (answer and audit row, synchronous=FULL, so one
fsync), the wizard's bookkeeping and the repaint. The store call alone is timed too.

    .venv/bin/python benchmarks/autosave_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from common import (
    BENCH_PASSWORD,
    CACHE,
    DEMO_USERNAME,
    STAT_HEADERS,
    cheap_hasher,
    clinic_db,
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

from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

FRAME_MS = 16.0


def main() -> int:
    """Open the wizard, save values, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30 if quick() else 150)
    args = parser.parse_args()
    header("Autosave in the wizard")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = copy_db(clinic_db(10_000), CACHE / "work" / "autosave.kneedesk")
    store = Store.open(path, hasher=cheap_hasher())
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    window.login.ui.username.setText(DEMO_USERNAME)
    window.login.ui.password.setText(BENCH_PASSWORD)
    window.login.attempt()
    patient = store.patients.search("", limit=1, offset=500)[0]
    window.show_patient(patient.id)
    window.new_visit(patient.id)
    app.processEvents()
    wizard = window.visit.wizard
    assert wizard is not None
    edit = wizard.findChild(QLineEdit, "body_mass")
    assert edit is not None
    visit_id = window.visit.visit.id if window.visit.visit else -1

    gui_ms = []
    for n in range(args.runs + 5):
        edit.setText(f"{55 + n % 40}.{n % 10}")
        started = time.perf_counter()
        edit.editingFinished.emit()
        app.processEvents()
        if n >= 5:  # the first saves warm caches
            gui_ms.append((time.perf_counter() - started) * 1000)
    saved = store.visits.answers(visit_id).get("body_mass")
    assert saved == float(edit.text()), (saved, edit.text())

    store_ms = []
    for n in range(args.runs):
        started = time.perf_counter()
        store.visits.save_answer(visit_id, "body_mass", "whole", 40.0 + n)
        store_ms.append((time.perf_counter() - started) * 1000)
    window.close()
    store.close()

    gui = stats(gui_ms)
    rows = [
        stat_row("Wizard: end of edit to saved and repainted", gui),
        stat_row("Store alone: save_answer (answer + audit row, fsync)", stats(store_ms)),
    ]
    print(table(STAT_HEADERS, rows))
    print(
        f"\nOne autosave through the wizard: 95th percentile {gui.p95:.1f} ms "
        f"(a frame is {FRAME_MS:.0f} ms: {verdict(gui.p95 < FRAME_MS)})"
    )
    save("autosave", {"rows": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())
