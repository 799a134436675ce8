"""The app shell: lock and unlock, resume a draft, errors as dialogs, second launch hand-off."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from kneedesk.gui import app as app_module
from kneedesk.gui.errors import CrashDialog, ExceptionHook
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.audit import Action
from kneedesk.store.errors import DiskFullError
from kneedesk.store.store import Store


def open_new_screen(window: MainWindow, store: Store) -> int:
    patient = store.patients.create(chart_number="C-1", given_name="Ana", family_name="Ruiz")
    window.show_patient(patient.id)
    window.record.wait_until_loaded()
    window.record.new_button.click()
    assert window.work.currentWidget() is window.visit
    assert window.visit.visit is not None
    return window.visit.visit.id


def field(window: MainWindow, name: str) -> QLineEdit:
    widget = window.visit.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def type_into(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    """Click into a field and type, as a clinician would (the field keeps focus)."""
    edit = field(window, name)
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_typed_value_is_in_the_database_before_leaving_the_field(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    visit_id = open_new_screen(window, store)
    body_mass = field(window, "body_mass")
    body_mass.setFocus()
    qtbot.keyClicks(body_mass, "61.5")
    qtbot.waitUntil(lambda: store.visits.answers(visit_id).get("body_mass") == 61.5, timeout=3000)


def test_closing_mid_visit_and_reopening_resumes_the_draft(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    visit_id = open_new_screen(window, store)
    type_into(qtbot, window, "body_mass", "61.5")
    type_into(qtbot, window, "leg_length.left", "88")
    window.close()  # the whole window, mid-visit, without any save step
    assert store.visits.answers(visit_id)["leg_length"]["left"] == 88

    again = MainWindow(store)
    qtbot.addWidget(again)
    again.show()
    login(again)
    patient_id = store.visits.get(visit_id).patient_id
    again.show_patient(patient_id)
    again.record.wait_until_loaded()
    assert again.record.selected_visit() is not None
    assert again.record.open_button.text() == "Continue draft"
    again.record.open_button.click()
    assert again.visit.visit is not None
    assert again.visit.visit.id == visit_id
    assert field(again, "body_mass").text() == "61.5"
    assert field(again, "leg_length.left").text() == "88"


def test_idle_lock_hides_patient_data_and_unlock_returns_to_the_same_place(
    qtbot: QtBot, window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    visit_id = open_new_screen(window, store)
    type_into(qtbot, window, "body_mass", "70")
    window.idle.set_timeout(50)
    qtbot.waitUntil(lambda: window.front.currentWidget() is window.login, timeout=3000)
    assert store.current is None
    assert not window.toolbar.isVisible()
    # The half-typed field was committed before locking.
    assert store.visits.answers(visit_id)["body_mass"] == 70
    assert "Locked" in window.login.ui.heading.text()
    login(window)
    assert window.front.currentWidget() is window.work
    assert window.work.currentWidget() is window.visit
    assert field(window, "body_mass").text() == "70"


def test_the_lock_message_is_shown_whole(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    window.login.lock_to("ana", "Alexandra Montgomery-Whitfield")
    heading = window.login.ui.heading
    qtbot.waitUntil(heading.isVisible)
    qtbot.wait(10)  # let the card lay out the new text
    # Wrapped inside the login card rather than cut off at both ends.
    assert heading.minimumSizeHint().width() <= heading.width()
    assert heading.height() >= heading.heightForWidth(heading.width())
    # The other wrapped lines keep their full height too.
    for label in (window.login.ui.clinicName, window.login.ui.hint):
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()


def test_another_clinician_unlocking_starts_from_the_patient_list(
    window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    open_new_screen(window, store)
    window.lock()
    login(window, "ben")
    assert window.work.currentWidget() is window.patients
    assert window.visit.visit is None


def test_wrong_password_is_refused_with_a_message_and_audited(
    window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    window.lock()
    login(window, "ana", "not my password")
    assert window.front.currentWidget() is window.login
    assert window.login.ui.error.text()
    failed = store.audit.entries(action=Action.LOGIN_FAILED, limit=5)
    assert failed


def test_store_error_at_start_is_a_dialog_saying_what_to_do(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication
) -> None:
    foreign = tmp_path / "notes.kneedesk"
    foreign.write_bytes(b"these are not the records you are looking for" * 100)
    shown: list[tuple[str, str]] = []

    def capture(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "log.txt")
    status = app_module.run_gui(str(foreign))
    assert status == 1
    assert len(shown) == 1
    what, todo = shown[0]
    assert what
    assert todo
    assert foreign.read_bytes().startswith(b"these are not")  # nothing overwritten


def test_unexpected_exception_is_logged_and_shown_with_a_copyable_report(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    reports: list[str] = []
    hook = ExceptionHook("/tmp/kneedesk.log", show=reports.append)
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(reports), timeout=3000)
    assert "the printer caught fire" in reports[0]
    assert "the printer caught fire" in caplog.text
    dialog = CrashDialog(reports[0], "/tmp/kneedesk.log")
    qtbot.addWidget(dialog)
    dialog.copy_report()
    assert "the printer caught fire" in QApplication.clipboard().text()


def test_the_app_has_its_icon(qapp: QApplication) -> None:
    icon = app_module.app_icon()
    assert icon is not None
    assert not icon.pixmap(64, 64).isNull()


def test_a_full_disk_is_reported_at_the_field_and_the_value_saved_once_there_is_room(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit_id = open_new_screen(window, store)
    real_save = store.visits.save_answer

    def disk_full(*args: object, **kwargs: object) -> None:
        raise DiskFullError(
            "KneeDesk could not save the change: the disk is full.", "Free some space."
        )

    monkeypatch.setattr(store.visits, "save_answer", disk_full)
    edit = field(window, "body_mass")
    type_into(qtbot, window, "body_mass", "61.5")
    edit.editingFinished.emit()
    error = window.visit.findChild(QLabel, "body_mass.error")
    assert error is not None
    qtbot.waitUntil(lambda: "the disk is full" in error.text())
    assert error.isVisibleTo(window.visit)
    assert edit.text() == "61.5"  # what was typed stays on screen

    monkeypatch.setattr(store.visits, "save_answer", real_save)
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: store.visits.answers(visit_id).get("body_mass") == 61.5)
    assert not error.isVisibleTo(window.visit)
