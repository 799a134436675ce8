"""A dialog open when the app locks is hidden and unusable; its clinician gets it back as typed.

Each test opens a kind of dialog the way a clinician does, types into it, locks the app
(what the idle timer does), checks the dialog is gone from the screen and that using it
anyway writes nothing, then unlocks as the same clinician (the dialog returns with what was
typed) or as another one (the dialog is cancelled). The store is opened as the app opens it,
refusing writes while nobody is signed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import PASSWORD, fast_hasher, log_in
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.patients.dialog import PatientDialog
from kneedesk.gui.settings.account_dialog import AccountDialog
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.visit.dialogs import AddendumDialog
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Role
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store

Step = Callable[[], None]


@pytest.fixture
def app_store(tmp_path: Path) -> Iterator[Store]:
    """A clinic database opened as the app opens it: no writes without a clinician."""
    s = Store.open(tmp_path / "clinic.kneedesk", hasher=fast_hasher(), require_session=True)
    s.settings.save_one(SettingKey.CLINIC, {"name": "Riverside Sports Clinic"})
    s.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    s.sign_in("ana", PASSWORD)
    s.accounts.create("ben", "Ben Ode", PASSWORD)
    s.patients.create(
        chart_number="KD-1", given_name="Zoë", family_name="Ruiz", birth_date="1994-03-02"
    )
    s.sign_out()
    yield s
    s.close()


@pytest.fixture
def win(qtbot: QtBot, app_store: Store) -> MainWindow:
    w = MainWindow(app_store)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    log_in(w)
    return w


@pytest.fixture
def patient(app_store: Store) -> Patient:
    found = app_store.patients.by_chart_number("KD-1")
    assert found is not None
    return found


def shown(kind: type[QDialog]) -> QDialog | None:
    """The visible dialog of this kind, if any."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def steps(qtbot: QtBot, win: MainWindow, *chain: Step) -> list[str]:
    """Run each step on its own event-loop turn (the dialog under test blocks the test's
    own code in exec()); returns a list that collects failures, checked by the caller.

    A step that fails, or a chain that never finishes (a dialog still modal over the lock
    screen), cancels every dialog so the test ends and reports it instead of hanging."""
    failures: list[str] = []
    finished: list[bool] = []

    def abandon(why: str) -> None:
        failures.append(why)
        win.gate.resume(False)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()

    def run(index: int) -> None:
        if failures:
            return
        try:
            chain[index]()
        except Exception as exc:  # reported after the dialog returns
            abandon(f"step {index + 1}: {exc!r}")
            return
        if index + 1 < len(chain):
            QTimer.singleShot(30, lambda: run(index + 1))
        else:
            finished.append(True)

    QTimer.singleShot(30, lambda: run(0))
    QTimer.singleShot(20_000, lambda: finished or failures or abandon("steps never finished"))
    return failures


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)


def test_patient_details_hide_on_lock_and_return_as_typed_to_the_same_clinician(
    qtbot: QtBot, win: MainWindow, app_store: Store, patient: Patient
) -> None:
    state: dict[str, PatientDialog] = {}

    def type_and_lock() -> None:
        dialog = shown(PatientDialog)
        check(isinstance(dialog, PatientDialog), "the patient dialog is open")
        assert isinstance(dialog, PatientDialog)
        state["dialog"] = dialog
        dialog.ui.familyName.setText("Ruiz-Ortega")
        win.lock()

    def locked_and_unusable() -> None:
        dialog = state["dialog"]
        check(not dialog.isVisible(), "the dialog is hidden behind the lock")
        check(win.front.currentWidget() is win.login, "the lock screen is up")
        dialog.try_accept()  # a passer-by's click, had the dialog stayed on screen
        check(app_store.patients.get(patient.id).family_name == "Ruiz", "nothing saved")
        check("Log in again" in dialog.ui.givenNameError.text(), "the refusal is said")
        log_in(win, "ana")

    def back_as_typed() -> None:
        dialog = shown(PatientDialog)
        check(dialog is state["dialog"], "the same dialog is back")
        check(state["dialog"].ui.familyName.text() == "Ruiz-Ortega", "typed text kept")
        state["dialog"].try_accept()

    failures = steps(qtbot, win, type_and_lock, locked_and_unusable, back_as_typed)
    win.edit_patient(patient.id)
    assert failures == []
    assert app_store.patients.get(patient.id).family_name == "Ruiz-Ortega"


def test_another_clinician_unlocking_never_sees_the_open_dialog(
    qtbot: QtBot, win: MainWindow, app_store: Store, patient: Patient
) -> None:
    state: dict[str, QDialog] = {}

    def type_and_lock() -> None:
        dialog = shown(PatientDialog)
        assert isinstance(dialog, PatientDialog)
        state["dialog"] = dialog
        dialog.ui.familyName.setText("Changed by Ana")
        win.lock()

    def ben_logs_in() -> None:
        log_in(win, "ben")

    def ben_sees_the_list() -> None:
        check(shown(PatientDialog) is None, "no patient dialog for Ben")
        check(win.work.currentWidget() is win.patients, "Ben starts from the patient list")

    failures = steps(qtbot, win, type_and_lock, ben_logs_in, ben_sees_the_list)
    win.edit_patient(patient.id)
    qtbot.wait(200)
    assert failures == []
    assert app_store.patients.get(patient.id).family_name == "Ruiz"
    assert not state["dialog"].isVisible()


def test_an_addendum_cannot_be_saved_under_the_locked_out_clinicians_name(
    qtbot: QtBot, win: MainWindow, app_store: Store, patient: Patient
) -> None:
    app_store.sign_out()
    app_store.sign_in("ana", PASSWORD)
    visit = app_store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    app_store.visits.sign(visit.id, 1, [], {"items": [], "review": ""})

    def type_and_lock() -> None:
        dialog = shown(AddendumDialog)
        assert isinstance(dialog, AddendumDialog)
        dialog.reason.setText("Passer-by")
        dialog.text.setPlainText("Written while Ana was away.")
        win.lock()

    def ben_logs_in_and_tries() -> None:
        log_in(win, "ben")

    failures = steps(qtbot, win, type_and_lock, ben_logs_in_and_tries)
    win.add_addendum(visit.id)
    assert failures == []
    assert app_store.signing.addenda(visit.id) == []


def test_settings_and_a_new_account_dialog_in_it_are_suspended_together(
    qtbot: QtBot, win: MainWindow, app_store: Store
) -> None:
    state: dict[str, QDialog] = {}

    def open_add_clinician() -> None:
        settings = shown(SettingsDialog)
        assert isinstance(settings, SettingsDialog)
        state["settings"] = settings
        settings.ui.tabs.setCurrentWidget(settings.ui.cliniciansTab)
        settings.clinicians.add_clinician()

    def type_and_lock() -> None:
        account = shown(AccountDialog)
        assert isinstance(account, AccountDialog)
        state["account"] = account
        account.ui.displayName.setText("Mallory Passer")
        account.ui.username.setText("mallory")
        account.ui.password.setText("a long enough password")
        account.ui.confirm.setText("a long enough password")
        account.ui.admin.setChecked(True)
        win.lock()

    def nothing_usable_while_locked() -> None:
        check(not state["settings"].isVisible(), "settings hidden")
        check(not state["account"].isVisible(), "the account dialog hidden")
        account = state["account"]
        assert isinstance(account, AccountDialog)
        account.try_accept()  # as if its button could still be reached
        check(app_store.accounts.by_username("mallory") is None, "no account made")
        log_in(win, "ana")

    def both_back() -> None:
        check(state["settings"].isVisible(), "settings back for Ana")
        check(state["account"].isVisible(), "the account dialog back for Ana")
        account = state["account"]
        assert isinstance(account, AccountDialog)
        check(account.ui.username.text() == "mallory", "typed text kept")
        account.reject()

    def close_settings() -> None:
        state["settings"].reject()

    failures = steps(
        qtbot,
        win,
        open_add_clinician,
        type_and_lock,
        nothing_usable_while_locked,
        both_back,
        close_settings,
    )
    win.open_settings()
    assert failures == []
    assert app_store.accounts.by_username("mallory") is None


def test_a_message_box_open_at_the_lock_is_closed(qtbot: QtBot, win: MainWindow) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Not printed", "Zoë Ruiz's handout", parent=win)
    box.open()
    qtbot.waitUntil(box.isVisible)
    win.lock()
    assert not box.isVisible()
    log_in(win, "ana")
    qtbot.wait(50)
    assert not box.isVisible()


def test_no_window_of_the_app_stays_on_top_of_the_lock_screen(
    qtbot: QtBot, win: MainWindow
) -> None:
    loose = QWidget()
    qtbot.addWidget(loose)
    loose.setWindowTitle("A patient's chart exported")
    loose.show()
    win.lock()
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win]
    assert others == []
