"""Open dialogs and the lock: locking hides them all; the same clinician gets them back.

A dialog left open when the app locks must not stay usable over the lock screen. On lock,
`SessionGate.lock` hides every open window of the app: a dialog run with `run_dialog`
(instead of `exec()`) or shown with `open_resumable` (instead of `open()`) is suspended
with everything typed in it, and comes back as it was when the same clinician unlocks;
when someone else logs in (or the app is logged out or closed) it is cancelled. Any other
dialog (a message box, a file or print dialog) is closed, as if cancelled. The store
refuses writes while nobody is signed in as well (`kneedesk.store.session`), so this is
about what a passer-by can see and type, not the only guard.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

SUSPENDED = "kneedeskSuspended"
RUNNING = "kneedeskRunning"
RESUMABLE = "kneedeskResumable"


class SessionGate(QObject):
    """Hides the app's open windows on lock and gives them back to the clinician who left."""

    resumed = Signal(bool)
    """The lock ended: True when the same clinician came back, False for anyone else."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self._main = main
        self._suspended: list[QDialog] = []
        self.locked = False

    @staticmethod
    def of(widget: QWidget) -> SessionGate | None:
        """The gate of the main window this widget belongs to (None outside one)."""
        top = widget
        while (parent := top.parentWidget()) is not None:
            top = parent
        return top.findChild(SessionGate)

    def lock(self) -> None:
        """Hide every open window but the main one, keeping resumable dialogs as they are."""
        self.locked = True
        for widget in QApplication.topLevelWidgets():
            if widget is self._main or not widget.isVisible():
                continue
            if isinstance(widget, QDialog) and (
                widget.property(RUNNING) or widget.property(RESUMABLE)
            ):
                widget.setProperty(SUSPENDED, True)
                self._suspended.append(widget)
                widget.hide()  # ends exec()'s loop; run_dialog waits for the return
            elif isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    def resume(self, same_clinician: bool) -> None:
        """The lock ended: give the dialogs back, or cancel them for another clinician."""
        if not self.locked:
            return
        self.locked = False
        suspended, self._suspended = self._suspended, []
        self.resumed.emit(same_clinician)  # run_dialog's waits end here
        for dialog in suspended:
            if not shiboken6.isValid(dialog) or dialog.property(RUNNING):
                continue
            dialog.setProperty(SUSPENDED, False)
            if same_clinician:
                # After the event loop turn, so it opens above a parent dialog run again.
                QTimer.singleShot(0, dialog, dialog.show)
            else:
                dialog.reject()

    def wait_for_return(self) -> bool:
        """While locked, wait (the lock screen stays usable); True if the same clinician
        came back, False if someone else logged in or the app was closed."""
        if not self.locked:
            return True
        loop = QEventLoop()
        outcome = [False]

        def done(same: bool) -> None:
            outcome[0] = same
            loop.quit()

        self.resumed.connect(done)
        try:
            loop.exec()
        finally:
            self.resumed.disconnect(done)
        return outcome[0]


def run_dialog(dialog: QDialog) -> int:
    """`dialog.exec()` that survives the lock: hidden while locked, shown again as it was
    when the same clinician unlocks; Rejected when someone else logs in instead."""
    dialog.setProperty(RUNNING, True)
    try:
        while True:
            result = dialog.exec()
            if not dialog.property(SUSPENDED):
                return result
            dialog.setProperty(SUSPENDED, False)
            gate = SessionGate.of(dialog)
            if gate is None or not gate.wait_for_return():
                return int(QDialog.DialogCode.Rejected)
    finally:
        dialog.setProperty(RUNNING, False)


def open_resumable(dialog: QDialog) -> None:
    """`dialog.open()` for a dialog that is kept through a lock (see `SessionGate`)."""
    dialog.setProperty(RESUMABLE, True)
    dialog.open()
