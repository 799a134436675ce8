"""Add a clinician account, or set a new password for one (administrators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kneedesk.gui.forms.ui_account_dialog import Ui_AccountDialog
from kneedesk.gui.settings.account_fields import AccountFields
from kneedesk.gui.settings.fields import (
    fit_bold_text,
    grow_to_fit,
    prepare_error_label,
    show_field_problem,
)
from kneedesk.store.accounts import AccountRepo
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import StoreError


class AccountDialog(QDialog):
    """New account (`account` None) or new password for `account`; the result is `saved`."""

    def __init__(
        self,
        accounts: AccountRepo,
        parent: QWidget | None = None,
        *,
        account: Clinician | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._account = account
        self.saved: Clinician | None = None
        self.resetting = account is not None
        identity = (lambda: (account.display_name, account.username)) if account else None
        self.fields = AccountFields(
            self.ui, accounts, with_identity=account is None, identity=identity
        )
        prepare_error_label(self.ui.formError)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if account is None:
            ok.setText(self.tr("Add clinician"))
            self.ui.displayName.setFocus()
        else:
            self.setWindowTitle(self.tr("Reset password"))
            ok.setText(self.tr("Set password"))
            self.ui.intro.setText(
                self.tr(
                    "Set a new password for {name} ({username}). "
                    "Tell them in person; this also lifts a lock after wrong passwords."
                ).format(name=account.display_name, username=account.username)
            )
            for widget in (self.ui.displayName, self.ui.username, self.ui.admin):
                self.ui.form.setRowVisible(widget, False)
            for label in (self.ui.displayNameError, self.ui.usernameError):
                self.ui.form.setRowVisible(label, False)
            self.ui.password.setFocus()
            self.resize(self.width(), self.minimumSizeHint().height())
        ok.setDefault(True)
        fit_bold_text(ok)
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)

    def try_accept(self) -> None:
        """Save through the store if every field is valid; otherwise show what to fix."""
        problems = self.fields.problems()
        self.fields.show_problems(problems)
        show_field_problem(None, self.ui.formError, None)
        first = self.fields.first_invalid(problems)
        if first is not None:
            first.setFocus()
            grow_to_fit(self)
            return
        name, username, password = self.fields.values()
        try:
            if self._account is None:
                role = Role.ADMIN if self.ui.admin.isChecked() else Role.CLINICIAN
                self.saved = self._accounts.create(username, name, password, role)
            else:
                self._accounts.set_password(self._account.id, password)
                self.saved = self._accounts.get(self._account.id)
        except StoreError as exc:
            if not self.fields.show_store_error(exc):
                show_field_problem(None, self.ui.formError, f"{exc.what} {exc.todo}".strip())
            grow_to_fit(self)
            return
        self.accept()
