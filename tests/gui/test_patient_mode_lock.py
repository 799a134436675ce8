"""Patient mode locks the app: only the questionnaire and "hand back" (with the clinician's
password) can be reached, whatever the patient clicks or presses."""

from __future__ import annotations

import pytest
from dialog_helpers import refusing_modals, when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.screen.patient_mode import PatientModeView
from kneedesk.gui.visit.dialogs import HandBackDialog
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"
SHORTCUTS = [
    "Ctrl+Shift+P",  # Patients
    "Ctrl+,",  # Settings
    "Ctrl+L",  # Lock
    "Ctrl+Shift+Q",  # Log out
    "Ctrl+Q",  # Quit (the close button asks for the clinician's password instead)
    "Ctrl+F",  # patient search
    "Ctrl+N",  # new patient
    "Ctrl+Shift+N",  # new visit
    "Ctrl+1",
    "Ctrl+2",  # record tabs
    "Ctrl+PgUp",
    "Ctrl+PgDown",
    "Alt+Left",
    "Alt+Right",  # sections
    "Esc",
]


def answer_hand_back(qtbot: QtBot, password: str | None, seen: list[QDialog]) -> None:
    """On the next hand-back prompt type `password` (None: press Cancel)."""

    def respond(dialog: QDialog) -> None:
        seen.append(dialog)
        assert isinstance(dialog, HandBackDialog)
        if password is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.password, password)
        dialog.try_accept()
        qtbot.waitUntil(lambda: not dialog.checking())
        if dialog.result() != QDialog.DialogCode.Accepted:
            assert dialog.error.isVisible()
            dialog.reject()

    when_modal(respond)


@pytest.fixture
def patient_mode(qtbot: QtBot, window: MainWindow, store: Store) -> PatientModeView:
    """A visit open in the window with the Kujala questionnaire handed to the patient."""
    patient = store.patients.create(chart_number="C-1", given_name="Ana", family_name="Ruiz")
    window.show_patient(patient.id)
    window.record.wait_until_loaded()
    window.new_visit(patient.id)
    wizard = window.visit.wizard
    assert wizard is not None
    window.activateWindow()  # not the hand-back prompt of an earlier test, still closing
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()))
    # The shortcuts work for the clinician: Ctrl+PgDown goes to the next section.
    before = wizard.current_section()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert wizard.current_section() == before + 1
    wizard.enter_patient_mode()
    view = wizard.patient_view
    assert view is not None
    return view  # the window's clean-up leaves patient mode before closing (see conftest)


def still_in_patient_mode(window: MainWindow, view: PatientModeView) -> None:
    assert window.front.currentWidget() is window.work  # not locked, not logged out
    assert window.work.currentWidget() is window.visit
    wizard = window.visit.wizard
    assert wizard is not None
    assert wizard.patient_view is view
    assert wizard.modes.currentWidget() is view
    assert view.isVisible()


def test_the_toolbar_and_menus_are_out_of_reach(
    window: MainWindow, patient_mode: PatientModeView
) -> None:
    assert not window.toolbar.isVisible()
    assert not window.toolbar.toggleViewAction().isEnabled()
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() or action in window.toolbar.actions():
            assert not action.isEnabled(), action.text()
    assert window.menuBar().actions() == []
    menu = window.createPopupMenu()
    for action in menu.actions() if menu is not None else []:
        assert not action.isEnabled() or not action.isVisible(), action.text()
    still_in_patient_mode(window, patient_mode)


@pytest.mark.parametrize("keys", SHORTCUTS)
def test_every_shortcut_is_refused(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView, keys: str
) -> None:
    sequence = QKeySequence(keys)[0]
    focused = QApplication.focusWidget()
    assert focused is not None
    assert patient_mode.isAncestorOf(focused)
    with refusing_modals() as opened:  # a dialog opened by mistake fails the test, not hangs it
        qtbot.keyClick(focused, sequence.key(), sequence.keyboardModifiers())
        QApplication.processEvents()
    assert opened == []  # no settings, patient or password dialog
    still_in_patient_mode(window, patient_mode)


def test_no_shortcut_of_any_page_leads_out(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView
) -> None:
    """Every shortcut the window knows (toolbar, pages, buttons), not only the listed ones."""
    keys: set[str] = set()
    for action in window.findChildren(QAction):
        keys.add(action.shortcut().toString())
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key().toString())
    for button in window.findChildren(QAbstractButton):
        keys.add(button.shortcut().toString())
    keys.discard("")
    assert {"Ctrl+Shift+P", "Ctrl+L", "Ctrl+F", "Ctrl+Shift+N", "Esc"} <= keys
    for keys_text in sorted(keys):
        sequence = QKeySequence(keys_text)[0]
        focused = QApplication.focusWidget()
        assert focused is not None
        assert patient_mode.isAncestorOf(focused), keys_text
        with refusing_modals() as opened:
            qtbot.keyClick(focused, sequence.key(), sequence.keyboardModifiers())
            QApplication.processEvents()
        assert opened == [], keys_text
        still_in_patient_mode(window, patient_mode)


def test_the_idle_lock_waits_until_the_clinician_has_the_screen_again(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView
) -> None:
    assert window.idle.remaining_ms() < 0  # not counting while the patient reads
    window.idle.idle.emit()  # as if it had run out
    window.lock()
    still_in_patient_mode(window, patient_mode)
    seen: list[QDialog] = []
    answer_hand_back(qtbot, PASSWORD, seen)
    qtbot.mouseClick(patient_mode.hand_back, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert window.idle.remaining_ms() > 0  # counting again for the clinician
    window.idle.idle.emit()
    assert window.front.currentWidget() is window.login  # and locks as before


def test_back_link_and_section_list_are_refused(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView
) -> None:
    wizard = window.visit.wizard
    assert wizard is not None
    assert not window.visit.back.isVisible()
    window.visit.back.click()  # even if it were reached
    assert not wizard.section_list.isVisible()
    wizard.section_list.setCurrentRow(0)
    still_in_patient_mode(window, patient_mode)


def test_closing_the_window_asks_for_the_clinicians_password(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView
) -> None:
    seen: list[QDialog] = []
    answer_hand_back(qtbot, None, seen)
    assert not window.close()
    assert len(seen) == 1
    assert window.isVisible()
    still_in_patient_mode(window, patient_mode)
    answer_hand_back(qtbot, "not my password", seen)
    assert not window.close()
    assert len(seen) == 2
    still_in_patient_mode(window, patient_mode)
    # The right password returns the clinician to the visit; the app does not quit under them.
    answer_hand_back(qtbot, PASSWORD, seen)
    assert not window.close()
    assert len(seen) == 3
    assert window.isVisible()
    wizard = window.visit.wizard
    assert wizard is not None
    assert wizard.patient_view is None
    assert window.work.currentWidget() is window.visit


def test_hand_back_needs_the_password_and_returns_to_the_visit(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView
) -> None:
    wizard = window.visit.wizard
    assert wizard is not None
    seen: list[QDialog] = []
    answer_hand_back(qtbot, "guess", seen)
    qtbot.mouseClick(patient_mode.hand_back, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    still_in_patient_mode(window, patient_mode)
    answer_hand_back(qtbot, PASSWORD, seen)
    qtbot.mouseClick(patient_mode.hand_back, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert wizard.patient_view is None
    assert wizard.modes.currentWidget() is wizard.clinician
    assert window.toolbar.isVisible()
    assert window.act_patients.isEnabled()
    assert window.visit.back.isVisible()


def test_finish_at_the_end_leads_to_the_hand_back_prompt(
    qtbot: QtBot, window: MainWindow, patient_mode: PatientModeView
) -> None:
    wizard = window.visit.wizard
    assert wizard is not None
    for _ in range(len(patient_mode.items)):
        qtbot.mouseClick(patient_mode.next_button, Qt.MouseButton.LeftButton)
    assert "Thank you" in patient_mode.question.text()
    finish = patient_mode.next_button
    assert finish.isVisible()
    assert finish.isEnabled()
    assert finish.text().startswith("Finish")
    seen: list[QDialog] = []
    answer_hand_back(qtbot, PASSWORD, seen)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert wizard.patient_view is None
    assert wizard.modes.currentWidget() is wizard.clinician


def test_previous_on_the_thank_you_screen_goes_back_to_the_last_question(
    qtbot: QtBot, patient_mode: PatientModeView
) -> None:
    for _ in range(len(patient_mode.items)):
        qtbot.mouseClick(patient_mode.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(patient_mode.back_button, Qt.MouseButton.LeftButton)
    assert patient_mode.current_item() == patient_mode.items[-1]
    assert patient_mode.question.text() == patient_mode.items[-1].instruction
