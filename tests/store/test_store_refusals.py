"""Refusals leave the file exactly as it was: bytes, time stamp and folder listing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_helpers import file_digest, run_python

from kneedesk.store.db import open_db
from kneedesk.store.errors import DatabaseTooNewError, NotKneeDeskDatabaseError, StoreError
from kneedesk.store.header import APPLICATION_ID
from kneedesk.store.restore import restore_database
from kneedesk.store.store import Store
from kneedesk.store.wal_recovery import wal_path

OLD_TIME = 1_000_000_000  # 2001: any write would move it


class Snapshot:
    """A folder's files with their bytes and modification times, to compare after a refusal."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files = self._take()

    def _take(self) -> dict[str, tuple[str | None, int]]:
        return {
            p.name: (file_digest(p), p.stat().st_mtime_ns)
            for p in sorted(self.folder.iterdir())
            if p.is_file()
        }

    def unchanged(self) -> bool:
        return self._take() == self.files


def freeze(*paths: Path) -> None:
    for path in paths:
        os.utime(path, (OLD_TIME, OLD_TIME))


def add_future_migration(path: Path, journal_mode: str) -> None:
    """What a newer KneeDesk leaves: a migration this one does not know."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kneedesk', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


@pytest.fixture
def clinic(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    return db_path


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_a_newer_kneedesks_database_is_refused_untouched(clinic: Path, journal_mode: str) -> None:
    # A backup (one self-contained file, rollback journal) made by a newer KneeDesk, or its
    # live database.
    add_future_migration(clinic, journal_mode)
    freeze(clinic)
    before = Snapshot(clinic.parent)
    with pytest.raises(DatabaseTooNewError) as info:
        Store.open(clinic)
    assert "newer version" in info.value.what
    assert "not changed" in info.value.todo
    assert before.unchanged()


NEWER_THEN_KILLED = """
    import os, signal, sys
    from kneedesk.store.store import Store
    store = Store.open(sys.argv[1])
    with store.db.atomic():  # a newer KneeDesk's upgrade, still only in the -wal
        store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('kneedesk', 'm999_from_the_future', '2030-01-01')"
        )
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_newer_kneedesks_database_with_unsaved_changes_is_refused_untouched(
    clinic: Path,
) -> None:
    result = run_python(NEWER_THEN_KILLED, str(clinic), check=False)
    assert result.returncode == -9, result.stderr
    assert wal_path(clinic).stat().st_size > 0
    freeze(clinic, wal_path(clinic))
    before = Snapshot(clinic.parent)
    with pytest.raises(DatabaseTooNewError):
        open_db(clinic)
    assert before.unchanged()


def marked_foreign_file(path: Path, tables: bool) -> None:
    """Another program's SQLite file that happens to carry KneeDesk's application id."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    if tables:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('shopping list')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("tables", [True, False], ids=["its-own-tables", "no-tables"])
def test_a_foreign_file_with_kneedesks_mark_gets_no_tables_added(
    db_path: Path, tables: bool
) -> None:
    marked_foreign_file(db_path, tables)
    freeze(db_path)
    before = Snapshot(db_path.parent)
    with pytest.raises(NotKneeDeskDatabaseError) as info:
        Store.open(db_path)
    assert "KneeDesk's tables" in info.value.what
    assert "not changed" in info.value.todo
    assert before.unchanged()
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
    conn.close()
    assert names == (["notes"] if tables else [])


def test_a_folder_given_as_the_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "clinic.sqlite3"
    folder.mkdir()
    with pytest.raises(NotKneeDeskDatabaseError) as info:
        open_db(folder)
    assert "is a folder" in info.value.what
    assert list(folder.iterdir()) == []


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    path = tmp_path / "clinic.sqlite3"
    os.mkfifo(path)
    return path


OPEN_AND_REPORT = """
    import sys
    from kneedesk.store.errors import StoreError
    from kneedesk.store.db import open_db
    try:
        open_db(sys.argv[1])
    except StoreError as exc:
        print(type(exc).__name__)
        print(exc.what)
"""


def test_a_pipe_given_as_the_database_is_refused_without_waiting(fifo: Path) -> None:
    # In a child with a time limit: opening a pipe to read it would wait for ever.
    result = run_python(OPEN_AND_REPORT, str(fifo), timeout=60)
    name, what = result.stdout.splitlines()[:2]
    assert name == "NotKneeDeskDatabaseError"
    assert "not an ordinary file" in what


def test_restore_onto_a_folder_moves_nothing(clinic: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    with Store.open(clinic) as store:
        store.backup_to(backup)
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError) as info:
        restore_database(backup, folder)
    assert "is a folder" in info.value.what
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    assert (folder / "letter.txt").read_text() == "keep me"
