"""Every dialog and screen a clinician meets in the first hour, opened as they see it: with a
long clinic name and, where the dialog can show one, its error shown.

Each `open_*` function returns the shown top-level widget; the clipping tests check it and
the same functions render it to an image for a person to look at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from clipping import LONG_CLINIC_NAME, LONG_ERROR, SCREEN
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.reports.print_job import PrintJob, PrintProgress, Stage
from kneedesk.gui.reports.print_progress import PrintProgressDialog
from kneedesk.gui.settings.account_dialog import AccountDialog
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.settings.fields import grow_to_fit, show_field_problem
from kneedesk.gui.settings.restore_dialog import RestorePreviewDialog
from kneedesk.gui.setup_dialog import ClinicSetupDialog
from kneedesk.gui.visit.dialogs import AddendumDialog
from kneedesk.store.backup_preview import BackupPreview, RecordSummary
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.errors import DiskFullError
from kneedesk.store.store import Store

# The main window fills a 1366 x 768 laptop screen (less its taskbar), maximised.
SCREEN_SIZE = SCREEN.size()
PASSWORD = "correct horse battery"  # the conftest store's accounts use it
LONG_PATIENT = ("Maximiliana-Josefina", "Grünewald-Papadopoulou")
MADE = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def name_clinic(store: Store) -> None:
    """Give the clinic the long name (the store must be signed in or open for set-up)."""
    store.settings.save_one(SettingKey.CLINIC, {"name": LONG_CLINIC_NAME})


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def main_window(qtbot: QtBot, store: Store) -> MainWindow:
    """The main window at the laptop's screen size, on the login screen."""
    name_clinic(store)
    window = MainWindow(store)
    window.resize(SCREEN_SIZE)
    show(qtbot, window)
    return window


def open_login(qtbot: QtBot, store: Store) -> MainWindow:
    """The login screen after a wrong password."""
    window = main_window(qtbot, store)
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText("not the password")
    window.login.attempt()
    assert window.login.ui.error.text()
    return window


def open_lock(qtbot: QtBot, store: Store) -> MainWindow:
    """The lock screen after a wrong password."""
    window = main_window(qtbot, store)
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText(PASSWORD)
    window.login.attempt()
    window.lock()
    window.resize(SCREEN_SIZE)  # as the window was left: maximised
    window.login.ui.password.setText("not the password")
    window.login.attempt()
    assert window.front.currentWidget() is window.login
    assert window.login.ui.error.text()
    return window


def fail_with_long_error(*_args: object) -> None:
    """Stands in for a store write when the disk is full."""
    raise DiskFullError(LONG_ERROR, "Free some space, then try again.")


def open_setup(qtbot: QtBot, store: Store, *, store_fails: bool = False) -> ClinicSetupDialog:
    """First run: Set up clinic pressed with only the long name typed, or with every field
    filled in while the disk is full."""
    dialog = ClinicSetupDialog(store, offer_server=True)  # as the app shows it
    show(qtbot, dialog)
    dialog.ui.clinicName.setText(LONG_CLINIC_NAME)
    if store_fails:
        fill_account(dialog)
        store.accounts.create = fail_with_long_error  # type: ignore[method-assign]
    dialog.try_accept()
    return dialog


def fill_account(dialog: ClinicSetupDialog | AccountDialog) -> None:
    dialog.ui.displayName.setText(" ".join(LONG_PATIENT))
    dialog.ui.username.setText("mjgp")
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.confirm.setText(PASSWORD)


def open_account(
    qtbot: QtBot, store: Store, *, reset: bool = False, store_fails: bool = False
) -> AccountDialog:
    """Add clinician (or Set password) pressed with nothing typed, or with every field
    filled in while the disk is full."""
    account = store.accounts.by_username("ben") if reset else None
    dialog = AccountDialog(store.accounts, account=account)
    show(qtbot, dialog)
    if store_fails:
        fill_account(dialog)
        store.accounts.create = fail_with_long_error  # type: ignore[method-assign]
        store.accounts.set_password = fail_with_long_error  # type: ignore[method-assign]
    dialog.try_accept()
    return dialog


def error_labels(root: QWidget) -> list[QLabel]:
    """The labels that say what went wrong: named "...Error" or "..._error", or styled so."""
    return [
        label
        for label in root.findChildren(QLabel)
        if label.objectName().lower().endswith("error") or label.property("role") == "error"
    ]


def open_settings(qtbot: QtBot, store: Store) -> SettingsDialog:
    """Settings with every tab's error lines showing a long message."""
    name_clinic(store)
    dialog = SettingsDialog(store)
    show(qtbot, dialog)
    for label in error_labels(dialog):
        show_field_problem(None, label, LONG_ERROR)
    grow_to_fit(dialog)  # as the dialog does when it shows a message
    return dialog


def open_addendum(qtbot: QtBot) -> AddendumDialog:
    """Add addendum pressed with nothing typed."""
    dialog = AddendumDialog(f"{' '.join(LONG_PATIENT)}, 20 November 2026")
    show(qtbot, dialog)
    dialog.try_accept()
    assert dialog.error.isVisible()
    return dialog


def open_restore_preview(qtbot: QtBot, folder: Path) -> RestorePreviewDialog:
    """The restore preview of a backup of the long-named clinic, in a deep folder."""
    deep = folder / "Sauvegardes KneeDesk" / LONG_CLINIC_NAME / "2026" / "novembre"
    records = RecordSummary(1284, 5310, 5297, "2026-11-19", LONG_CLINIC_NAME, MADE)
    now = RecordSummary(1290, 5333, 5318, "2026-11-20", LONG_CLINIC_NAME, MADE)
    preview = BackupPreview(
        deep / "kneedesk-backup-2026-11-20-0830.kneedesk", 48_213_504, MADE, MADE, 12, records
    )
    dialog = RestorePreviewDialog(preview, now)
    return show(qtbot, dialog)  # type: ignore[return-value]


def open_print_progress(qtbot: QtBot) -> PrintProgressDialog:
    """Printing a long-named patient's handout, past the point where it can be cancelled."""
    printer = QPrinter()
    printer.setDocName(f"Patient handout - {' '.join(LONG_PATIENT)} - {LONG_CLINIC_NAME}")
    dialog = PrintProgressDialog(PrintJob(b"", printer), printer)
    show(qtbot, dialog)
    dialog.show_progress(PrintProgress(Stage.PRINTING, 12, 14))
    return dialog


def add_long_patient(store: Store) -> int:
    patient = store.patients.create(
        chart_number="KD-2026-000417",
        given_name=LONG_PATIENT[0],
        family_name=LONG_PATIENT[1],
        birth_date="1994-03-02",
    )
    return patient.id


def open_record(qtbot: QtBot, store: Store) -> MainWindow:
    """A long-named patient's record, logged in, at the laptop's screen size."""
    window = main_window(qtbot, store)
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText(PASSWORD)
    window.login.attempt()
    window.resize(SCREEN_SIZE)  # as the window was left last time: maximised
    window.record.show_patient(add_long_patient(store))
    window.record.wait_until_loaded()
    window.work.setCurrentWidget(window.record)
    QApplication.processEvents()
    return window


def close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def open_not_tested(qtbot: QtBot) -> QWidget:
    """The screen wizard with a two-sided item's "not tested" form open, after a save failed."""
    from screen_fixtures import SinkError, make_wizard, section_index

    from kneedesk.gui.screen.item_row import ItemRow

    wizard, sink = make_wizard(qtbot)
    wizard.resize(SCREEN.size())
    for section in wizard.protocol.sections:
        page = wizard.page(section_index(wizard, section.id))
        rows = [r for r in page.findChildren(ItemRow) if r.item.per_side]
        if rows:
            wizard.set_section(section_index(wizard, section.id))
            break
    row = rows[0]
    row.open_not_tested("left")
    row.form.reason.setEditText("Too painful to test")
    sink.fail_with = SinkError(LONG_ERROR)
    row.form.ok.click()
    QApplication.processEvents()
    assert row.form.error.isVisible()
    return wizard
