"""The patient list: paged model, search as you type, keyboard opening, new patient dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.patients import list_page
from kneedesk.gui.patients.dialog import PatientDialog
from kneedesk.gui.patients.list_model import PatientIdRole, PatientListModel, age_on
from kneedesk.store.store import Store


def add_patients(store: Store, n: int) -> None:
    for i in range(n):
        store.patients.create(
            chart_number=f"C{i:05d}",
            given_name=f"Given{i}",
            family_name=f"Family{i:05d}",
            birth_date="1990-01-01",
        )


def test_model_passes_qt_model_checks_while_paging(qtmodeltester, store: Store) -> None:
    add_patients(store, 230)
    model = PatientListModel(
        lambda q, limit, offset, arch: store.patients.search(
            q, limit=limit, offset=offset, include_archived=arch
        )
    )
    model.set_query("")
    assert model.rowCount() == PatientListModel.PAGE  # one page, not the whole table
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 230
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_search_as_you_type_finds_accented_names_and_enter_opens(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.patients.create(
        chart_number="A-1",
        given_name="Zoë",
        family_name="Ångström-Łukasiewicz",
        birth_date="1990-04-02",
    )
    store.patients.create(chart_number="A-2", given_name="Ivan", family_name="Petrov")
    window.show_patients()
    qtbot.keyClicks(window.patients.search, "ang")
    model = window.patients.model
    assert model.rowCount() == 1
    assert "Ångström" in model.data(model.index(0, 0))
    assert window.patients.count_label.text() == "1 patient found"
    qtbot.keyClick(window.patients.search, Qt.Key.Key_Return)
    assert window.work.currentWidget() is window.record
    assert window.record.name.text() == "Zoë Ångström-Łukasiewicz"


def test_count_stops_at_the_limit(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_page, "COUNT_LIMIT", 2)
    add_patients(store, 3)
    window.show_patients()
    assert window.patients.count_label.text() == "More than 2 patients"
    qtbot.keyClicks(window.patients.search, "given")
    assert window.patients.count_label.text() == "More than 2 patients found"
    qtbot.keyClicks(window.patients.search, "1")
    assert window.patients.count_label.text() == "1 patient found"


def test_ctrl_f_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.patients.table.setFocus()
    qtbot.keyClick(window.patients, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.patients.search.hasFocus()


def test_archived_patients_hidden_until_toggled(window: MainWindow, store: Store) -> None:
    p = store.patients.create(chart_number="Z-9", given_name="Old", family_name="Record")
    store.patients.archive(p.id)
    window.show_patients()
    ids = [
        window.patients.model.data(window.patients.model.index(r, 0), PatientIdRole)
        for r in range(window.patients.model.rowCount())
    ]
    assert p.id not in ids
    window.patients.show_archived.setChecked(True)
    model = window.patients.model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Record, Old  (archived)" in names


def test_recently_seen_lists_patients_this_clinician_opened(
    window: MainWindow, store: Store
) -> None:
    p = store.patients.create(chart_number="R-1", given_name="Ana", family_name="Ruiz")
    window.show_patient(p.id)
    window.record.wait_until_loaded()
    window.show_patients()
    texts = [window.patients.recent.item(i).text() for i in range(window.patients.recent.count())]
    assert texts == ["Ruiz, Ana\nR-1"]


def test_new_patient_dialog_shows_each_problem_at_its_field(qtbot: QtBot, store: Store) -> None:
    store.patients.create(chart_number="C-7", given_name="Kim", family_name="Lee")
    dialog = PatientDialog(store.patients, today=lambda: date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert not dialog.ui.givenNameError.isHidden()
    assert "given name" in dialog.ui.givenNameError.text()
    assert "family name" in dialog.ui.familyNameError.text()
    assert "date of birth" in dialog.ui.birthDateError.text()
    assert "chart number" in dialog.ui.chartNumberError.text()
    qtbot.keyClicks(dialog.ui.givenName, "Ana")
    qtbot.keyClicks(dialog.ui.familyName, "Ruiz")
    qtbot.keyClicks(dialog.ui.birthDate, "1994-03-02")
    qtbot.keyClicks(dialog.ui.chartNumber, "c-7")
    dialog.try_accept()
    assert "already belongs to Lee, Kim" in dialog.ui.chartNumberError.text()
    assert dialog.ui.givenNameError.isHidden()
    assert store.patients.count() == 1  # nothing saved while a problem remains
    dialog.ui.chartNumber.setText("C-8")
    dialog.try_accept()
    assert dialog.result() == PatientDialog.DialogCode.Accepted
    saved = store.patients.by_chart_number("C-8")
    assert saved is not None
    assert (saved.given_name, saved.family_name, saved.birth_date) == ("Ana", "Ruiz", "1994-03-02")


def test_age_is_whole_years_on_the_day() -> None:
    assert age_on("1994-03-02", date(2026, 3, 1)) == 31
    assert age_on("1994-03-02", date(2026, 3, 2)) == 32
    assert age_on(None, date(2026, 3, 2)) is None


def test_an_empty_clinic_says_how_to_add_the_first_patient(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    page = window.patients
    window.show_patients()
    assert page.empty_hint.isVisible()
    assert not page.table.isVisible()
    assert page.empty_hint.text() == (
        "No patients yet. Choose New patient (Ctrl+N) to add the first one."
    )


def test_a_search_that_finds_nobody_says_so(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    store.patients.create(chart_number="A-1", given_name="Ivan", family_name="Petrov")
    window.show_patients()
    page = window.patients
    assert page.table.isVisible()
    assert not page.empty_hint.isVisible()
    qtbot.keyClicks(page.search, "zzz")
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text().startswith("No patient matches \u201czzz\u201d.")
    assert "No patients yet" not in page.empty_hint.text()
    page.search.clear()
    assert page.table.isVisible()
    assert page.model.rowCount() == 1


def test_only_archived_patients_point_to_show_archived(window: MainWindow, store: Store) -> None:
    patient = store.patients.create(chart_number="A-1", given_name="Ivan", family_name="Petrov")
    store.patients.archive(patient.id)
    window.show_patients()
    page = window.patients
    assert "Show archived" in page.empty_hint.text()
    page.show_archived.setChecked(True)
    assert page.table.isVisible()
