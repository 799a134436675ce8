"""Settings > Backups: the folder, how many to keep, daily backups on or off, and Back up now,
with what a failed backup says. The daily backup and restoring have their own modules:
test_backups_daily.py and test_backups_restore.py.
"""

from __future__ import annotations

from pathlib import Path

from backups_helpers import click, open_settings, use_folder, wait_idle
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.backup import verify_database_file
from kneedesk.store.backup_schedule import last_backup
from kneedesk.store.store import Store


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
    # The backup's audit head, to compare with the log later (see docs/store.md).
    head = verify_database_file(files[0]).short_head
    assert head != "none"
    assert f"Audit head {head}." in tab.ui.result.text()


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
