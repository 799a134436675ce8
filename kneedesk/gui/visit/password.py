"""A dialog that asks a clinician for their password and checks it off the GUI thread.

Argon2 is slow on purpose (about two seconds on a clinic PC), so the check runs on a worker
thread: the dialog keeps painting, shows "Checking…" with a wait cursor and disabled buttons,
and clears the last error as soon as a new attempt starts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.background import BackgroundJob, run_in_background
from kneedesk.store.accounts import AccountRepo, LoginAttempt, PasswordVerdict
from kneedesk.store.errors import AccountLockedError, LoginFailedError

DIALOG_WIDTH = 440


class PasswordDialog(QDialog):
    """Intro text, a password field and an error line; accepts only the clinician's password."""

    def __init__(
        self,
        intro: str,
        accounts: AccountRepo,
        username: str,
        *,
        ok_text: str,
        field_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if field_label is None:
            field_label = self.tr("Your password")
        self._accounts = accounts
        self._username = username
        self._attempt: LoginAttempt | None = None
        self.job: BackgroundJob | None = None
        self.layout_box = QVBoxLayout(self)
        # The dialog is as tall as its wrapped text at a fixed width, and grows with an error.
        self.layout_box.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro = QLabel(intro)
        self.intro.setObjectName("passwordIntro")
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(DIALOG_WIDTH)
        self.layout_box.addWidget(self.intro)
        self.form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("signPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(field_label)
        self.form.addRow(field_label, self.password)
        self.layout_box.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("signError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.layout_box.addWidget(self.error)
        self.busy = QLabel(self.tr("Checking…"))
        self.busy.setObjectName("passwordChecking")
        self.busy.setProperty("role", "muted")
        self.busy.hide()
        self.layout_box.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_box.addWidget(self.buttons)
        self.password.setFocus()

    def checking(self) -> bool:
        """Whether a password check is running."""
        return self.job is not None

    def try_accept(self) -> None:
        """Start checking the typed password; accept when it is right."""
        if self.checking():
            return
        password = self.password.text()
        if not password:
            self.show_error(self.tr("Enter your password."))
            return
        self.show_error("")
        try:
            attempt = self._accounts.start_login(self._username)
        except LoginFailedError as exc:
            self._refused(exc)
            return
        self._attempt = attempt
        self._set_busy(True)
        self.job = run_in_background(lambda: attempt.check(password), self._checked, self._failed)

    def _checked(self, verdict: object) -> None:
        self.job = None
        attempt, self._attempt = self._attempt, None
        self._set_busy(False)
        if attempt is None or not isinstance(verdict, PasswordVerdict):
            return
        try:
            self._accounts.finish_login(attempt, verdict)
        except LoginFailedError as exc:
            self._refused(exc)
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self._attempt = None
        self._set_busy(False)
        self.show_error(
            self.tr("The password could not be checked: {error}. Try again.").format(error=exc)
        )

    def _refused(self, exc: LoginFailedError) -> None:
        self.password.clear()
        # Only the password is asked here: the store's "user name or password" would puzzle.
        what = (
            exc.what
            if isinstance(exc, AccountLockedError)
            else self.tr("That password is not right.")
        )
        self.show_error(f"{what} {exc.todo}".strip())
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """Show (or with "" hide) the error under the field; the dialog grows to fit it."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.password.setEnabled(not busy)
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def reject(self) -> None:
        """Cancel, except while a check runs (its result still has to be recorded)."""
        if not self.checking():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button waits for a running check, like Cancel."""
        if self.checking():
            event.ignore()
            return
        super().closeEvent(event)
