"""The login and lock screens show the clinic's whole name, however long, descenders included."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.store import Store

LONG_NAME = "Happy Valley Sports Injury Group, Kingsgate Sporting Therapy and Physiology"


def assert_not_clipped(label: QLabel) -> None:
    """The label is as tall as its wrapped lines need at its width (one line at least)."""
    needed = max(label.heightForWidth(label.width()), label.fontMetrics().height())
    assert label.isVisible()
    assert label.height() >= needed, (label.height(), needed)


@pytest.fixture
def long_named(styled: QApplication, store: Store) -> Store:
    store.settings.save_one(SettingKey.CLINIC, {"name": LONG_NAME})
    return store


def test_long_clinic_name_is_whole_on_the_login_screen(qtbot: QtBot, long_named: Store) -> None:
    window = MainWindow(long_named)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    label = window.login.ui.clinicName
    assert label.text() == LONG_NAME
    assert label.heightForWidth(label.width()) >= 2 * label.fontMetrics().height()  # wraps
    assert_not_clipped(label)


def test_long_clinic_name_is_whole_on_the_lock_screen(
    qtbot: QtBot, long_named: Store, login: Callable[..., None]
) -> None:
    window = MainWindow(long_named)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    login(window)
    window.lock()
    qtbot.waitExposed(window)
    assert window.front.currentWidget() is window.login
    assert_not_clipped(window.login.ui.clinicName)
    assert_not_clipped(window.login.ui.heading)
