"""Settings: every tab shows what is stored and saves what is typed, through the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.settings.threshold_info import threshold_fields
from kneedesk.gui.settings.thresholds_tab import READ_ONLY_NOTE
from kneedesk.gui.settings.values import (
    auto_lock_minutes,
    auto_lock_ms,
    clinic_logo_bytes,
    clinic_name,
    encode_logo,
    read_display_units,
    read_thresholds,
)
from kneedesk.store.accounts import Role
from kneedesk.store.errors import DiskFullError, LoginFailedError
from kneedesk.store.store import Store

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "clinic.kneedesk", hasher=FAST_HASHER)
    opened.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    opened.accounts.create("ben", "Ben Ode", PASSWORD)
    opened.sign_in("ana", PASSWORD)
    yield opened
    opened.close()


def open_dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    return open_dialog(qtbot, store)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))


def shown(label: QLabel) -> str:
    return label.text() if not label.isHidden() else ""


def retype(qtbot: QtBot, widget, text: str) -> None:  # noqa: ANN001
    widget.selectAll()
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(combo, value: str) -> None:  # noqa: ANN001
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def png(width: int, height: int) -> bytes:
    from kneedesk.gui.settings.logo import image_to_png

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f8a"))
    return image_to_png(image)


# --- model -> widgets ----------------------------------------------------------------------


def test_dialog_shows_what_is_stored(qtbot: QtBot, store: Store) -> None:
    logo = png(120, 40)
    store.settings.set_clinic(
        {
            "name": "Riverside",
            "address": "1 Mill Lane",
            "phone": "555",
            "logo_png": encode_logo(logo),
        }
    )
    store.settings.set_units("us")
    store.settings.set("force_unit", "lbf")
    store.settings.set_paper("letter")
    store.settings.set_thresholds({"side_plank_min_s": 45, "heavy_squat_sessions": 2})
    store.settings.set("auto_lock_minutes", 25)

    ui = open_dialog(qtbot, store).ui
    assert ui.clinicName.text() == "Riverside"
    assert ui.address.toPlainText() == "1 Mill Lane"
    assert ui.phone.text() == "555"
    assert not ui.logoPreview.pixmap().isNull()
    assert ui.units.currentData() == "us"
    assert ui.forceUnit.currentData() == "lbf"
    assert ui.paper.currentData() == "letter"
    assert ui.thresholdContent.findChild(QWidget, "side_plank_min_s").text() == "45"
    assert ui.thresholdContent.findChild(QWidget, "heavy_squat_sessions").text() == "2"
    assert ui.thresholdContent.findChild(QWidget, "koos_pf_mcid").text() == "16.4"
    assert "2 thresholds changed" in ui.thresholdsChanged.text()
    assert ui.autoLock.value() == 25


def test_fresh_clinic_shows_the_defaults(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.units.currentData() == "metric"
    assert ui.forceUnit.currentData() == "N"
    assert ui.paper.currentData() == "a4"
    assert ui.autoLock.value() == 10
    assert ui.logoPreview.text() == "No logo"
    assert dialog.thresholds.thresholds() == Thresholds()
    assert ui.thresholdsChanged.text() == "All thresholds are at their defaults."


# --- widgets -> store ----------------------------------------------------------------------


def test_save_stores_every_tab(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    ui = dialog.ui
    store.settings.set_clinic({"name": "Old name", "email": "desk@example.org"})
    dialog.load()
    retype(qtbot, ui.clinicName, "Riverside Sports Physio")
    qtbot.keyClicks(ui.phone, "01632 960 123")
    dialog.clinic.logo_png = png(900, 300)
    choose(ui.units, "us")
    choose(ui.forceUnit, "kgf")
    choose(ui.paper, "letter")
    retype(qtbot, dialog.thresholds.rows["lsi_min_percent"].edit, "85")
    ui.autoLock.setValue(0)
    received: list[list[str]] = []
    dialog.settingsSaved.connect(received.append)
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    clinic = store.settings.clinic()
    assert clinic["name"] == "Riverside Sports Physio"
    assert clinic["phone"] == "01632 960 123"
    assert clinic["email"] == "desk@example.org"  # keys the form does not know are kept
    assert clinic_logo_bytes(store.settings) == dialog.clinic.logo_png
    assert store.settings.units() == "us"
    assert store.settings.get("force_unit") == "kgf"
    assert store.settings.paper() == "letter"
    assert store.settings.thresholds() == {"lsi_min_percent": 85.0}
    assert read_thresholds(store.settings).lsi_min_percent == 85.0
    assert auto_lock_minutes(store.settings) == 0
    assert auto_lock_ms(store.settings) == 0
    assert read_display_units(store.settings) == DisplayUnits(
        UnitSystem.US, ForceUnit.KILOGRAM_FORCE
    )
    expected = ["auto_lock_minutes", "clinic", "force_unit", "paper", "thresholds", "units"]
    assert dialog.saved_keys == expected
    assert received == [expected]


def test_save_without_changes_writes_nothing(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    store.settings.set_clinic({"name": "Riverside"})
    dialog.load()
    before = store.settings.all()
    save(qtbot, dialog)
    assert dialog.saved_keys == []
    assert store.settings.all() == before


def test_cancel_saves_nothing(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    dialog.ui.autoLock.setValue(30)
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert store.settings.all() == {}


def test_empty_clinic_name_is_refused_at_the_field(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    store.settings.set_clinic({"name": "Riverside"})
    dialog.load()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.securityTab)
    dialog.ui.clinicName.clear()
    dialog.ui.autoLock.setValue(5)
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "clinic's name" in shown(dialog.ui.clinicNameError)
    assert "Nothing was saved" in shown(dialog.ui.saveError)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.clinicTab
    assert store.settings.clinic() == {"name": "Riverside"}
    assert store.settings.get("auto_lock_minutes") is None


def test_store_error_is_shown_and_nothing_is_saved(
    qtbot: QtBot, store: Store, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_paper: str) -> None:
        raise DiskFullError(
            "KneeDesk could not save the setting paper: the disk is full.", "Free space."
        )

    monkeypatch.setattr(store.settings, "set_paper", full)
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    choose(dialog.ui.paper, "letter")
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "disk is full" in shown(dialog.ui.saveError)
    assert "Free space." in shown(dialog.ui.saveError)
    assert store.settings.clinic() == {}  # the same transaction: rolled back


# --- thresholds ----------------------------------------------------------------------------


def test_threshold_form_has_a_row_per_field_with_unit_and_help(dialog: SettingsDialog) -> None:
    fields = threshold_fields()
    assert [f.name for f in fields] == list(Thresholds().to_dict())
    assert list(dialog.thresholds.rows) == [f.name for f in fields]
    for field in fields:
        row = dialog.thresholds.rows[field.name]
        assert field.info.help, field.name
        assert row.help.text() == field.help
        assert f"Source: {field.info.source}" in row.help.text()
        assert row.edit.accessibleDescription() == field.help
        assert row.label.text().endswith(f"({field.info.unit})")
    assert dialog.thresholds.rows["side_plank_min_s"].label.text() == "Side plank hold, minimum (s)"
    assert "Crossley 2004" in dialog.thresholds.rows["kujala_mcid"].help.text()


LENGTHS = ("knee_to_wall_diff_cm", "knee_to_wall_min_cm", "y_anterior_diff_cm")


def test_us_clinic_sees_lengths_in_inches(qtbot: QtBot, store: Store) -> None:
    store.settings.set_clinic({"name": "Riverside"})
    store.settings.set_units("us")
    dialog = open_dialog(qtbot, store)
    rows = dialog.thresholds.rows
    # 2 cm = 0.787 in, 8 cm = 3.150 in, 4 cm = 1.575 in, shown to two decimals.
    shown = {name: rows[name].edit.text() for name in LENGTHS}
    assert shown == {
        "knee_to_wall_diff_cm": "0.79",
        "knee_to_wall_min_cm": "3.15",
        "y_anterior_diff_cm": "1.57",
    }
    assert rows["knee_to_wall_diff_cm"].label.text() == "Knee-to-wall side difference (in)"
    assert rows["knee_to_wall_diff_cm"].default.text() == "Default 0.79"
    assert rows["lsi_min_percent"].edit.text() == "90"  # not a length: as stored
    assert dialog.ui.thresholdsChanged.text() == "All thresholds are at their defaults."
    # Untouched converted values are the exact defaults, so nothing is stored.
    assert dialog.thresholds.thresholds() == Thresholds()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.settings.thresholds() == {}


def test_us_thresholds_are_typed_in_inches_and_stored_in_cm(qtbot: QtBot, store: Store) -> None:
    store.settings.set_clinic({"name": "Riverside"})
    store.settings.set_units("us")
    store.settings.set_thresholds({"y_anterior_diff_cm": 5.0})
    dialog = open_dialog(qtbot, store)
    rows = dialog.thresholds.rows
    assert rows["y_anterior_diff_cm"].edit.text() == "1.97"  # 5 / 2.54 = 1.9685
    row = rows["knee_to_wall_min_cm"]
    retype(qtbot, row.edit, "3")
    assert row.default.text() == "Changed; default 3.15"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = store.settings.thresholds()
    assert stored["knee_to_wall_min_cm"] == pytest.approx(7.62)  # 3 in x 2.54
    assert stored["y_anterior_diff_cm"] == 5.0  # shown as 1.97, kept exactly
    assert read_thresholds(store.settings).knee_to_wall_min_cm == pytest.approx(7.62)


def test_bad_length_names_the_default_in_inches(qtbot: QtBot, store: Store) -> None:
    store.settings.set_units("us")
    dialog = open_dialog(qtbot, store)
    row = dialog.thresholds.rows["knee_to_wall_diff_cm"]
    retype(qtbot, row.edit, "-1")
    assert "0 or more (default 0.79)" in shown(row.error)


def test_changing_the_unit_system_reshows_the_lengths(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    row = dialog.thresholds.rows["knee_to_wall_min_cm"]
    assert (row.edit.text(), row.label.text()) == ("8", "Knee-to-wall, painful side, minimum (cm)")
    retype(qtbot, row.edit, "10")
    choose(dialog.ui.units, "us")
    # 10 cm = 3.937 in.
    assert (row.edit.text(), row.label.text()) == (
        "3.94",
        "Knee-to-wall, painful side, minimum (in)",
    )
    assert dialog.thresholds.rows["knee_to_wall_diff_cm"].edit.text() == "0.79"
    choose(dialog.ui.units, "metric")
    assert row.edit.text() == "10"
    choose(dialog.ui.units, "us")
    save(qtbot, dialog)
    assert store.settings.units() == "us"
    assert store.settings.thresholds() == {"knee_to_wall_min_cm": 10.0}


def test_administrator_can_edit_thresholds(dialog: SettingsDialog) -> None:
    assert dialog.thresholds.editable
    assert dialog.thresholds.note.isHidden()
    assert dialog.ui.resetThresholds.isEnabled()
    assert not any(row.edit.isReadOnly() for row in dialog.thresholds.rows.values())


def test_clinician_sees_thresholds_read_only(qtbot: QtBot, store: Store) -> None:
    store.settings.set_clinic({"name": "Riverside"})
    store.settings.set_thresholds({"side_plank_min_s": 45})
    store.sign_in("ben", PASSWORD)
    dialog = open_dialog(qtbot, store)
    tab = dialog.thresholds
    dialog.ui.tabs.setCurrentWidget(dialog.ui.thresholdsTab)
    assert not tab.editable
    assert tab.note.isVisible()
    assert tab.note.text() == READ_ONLY_NOTE == "Only an administrator can change thresholds."
    assert not dialog.ui.resetThresholds.isEnabled()
    row = tab.rows["side_plank_min_s"]
    assert row.edit.text() == "45"
    assert all(row.edit.isReadOnly() for row in tab.rows.values())
    qtbot.keyClicks(row.edit, "9")
    assert row.edit.text() == "45"
    # Even a value put in behind the form's back is not saved, nor is a reset.
    row.edit.setText("60")
    tab.reset_to_defaults()
    retype(qtbot, dialog.ui.phone, "555")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.settings.clinic()["phone"] == "555"
    assert store.settings.thresholds() == {"side_plank_min_s": 45}
    assert "thresholds" not in dialog.saved_keys


def test_signed_out_dialog_cannot_edit_thresholds(qtbot: QtBot, store: Store) -> None:
    store.sign_out()
    dialog = open_dialog(qtbot, store)
    assert not dialog.thresholds.editable
    assert dialog.thresholds.note.text() == READ_ONLY_NOTE


def test_changed_threshold_persists(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    row = dialog.thresholds.rows["cadence_max_spm"]
    retype(qtbot, row.edit, "165,5")
    assert row.default.text() == "Changed; default 170"
    save(qtbot, dialog)
    assert store.settings.thresholds() == {"cadence_max_spm": 165.5}
    assert open_dialog(qtbot, store).thresholds.rows["cadence_max_spm"].edit.text() == "165.5"


def test_reset_restores_the_defaults(qtbot: QtBot, store: Store) -> None:
    store.settings.set_clinic({"name": "Riverside"})
    store.settings.set_thresholds({"lsi_min_percent": 80, "pain_mcid": 3})
    dialog = open_dialog(qtbot, store)
    click(qtbot, dialog.ui.resetThresholds)
    assert dialog.thresholds.rows["lsi_min_percent"].edit.text() == "90"
    assert dialog.ui.thresholdsChanged.text() == "All thresholds are at their defaults."
    save(qtbot, dialog)
    assert store.settings.thresholds() == {}
    assert read_thresholds(store.settings) == Thresholds()


@pytest.mark.parametrize(
    ("name", "typed", "message"),
    [
        ("side_plank_min_s", "abc", "not a number"),
        ("side_plank_min_s", "", "Enter a number"),
        ("side_plank_min_s", "-5", "0 or more"),
        ("heavy_squat_sessions", "2.5", "whole number"),
        ("lsi_min_percent", "nan", "0 or more"),
    ],
)
def test_bad_threshold_is_refused_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, store: Store, dialog: SettingsDialog, name: str, typed: str, message: str
) -> None:
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    retype(qtbot, dialog.thresholds.rows["pain_mcid"].edit, "3")
    row = dialog.thresholds.rows[name]
    retype(qtbot, row.edit, typed)
    if typed:
        # Shown as soon as it is typed, not only on save.
        assert message in shown(row.error)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.clinicTab)
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert message in shown(row.error)
    assert row.edit.property("invalid") is True
    assert dialog.ui.tabs.currentWidget() is dialog.ui.thresholdsTab
    assert row.edit.hasFocus()
    assert "Thresholds" in shown(dialog.ui.saveError)
    assert store.settings.all() == {}
    # Fixing it clears the message and lets the save through.
    retype(qtbot, row.edit, "7")
    assert shown(row.error) == ""
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.settings.thresholds() == {name: 7, "pain_mcid": 3}


# --- security ------------------------------------------------------------------------------


def test_auto_lock_minutes_round_trip(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    spin = dialog.ui.autoLock
    assert (spin.minimum(), spin.maximum()) == (0, 120)
    spin.setValue(3)
    assert "After 3 minutes" in dialog.ui.autoLockNote.text()
    save(qtbot, dialog)
    assert store.settings.get("auto_lock_minutes") == 3
    assert auto_lock_ms(store.settings) == 180_000
    again = open_dialog(qtbot, store)
    assert again.ui.autoLock.value() == 3
    again.ui.autoLock.setValue(0)
    assert again.ui.autoLock.text() == "Never"
    assert "never locks" in again.ui.autoLockNote.text()


# --- clinicians ----------------------------------------------------------------------------


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
    assert "at least 8" in shown(add.ui.passwordError)
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


# --- readers for the main window -----------------------------------------------------------


class FakeSettings(dict[str, object]):
    """A dict with SettingsRepo.get's signature."""

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        return super().get(key, default)


@pytest.mark.parametrize(
    ("stored", "minutes"),
    [
        ({}, 10),
        ({"auto_lock_minutes": 0}, 0),
        ({"auto_lock_minutes": 120}, 120),
        ({"auto_lock_minutes": 121}, 10),
        ({"auto_lock_minutes": "5"}, 10),
        ({"auto_lock_minutes": True}, 10),
        ({"auto_lock_minutes": -1}, 10),
    ],
)
def test_auto_lock_reader_falls_back_to_the_default(stored: dict, minutes: int) -> None:
    settings = FakeSettings(stored)
    assert auto_lock_minutes(settings) == minutes
    assert auto_lock_ms(settings) == minutes * 60_000


def test_readers_fall_back_on_unusable_values() -> None:
    bad = FakeSettings(
        units="imperial",
        force_unit="stone",
        clinic={"name": 5, "logo_png": "not base64!"},
        thresholds={"lsi_min_percent": 80, "pain_mcid": -1, "nonsense": 3},
    )
    assert read_display_units(bad) == DisplayUnits()
    assert clinic_logo_bytes(bad) is None
    assert clinic_name(bad) == ""
    assert read_thresholds(bad) == Thresholds(lsi_min_percent=80)
    assert clinic_logo_bytes(FakeSettings(clinic={"logo_png": encode_logo(b"GIF89a")})) is None
    logo = png(10, 10)
    assert clinic_logo_bytes(FakeSettings(clinic={"logo_png": encode_logo(logo)})) == logo
    assert clinic_name(FakeSettings(clinic={"name": "Riverside"})) == "Riverside"
