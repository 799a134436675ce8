"""First run: set up the clinic and its first clinician (an administrator), then sign in; or
connect this workstation to the clinic server instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kneedesk.gui.forms.ui_clinic_setup import Ui_ClinicSetupDialog
from kneedesk.gui.settings.account_fields import AccountFields
from kneedesk.gui.settings.clinic_fields import (
    PAPER_CHOICES,
    UNIT_CHOICES,
    ClinicFields,
    fill_combo,
    locale_defaults,
)
from kneedesk.gui.settings.fields import (
    fit_bold_text,
    grow_to_fit,
    prepare_error_label,
    show_field_problem,
)
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import StoreError
from kneedesk.store.store import Store


class ClinicSetupDialog(QDialog):
    """Collects the clinic details and the first account; on OK stores both and signs in.

    After `accept()` the new administrator is `clinician` (and `store.current`).
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        choose_logo_file: Callable[[], str] | None = None,
        offer_server: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClinicSetupDialog()
        self.ui.setupUi(self)
        self.setObjectName("ClinicSetupDialog")
        self._store = store
        self.clinician: Clinician | None = None
        self.clinic = ClinicFields(self.ui, self, choose_logo_file)
        self.account = AccountFields(
            self.ui, store.accounts, clinic_name=lambda: self.ui.clinicName.text().strip()
        )
        units, paper = locale_defaults()
        fill_combo(self.ui.units, UNIT_CHOICES, units)
        fill_combo(self.ui.paper, PAPER_CHOICES, paper)
        for label in (self.ui.unitsError, self.ui.paperError):
            prepare_error_label(label)
        # A problem that belongs to no single field (e.g. the disk is full) shows here.
        prepare_error_label(self.ui.formError)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set up clinic"))
        ok.setDefault(True)
        fit_bold_text(ok)
        self.ui.buttons.accepted.connect(self.try_accept)
        # A workstation of a clinic that already works on its clinic server joins it instead.
        self.chose_server = False
        if offer_server:
            join = self.ui.buttons.addButton(
                self.tr("Connect to the clinic server…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            join.setObjectName("connectToServer")
            join.clicked.connect(self.connect_to_server)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.clinicName.setFocus()

    def connect_to_server(self) -> None:
        """Set up the clinic server instead; on Save in server mode the app opens it."""
        from kneedesk.gui.clinic_server.startup import ServerSettingsDialog

        dialog = ServerSettingsDialog(self)
        dialog.tab.server_mode.setChecked(True)
        if dialog.exec() and dialog.tab.choice().uses_server:
            self.chose_server = True
            self.reject()

    def problems(self) -> dict[str, str]:
        """Every field with a problem -> what to fix (clinic fields first)."""
        return {**self.clinic.problems(), **self.account.problems()}

    def try_accept(self) -> None:
        """Store the clinic and the account in one transaction and sign in, if all is valid."""
        clinic_problems = self.clinic.problems()
        account_problems = self.account.problems()
        self.clinic.show_problems(clinic_problems)
        self.account.show_problems(account_problems)
        show_field_problem(None, self.ui.formError, None)
        first = self.clinic.first_invalid(clinic_problems) or self.account.first_invalid(
            account_problems
        )
        if first is not None:
            first.setFocus()
            grow_to_fit(self)
            return
        name, username, password = self.account.values()
        settings = self._store.settings
        try:
            with self._store.db.atomic():
                settings.save(
                    {
                        SettingKey.CLINIC: self.clinic.values().stored(),
                        SettingKey.UNITS: self.ui.units.currentData(),
                        SettingKey.PAPER: self.ui.paper.currentData(),
                    }
                )
                self._store.accounts.create(username, name, password, Role.ADMIN)
            self.clinician = self._store.sign_in(username, password)
        except StoreError as exc:
            if not self.account.show_store_error(exc):
                show_field_problem(None, self.ui.formError, f"{exc.what} {exc.todo}".strip())
            grow_to_fit(self)
            return
        self.accept()
