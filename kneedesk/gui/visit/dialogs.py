"""Signing (confirmation and password) and addendum dialogs."""

from __future__ import annotations

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

from kneedesk.gui.visit.password import PasswordDialog
from kneedesk.store.accounts import AccountRepo


class SignDialog(PasswordDialog):
    """Asks the clinician to confirm and re-enter their password before signing."""

    def __init__(
        self,
        clinician_name: str,
        accounts: AccountRepo,
        username: str,
        *,
        missing_required: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr(
                "Sign this visit as {name}? The findings and plan are stored as shown, "
                "and the visit becomes read-only. Later corrections are added as addenda."
            ).format(name=clinician_name),
            accounts,
            username,
            ok_text=self.tr("Sign visit"),
            parent=parent,
        )
        self.setWindowTitle(self.tr("Sign visit"))
        self.setObjectName("SignDialog")
        if missing_required:
            note = QLabel(
                self.tr(
                    "Still empty (required): {items}. You can sign anyway; the summary and "
                    "handout will say these were not recorded."
                ).format(items=", ".join(missing_required))
            )
            note.setWordWrap(True)
            note.setProperty("role", "error")
            note.setObjectName("missingRequired")
            self.layout_box.insertWidget(1, note)


class HandBackDialog(PasswordDialog):
    """Ends patient mode: only the clinician's password gives the visit back."""

    def __init__(
        self,
        clinician_name: str,
        accounts: AccountRepo,
        username: str,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr(
                "Hand the screen back to {name}. The clinician enters their password "
                "to return to the visit; the patient's answers are already saved."
            ).format(name=clinician_name),
            accounts,
            username,
            ok_text=self.tr("Hand back"),
            field_label=self.tr("Clinician's password"),
            parent=parent,
        )
        self.setWindowTitle(self.tr("Hand back to clinician"))
        self.setObjectName("HandBackDialog")


class AddendumDialog(QDialog):
    """A correction to a signed visit: a reason and the added text, both required."""

    def __init__(self, visit_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Addendum"))
        self.setObjectName("AddendumDialog")
        # Wide enough for the reason's example and a short wrapped introduction.
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Add an addendum to the signed visit of {visit}. The signed record is not "
                "changed; the addendum is stored beside it with your name and the time."
            ).format(visit=visit_label)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("addendumReason")
        self.reason.setPlaceholderText(self.tr("e.g. Corrected hip abduction reading"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("addendumText")
        self.text.setTabChangesFocus(True)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Addendum"), self.text)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("addendumError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add addendum"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        """Accept only with both a reason and text."""
        if not self.reason.text().strip():
            self._show_error(self.tr("Enter the reason for the addendum."))
            self.reason.setFocus()
            return
        if not self.text.toPlainText().strip():
            self._show_error(self.tr("Enter the text of the addendum."))
            self.text.setFocus()
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.adjustSize()
