"""What a GUI test left behind: threads still running, windows still open.

A job still running after its test ends delivers its result into the next test (or reads a
database that test closed); a window left open is polished, laid out and painted by every
later test, and a modal one takes their clicks. `LeakGuard` notes what ran and what was open
when a test starts and names whatever is new and still there when it ends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from weakref import WeakSet

import pytest
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from kneedesk.gui.background import tasks

SETTLE_MS = 500
"""How long a thread may take to wind down once its work has handed back its result: the
result reaches the test a moment before the thread is free. A leak runs far longer."""


def _describe_window(widget: QWidget) -> str:
    name = f" {widget.objectName()!r}" if widget.objectName() else ""
    title = f" titled {widget.windowTitle()!r}" if widget.windowTitle() else ""
    return f"{type(widget).__name__}{name}{title}"


def open_windows() -> list[QWidget]:
    """The top-level windows shown now."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


class LeakGuard:
    """Notes the running threads and open windows before a test; `leaks()` after it."""

    def __init__(self) -> None:
        self._jobs = set(tasks().unfinished())
        self._threads = set(threading.enumerate())
        self._windows = set(open_windows())
        self._pool_busy = QThreadPool.globalInstance().activeThreadCount()
        self.qthreads: WeakSet[QThread] = WeakSet()

    @contextmanager
    def watching_qthreads(self) -> Iterator[None]:
        """Record every QThread started meanwhile (Qt keeps no list of them)."""
        original: Any = QThread.start
        started = self.qthreads

        def start(thread: QThread, *args: Any) -> None:
            started.add(thread)
            original(thread, *args)

        QThread.start = start  # type: ignore[method-assign]
        try:
            yield
        finally:
            QThread.start = original  # type: ignore[method-assign]

    def leaks(self) -> list[str]:
        """What the test left running or open, each named; empty when it left nothing."""
        found = [
            f"background job not finished: {job.name}"
            for job in tasks().unfinished()
            if job not in self._jobs
        ]
        pool = QThreadPool.globalInstance()
        if pool.activeThreadCount() > self._pool_busy and not pool.waitForDone(SETTLE_MS):
            found.append(
                f"{pool.activeThreadCount() - self._pool_busy} job(s) still running on "
                "Qt's global thread pool"
            )
        for thread in threading.enumerate():
            # Threads Python did not start (Qt's pool threads once they ran Python code) show
            # as dummies that never end; the pool is checked above.
            if thread in self._threads or isinstance(thread, threading._DummyThread):
                continue
            thread.join(SETTLE_MS / 1000)
            if thread.is_alive():
                found.append(f"thread still running: {thread.name!r}")
        for qthread in list(self.qthreads):
            if qthread.isRunning() and not qthread.wait(SETTLE_MS):
                found.append(f"QThread still running: {type(qthread).__name__}")
        found += [
            f"window still open: {_describe_window(w)}"
            for w in open_windows()
            if w not in self._windows
        ]
        return found

    def clean_up(self) -> None:
        """Close the windows the test left and wait for its threads, so the next test starts
        clean whatever this one did."""
        for widget in open_windows():
            if widget not in self._windows:
                widget.close()
        tasks().wait_for_all()
        for qthread in list(self.qthreads):
            qthread.quit()  # ends those running an event loop; others cannot be stopped
            qthread.wait(SETTLE_MS)


@contextmanager
def fail_on_leaks() -> Iterator[None]:
    """Fail (naming each) if the block leaves a job or thread running or a window open."""
    guard = LeakGuard()
    with guard.watching_qthreads():
        yield
    leaks = guard.leaks()
    guard.clean_up()
    if leaks:
        pytest.fail("The test left behind:\n  " + "\n  ".join(leaks), pytrace=False)
