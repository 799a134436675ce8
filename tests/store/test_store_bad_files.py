"""Files that are not healthy KneeDesk databases get their own clear error and stay unchanged."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from store_helpers import crash_leaving_wal, file_digest

from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotKneeDeskDatabaseError,
    ReadOnlyLocationError,
    StaleWalError,
    StoreError,
)
from kneedesk.store.store import Store
from kneedesk.store.wal_recovery import wal_path


def add_patients(path: Path, first: int, count: int) -> None:
    """Add patients with long names so the file spans many pages."""
    with Store.open(path) as store:
        for n in range(first, first + count):
            store.patients.create(
                chart_number=f"KD-{n:05d}", given_name="Ana " * 20, family_name=f"Ruiz {n}"
            )


def foreign_file(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def other_programs_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('shopping list')")
    conn.commit()
    conn.close()


def truncated_database(path: Path) -> None:
    add_patients(path, 0, 300)
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 2)


def truncated_inside_header(path: Path) -> None:
    add_patients(path, 0, 1)
    data = path.read_bytes()
    path.write_bytes(data[:60])


def damaged_pages(path: Path) -> None:
    add_patients(path, 0, 300)
    page_size = 4096
    # Pages of the patients' rows and their name index: damage a file can take in use,
    # away from the schema's pages (which move as migrations add tables).
    with closing(sqlite3.connect(path)) as db:
        pages = [
            pageno
            for (pageno,) in db.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('patients', 'patients_by_name') "
                "ORDER BY pageno"
            )
        ][-10:]
    with path.open("r+b") as f:
        # Scribble over those b-tree pages' headers (page 1 is at offset 0).
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(b"\xff" * 16)


BAD_FILES: list[tuple[Callable[[Path], None], type[StoreError], str]] = [
    (foreign_file, NotKneeDeskDatabaseError, "not an SQLite database at all"),
    (empty_file, NotKneeDeskDatabaseError, "empty"),
    (other_programs_sqlite, NotKneeDeskDatabaseError, "another program"),
    (truncated_database, CorruptDatabaseError, "truncated"),
    (truncated_inside_header, CorruptDatabaseError, "truncated"),
    (damaged_pages, CorruptDatabaseError, "damaged"),
]


@pytest.mark.parametrize(
    ("make", "error", "words"), BAD_FILES, ids=[make.__name__ for make, _, _ in BAD_FILES]
)
def test_bad_file_gets_its_own_error_and_is_left_alone(
    tmp_path: Path, make: Callable[[Path], None], error: type[StoreError], words: str
) -> None:
    path = tmp_path / "clinic.sqlite3"
    make(path)
    before = file_digest(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as info:
        open_db(path)
    assert type(info.value) is error
    assert words in info.value.what
    assert info.value.todo
    assert "not changed" in info.value.todo or "restore" in info.value.todo.lower()
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_database_from_a_newer_kneedesk_is_refused(db_path: Path) -> None:
    add_patients(db_path, 0, 2)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('kneedesk', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = file_digest(db_path)
    with pytest.raises(DatabaseTooNewError) as info:
        open_db(db_path)
    assert "newer version" in info.value.what
    assert "m999_from_the_future" in info.value.what
    assert file_digest(db_path) == before


def test_stale_wal_next_to_an_older_copy_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    add_patients(path, 0, 20)
    older = tmp_path / "older-copy.sqlite3"
    shutil.copyfile(path, older)
    add_patients(path, 20, 400)
    crash_leaving_wal(path)
    # Someone puts an old copy in place while the crashed session's -wal is still there.
    shutil.copyfile(older, path)
    before = (file_digest(path), file_digest(wal_path(path)))
    with pytest.raises(StaleWalError) as info:
        open_db(path)
    assert "not closed cleanly" in info.value.what
    assert (file_digest(path), file_digest(wal_path(path))) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name, wal_path(path).name, older.name]
    )


def test_wal_of_another_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    other = tmp_path / "other.sqlite3"
    add_patients(path, 0, 5)
    add_patients(other, 0, 400)
    crash_leaving_wal(other)
    shutil.copyfile(wal_path(other), wal_path(path))
    before = (file_digest(path), file_digest(wal_path(path)))
    with pytest.raises(StaleWalError):
        open_db(path)
    assert (file_digest(path), file_digest(wal_path(path))) == before


def test_matching_wal_after_a_crash_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    add_patients(path, 0, 5)
    crash_leaving_wal(path)
    db = open_db(path)
    try:
        assert db.execute("SELECT count(*) FROM patients").fetchone()[0] == 205
        late = db.execute("SELECT 1 FROM patients WHERE chart_number = 'LATE-199'").fetchone()
        assert late is not None
    finally:
        close_db(db)
    assert not wal_path(path).exists() or wal_path(path).stat().st_size == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_unreadable_file_is_reported_not_changed(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "clinic.sqlite3"
    add_patients(path, 0, 1)
    path.chmod(0)
    try:
        with pytest.raises(ReadOnlyLocationError) as info:
            open_db(path)
        assert "may not read" in info.value.what
    finally:
        path.chmod(0o600)
