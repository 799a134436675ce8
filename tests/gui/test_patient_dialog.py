"""The new-patient dialog's date of birth, typed as a person types it."""

from __future__ import annotations

from datetime import date

import pytest
from clipping import app_style, assert_fits
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kneedesk.gui.patients.dialog import PatientDialog
from kneedesk.store.store import Store

TODAY = date(2026, 11, 25)


def new_dialog(qtbot: QtBot, store: Store) -> PatientDialog:
    dialog = PatientDialog(store.patients, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    """Click into a field and type, as a person does."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget, text)


@pytest.mark.parametrize("typed", ["1992-03-14", "19920314", "1992/03/14", "1992.3.14"])
def test_typed_date_of_birth_is_saved(qtbot: QtBot, store: Store, typed: str) -> None:
    dialog = new_dialog(qtbot, store)
    ui = dialog.ui
    assert ui.birthDate.placeholderText() == "YYYY-MM-DD"
    type_into(qtbot, ui.givenName, "Ana")
    qtbot.keyClick(ui.givenName, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.familyName, "Ruiz")
    qtbot.keyClick(ui.familyName, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.birthDate
    qtbot.keyClicks(ui.birthDate, typed)
    assert ui.birthDate.text() == typed  # every key went in as typed
    qtbot.keyClick(ui.birthDate, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.sex  # Tab leaves the field
    assert ui.birthDate.text() == "1992-03-14"  # shown in the field's format
    assert ui.birthDateError.isHidden()
    type_into(qtbot, ui.chartNumber, "C-1")
    qtbot.mouseClick(
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == PatientDialog.DialogCode.Accepted
    saved = store.patients.by_chart_number("C-1")
    assert saved is not None
    assert saved.birth_date == "1992-03-14"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1992-02-30", "February 1992 has days 01 to 29"),
        ("1992-13-01", "there is no month 13"),
        ("2031-01-01", "in the future"),
        ("1850-01-01", "before 1900"),
        ("14031992", "type the year first, e.g. 1992-03-14"),
        ("14/03/1992", "not a date"),
        ("1992-0314", "YYYY-MM-DD"),
    ],
)
def test_an_impossible_date_is_explained_at_the_field(
    qtbot: QtBot, store: Store, typed: str, message: str
) -> None:
    dialog = new_dialog(qtbot, store)
    ui = dialog.ui
    type_into(qtbot, ui.birthDate, typed)
    qtbot.keyClick(ui.birthDate, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.sex  # the field can still be left
    assert ui.birthDate.text() == typed  # nothing typed is lost
    assert ui.birthDateError.isVisible()
    assert message in ui.birthDateError.text()
    assert ui.birthDate.property("invalid") is True
    dialog.try_accept()  # saving is refused with the same message at the field
    assert message in ui.birthDateError.text()
    assert dialog.result() != PatientDialog.DialogCode.Accepted
    assert store.patients.count() == 0
    ui.birthDate.clear()
    type_into(qtbot, ui.birthDate, "1992-03-14")
    qtbot.keyClick(ui.birthDate, Qt.Key.Key_Tab)
    assert ui.birthDateError.isHidden()


def test_letters_do_not_go_into_the_date(qtbot: QtBot, store: Store) -> None:
    dialog = new_dialog(qtbot, store)
    type_into(qtbot, dialog.ui.birthDate, "14 March 1992")
    assert dialog.ui.birthDate.text() == "14  1992"


def test_calendar_picks_a_date(qtbot: QtBot, store: Store) -> None:
    dialog = new_dialog(qtbot, store)
    ui = dialog.ui
    type_into(qtbot, ui.birthDate, "1992-03-14")
    qtbot.keyClick(ui.birthDate, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    picker = dialog.birth_date.calendar
    assert picker is not None
    assert picker.isVisible()
    assert picker.selectedDate().toString("yyyy-MM-dd") == "1992-03-14"
    assert picker.maximumDate().toString("yyyy-MM-dd") == "2026-11-25"
    picker.setSelectedDate(picker.selectedDate().addDays(1))
    qtbot.keyClick(picker.focusWidget() or picker, Qt.Key.Key_Return)
    assert ui.birthDate.text() == "1992-03-15"
    assert not picker.isVisible()


def test_editing_shows_the_stored_date(qtbot: QtBot, store: Store) -> None:
    patient = store.patients.create(
        chart_number="C-2", given_name="Kim", family_name="Lee", birth_date="1988-07-09"
    )
    dialog = PatientDialog(store.patients, patient, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.birthDate.text() == "1988-07-09"
    dialog.try_accept()
    assert dialog.result() == PatientDialog.DialogCode.Accepted


def test_every_message_fits(qtbot: QtBot, store: Store) -> None:
    with app_style():
        dialog = new_dialog(qtbot, store)
        assert_fits(dialog)
        store.patients.create(chart_number="C-7", given_name="Kim", family_name="Lee")
        dialog.ui.chartNumber.setText("C-7")
        dialog.ui.birthDate.setText("1992-02-30")
        dialog.try_accept()
        assert_fits(dialog)
