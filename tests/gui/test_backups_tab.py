"""Settings > Backups, the daily backup and the reminder: back up, preview, restore, remind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui import app as app_module
from kneedesk.gui.background import wait_for_background_work
from kneedesk.gui.backup_center import BackupCenter
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.accounts import Role
from kneedesk.store.backup import verify_database_file
from kneedesk.store.backup_schedule import last_backup, list_backups, set_automatic
from kneedesk.store.signing import SignatureStatus
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


@pytest.fixture
def clock() -> Clock:
    return Clock()


def open_store(path: Path, clock: Clock | None = None) -> Store:
    if clock is None:
        return Store.open(path, hasher=FAST_HASHER)
    return Store.open(path, hasher=FAST_HASHER, clock=clock)


@pytest.fixture
def timed_store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    """A clinic whose store and backups share the test's clock."""
    s = open_store(tmp_path / "clinic.kneedesk", clock)
    s.settings.set_clinic({"name": "Riverside Sports Clinic"})
    s.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    yield s
    s.close()


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


def fill_clinic(store: Store) -> None:
    """Patients with signed visits (one with an addendum), a draft and answers of each kind."""
    ana = store.accounts.by_username("ana")
    assert ana is not None
    ana_id = ana.id
    for n in range(4):
        patient = store.patients.create(
            chart_number=f"KD-{n:03d}", given_name="Zoë", family_name=f"Ångström {n}"
        )
        for day in (3, 10, 17):
            visit = store.visits.create_draft(
                patient.id, visit_date=f"2026-10-{day + n:02d}", clinician_id=ana_id
            )
            store.visits.save_answer(visit.id, "body_mass", "whole", 60.5 + n)
            store.visits.save_answer(visit.id, "hip.abduction_force", "left", 180.0 + day)
            store.visits.save_answer(visit.id, "hip.abduction_force", "right", 150.0 + day)
            store.visits.save_answer(visit.id, "running.cadence", "whole", None, "no treadmill")
            if day < 17:
                store.visits.sign(visit.id, ana_id, [{"id": "f", "n": n}], {"plan": day})
            if day == 3:
                store.visits.addendum(visit.id, ana_id, "typo", f"Cadence was {170 + n}.")


def snapshot(store: Store) -> dict[str, Any]:
    """Every patient, visit, answer, signature state and addendum, keyed by stable ids."""
    result: dict[str, Any] = {}
    for patient in store.patients.search(limit=100, include_archived=True):
        for visit in store.visits.for_patient(patient.id):
            result[visit.uid] = {
                "patient": (patient.chart_number, patient.given_name, patient.family_name),
                "date": visit.visit_date,
                "signed": visit.signed,
                "digest": visit.digest,
                "answers": store.visits.answers(visit.id),
                "verify": store.visits.verify(visit.id),
                "addenda": [(a.reason, a.body, a.digest) for a in store.visits.addenda(visit.id)],
            }
    return result


# --- back up ---------------------------------------------------------------------------------


def test_back_up_now_writes_a_verified_file(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    assert "has not been backed up yet" in tab.ui.last.text()
    use_folder(dialog, usb)
    assert store.settings.get("backup_folder") == str(usb)

    click(qtbot, tab.ui.back_up)
    wait_idle(qtbot, window.backups)

    files = list(usb.iterdir())
    assert len(files) == 1
    assert files[0].suffix == ".kneedesk-backup"
    assert verify_database_file(files[0]).counts["patients"] == 0
    assert "made and verified" in tab.ui.result.text()
    assert tab.ui.table.rowCount() == 1
    assert tab.ui.table.item(0, 2).text() == "This database"
    assert "today" in tab.ui.last.text()
    recorded = last_backup(store.db)
    assert recorded is not None
    assert recorded.file == str(files[0])
    assert "made and verified" in window.statusBar().currentMessage()


def test_a_folder_that_is_not_there_is_refused(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    tab.ui.folder.setText(str(tmp_path / "E-drive"))
    assert not tab.apply_folder()
    assert "is not available" in tab.ui.folder_error.text()
    assert not tab.ui.folder_error.isHidden()
    assert store.settings.get("backup_folder") is None


def test_keep_and_daily_settings_are_stored_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    assert tab.ui.keep.value() == 14
    assert tab.ui.automatic.isChecked()
    tab.ui.keep.setValue(30)
    tab.ui.automatic.setChecked(False)
    assert store.settings.get("backup_keep") == 30
    assert store.settings.get("backup_automatic") is False
    click(qtbot, tab.ui.use_default)
    assert Path(tab.ui.folder.text()) == store.path.parent / "Backups"
    assert "USB drive or a network share is safer" in tab.ui.folder_note.text()


def test_a_failed_backup_says_what_to_do_without_a_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = open_settings(qtbot, window)
    use_folder(dialog, usb)
    dialog.close()
    usb.rmdir()  # the drive was unplugged
    assert window.backups.back_up_now()
    wait_idle(qtbot, window.backups)
    banner = window.backup_banner
    assert banner.isVisible()
    assert f"The backup folder {usb} is not available" in banner.text.text()
    assert "Plug in the backup drive" in banner.text.text()
    assert "Settings > Backups" in banner.text.text()
    assert "is not available" in window.statusBar().currentMessage()
    click(qtbot, banner.dismiss)
    assert window.backups.last_error is None


# --- daily backup and reminder ---------------------------------------------------------------


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


# --- restore ---------------------------------------------------------------------------------


def test_restore_preview_shows_what_the_backup_holds(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    fill_clinic(store)
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    click(qtbot, tab.ui.back_up)
    wait_idle(qtbot, window.backups)
    store.patients.create(chart_number="KD-late", given_name="Late", family_name="Comer")

    tab.ui.table.selectRow(0)
    click(qtbot, tab.ui.restore_chosen)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None)
    preview = tab.preview_dialog
    assert preview is not None
    facts = {key: label.text() for key, label in preview.facts.items()}
    assert facts["clinic"] == "Riverside Sports Clinic"
    assert facts["patients"] == "4"
    assert facts["visits"] == "12 (8 signed, 4 drafts)"
    assert facts["newest"] == "20 Oct 2026"
    assert facts["file"] == tab.backups()[0].path.name
    assert "KneeDesk holds 5 patients" in preview.comparison.text()
    assert "1 fewer patients" in preview.comparison.text()
    assert not preview.restore_button.isEnabled()
    preview.confirm.setText("restore")
    assert preview.restore_button.isEnabled()
    click(qtbot, preview.buttons.button(preview.buttons.StandardButton.Cancel))
    assert store.patients.count() == 5


def test_only_an_administrator_can_restore(
    qtbot: QtBot, store: Store, login: Callable[..., None]
) -> None:
    window = make_window(qtbot, store)
    login(window, "ben")
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    assert not tab.ui.restore_other.isEnabled()
    assert not tab.ui.restore_chosen.isEnabled()
    assert "Only an administrator" in tab.ui.restore_note.text()
    assert tab.ui.back_up.isEnabled()  # anyone may back up
    assert tab.ui.folder.isReadOnly()
    assert not tab.ui.choose.isEnabled()
    assert not tab.ui.keep.isEnabled()
    assert not tab.ui.automatic.isEnabled()
    assert "Only an administrator can change the backup folder" in tab.ui.folder_note.text()
    click(qtbot, tab.ui.back_up)
    wait_idle(qtbot, window.backups)
    assert tab.ui.table.rowCount() == 1


def test_a_backup_made_in_the_app_restores_into_an_empty_installation(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, login: Callable[..., None]
) -> None:
    fill_clinic(store)
    expected = snapshot(store)
    assert sum(v["verify"] is SignatureStatus.OK for v in expected.values()) == 8
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = open_settings(qtbot, window)
    use_folder(dialog, usb)
    click(qtbot, dialog.backups.ui.back_up)
    wait_idle(qtbot, window.backups)
    (backup,) = usb.iterdir()
    dialog.close()

    # A new computer: KneeDesk set up from scratch with its own administrator.
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    fresh = open_store(new_pc / "kneedesk.sqlite3")
    try:
        fresh.accounts.create("admin", "New Admin", PASSWORD, Role.ADMIN)
        fresh_window = make_window(qtbot, fresh)
        login(fresh_window, "admin")
        patient = fresh.patients.create(chart_number="X-1", given_name="Only", family_name="Here")
        fresh_window.show_patient(patient.id)
        fresh_window.record.new_button.click()  # a visit open while restoring
        assert fresh_window.work.currentWidget() is fresh_window.visit

        settings = open_settings(qtbot, fresh_window, choose_backup_file=lambda _start: str(backup))
        tab = settings.backups
        click(qtbot, tab.ui.restore_other)
        qtbot.waitUntil(lambda: tab.preview_dialog is not None)
        preview = tab.preview_dialog
        assert preview is not None
        assert preview.facts["patients"].text() == "4"
        qtbot.keyClicks(preview.confirm, "RESTORE")
        click(qtbot, preview.restore_button)

        assert not settings.isVisible()  # closed without saving anything it showed
        assert fresh.current is None
        assert fresh_window.front.currentWidget() is fresh_window.login
        assert fresh_window.visit.visit is None
        assert snapshot(fresh) == expected
        kept = list(new_pc.glob("kneedesk.before-restore-*.sqlite3"))
        assert len(kept) == 1
        assert verify_database_file(kept[0]).counts["patients"] == 1

        login(fresh_window, "ana")  # the backup's accounts now
        assert fresh_window.front.currentWidget() is fresh_window.work
        assert fresh_window.patients.model.rowCount() == 4
        fresh_window.close()
    finally:
        fresh.close()

    with open_store(new_pc / "kneedesk.sqlite3") as reopened:
        assert snapshot(reopened) == expected
        assert reopened.audit.verify_chain().ok
        restore_row = reopened.audit.entries(limit=5)
        assert any(e.action == "restore" and e.detail["by"] == "admin" for e in restore_row)


def test_restore_refuses_a_file_that_is_not_a_backup(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.kneedesk-backup"
    bogus.write_text("not a database")
    dialog = open_settings(qtbot, window, choose_backup_file=lambda _start: str(bogus))
    tab = dialog.backups
    click(qtbot, tab.ui.restore_other)
    qtbot.waitUntil(lambda: not tab.ui.restore_error.isHidden())
    assert tab.preview_dialog is None
    assert tab.ui.restore_error.text().startswith("Not restored.")
    assert store.current is not None


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
