"""The app's one way to back up (now, or once a day) and to restore the open database.

Backups run on a worker thread through the store's own connection (SQLite's backup API, a
few pages per step) and are recorded in the audit log on the GUI thread once verified. A
restore runs on the GUI thread: nothing else may use the connection while every page of the
database is replaced. In clinic server mode a backup is a verified pg_dump archive made over
connections of its own (`kneedesk.store.postgres.backup`), and a restore is refused with
the steps for the person who looks after the server.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kneedesk.gui.background import BackgroundJob, run_in_background
from kneedesk.store.backup_schedule import (
    BackupOutcome,
    BackupPlan,
    LastBackup,
    is_daily_backup_due,
    last_backup,
    make_backup,
    needs_reminder,
    read_plan,
    record_backup,
)
from kneedesk.store.errors import BackupBusyError, BackupError, StoreError
from kneedesk.store.restore import RestoreResult
from kneedesk.store.store import Store

# A KneeDesk left open overnight still makes the next day's backup.
CHECK_EVERY_MS = 60 * 60 * 1000


def local_now() -> datetime:
    """The current time in this computer's time zone (backup days follow the clinic's clock)."""
    return datetime.now().astimezone()


class BackupCenter(QObject):
    """Backs up the open store and restores backups into it; tells the windows how it went."""

    started = Signal(object)  # BackupPlan
    succeeded = Signal(object)  # BackupOutcome
    failed = Signal(object)  # StoreError
    stateChanged = Signal()
    aboutToRestore = Signal()
    restored = Signal(object)  # RestoreResult

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.job: BackgroundJob | None = None
        self._automatic = False
        self.last_error: StoreError | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.run_daily_if_due)

    @property
    def busy(self) -> bool:
        """True while a backup is being written."""
        return self.job is not None

    def last_backup(self) -> LastBackup | None:
        """The newest verified backup of this database (None: never)."""
        return last_backup(self.store.db)

    def reminder_due(self) -> bool:
        """True when the last verified backup is older than a week, or there is none."""
        return needs_reminder(self.last_backup(), self.clock())

    def start(self) -> None:
        """At start-up: the day's backup if it is due, then a check every hour."""
        self.run_daily_if_due()
        self._timer.start()
        self.stateChanged.emit()

    def run_daily_if_due(self) -> bool:
        """Start the automatic backup if it is on and none was made today; True if started."""
        if self.busy:
            return False
        try:
            plan = read_plan(self.store)
        except StoreError as exc:
            self._fail(exc)
            return False
        if not plan.automatic or not is_daily_backup_due(self.last_backup(), self.clock()):
            return False
        return self._start(plan, automatic=True)

    def back_up_now(self) -> bool:
        """Start a backup into the chosen folder now; False if one is already running."""
        if self.busy:
            return False
        try:
            plan = read_plan(self.store)
        except StoreError as exc:
            self._fail(exc)
            return False
        return self._start(plan, automatic=False)

    def restore(self, source: Path) -> RestoreResult:
        """Replace every record with the backup `source` (administrators only; see the store).

        Emits `aboutToRestore` first, so an open visit is closed before its records change,
        and `restored` afterwards: no one is signed in then. Raises a StoreError, with the
        records unchanged, when the backup cannot be restored.
        """
        if self.busy:
            raise BackupError(
                self.tr("A backup is being written right now."),
                self.tr("Wait until it has finished (a few seconds), then restore again."),
            )
        self.aboutToRestore.emit()
        result = self.store.restore_from(source)
        self.last_error = None
        self.restored.emit(result)
        self.stateChanged.emit()
        return result

    def dismiss_error(self) -> None:
        """Forget the last failure (the reminder still shows if backups are overdue)."""
        self.last_error = None
        self.stateChanged.emit()

    def _start(self, plan: BackupPlan, *, automatic: bool) -> bool:
        db, now = self.store.db, self.clock()
        self._automatic = automatic
        self.job = run_in_background(
            lambda: make_backup(db, plan, now, automatic=automatic), self._done, self._error
        )
        self.started.emit(plan)
        self.stateChanged.emit()
        return True

    def _done(self, outcome: object) -> None:
        self.job = None
        assert isinstance(outcome, BackupOutcome)
        try:
            record_backup(self.store, outcome)
        except StoreError as exc:
            self._fail(exc)
            return
        self.last_error = None
        self.succeeded.emit(outcome)
        self.stateChanged.emit()

    def _error(self, exc: Exception) -> None:
        self.job = None
        if isinstance(exc, BackupBusyError) and self._automatic:
            # Another workstation is making the day's backup of the clinic server; the
            # hourly check finds it recorded.
            self.stateChanged.emit()
            return
        if not isinstance(exc, StoreError):
            exc = BackupError(
                self.tr("The backup failed: {error}.").format(error=exc),
                self.tr("Try again, or choose another folder in Settings > Backups."),
            )
        self._fail(exc)

    def _fail(self, exc: StoreError) -> None:
        self.last_error = exc
        self.failed.emit(exc)
        self.stateChanged.emit()
