"""The daily backup and the reminder: one backup a day when the app runs, the newest kept, one
finishing as the app closes still recorded, none when turned off, and a banner when the last
backup is over a week old or there is none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from backups_helpers import PASSWORD, Clock, click, make_window, open_store, wait_idle
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneedesk.gui import app as app_module
from kneedesk.gui.background import wait_for_background_work
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.backup_schedule import last_backup, list_backups, set_automatic
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Role
from kneedesk.store.store import Store


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed_store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    """A clinic whose store and backups share the test's clock."""
    s = open_store(tmp_path / "clinic.kneedesk", clock)
    s.settings.save_one(SettingKey.CLINIC, {"name": "Riverside Sports Clinic"})
    s.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    yield s
    s.close()


def test_daily_backup_runs_once_per_day_and_keeps_the_newest(
    qtbot: QtBot, timed_store: Store, clock: Clock
) -> None:
    timed_store.settings.set("backup_keep", 2)
    window = make_window(qtbot, timed_store, clock)
    center = window.backups
    folder = timed_store.path.parent / "Backups"

    center.start()
    assert center.busy
    wait_idle(qtbot, center)
    assert len(list_backups(folder)) == 1

    clock.now += timedelta(hours=6)
    assert not center.run_daily_if_due()
    center.start()
    assert not center.busy
    assert len(list_backups(folder)) == 1

    for _ in range(3):
        clock.now += timedelta(days=1)
        assert center.run_daily_if_due()
        wait_idle(qtbot, center)
    kept = list_backups(folder)
    assert [f.made_at.day for f in kept] == [23, 22]
    assert not window.backup_banner.isVisible()


def test_the_status_bar_line_after_a_daily_backup_fits_the_window(
    qtbot: QtBot, timed_store: Store, clock: Clock
) -> None:
    window = make_window(qtbot, timed_store, clock)
    window.backups.start()
    wait_idle(qtbot, window.backups)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("Daily backup made and verified at")
    assert "(0 patients, 0 visits)" in message
    # Nothing cut off at the right edge on a 1366-pixel screen (the file's name and the audit
    # head are on the Backups tab).
    assert bar.fontMetrics().horizontalAdvance(message) < bar.width() - 20


def test_a_backup_finishing_as_the_app_closes_is_still_recorded(
    qtbot: QtBot, timed_store: Store, clock: Clock
) -> None:
    """Otherwise the next start would not know of it and back up again."""
    window = make_window(qtbot, timed_store, clock)
    window.backups.start()
    assert window.backups.busy
    # The event loop has stopped: no chance for the result to arrive on its own.
    wait_for_background_work()
    assert last_backup(timed_store.db) is not None
    assert not window.backups.run_daily_if_due()


def test_no_daily_backup_when_it_is_turned_off(
    qtbot: QtBot, timed_store: Store, clock: Clock
) -> None:
    set_automatic(timed_store.settings, False)
    window = make_window(qtbot, timed_store, clock)
    window.backups.start()
    assert not window.backups.busy
    assert not (timed_store.path.parent / "Backups").exists()


def test_reminder_when_the_last_backup_is_over_a_week_old(
    qtbot: QtBot, timed_store: Store, clock: Clock, login: Callable[..., None]
) -> None:
    window = make_window(qtbot, timed_store, clock)
    window.backups.back_up_now()
    wait_idle(qtbot, window.backups)
    set_automatic(timed_store.settings, False)
    banner = window.backup_banner
    login(window)

    clock.now += timedelta(days=7)
    window.backups.start()
    assert not banner.isVisible()

    clock.now += timedelta(days=1, minutes=1)
    window.backups.start()
    assert banner.isVisible()
    assert "8 days ago" in banner.text.text()

    window.lock()  # nothing shows on the lock screen
    assert not banner.isVisible()
    login(window)
    assert banner.isVisible()

    click(qtbot, banner.back_up)
    wait_idle(qtbot, window.backups)
    assert not banner.isVisible()


def test_reminder_when_never_backed_up(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    set_automatic(store.settings, False)
    window.backups.start()
    assert window.backup_banner.isVisible()
    assert "not been backed up yet" in window.backup_banner.text.text()


class _Server(QObject):
    activated = Signal()


def test_the_app_starts_the_days_backup_when_it_opens(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(app, "exec", lambda: 0)
    before = set(QApplication.topLevelWidgets())
    assert app_module._run_with_store(app, store, _Server(), "") == 0  # type: ignore[arg-type]
    windows = [w for w in QApplication.topLevelWidgets() if w not in before]
    window = next(w for w in windows if isinstance(w, MainWindow))
    qtbot.addWidget(window)
    wait_idle(qtbot, window.backups)
    assert len(list_backups(store.path.parent / "Backups")) == 1
    assert last_backup(store.db) is not None
