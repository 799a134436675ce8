"""Driving modal dialogs from a test: act on the dialog once its own event loop runs.

A modal dialog that nothing answers blocks its `exec()` for ever, and the test run with it.
So: a callback that fails closes its dialog (the failure is still reported by pytest-qt),
`cancel_pending_modals` (run after every GUI test, see conftest) stops waiting for dialogs
that never came, and `refusing_modals` rejects any dialog that opens where none should.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog


class PendingModal:
    """A `when_modal` still waiting for its dialog; `cancel` stops the wait."""

    def __init__(self, callback: Callable[[QDialog], None]) -> None:
        self._callback = callback
        self.done = False
        self.cancelled = False

    def cancel(self) -> None:
        """Stop waiting (the dialog never came)."""
        self.cancelled = True

    def attempt(self) -> None:
        """Answer the modal dialog if one is running, or look again shortly."""
        if self.cancelled or self.done:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, self.attempt)
            return
        self.done = True
        _pending.remove(self)
        try:
            self._callback(dialog)
        except BaseException:
            if dialog.isVisible():
                dialog.done(int(QDialog.DialogCode.Rejected))  # never leave it blocking
            raise


_pending: list[PendingModal] = []


def when_modal(callback: Callable[[QDialog], None]) -> PendingModal:
    """Run `callback` on the next modal dialog once its event loop is running."""
    pending = PendingModal(callback)
    _pending.append(pending)
    QTimer.singleShot(0, pending.attempt)
    return pending


def cancel_pending_modals() -> int:
    """Stop every wait for a dialog that did not open; how many there were."""
    left = len(_pending)
    for pending in list(_pending):
        pending.cancel()
    _pending.clear()
    return left


class _ModalRefuser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isModal()
            and watched.isWindow()
        ):
            self.opened.append(watched.objectName() or type(watched).__name__)
            dialog = watched
            QTimer.singleShot(0, dialog, lambda: dialog.done(int(QDialog.DialogCode.Rejected)))
        return False


@contextmanager
def refusing_modals() -> Iterator[list[str]]:
    """Reject every modal dialog shown inside the block; yields the names of those opened."""
    refuser = _ModalRefuser()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installEventFilter(refuser)
    try:
        yield refuser.opened
    finally:
        app.removeEventFilter(refuser)
