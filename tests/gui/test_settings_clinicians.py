"""Settings > Clinicians: an administrator adds clinicians and administrators, deactivates and
reactivates them and resets their passwords, but not their own account; no one else can.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from settings_helpers import PASSWORD, click, open_dialog, retype, shown, signed_in_store

from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import LoginFailedError
from kneedesk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Signed in as 'ana'; stands in for the conftest store in this module."""
    yield from signed_in_store(tmp_path)


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    return open_dialog(qtbot, store)


def names_in_list(dialog: SettingsDialog) -> list[str]:
    table = dialog.ui.accountsTable
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_admin_adds_a_clinician_who_can_then_log_in(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    assert names_in_list(dialog) == ["Ana Ruiz", "Ben Ode"]
    click(qtbot, dialog.ui.addAccount)
    add = dialog.clinicians.account_dialog
    assert add is not None
    ok = add.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(add.ui.displayName, "Cara Lind")
    qtbot.keyClicks(add.ui.username, "ben")
    qtbot.keyClicks(add.ui.password, "short")
    click(qtbot, ok)
    assert "already taken by Ben Ode" in shown(add.ui.usernameError)
    assert "at least 10" in shown(add.ui.passwordError)
    assert "differ" in shown(add.ui.confirmError)
    retype(qtbot, add.ui.username, "cara")
    retype(qtbot, add.ui.password, "patella tracking")
    qtbot.keyClicks(add.ui.confirm, "patella tracking")
    click(qtbot, ok)

    assert add.result() == QDialog.DialogCode.Accepted
    assert names_in_list(dialog) == ["Ana Ruiz", "Ben Ode", "Cara Lind"]
    assert "Cara Lind can now log in as cara" in dialog.ui.accountsMessage.text()
    cara = store.accounts.login("cara", "patella tracking")
    assert cara.role is Role.CLINICIAN
    assert dialog.clinicians.selected() == cara


def test_admin_can_add_another_administrator(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    dialog.clinicians.add_clinician()
    add = dialog.clinicians.account_dialog
    assert add is not None
    qtbot.keyClicks(add.ui.displayName, "Dee Admin")
    qtbot.keyClicks(add.ui.username, "dee")
    qtbot.keyClicks(add.ui.password, PASSWORD)
    qtbot.keyClicks(add.ui.confirm, PASSWORD)
    add.ui.admin.setChecked(True)
    add.try_accept()
    dee = store.accounts.by_username("dee")
    assert dee is not None
    assert dee.role is Role.ADMIN


def test_admin_deactivates_a_clinician_who_then_cannot_log_in(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    ben = store.accounts.by_username("ben")
    assert ben is not None
    dialog.clinicians.select(ben.id)
    assert dialog.ui.toggleActive.text() == "Deactivate"
    click(qtbot, dialog.ui.toggleActive)
    assert "Ben Ode can no longer log in" in dialog.ui.accountsMessage.text()
    assert dialog.ui.accountsTable.item(1, 3).text() == "Deactivated"
    with pytest.raises(LoginFailedError):
        store.accounts.login("ben", PASSWORD)

    assert dialog.ui.toggleActive.text() == "Reactivate"
    click(qtbot, dialog.ui.toggleActive)
    assert store.accounts.login("ben", PASSWORD).id == ben.id


def test_admin_resets_a_password(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    ben = store.accounts.by_username("ben")
    assert ben is not None
    dialog.clinicians.select(ben.id)
    click(qtbot, dialog.ui.resetPassword)
    reset = dialog.clinicians.account_dialog
    assert reset is not None
    assert reset.ui.displayName.isHidden()
    assert "Ben Ode" in reset.ui.intro.text()
    qtbot.keyClicks(reset.ui.password, "new knee plan 1")
    qtbot.keyClicks(reset.ui.confirm, "new knee plan 1")
    click(qtbot, reset.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert reset.result() == QDialog.DialogCode.Accepted
    assert "password of Ben Ode was changed" in dialog.ui.accountsMessage.text()
    assert store.accounts.login("ben", "new knee plan 1").id == ben.id
    with pytest.raises(LoginFailedError):
        store.accounts.login("ben", PASSWORD)


def test_admin_cannot_deactivate_themselves(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    assert store.current is not None
    dialog.clinicians.select(store.current.id)
    click(qtbot, dialog.ui.toggleActive)
    assert "own account" in shown(dialog.ui.accountsError)
    assert store.accounts.login("ana", PASSWORD).active


def test_non_admin_cannot_manage_accounts(qtbot: QtBot, store: Store) -> None:
    store.sign_in("ben", PASSWORD)
    dialog = open_dialog(qtbot, store)
    ui = dialog.ui
    assert "Only an administrator" in ui.cliniciansNote.text()
    for widget in (ui.accountsTable, ui.addAccount, ui.resetPassword, ui.toggleActive):
        assert not widget.isEnabled()
    assert ui.accountsTable.rowCount() == 0
    dialog.clinicians.add_clinician()
    dialog.clinicians.toggle_active()
    assert dialog.clinicians.account_dialog is None
    assert [a.username for a in store.accounts.accounts()] == ["ana", "ben"]


def test_a_password_built_on_the_user_name_is_refused_at_the_password_field(
    qtbot: QtBot, store: Store, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.clinicians.add_clinician()
    add = dialog.clinicians.account_dialog
    assert add is not None
    qtbot.keyClicks(add.ui.displayName, "Cara Lind")
    qtbot.keyClicks(add.ui.username, "cara")
    qtbot.keyClicks(add.ui.password, "Cara.Lind.1")
    qtbot.keyClicks(add.ui.confirm, "Cara.Lind.1")
    add.try_accept()
    assert "built on the user name" in shown(add.ui.passwordError)
    # The store's own refusal (the form's check skipped) lands at the same field.
    monkeypatch.setattr(add.fields, "problem", lambda _field: None)
    add.try_accept()
    assert "built on the user name" in shown(add.ui.passwordError)
    assert shown(add.ui.usernameError) == ""
    assert shown(add.ui.formError) == ""
    assert store.accounts.by_username("cara") is None
    add.reject()  # Cancel, as a clinician would: an open dialog would outlive the test
