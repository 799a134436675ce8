"""Opening a record: the reads run on a worker, the latest open wins, failures are shown."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.patients import record_page
from kneedesk.gui.patients.record_load import LoadedRecord, load_record
from kneedesk.store.audit import Action, Entity
from kneedesk.store.errors import StorageFailureError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store

Loader = Callable[[Store, int], LoadedRecord]


def add_runner(store: Store, chart: str, given: str, *dates: str) -> Patient:
    patient = store.patients.create(chart_number=chart, given_name=given, family_name="Runner")
    for day in dates:
        visit = store.visits.create_draft(patient.id, visit_date=day)
        store.visits.save_answer(visit.id, "pain.worst_week", "whole", 6)
    return patient


def history_dates(window: MainWindow) -> list[str]:
    table = window.record.history
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def views_of(store: Store, patient: Patient) -> int:
    return len(store.audit.entries(entity=Entity.PATIENT, entity_id=patient.id, action=Action.VIEW))


def test_the_record_is_read_on_a_worker_and_shown_when_it_arrives(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = add_runner(store, "W-1", "Wen", "2026-10-01", "2026-10-22")
    window.show_patients()  # the list has read the patient
    threads: list[threading.Thread] = []

    def recorded(store: Store, patient_id: int) -> LoadedRecord:
        threads.append(threading.current_thread())
        return load_record(store, patient_id)

    monkeypatch.setattr(record_page, "load_record", recorded)
    window.show_patient(patient.id)

    # Meanwhile: the name the list knows, a placeholder, no visit to act on, no view audited.
    page = window.record
    assert page.loading
    assert page.name.text() == "Wen Runner"
    assert page.history.rowCount() == 1
    assert page.history.item(0, 0).text() == "Loading the record\N{HORIZONTAL ELLIPSIS}"
    assert page.selected_visit() is None
    assert not page.new_button.isEnabled()
    assert views_of(store, patient) == 0

    assert page.wait_until_loaded()
    assert threads
    assert all(t is not threading.main_thread() for t in threads)
    assert not page.loading
    assert history_dates(window) == ["2026-10-22", "2026-10-01"]
    assert page.history.item(0, 4).text() == "6/10"
    assert page.selected_visit() is not None
    assert page.new_button.isEnabled()
    assert views_of(store, patient) == 1  # audited once shown


def test_the_latest_patient_opened_wins(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = add_runner(store, "F-1", "First", "2026-09-01")
    second = add_runner(store, "S-1", "Second", "2026-10-05", "2026-11-05")
    first_read = threading.Event()
    release_first = threading.Event()

    def slow_first(store: Store, patient_id: int) -> LoadedRecord:
        if patient_id == first.id:  # still reading when the second patient is opened
            first_read.set()
            assert release_first.wait(10)
        return load_record(store, patient_id)

    monkeypatch.setattr(record_page, "load_record", slow_first)
    window.show_patient(first.id)
    assert first_read.wait(10)
    window.show_patient(second.id)
    release_first.set()
    assert window.record.wait_until_loaded()

    page = window.record
    assert page.patient is not None
    assert page.patient.id == second.id
    assert page.name.text() == "Second Runner"
    assert page.details["chart"].text() == "S-1"
    assert history_dates(window) == ["2026-11-05", "2026-10-05"]
    assert views_of(store, first) == 0  # the first record was never shown
    assert views_of(store, second) == 1


def test_a_patient_who_is_gone_gets_a_message_on_the_page(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.record.loaded):
        window.show_patient(4321)

    page = window.record
    assert page.load_error.isVisible()
    assert "There is no patient with id 4321." in page.load_error.text()
    assert page.history.isHidden()
    assert page.no_visits.isHidden()
    assert page.patient is None
    assert not page.edit_button.isEnabled()
    assert not page.archive_button.isEnabled()
    assert not page.new_button.isEnabled()


def test_a_store_error_while_reading_is_shown_and_the_next_open_works(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = add_runner(store, "E-1", "Eli", "2026-10-01")

    def failing(store: Store, patient_id: int) -> LoadedRecord:
        raise StorageFailureError("The disk could not be read.", "Check the drive.")

    monkeypatch.setattr(record_page, "load_record", failing)
    window.show_patient(patient.id)
    assert window.record.wait_until_loaded()
    assert window.record.load_error.isVisible()
    assert window.record.load_error.text() == (
        "This record could not be opened. The disk could not be read. Check the drive."
    )

    monkeypatch.setattr(record_page, "load_record", load_record)
    window.show_patient(patient.id)
    assert window.record.progress_loading.text() == "Loading the record\N{HORIZONTAL ELLIPSIS}"
    assert window.record.wait_until_loaded()
    assert window.record.load_error.isHidden()
    assert history_dates(window) == ["2026-10-01"]


def test_the_progress_tab_never_shows_the_last_patients_charts_while_reading(
    window: MainWindow, store: Store
) -> None:
    first = add_runner(store, "P-1", "Pia", "2026-09-01", "2026-10-01", "2026-11-01")
    second = add_runner(store, "P-2", "Per", "2026-10-05")
    window.show_patient(first.id)
    assert window.record.wait_until_loaded()
    view = window.record.show_progress()
    assert view.data is not None
    assert view.data.visit_count == 3

    window.show_patient(second.id)  # the Progress tab stays in front
    page = window.record
    assert view.isHidden()
    assert page.progress_loading.isVisible()

    assert page.wait_until_loaded()
    assert view.isVisible()
    assert page.progress_loading.isHidden()
    assert view.data.visit_count == 1
