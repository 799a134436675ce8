"""The backup banner under the main toolbar, and backup results in the status bar.

The banner appears when the last verified backup is more than a week old (or there is none)
or when a backup failed, with a "Back up now" button. It follows the main toolbar, so it
is hidden on the login and lock screens. Nothing here is modal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
)

from kneedesk.gui.backup_center import BackupCenter
from kneedesk.gui.backup_text import failure_text, reminder_text, status_text
from kneedesk.store.backup_schedule import BackupOutcome, BackupPlan
from kneedesk.store.errors import ServerUnavailableError, StoreError

STATUS_MS = 20_000


class BackupBanner(QToolBar):
    """A full-width reminder or failure notice with "Back up now", below the main toolbar."""

    def __init__(self, center: BackupCenter, window: QMainWindow, follow: QToolBar) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self._center = center
        self._window = window
        self._follow = follow
        self.frame = QFrame(self)
        self.frame.setObjectName("backupNotice")
        self.frame.setProperty("role", "warning-banner")
        self.frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self.frame)
        row.setContentsMargins(12, 6, 8, 6)
        row.setSpacing(10)
        self.text = QLabel(self.frame)
        self.text.setObjectName("backupReminder")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        self.back_up = QPushButton(self.tr("Back up now"), self.frame)
        self.back_up.setObjectName("backUpNow")
        self.back_up.clicked.connect(center.back_up_now)
        row.addWidget(self.back_up)
        self.dismiss = QPushButton(self.tr("Dismiss"), self.frame)
        self.dismiss.setObjectName("dismissBackupProblem")
        self.dismiss.clicked.connect(center.dismiss_error)
        row.addWidget(self.dismiss)
        self.addWidget(self.frame)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        center.stateChanged.connect(self.refresh)
        center.started.connect(self._started)
        center.succeeded.connect(self._succeeded)
        center.failed.connect(self._failed)
        follow.visibilityChanged.connect(self.refresh)
        self.hide()

    def message(self) -> str:
        """What the banner says now; empty when there is nothing to say."""
        if self._center.last_error is not None:
            return failure_text(self._center.last_error)
        if self._center.reminder_due():
            return reminder_text(self._center.last_backup(), self._center.clock())
        return ""

    def refresh(self) -> None:
        """Show, update or hide the banner (hidden whenever the workspace is locked)."""
        try:
            text = self.message()
        except ServerUnavailableError:
            return  # the clinic server is out of reach: its own banner says so
        failed = self._center.last_error is not None
        self.text.setText(text)
        self.setAccessibleDescription(text)
        busy = self._center.busy
        self.back_up.setEnabled(not busy)
        self.back_up.setText(self.tr("Backing up...") if busy else self.tr("Back up now"))
        self.dismiss.setVisible(failed)
        self.setVisible(bool(text) and not self._follow.isHidden())
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # A tool bar sizes its widgets without asking wrapped text how tall it needs to be.
        layout = self.frame.layout()
        width = self.frame.width() if self.frame.width() > 0 else self.width()
        if layout is not None and width > 0:
            # + the stylesheet's border, which the layout does not know about
            self.frame.setFixedHeight(layout.heightForWidth(width) + 4)

    def _status(self, text: str, timeout: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout)

    def _started(self, plan: BackupPlan) -> None:
        self._status(self.tr("Backing up to {folder}...").format(folder=plan.folder))

    def _succeeded(self, outcome: BackupOutcome) -> None:
        self._status(status_text(outcome), STATUS_MS)

    def _failed(self, exc: StoreError) -> None:
        self._status(self.tr("The backup was not made. {problem}").format(problem=exc.what))
