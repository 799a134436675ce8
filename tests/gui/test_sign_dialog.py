"""The sign dialog: a wrong password's message shown whole, then a right one checked off the
GUI thread with a busy cue while the window keeps painting."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from clipping import app_style, clipped_texts
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kneedesk.gui.visit.dialogs import SignDialog
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"
MISSING = ["Body mass", "Height", "Hip abduction strength", "Step-down quality", "Kujala score"]


class HeldHasher(PasswordHasher):
    """Verifies like argon2 but waits for `release` first: a check that is still running."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.release = threading.Event()

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        assert self.release.wait(60), "the test never released the check"
        return super().verify(hash, password)


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> Iterator[SignDialog]:
    with app_style():
        d = SignDialog("Ana Ruiz", store.accounts, "ana", missing_required=MISSING)
        qtbot.addWidget(d)
        with qtbot.waitExposed(d):
            d.show()
        yield d


def click_sign(qtbot: QtBot, dialog: SignDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_the_whole_message(qtbot: QtBot, dialog: SignDialog) -> None:
    qtbot.keyClicks(dialog.password, "wrong password")
    click_sign(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.checking())
    error = dialog.error
    assert error.isVisible()
    # Only the password was asked for, so the message speaks of the password alone.
    assert error.text().startswith("That password is not right.")
    assert "user name" not in error.text()
    QApplication.processEvents()
    assert error.height() >= error.heightForWidth(error.width())
    assert clipped_texts(dialog) == []
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password.text() == ""
    assert QApplication.focusWidget() is dialog.password


def test_right_password_clears_the_error_and_shows_a_busy_cue(
    qtbot: QtBot, dialog: SignDialog, store: Store
) -> None:
    qtbot.keyClicks(dialog.password, "wrong password")
    click_sign(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.checking())
    assert dialog.error.isVisible()

    held = HeldHasher()
    store.accounts.hasher = held
    counter = PaintCounter()
    dialog.busy.installEventFilter(counter)
    qtbot.keyClicks(dialog.password, PASSWORD)
    click_sign(qtbot, dialog)
    try:
        # While the check runs: the old error is gone, "Checking…" shows with a wait cursor,
        # nothing can be clicked twice, and the dialog still paints.
        assert dialog.checking()
        assert not dialog.error.isVisible()
        assert dialog.busy.isVisible()
        assert dialog.busy.text() == "Checking…"
        assert not dialog.ok_button.isEnabled()
        assert not any(b.isEnabled() for b in dialog.buttons.buttons())
        cursor = QApplication.overrideCursor()
        assert cursor is not None
        assert cursor.shape() == Qt.CursorShape.WaitCursor
        qtbot.waitUntil(lambda: counter.paints > 0)
        assert dialog.checking()  # painted while the check was still held
        dialog.reject()  # Cancel waits for the check
        assert dialog.isVisible()
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert QApplication.overrideCursor() is None
    assert clipped_texts(dialog) == []
