"""Run slow work off the GUI thread with a callback for the result and one for a failure.

The work never touches widgets; the callbacks run on the GUI thread. Jobs use Qt's global
thread pool, so the composition root can wait for them (`wait_for_background_work`) before it
closes the database they may be reading.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a job's result from the worker thread to the GUI thread (queued signals)."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the failure callback on the GUI thread
            log.warning("background work failed: %s", exc, exc_info=True)
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class BackgroundJob:
    """One piece of work on the thread pool; `done` turns true after its callback ran."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self.done = False
        self._on_done = on_done
        self._on_error = on_error
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._task = _Task(work, self._relay)

    def start(self) -> BackgroundJob:
        """Queue the work on Qt's global thread pool."""
        QThreadPool.globalInstance().start(self._task)
        return self

    def _finished(self, result: object) -> None:
        self.done = True
        self._on_done(result)

    def _failed(self, exc: object) -> None:
        self.done = True
        self._on_error(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> BackgroundJob:
    """Start `work` on a worker thread; keep the returned job until its callback has run."""
    return BackgroundJob(work, on_done, on_error).start()


def wait_for_background_work() -> None:
    """Block until every queued job has finished and its callback has run.

    Called before the database closes at exit: the event loop has stopped by then, so the
    results still queued for the GUI thread are delivered here. Otherwise a backup finished
    during shutdown would never be recorded, and the next start would make it again.
    """
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.sendPostedEvents()
