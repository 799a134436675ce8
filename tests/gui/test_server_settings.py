"""A workstation connects to the clinic server: the Clinic server tab of Settings (saved in
this workstation's settings, the password in the keychain), its connection test against the
test run's server, and the app's start in clinic server mode (or its dialog when the server
cannot be reached)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from dialog_helpers import when_modal
from pg_fixtures import APP_PASSWORD
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from server_fixtures import (  # noqa: F401 (fixtures)
    MemoryKeyring,
    memory_keyring_fixture,
    password_server_fixture,
)
from settings_helpers import (
    FAST_HASHER,
    PASSWORD,
    click,
    open_dialog,
    retype,
    save,
    shown,
    signed_in_store,
)

from kneedesk.gui import app as app_module
from kneedesk.gui.clinic_server.diagnosis import Field
from kneedesk.gui.clinic_server.startup import (
    ServerDownDialog,
    ServerSettingsDialog,
    UseFile,
    open_server_store,
)
from kneedesk.gui.clinic_server.workstation import (
    KEYRING_SERVICE,
    StoreChoice,
    StoreMode,
    read_choice,
    save_choice,
    save_password,
)
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.settings.server_tab import ServerTab
from kneedesk.gui.setup_dialog import ClinicSetupDialog
from kneedesk.gui.window_geometry import settings as workstation_settings
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Role
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Signed in as the administrator 'ana', in a clinic with a name (so Save can save)."""
    for opened in signed_in_store(tmp_path):
        opened.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
        yield opened


def wait_for_test(qtbot: QtBot, tab: ServerTab) -> None:
    qtbot.waitUntil(lambda: tab.test_job is None, timeout=15_000)


def choose_mode(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click the choice on its circle (a radio button stretched across the tab is a button
    only where it is drawn)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def fill(qtbot: QtBot, tab: ServerTab, server: ServerSettings, password: str) -> None:
    """Type the server's details as a person would, on the tab brought to the front."""
    dialog = tab.window()
    if isinstance(dialog, SettingsDialog):
        dialog.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    choose_mode(qtbot, tab.server_mode)
    retype(qtbot, tab.host, server.host)
    tab.port.setValue(server.port)
    retype(qtbot, tab.database, server.database)
    retype(qtbot, tab.user, server.user)
    retype(qtbot, tab.password, password)
    retype(qtbot, tab.ca_file, server.ca_file)


# --- the tab --------------------------------------------------------------------------------


def test_a_new_workstation_keeps_its_own_file_with_the_usual_server_defaults(
    qtbot: QtBot,
    store: Store,
    memory_keyring: MemoryKeyring,
) -> None:
    tab = open_dialog(qtbot, store).server
    assert tab.file_mode.isChecked()
    assert tab.port.value() == 5432
    assert tab.user.text() == "kneedesk_app"
    assert not tab.host.isEnabled()
    assert not tab.test.isEnabled()


def test_saving_keeps_the_server_in_the_workstation_settings_and_the_password_in_the_keychain(
    qtbot: QtBot,
    store: Store,
    memory_keyring: MemoryKeyring,
    own_qsettings: Path,
) -> None:
    dialog = open_dialog(qtbot, store)
    ca = own_qsettings / "clinic-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    server = ServerSettings(
        host="clinic-server.local", database="kneedesk", user="kneedesk_app", ca_file=str(ca)
    )
    fill(qtbot, dialog.server, server, "s3cret-for-the-server")
    dialog.server.port.setValue(6543)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted

    choice = read_choice()
    assert choice == StoreChoice(StoreMode.SERVER, replace(server, port=6543))
    stored = Path(workstation_settings().fileName()).read_text(encoding="utf-8")
    assert "clinic-server.local" in stored
    assert "s3cret" not in stored  # never in a file
    name = replace(server, port=6543).keyring_name
    assert memory_keyring.entries == {(KEYRING_SERVICE, name): "s3cret-for-the-server"}

    again = open_dialog(qtbot, store).server  # shown again as saved
    assert again.server_mode.isChecked()
    assert again.host.text() == "clinic-server.local"
    assert again.port.value() == 6543
    assert again.password.text() == "s3cret-for-the-server"
    assert again.ca_file.text() == str(ca)


def test_the_ca_file_is_chosen_with_a_file_picker(
    qtbot: QtBot,
    store: Store,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    picked = tmp_path / "ca.crt"
    dialog = SettingsDialog(store, choose_ca_file=lambda _start: str(picked))
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog.server, ServerSettings("db1", "kneedesk", "kneedesk_app"), "pw")
    click(qtbot, dialog.server.choose_ca)
    assert dialog.server.ca_file.text() == str(picked)


def test_server_mode_without_a_host_saves_nothing_and_points_at_the_field(
    qtbot: QtBot,
    store: Store,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = open_dialog(qtbot, store)
    fill(qtbot, dialog.server, ServerSettings("", "kneedesk", "kneedesk_app"), "pw")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.server
    assert "server's name or address" in shown(dialog.server.errors[Field.HOST])
    assert "Clinic server" in shown(dialog.ui.saveError)
    assert read_choice().mode is StoreMode.FILE


def test_a_keychain_that_cannot_be_used_is_said_at_the_password_field(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = open_dialog(qtbot, store)
        fill(qtbot, dialog.server, ServerSettings("/run/pg", "kneedesk", "kneedesk_app"), "pw")
        save(qtbot, dialog)
    finally:
        keyring.set_keyring(before)
    assert dialog.isVisible()
    assert "keychain could not be used" in shown(dialog.server.errors[Field.PASSWORD])
    assert read_choice().mode is StoreMode.FILE


def test_only_an_administrator_changes_the_clinic_server(
    qtbot: QtBot,
    store: Store,
    memory_keyring: MemoryKeyring,
) -> None:
    store.sign_out()
    store.sign_in("ben", PASSWORD)
    tab = open_dialog(qtbot, store).server
    assert not tab.server_mode.isEnabled()
    assert not tab.file_mode.isEnabled()
    assert not tab.host.isEnabled()


# --- Test connection --------------------------------------------------------------------------


def test_test_connection_to_a_set_up_database_says_so(
    qtbot: QtBot,
    store: Store,
    pg_database: ServerSettings,
    memory_keyring: MemoryKeyring,
) -> None:
    tab = open_dialog(qtbot, store).server
    fill(qtbot, tab, pg_database, APP_PASSWORD)
    click(qtbot, tab.test)
    assert not tab.test.isEnabled()  # on a worker: the window goes on answering
    wait_for_test(qtbot, tab)
    assert tab.result.text() == "Connected: the clinic database is ready for KneeDesk."
    assert all(not shown(label) for label in tab.errors.values())
    assert tab.test.isEnabled()


def test_a_wrong_password_is_shown_at_the_password_field(
    qtbot: QtBot,
    store: Store,
    password_server: ServerSettings,
    memory_keyring: MemoryKeyring,
) -> None:
    tab = open_dialog(qtbot, store).server
    fill(qtbot, tab, password_server, "not the password")
    click(qtbot, tab.test)
    wait_for_test(qtbot, tab)
    assert tab.result.text() == "Not connected."
    assert shown(tab.errors[Field.PASSWORD]) == (
        "The server refused this password for kneedesk_app. Type it again, or ask your IT "
        "provider for the right one."
    )
    assert tab.password.property("invalid") is True
    assert not shown(tab.errors[Field.HOST])

    retype(qtbot, tab.password, APP_PASSWORD)  # fixed: the mark goes
    click(qtbot, tab.test)
    wait_for_test(qtbot, tab)
    assert tab.result.text().startswith("Connected")
    assert not shown(tab.errors[Field.PASSWORD])


def test_a_server_that_is_not_running_is_shown_at_the_server_field(
    qtbot: QtBot,
    store: Store,
    pg_database: ServerSettings,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    tab = open_dialog(qtbot, store).server
    fill(qtbot, tab, replace(pg_database, host=str(tmp_path)), APP_PASSWORD)
    click(qtbot, tab.test)
    wait_for_test(qtbot, tab)
    assert "does not answer at this address and port" in shown(tab.errors[Field.HOST])


# --- the app's start in clinic server mode ------------------------------------------------


@pytest.fixture
def quiet_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """run_gui without a log in the user's folder or an event loop; the file it would open
    in file mode is in the test's folder."""
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "log.txt")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(app, "exec", lambda: 0)
    clinic = tmp_path / "clinic.kneedesk"
    monkeypatch.setattr(app_module, "default_db_path", lambda: clinic)
    return clinic


def use_server(server: ServerSettings, password: str) -> None:
    save_choice(StoreChoice(StoreMode.SERVER, server))
    save_password(server, password)


def new_windows(before: set[QWidget]) -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, MainWindow)
    ]


def test_the_app_opens_the_clinic_server_and_names_it_in_the_status_bar(
    qtbot: QtBot,
    pg_database: ServerSettings,
    memory_keyring: MemoryKeyring,
    quiet_start: Path,
) -> None:
    with Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER) as setup:
        setup.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
        setup.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    use_server(pg_database, APP_PASSWORD)
    before = set(QApplication.topLevelWidgets())
    assert app_module.run_gui() == 0
    (window,) = new_windows(before)
    qtbot.addWidget(window)
    label = window.statusBar().findChild(QLabel, "clinicServerStatus")
    assert label is not None
    assert label.text() == f"Clinic server: this computer/{pg_database.database}"
    assert window.store.engine != "sqlite"
    assert not quiet_start.exists()  # no file was made beside it
    assert not window.backup_banner.isVisible()  # no "never backed up" for a file


def test_a_server_that_cannot_be_reached_is_a_dialog_not_an_empty_file(
    qtbot: QtBot,
    pg_database: ServerSettings,
    memory_keyring: MemoryKeyring,
    quiet_start: Path,
    tmp_path: Path,
) -> None:
    down = replace(pg_database, host=str(tmp_path / "no-server"))
    use_server(down, APP_PASSWORD)
    seen: list[str] = []

    def answer(button: str) -> None:
        def act(dialog: QDialog) -> None:
            assert isinstance(dialog, ServerDownDialog)
            seen.append(f"{dialog.text()}\n{dialog.informativeText()}")
            getattr(dialog, button).click()

        when_modal(act)

    answer("try_again")
    when_modal(lambda _d: answer("quit"))  # after Try again: the dialog again, then Quit
    before = set(QApplication.topLevelWidgets())
    assert app_module.run_gui() == 0
    assert not new_windows(before)
    assert len(seen) == 2
    assert "cannot connect to the clinic server" in seen[0]
    assert "does not answer at this address and port" in seen[0]
    assert "nothing on this computer was changed" in seen[0]
    assert not quiet_start.exists()  # never an empty clinic in its place


def test_server_settings_at_start_can_switch_back_to_this_workstations_file(
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    down = ServerSettings(host=str(tmp_path), database="kneedesk", user="kneedesk_app")
    use_server(down, APP_PASSWORD)

    def to_settings(dialog: QDialog) -> None:
        assert isinstance(dialog, ServerDownDialog)
        when_modal(to_file)
        dialog.settings.click()

    def to_file(dialog: QDialog) -> None:
        assert isinstance(dialog, ServerSettingsDialog)
        dialog.tab.file_mode.setChecked(True)
        assert dialog.try_save()

    when_modal(to_settings)
    assert isinstance(open_server_store(read_choice()), UseFile)
    assert read_choice().mode is StoreMode.FILE


def test_a_new_workstation_joins_the_clinic_server_from_the_first_run_set_up(
    qtbot: QtBot,
    pg_database: ServerSettings,
    memory_keyring: MemoryKeyring,
    quiet_start: Path,
) -> None:
    with Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER) as setup:
        setup.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)

    def join(dialog: QDialog) -> None:
        assert isinstance(dialog, ClinicSetupDialog)
        when_modal(fill_in)
        button = dialog.findChild(QPushButton, "connectToServer")
        assert button is not None
        button.click()

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, ServerSettingsDialog)
        tab = dialog.tab
        assert tab.server_mode.isChecked()
        tab.host.setText(pg_database.host)
        tab.database.setText(pg_database.database)
        tab.password.setText(APP_PASSWORD)
        assert dialog.try_save()

    when_modal(join)
    before = set(QApplication.topLevelWidgets())
    assert app_module.run_gui() == 0
    (window,) = new_windows(before)
    qtbot.addWidget(window)
    assert window.store.engine != "sqlite"
    label = window.statusBar().findChild(QLabel, "clinicServerStatus")
    assert label is not None
    assert label.text().endswith(f"/{pg_database.database}")
    assert read_choice().mode is StoreMode.SERVER
