"""Settings dialog basics: every tab shows what is stored and saves what is typed, through the
store; Cancel and refused input save nothing; auto-lock; the readers the main window uses.

The Thresholds and Clinicians tabs have their own modules: test_settings_thresholds.py and
test_settings_clinicians.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from settings_helpers import choose, click, open_dialog, png, retype, save, shown, signed_in_store

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.clinic_settings import SettingKey, encode_logo, read_clinic_settings
from kneedesk.store.errors import DiskFullError
from kneedesk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Signed in as 'ana'; stands in for the conftest store in this module."""
    yield from signed_in_store(tmp_path)


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    return open_dialog(qtbot, store)


# --- model -> widgets ----------------------------------------------------------------------


def test_dialog_shows_what_is_stored(qtbot: QtBot, store: Store) -> None:
    logo = png(120, 40)
    store.settings.save_one(
        SettingKey.CLINIC,
        {
            "name": "Riverside",
            "address": "1 Mill Lane",
            "phone": "555",
            "logo_png": encode_logo(logo),
        },
    )
    store.settings.save_one(SettingKey.UNITS, "us")
    store.settings.set("force_unit", "lbf")
    store.settings.save_one(SettingKey.PAPER, "letter")
    store.settings.save_one(
        SettingKey.THRESHOLDS, {"side_plank_min_s": 45, "heavy_squat_sessions": 2}
    )
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
    store.settings.save_one(SettingKey.CLINIC, {"name": "Old name", "email": "desk@example.org"})
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
    clinic = store.settings.get(SettingKey.CLINIC, {})
    assert clinic["name"] == "Riverside Sports Physio"
    assert clinic["phone"] == "01632 960 123"
    assert clinic["email"] == "desk@example.org"  # keys the form does not know are kept
    assert read_clinic_settings(store.settings).clinic.logo_png == dialog.clinic.logo_png
    assert store.settings.read().units.system == "us"
    assert store.settings.get("force_unit") == "kgf"
    assert store.settings.read().paper == "letter"
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {"lsi_min_percent": 85.0}
    assert read_clinic_settings(store.settings).thresholds.lsi_min_percent == 85.0
    assert read_clinic_settings(store.settings).auto_lock_minutes == 0
    assert read_clinic_settings(store.settings).auto_lock_ms == 0
    assert read_clinic_settings(store.settings).units == DisplayUnits(
        UnitSystem.US, ForceUnit.KILOGRAM_FORCE
    )
    expected = ["auto_lock_minutes", "clinic", "force_unit", "paper", "thresholds", "units"]
    assert dialog.saved_keys == expected
    assert received == [expected]


def test_save_without_changes_writes_nothing(
    qtbot: QtBot, store: Store, dialog: SettingsDialog
) -> None:
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
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
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
    dialog.load()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.securityTab)
    dialog.ui.clinicName.clear()
    dialog.ui.autoLock.setValue(5)
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "clinic's name" in shown(dialog.ui.clinicNameError)
    assert "Nothing was saved" in shown(dialog.ui.saveError)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.clinicTab
    assert store.settings.get(SettingKey.CLINIC, {}) == {"name": "Riverside"}
    assert store.settings.get("auto_lock_minutes") is None


def test_store_error_is_shown_and_nothing_is_saved(
    qtbot: QtBot, store: Store, dialog: SettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_set = store.settings.set

    def full(key: str, value: object, *, system: bool = False) -> None:
        if key == "paper":  # written after the clinic, in the same transaction
            raise DiskFullError(
                "KneeDesk could not save the setting paper: the disk is full.", "Free space."
            )
        real_set(key, value, system=system)

    monkeypatch.setattr(store.settings, "set", full)
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    choose(dialog.ui.paper, "letter")
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "disk is full" in shown(dialog.ui.saveError)
    assert "Free space." in shown(dialog.ui.saveError)
    assert store.settings.get(SettingKey.CLINIC, {}) == {}  # the same transaction: rolled back


# --- security ------------------------------------------------------------------------------


def test_auto_lock_minutes_round_trip(qtbot: QtBot, store: Store, dialog: SettingsDialog) -> None:
    qtbot.keyClicks(dialog.ui.clinicName, "Riverside")
    spin = dialog.ui.autoLock
    assert (spin.minimum(), spin.maximum()) == (0, 120)
    spin.setValue(3)
    assert "After 3 minutes" in dialog.ui.autoLockNote.text()
    save(qtbot, dialog)
    assert store.settings.get("auto_lock_minutes") == 3
    assert read_clinic_settings(store.settings).auto_lock_ms == 180_000
    again = open_dialog(qtbot, store)
    assert again.ui.autoLock.value() == 3
    again.ui.autoLock.setValue(0)
    assert again.ui.autoLock.text() == "Never"
    assert "never locks" in again.ui.autoLockNote.text()


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
    assert read_clinic_settings(settings).auto_lock_minutes == minutes
    assert read_clinic_settings(settings).auto_lock_ms == minutes * 60_000


def test_readers_fall_back_on_unusable_values() -> None:
    bad = FakeSettings(
        units="imperial",
        force_unit="stone",
        clinic={"name": 5, "logo_png": "not base64!"},
        thresholds={"lsi_min_percent": 80, "pain_mcid": -1, "nonsense": 3},
    )
    assert read_clinic_settings(bad).units == DisplayUnits()
    assert read_clinic_settings(bad).clinic.logo_png is None
    assert read_clinic_settings(bad).clinic.name == ""
    assert read_clinic_settings(bad).thresholds == Thresholds(lsi_min_percent=80)
    gif = FakeSettings(clinic={"logo_png": encode_logo(b"GIF89a")})
    assert read_clinic_settings(gif).clinic.logo_png is None
    logo = png(10, 10)
    good = FakeSettings(clinic={"logo_png": encode_logo(logo)})
    assert read_clinic_settings(good).clinic.logo_png == logo
    assert (
        read_clinic_settings(FakeSettings(clinic={"name": "Riverside"})).clinic.name == "Riverside"
    )
