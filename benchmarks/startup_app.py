"""Benchmark child: start KneeDesk on a database, log in, and report when the list is ready.

Run by startup_bench.py as ``python benchmarks/startup_app.py DB IDLE_MS`` with BENCH_T0_NS
set to the parent's clock just before the process was started. It runs the real start-up
path (``kneedesk.gui.app.run_gui``: logging, single-instance check, database open with its
quick_check, main window) and prints one JSON line with milliseconds since process start:

- ``login_painted``: the login screen's first paint;
- ``login_ready``: the first event-loop turn after that paint (the login accepts input);
- ``check_done``: the end of the whole-file ``quick_check``, which runs on a worker while
  the login screen is up;
- ``list_painted``: the patient list's first paint after logging in programmatically;
- ``list_ready``: the first event-loop turn after that paint (the window accepts input);
- ``login_ms``: from the login call to ``list_ready`` (password check, audit row, first page;
  the audit row waits for the check's verdict if it is not in yet).

BENCH_LOGIN_DELAY_MS (default 0) logs in that long after the login screen painted, as a
clinician typing their password would, on a precise timer; the parent subtracts it. With
BENCH_SKIP_QUICK_CHECK=1 the ``quick_check`` is skipped altogether, to show what it costs.
Password hashing is made cheap (the benchmark measures the app, not argon2): the demo
account's hash and the app's hasher both use time_cost=1 and 1 MiB.

Nothing heavy is imported here before the app: the imports are part of what is measured.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0_NS = int(os.environ["BENCH_T0_NS"])
HEAVY = ("pyqtgraph", "reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


def since_start() -> float:
    """Milliseconds since the parent started this process."""
    return (time.perf_counter_ns() - T0_NS) / 1e6


def main() -> int:
    """Start the app and time its first screens."""
    db, idle_ms = sys.argv[1], int(sys.argv[2])
    marks: dict[str, object] = {"process_started_to_main": since_start()}

    # In the order `kneedesk` itself imports them (kneedesk.__main__.main): the store, then Qt.
    from argon2 import PasswordHasher

    import kneedesk.store.accounts
    import kneedesk.store.store  # noqa: F401

    # isort: split
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    kneedesk.store.accounts.default_hasher = lambda: PasswordHasher(  # type: ignore[assignment]
        time_cost=1, memory_cost=1024, parallelism=1
    )
    if os.environ.get("BENCH_SKIP_QUICK_CHECK") == "1":
        import kneedesk.store.db

        kneedesk.store.db.integrity_problems = lambda db, *, full=True: []  # type: ignore
        kneedesk.store.db._quick_check_refusal = lambda conn, path: None  # type: ignore
    delay_ms = int(os.environ.get("BENCH_LOGIN_DELAY_MS", "0"))
    check_integrity = kneedesk.store.store.Store.check_integrity

    def timed_check(store: kneedesk.store.store.Store) -> None:
        try:
            check_integrity(store)
        finally:
            marks["check_done"] = since_start()

    kneedesk.store.store.Store.check_integrity = timed_check  # type: ignore[method-assign]
    app = QApplication(sys.argv[:1])

    def finish() -> None:
        marks["heavy_modules_loaded"] = [m for m in HEAVY if m in sys.modules]
        print(json.dumps(marks), flush=True)
        app.quit()

    def ready() -> None:
        marks["list_ready"] = since_start()
        marks["login_ms"] = float(marks["list_ready"]) - float(marks["login_started"])
        QTimer.singleShot(idle_ms, finish)

    class ListPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "list_painted" not in marks:
                marks["list_painted"] = since_start()
                QTimer.singleShot(0, ready)
            return False

    list_filter = ListPainted()

    def log_in() -> None:
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
        window.patients.table.viewport().installEventFilter(list_filter)
        marks["login_started"] = since_start()
        window.login.ui.username.setText("demo")
        window.login.ui.password.setText("kneedesk-demo")
        window.login.attempt()
        if window.front.currentWidget() is not window.work:
            raise SystemExit("the benchmark login failed")

    class LoginPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.objectName() == "LoginForm"
            ):
                marks["login_painted"] = since_start()
                app.removeEventFilter(self)
                QTimer.singleShot(0, login_ready)
            return False

    def login_ready() -> None:
        marks["login_ready"] = since_start()
        from PySide6.QtCore import Qt  # here, not above: the app's own use of Qt is measured

        # A precise timer: the default coarse one may fire up to 5% (75 ms of the 1.5 s of
        # typing) early, which the parent's subtraction would have counted as start-up saved.
        typing.setTimerType(Qt.TimerType.PreciseTimer)
        typing.start(delay_ms)

    typing = QTimer()
    typing.setSingleShot(True)
    typing.timeout.connect(log_in)
    login_filter = LoginPainted()
    app.installEventFilter(login_filter)

    from kneedesk.gui.app import run_gui

    status = run_gui(db)
    return status


if __name__ == "__main__":
    sys.exit(main())
