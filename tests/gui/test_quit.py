"""Quit (Ctrl+Q, on every platform) closes the window as its close button does: what was
typed is kept, and the window remembers how the clinician left it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui import window_geometry
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.store import Store


def press_ctrl_q(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Q where the keyboard is, as a clinician presses it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    target: QWidget = focused if focused is not None else window
    qtbot.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_quit_is_on_the_toolbar_with_ctrl_q(window: MainWindow) -> None:
    assert window.act_quit in window.toolbar.actions()
    assert QKeySequence("Ctrl+Q") in window.act_quit.shortcuts()  # Windows has no Quit key
    assert window.act_quit.toolTip() == "Quit (Ctrl+Q)"


def test_ctrl_q_mid_visit_closes_the_window_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    patient = store.patients.create(chart_number="C-1", given_name="Ana", family_name="Ruiz")
    window.show_patient(patient.id)
    window.record.wait_until_loaded()
    window.record.new_button.click()
    visit = window.visit.visit
    assert visit is not None
    leg = window.visit.findChild(QLineEdit, "leg_length.left")
    assert leg is not None
    leg.setFocus()
    qtbot.keyClicks(leg, "88")  # still in the field: not yet saved by leaving it
    press_ctrl_q(qtbot, window)
    assert not window.isVisible()
    assert store.visits.answers(visit.id)["leg_length"]["left"] == 88
    assert store.current is None  # signed out, as by the close button


def test_ctrl_q_on_the_lock_screen_quits(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    assert window.front.currentWidget() is window.login
    press_ctrl_q(qtbot, window)
    assert not window.isVisible()


def test_quitting_remembers_the_window_for_the_clinician(qtbot: QtBot, window: MainWindow) -> None:
    window.showNormal()
    window.setGeometry(60, 50, 640, 480)
    press_ctrl_q(qtbot, window)
    assert not window.isVisible()
    saved = window_geometry.settings().value("clinicians/ana/window-place")
    assert saved is not None
    assert saved.size().toTuple() == (640, 480)
