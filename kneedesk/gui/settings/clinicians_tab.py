"""The Clinicians tab: administrators list, add, deactivate, reactivate and reset accounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from kneedesk.gui.forms.ui_settings import Ui_SettingsDialog
from kneedesk.gui.lock_guard import open_resumable
from kneedesk.gui.settings.account_dialog import AccountDialog
from kneedesk.gui.settings.fields import prepare_error_label, show_field_problem
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import StoreError
from kneedesk.store.store import Store

# Translated where they are shown, in the context "CliniciansTab".
COLUMNS = (
    QT_TRANSLATE_NOOP("CliniciansTab", "Name"),
    QT_TRANSLATE_NOOP("CliniciansTab", "Username"),
    QT_TRANSLATE_NOOP("CliniciansTab", "Role"),
    QT_TRANSLATE_NOOP("CliniciansTab", "Status"),
)
ADMIN_NOTE = QT_TRANSLATE_NOOP(
    "CliniciansTab",
    "Changes here take effect at once. A deactivated clinician can no longer log in or sign; "
    "their past visits keep their name.",
)
NOT_ADMIN_NOTE = QT_TRANSLATE_NOOP(
    "CliniciansTab",
    "Only an administrator can add clinicians, deactivate accounts or reset passwords. "
    "Ask an administrator of this clinic.",
)


def role_text(role: Role) -> str:
    """How a role reads in the list."""
    if role is Role.ADMIN:
        return QCoreApplication.translate("CliniciansTab", "Administrator")
    return QCoreApplication.translate("CliniciansTab", "Clinician")


def _translated(text: str) -> str:
    """A message of this tab (marked with QT_TRANSLATE_NOOP) in the interface's language."""
    return QCoreApplication.translate("CliniciansTab", text)


class CliniciansTab:
    """Account management on the settings dialog's Clinicians tab (admins only)."""

    def __init__(self, ui: Ui_SettingsDialog, store: Store, owner: QWidget) -> None:
        self.ui = ui
        self._store = store
        self._owner = owner
        self.account_dialog: AccountDialog | None = None
        self._accounts: list[Clinician] = []
        current = store.current
        self.is_admin = current is not None and current.role is Role.ADMIN and current.active
        table = ui.accountsTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([_translated(text) for text in COLUMNS])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        prepare_error_label(ui.accountsError)
        ui.accountsMessage.clear()
        ui.addAccount.clicked.connect(self.add_clinician)
        ui.resetPassword.clicked.connect(self.reset_password)
        ui.toggleActive.clicked.connect(self.toggle_active)
        table.itemSelectionChanged.connect(self._update_buttons)
        ui.cliniciansNote.setText(_translated(ADMIN_NOTE if self.is_admin else NOT_ADMIN_NOTE))
        for widget in (table, ui.addAccount, ui.resetPassword, ui.toggleActive):
            widget.setEnabled(self.is_admin)
        if self.is_admin:
            self.refresh()
        else:
            ui.tabs.setTabToolTip(
                ui.tabs.indexOf(ui.cliniciansTab),
                QCoreApplication.translate("CliniciansTab", "Administrators only"),
            )

    def accounts(self) -> list[Clinician]:
        """The accounts in the list, in row order."""
        return list(self._accounts)

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list from the store, keeping (or moving) the selection."""
        if not self.is_admin:
            return
        keep = select_id if select_id is not None else self._selected_id()
        self._accounts = self._store.accounts.accounts(include_inactive=True)
        table = self.ui.accountsTable
        table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            cells = (
                account.display_name,
                account.username,
                role_text(account.role),
                QCoreApplication.translate("CliniciansTab", "Active")
                if account.active
                else QCoreApplication.translate("CliniciansTab", "Deactivated"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                table.setItem(row, column, item)
            if account.id == keep:
                table.selectRow(row)
        self._update_buttons()

    def select(self, account_id: int) -> None:
        """Select an account's row."""
        for row, account in enumerate(self._accounts):
            if account.id == account_id:
                self.ui.accountsTable.selectRow(row)

    def selected(self) -> Clinician | None:
        """The selected account, or None."""
        account_id = self._selected_id()
        return next((a for a in self._accounts if a.id == account_id), None)

    def add_clinician(self) -> None:
        """Open the add-clinician dialog (window-modal); the list updates when it is accepted."""
        if self.is_admin:
            self._open(AccountDialog(self._store.accounts, self._owner))

    def reset_password(self) -> None:
        """Open the new-password dialog for the selected account."""
        account = self.selected()
        if self.is_admin and account is not None:
            self._open(AccountDialog(self._store.accounts, self._owner, account=account))

    def toggle_active(self) -> None:
        """Deactivate the selected account, or reactivate it if it is deactivated."""
        account = self.selected()
        if not self.is_admin or account is None:
            return
        refusal = self._deactivation_refusal(account) if account.active else None
        if refusal:
            self._say(error=refusal)
            return
        try:
            if account.active:
                changed = self._store.accounts.deactivate(account.id)
                done = QCoreApplication.translate(
                    "CliniciansTab", "{name} can no longer log in."
                ).format(name=changed.display_name)
            else:
                changed = self._store.accounts.reactivate(account.id)
                done = QCoreApplication.translate(
                    "CliniciansTab", "{name} can log in again."
                ).format(name=changed.display_name)
        except StoreError as exc:
            self._say(error=f"{exc.what} {exc.todo}".strip())
            return
        self.refresh(changed.id)
        self._say(done)

    def _deactivation_refusal(self, account: Clinician) -> str | None:
        current = self._store.current
        if current is not None and account.id == current.id:
            return QCoreApplication.translate(
                "CliniciansTab",
                "You cannot deactivate your own account. Ask another administrator.",
            )
        admins = [a for a in self._accounts if a.active and a.role is Role.ADMIN]
        if account.role is Role.ADMIN and len(admins) <= 1:
            return QCoreApplication.translate(
                "CliniciansTab", "This is the last active administrator; make another one first."
            )
        return None

    def _open(self, dialog: AccountDialog) -> None:
        self.account_dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_done(dialog))
        dialog.finished.connect(dialog.deleteLater)
        open_resumable(dialog)

    def _dialog_done(self, dialog: AccountDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        self.refresh(saved.id)
        if dialog.resetting:
            self._say(
                QCoreApplication.translate(
                    "CliniciansTab", "The password of {name} was changed."
                ).format(name=saved.display_name)
            )
        else:
            self._say(
                QCoreApplication.translate(
                    "CliniciansTab", "{name} can now log in as {username}."
                ).format(name=saved.display_name, username=saved.username)
            )

    def _say(self, message: str = "", *, error: str | None = None) -> None:
        self.ui.accountsMessage.setText(message)
        show_field_problem(None, self.ui.accountsError, error)

    def _selected_id(self) -> int | None:
        items = self.ui.accountsTable.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        account = self.selected() if self.is_admin else None
        self.ui.resetPassword.setEnabled(account is not None)
        self.ui.toggleActive.setEnabled(account is not None)
        if account is not None and not account.active:
            self.ui.toggleActive.setText(QCoreApplication.translate("CliniciansTab", "Reactivate"))
        else:
            self.ui.toggleActive.setText(QCoreApplication.translate("CliniciansTab", "Deactivate"))
