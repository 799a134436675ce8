"""Shared set-up for the backup tests: a clock that moves only when told, the main window and
Settings opened on the Backups tab, and small actions on them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui.backup_center import BackupCenter
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"  # the conftest store's accounts use it too
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
START = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


class Clock:
    """A clock for the store and the backup center that only moves when told to."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def open_store(path: Path, clock: Clock | None = None) -> Store:
    if clock is None:
        return Store.open(path, hasher=FAST_HASHER)
    return Store.open(path, hasher=FAST_HASHER, clock=clock)


def make_window(
    qtbot: QtBot, store: Store, clock: Callable[[], datetime] | None = None
) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    if clock is not None:
        window.backups.clock = clock
    window.resize(1366, 768)
    window.show()
    return window


def open_settings(qtbot: QtBot, window: MainWindow, **choosers: Any) -> SettingsDialog:
    dialog = SettingsDialog(window.store, window, backups=window.backups, **choosers)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.backups)
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_idle(qtbot: QtBot, center: BackupCenter) -> None:
    qtbot.waitUntil(lambda: not center.busy)


def use_folder(dialog: SettingsDialog, folder: Path) -> None:
    tab = dialog.backups
    tab.ui.folder.setText(str(folder))
    assert tab.apply_folder()
