"""The one way the GUI runs slow work off its thread: backups, restore previews, handout
renders, print preparation, password checks, the demo clinic.

`run_in_background(work, on_done, on_error)` runs `work` on Qt's global thread pool and
calls one of the callbacks with its result or its exception on the GUI thread. `start_job`
does the same for work that reports progress or may be cancelled: it is handed a
`JobControl`. Everything a worker sends back goes through one queue of closures that the GUI
thread runs in order (the pattern of Anki's task manager), so a job's progress arrives
before its result.

Rules for the work: it never touches widgets, and it hands back plain Python values. Python
objects that wrap Qt objects of the GUI thread must not be freed on a worker (that deletes
them there and crashes the app; see `main_thread_gc`), so a job's callbacks and work are
kept, and let go, on the GUI thread.

A `lane` runs its jobs one at a time, in order (reportlab's font registry is shared, so
renders take turns). The composition root waits for every job (`wait_for_background_work`)
before it closes the database they may be reading.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

Closure = Callable[[], None]


class JobControl:
    """Handed to a job's work on the worker thread: was it cancelled, and a way to report."""

    def __init__(self, manager: TaskManager, key: int) -> None:
        self._manager = manager
        self._key = key
        self._cancelled = threading.Event()
        self._over = threading.Event()  # the work has returned (or was skipped)

    @property
    def cancelled(self) -> bool:
        """True once the job was cancelled: long work should stop at its next step."""
        return self._cancelled.is_set()

    def report(self, value: object) -> None:
        """Send a plain value to the job's `on_progress`, called on the GUI thread."""
        manager, key = self._manager, self._key
        manager.run_on_main(lambda: manager._progress(key, value))


@dataclass(eq=False)
class BackgroundJob:
    """One piece of work; `done` turns true once it is over and its callback (if any) ran."""

    name: str
    work: Callable[[JobControl], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    on_progress: Callable[[Any], None] | None
    control: JobControl
    done: bool = False
    cancelled: bool = field(default=False)

    def cancel(self) -> None:
        """Drop the job: no callback runs, work not yet started never starts, and running
        work sees `JobControl.cancelled` (it finishes, but its result is thrown away)."""
        self.cancelled = True
        self.control._cancelled.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the work is over, then run what it sent back; False on a timeout.
        For shutdown and tests: the GUI thread stands still meanwhile."""
        if not self.control._over.wait(None if msecs < 0 else msecs / 1000):
            return False
        tasks().deliver()
        return True


class TaskManager(QObject):
    """Starts jobs on a thread pool and runs what they send back on the GUI thread."""

    _closures_pending = Signal()

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._lock = threading.Lock()
        self._closures: list[Closure] = []
        self._jobs: dict[int, BackgroundJob] = {}  # not yet over and delivered
        self._lanes: dict[str, deque[int]] = {}  # a busy lane's jobs waiting their turn
        self._last_key = 0
        self._closures_pending.connect(self.deliver)

    def start(
        self,
        work: Callable[[JobControl], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        *,
        on_progress: Callable[[Any], None] | None = None,
        lane: str | None = None,
        name: str = "",
    ) -> BackgroundJob:
        """Run `work(control)` on a worker thread (after the lane's earlier jobs, if any)."""
        self._last_key += 1
        key = self._last_key
        name = name or _name_of(work)
        job = BackgroundJob(name, work, on_done, on_error, on_progress, JobControl(self, key))
        self._jobs[key] = job
        with self._lock:
            if lane is not None:
                if lane in self._lanes:
                    self._lanes[lane].append(key)
                    return job
                self._lanes[lane] = deque()
        self._pool.start(partial(self._execute, key, lane))
        return job

    def run_on_main(self, closure: Closure) -> None:
        """Run `closure` on the GUI thread (from any thread), after those sent before it."""
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()

    def deliver(self) -> int:
        """Run the closures sent so far (on the GUI thread; the event loop calls this);
        returns how many ran."""
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except Exception:  # one faulty callback must not swallow the others' results
                sys.excepthook(*sys.exc_info())
        return len(closures)

    def unfinished(self) -> list[BackgroundJob]:
        """The jobs not yet over and delivered (for shutdown and tests)."""
        return list(self._jobs.values())

    def wait_for_all(self) -> None:
        """Block until every job is over and what it sent back has run."""
        while self._jobs:
            self._pool.waitForDone()
            if not self.deliver():
                # Called from a callback: the jobs left are delivered once it returns.
                break

    # --- on the worker thread ----------------------------------------------------------------

    def _execute(self, key: int, lane: str | None) -> None:
        job = self._jobs[key]
        work, control = job.work, job.control
        del job  # the job holds GUI objects: it must be let go on the GUI thread only
        outcome: tuple[bool, object] = (False, RuntimeError("The work stopped without a result."))
        try:
            if control.cancelled:
                outcome = (True, None)
            else:
                try:
                    outcome = (True, work(control))
                except Exception as exc:  # handed to on_error on the GUI thread
                    if not control.cancelled:  # work that stops because it was cancelled
                        log.warning("background work failed: %s", exc, exc_info=True)
                    outcome = (False, exc)
        finally:  # whatever happened, the job ends and the lane moves on
            del work
            self.run_on_main(lambda: self._finish(key, outcome))
            control._over.set()
            if lane is not None:
                self._next_in(lane)

    def _next_in(self, lane: str) -> None:
        with self._lock:
            waiting = self._lanes[lane]
            if not waiting:
                del self._lanes[lane]
                return
            key = waiting.popleft()
        self._pool.start(partial(self._execute, key, lane))

    # --- on the GUI thread -------------------------------------------------------------------

    def _progress(self, key: int, value: object) -> None:
        job = self._jobs.get(key)
        if job is not None and not job.cancelled and job.on_progress is not None:
            job.on_progress(value)

    def _finish(self, key: int, outcome: tuple[bool, object]) -> None:
        job = self._jobs.pop(key)
        job.done = True
        if job.cancelled:
            return
        ok, value = outcome
        if ok:
            job.on_done(value)
        else:
            assert isinstance(value, Exception)
            job.on_error(value)


def _name_of(work: Callable[..., Any]) -> str:
    while isinstance(work, partial):
        work = work.func
    return f"{getattr(work, '__module__', '?')}.{getattr(work, '__qualname__', repr(work))}"


_manager: TaskManager | None = None


def tasks() -> TaskManager:
    """The application's task manager, made on first use (on the GUI thread)."""
    global _manager
    if _manager is None:
        assert threading.current_thread() is threading.main_thread(), "made off the GUI thread"
        _manager = TaskManager()
    return _manager


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> BackgroundJob:
    """Run `work()` on a worker thread; `on_done(result)` or `on_error(exc)` on the GUI thread."""
    return tasks().start(lambda _control: work(), on_done, on_error, name=_name_of(work))


def start_job(
    work: Callable[[JobControl], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    on_progress: Callable[[Any], None] | None = None,
    lane: str | None = None,
) -> BackgroundJob:
    """As `run_in_background`, for work that reports progress or checks for cancelling."""
    return tasks().start(work, on_done, on_error, on_progress=on_progress, lane=lane)


def wait_for_background_work() -> None:
    """Block until every job has finished and its callback has run.

    Called before the database closes at exit: the event loop has stopped by then, so the
    results still queued for the GUI thread are delivered here. Otherwise a backup finished
    during shutdown would never be recorded, and the next start would make it again.
    """
    tasks().wait_for_all()
