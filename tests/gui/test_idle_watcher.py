"""The idle watcher sees the whole application's input, and goes with its window.

Its event filter on the application runs (in Python) for every event of the app; a window
deleted without being closed (tests do this, and a crash handler might) must not leave it
running, during its own teardown or after.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui import idle
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.store import Store


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[QEvent.Type]:
    """The events that pass through any idle watcher from now on."""
    events: list[QEvent.Type] = []
    original = idle.IdleWatcher.eventFilter

    def counting(self: idle.IdleWatcher, watched: QObject, event: QEvent) -> bool:
        events.append(event.type())
        return original(self, watched, event)

    monkeypatch.setattr(idle.IdleWatcher, "eventFilter", counting)
    return events


def test_a_window_deleted_without_closing_leaves_no_filter_behind(
    qtbot: QtBot, store: Store, seen: list[QEvent.Type]
) -> None:
    window = MainWindow(store)
    window.show()
    qtbot.waitExposed(window)
    assert seen  # it does watch the application
    while_destroyed: list[int] = []
    window.destroyed.connect(lambda: while_destroyed.append(len(seen)))
    shiboken6.delete(window)  # no closeEvent
    assert len(while_destroyed) == 1
    assert len(seen) == while_destroyed[0]  # nothing more from the window's own teardown
    other = QWidget()
    qtbot.addWidget(other)
    edit = QLineEdit(other)
    other.show()
    qtbot.keyClicks(edit, "abc")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert edit.text() == "abc"
    assert len(seen) == while_destroyed[0]


def test_closing_the_window_stops_watching(qtbot: QtBot, window: MainWindow) -> None:
    assert window.idle.watching()
    window.close()
    assert not window.idle.watching()
    assert window.idle.remaining_ms() < 0
