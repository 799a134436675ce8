"""Signing (confirmation and password) and addendum dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kneedesk.store.errors import LoginFailedError


class SignDialog(QDialog):
    """Asks the clinician to confirm and re-enter their password before signing."""

    def __init__(
        self,
        clinician_name: str,
        check_password: Callable[[str], object],
        *,
        missing_required: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign visit")
        self.setObjectName("SignDialog")
        self._check = check_password
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Sign this visit as {clinician_name}? The findings and plan are stored as shown, "
            "and the visit becomes read-only. Later corrections are added as addenda."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if missing_required:
            note = QLabel(
                "Still empty (required): " + ", ".join(missing_required) + ". You can sign "
                "anyway; the summary and handout will say these were not recorded."
            )
            note.setWordWrap(True)
            note.setProperty("role", "error")
            note.setObjectName("missingRequired")
            layout.addWidget(note)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("signPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Your password")
        form.addRow("Your password", self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("signError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign visit")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()

    def try_accept(self) -> None:
        """Accept only with the right password."""
        if not self.password.text():
            self.error.setText("Enter your password to sign.")
            return
        try:
            self._check(self.password.text())
        except LoginFailedError as exc:
            self.password.clear()
            self.error.setText(f"{exc.what} {exc.todo}".strip())
            return
        self.accept()


class AddendumDialog(QDialog):
    """A correction to a signed visit: a reason and the added text, both required."""

    def __init__(self, visit_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Addendum")
        self.setObjectName("AddendumDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Add an addendum to the signed visit of {visit_label}. The signed record is not "
            "changed; the addendum is stored beside it with your name and the time."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("addendumReason")
        self.reason.setPlaceholderText("e.g. Corrected hip abduction reading")
        self.text = QPlainTextEdit()
        self.text.setObjectName("addendumText")
        self.text.setTabChangesFocus(True)
        form.addRow("Reason", self.reason)
        form.addRow("Addendum", self.text)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add addendum")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        """Accept only with both a reason and text."""
        if not self.reason.text().strip():
            self.error.setText("Enter the reason for the addendum.")
            self.reason.setFocus()
            return
        if not self.text.toPlainText().strip():
            self.error.setText("Enter the text of the addendum.")
            self.text.setFocus()
            return
        self.accept()
