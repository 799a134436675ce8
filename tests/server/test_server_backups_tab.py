"""The Backups tab in clinic server mode: Back up now makes a verified server backup, the
list shows it, and restoring it is refused with the steps for the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pg_fixtures import APP_PASSWORD, PgServer
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kneedesk.gui.backup_center import BackupCenter
from kneedesk.gui.settings.backups_tab import BackupsTab
from kneedesk.store.backup_schedule import last_backup, set_folder
from kneedesk.store.clinicians import Role
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"


@pytest.fixture
def store(pg_database: ServerSettings, pg_verify_database: str) -> Iterator[Store]:
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    opened = Store.open_server(pg_database, APP_PASSWORD, hasher=hasher)
    opened.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    opened.sign_in("ana", PASSWORD)
    yield opened
    opened.close()


def test_back_up_now_lists_the_server_backup_and_refuses_to_restore_it(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Runner")
    set_folder(store.settings, tmp_path)
    center = BackupCenter(store)
    tab = BackupsTab(store, center)
    qtbot.addWidget(tab)
    tab.show()

    qtbot.mouseClick(tab.ui.back_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not center.busy, timeout=60_000)

    assert center.last_error is None
    files = list(tmp_path.iterdir())
    assert len(files) == 1
    assert files[0].name.endswith(".kneedesk-server.dump")
    assert "made and verified" in tab.ui.result.text()
    assert "(1 patients, 0 visits)" in tab.ui.result.text()
    assert tab.ui.table.rowCount() == 1
    assert tab.ui.table.item(0, 2).text() == "This database"
    assert tab.ui.table.item(0, 3).text() == files[0].name
    recorded = last_backup(store.db)
    assert recorded is not None
    assert recorded.file == str(files[0])

    tab.ui.table.selectRow(0)
    qtbot.mouseClick(tab.ui.restore_chosen, Qt.MouseButton.LeftButton)
    refusal = tab.ui.restore_error.text()
    assert refusal.startswith("Not restored.")
    assert "restored on the server by the person who looks after it" in refusal
    assert "pg_restore" in refusal
    assert "kneedesk server upgrade" in refusal
    assert tab.preview_job is None  # nothing was read or changed
    assert store.patients.count() == 1
    tab.detach()


def test_the_daily_backup_leaves_it_to_the_workstation_already_backing_up(
    qtbot: QtBot,
    store: Store,
    pg_server: PgServer,
    pg_database: ServerSettings,
    tmp_path: Path,
) -> None:
    set_folder(store.settings, tmp_path)
    center = BackupCenter(store)
    failures: list[object] = []
    center.failed.connect(failures.append)
    with pg_server.cluster.admin(pg_database.database) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [0x4B44626B7570])  # another's backup
        assert center.run_daily_if_due()
        qtbot.waitUntil(lambda: not center.busy, timeout=60_000)
    assert failures == []  # no alarm: the other workstation's backup is the day's
    assert center.last_error is None
    assert list(tmp_path.iterdir()) == []
    assert center.back_up_now()  # once the other has finished
    qtbot.waitUntil(lambda: not center.busy, timeout=60_000)
    assert center.last_error is None
    assert len(list(tmp_path.iterdir())) == 1
