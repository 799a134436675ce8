"""Settings > Thresholds: a row per threshold with its unit, help and source; lengths typed in
inches for a US clinic and stored in cm; read-only unless an administrator; reset to the
defaults; a bad value refused at its field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from settings_helpers import (
    PASSWORD,
    choose,
    click,
    open_dialog,
    retype,
    save,
    shown,
    signed_in_store,
)

from kneedesk.core.thresholds import Thresholds
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.settings.threshold_info import threshold_fields
from kneedesk.gui.settings.thresholds_tab import READ_ONLY_NOTE
from kneedesk.store.clinic_settings import SettingKey, read_clinic_settings
from kneedesk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Signed in as 'ana'; stands in for the conftest store in this module."""
    yield from signed_in_store(tmp_path)


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    return open_dialog(qtbot, store)


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
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
    store.settings.save_one(SettingKey.UNITS, "us")
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
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {}


def test_us_thresholds_are_typed_in_inches_and_stored_in_cm(qtbot: QtBot, store: Store) -> None:
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
    store.settings.save_one(SettingKey.UNITS, "us")
    store.settings.save_one(SettingKey.THRESHOLDS, {"y_anterior_diff_cm": 5.0})
    dialog = open_dialog(qtbot, store)
    rows = dialog.thresholds.rows
    assert rows["y_anterior_diff_cm"].edit.text() == "1.97"  # 5 / 2.54 = 1.9685
    row = rows["knee_to_wall_min_cm"]
    retype(qtbot, row.edit, "3")
    assert row.default.text() == "Changed; default 3.15"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = store.settings.get(SettingKey.THRESHOLDS, {})
    assert stored["knee_to_wall_min_cm"] == pytest.approx(7.62)  # 3 in x 2.54
    assert stored["y_anterior_diff_cm"] == 5.0  # shown as 1.97, kept exactly
    assert read_clinic_settings(store.settings).thresholds.knee_to_wall_min_cm == pytest.approx(
        7.62
    )


def test_bad_length_names_the_default_in_inches(qtbot: QtBot, store: Store) -> None:
    store.settings.save_one(SettingKey.UNITS, "us")
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
    assert store.settings.read().units.system == "us"
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {"knee_to_wall_min_cm": 10.0}


def test_administrator_can_edit_thresholds(dialog: SettingsDialog) -> None:
    assert dialog.thresholds.editable
    assert dialog.thresholds.note.isHidden()
    assert dialog.ui.resetThresholds.isEnabled()
    assert not any(row.edit.isReadOnly() for row in dialog.thresholds.rows.values())


def test_clinician_sees_thresholds_read_only(qtbot: QtBot, store: Store) -> None:
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
    store.settings.save_one(SettingKey.THRESHOLDS, {"side_plank_min_s": 45})
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
    assert store.settings.get(SettingKey.CLINIC, {})["phone"] == "555"
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {"side_plank_min_s": 45}
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
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {"cadence_max_spm": 165.5}
    assert open_dialog(qtbot, store).thresholds.rows["cadence_max_spm"].edit.text() == "165.5"


def test_reset_restores_the_defaults(qtbot: QtBot, store: Store) -> None:
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside"})
    store.settings.save_one(SettingKey.THRESHOLDS, {"lsi_min_percent": 80, "pain_mcid": 3})
    dialog = open_dialog(qtbot, store)
    click(qtbot, dialog.ui.resetThresholds)
    assert dialog.thresholds.rows["lsi_min_percent"].edit.text() == "90"
    assert dialog.ui.thresholdsChanged.text() == "All thresholds are at their defaults."
    save(qtbot, dialog)
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {}
    assert read_clinic_settings(store.settings).thresholds == Thresholds()


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
    assert store.settings.get(SettingKey.THRESHOLDS, {}) == {name: 7, "pain_mcid": 3}
