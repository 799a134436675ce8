"""Opening the database: creation, pragmas, permissions, locking and location warnings."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from store_helpers import file_digest, run_python, start_python

from kneedesk.store.db import SCHEMA_VERSION, close_db, open_db, schema_version
from kneedesk.store.errors import (
    DatabaseInUseError,
    MissingDirectoryError,
    StoreError,
)
from kneedesk.store.header import APPLICATION_ID, read_header
from kneedesk.store.paths import DB_FILENAME, default_data_dir, default_db_path, location_warnings
from kneedesk.store.wal_recovery import wal_path


def pragma(db: Database, name: str) -> object:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_database_has_schema_and_identity(db: Database, db_path: Path) -> None:
    assert schema_version(db) == SCHEMA_VERSION
    assert pragma(db, "application_id") == APPLICATION_ID
    assert read_header(db_path).application_id == APPLICATION_ID
    assert {"patients", "visits", "answers", "audit_log", "reports"} <= set(db.table_names())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("journal_mode", "wal"),
        ("synchronous", 2),  # FULL
        ("foreign_keys", 1),
        ("trusted_schema", 0),
        ("cell_size_check", 1),
        ("secure_delete", 1),
        ("locking_mode", "exclusive"),
    ],
)
def test_every_connection_gets_the_safety_pragmas(
    db: Database, name: str, expected: object
) -> None:
    assert pragma(db, name) == expected


def test_tables_are_strict(db: Database) -> None:
    for table in (
        "settings",
        "clinicians",
        "patients",
        "visits",
        "answers",
        "reports",
        "audit_log",
    ):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "STRICT" in sql.upper(), table


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_file_is_private_to_the_user(db: Database, db_path: Path) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_clean_close_leaves_no_wal_and_reopens(db_path: Path) -> None:
    database = open_db(db_path)
    database.table("settings").insert({"key": "k", "value": '"v"', "updated_at": "t"})
    close_db(database)
    wal = wal_path(db_path)
    assert not wal.exists() or wal.stat().st_size == 0
    reopened = open_db(db_path)
    try:
        assert reopened.execute("SELECT value FROM settings").fetchone()[0] == '"v"'
    finally:
        close_db(reopened)


def test_no_stray_files_after_creation(db: Database, db_path: Path) -> None:
    names = {p.name for p in db_path.parent.iterdir()}
    assert names <= {db_path.name, wal_path(db_path).name}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders and POSIX modes")
def test_default_location_is_a_private_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = default_db_path()
    assert path.is_relative_to(tmp_path / "xdg")
    database = open_db()
    try:
        assert path.exists()
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        close_db(database)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders and POSIX modes")
@pytest.mark.parametrize("name", [DB_FILENAME, "demo.kneedesk"])
def test_a_database_in_the_data_folder_creates_it_when_named_explicitly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # The app and the commands pass the default path on as a path, not as "no path".
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = default_data_dir() / name
    assert not path.parent.exists()
    database = open_db(path)
    try:
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        close_db(database)


def test_missing_folder_is_reported_and_nothing_created(tmp_path: Path) -> None:
    target = tmp_path / "not-there" / "clinic.sqlite3"
    with pytest.raises(MissingDirectoryError) as info:
        open_db(target)
    assert "does not exist" in info.value.what
    assert info.value.todo
    assert not target.parent.exists()


HOLD_OPEN = """
    import sys
    from kneedesk.store.db import open_db, close_db
    db = open_db(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    close_db(db)
    print("closed", flush=True)
"""

TRY_OPEN = """
    import sys
    from kneedesk.store.db import open_db, close_db
    from kneedesk.store.errors import StoreError
    try:
        db = open_db(sys.argv[1])
    except StoreError as exc:
        print(type(exc).__name__)
        print(exc.what)
    else:
        close_db(db)
        print("opened")
"""


def test_second_process_is_told_the_database_is_in_use(db: Database, db_path: Path) -> None:
    # (Reading the file here would drop this process's POSIX locks on it, so the test
    # checks the content through the open connection instead of hashing the file.)
    db.table("settings").insert({"key": "k", "value": "1", "updated_at": "t"})
    result = run_python(TRY_OPEN, str(db_path))
    name, what = result.stdout.splitlines()[:2]
    assert name == "DatabaseInUseError"
    assert "already open" in what
    # The first process carries on unharmed.
    db.table("settings").insert({"key": "k2", "value": "2", "updated_at": "t"})
    assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 2


def test_this_process_is_refused_while_another_holds_the_database(db_path: Path) -> None:
    close_db(open_db(db_path))
    with start_python(HOLD_OPEN, str(db_path)) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUseError):
            open_db(db_path)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
    close_db(open_db(db_path))  # free again once the other process has closed it


def _open_as_other_user(path: Path) -> str:
    """Try open_db as an unprivileged user; return the error class name (or "opened")."""
    if os.geteuid() != 0:
        try:
            close_db(open_db(path))
        except StoreError as exc:
            return type(exc).__name__
        return "opened"
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            close_db(open_db(path))
            outcome = "opened"
        except StoreError as exc:
            outcome = type(exc).__name__
        except BaseException as exc:  # report anything to the parent
            outcome = f"unexpected {exc!r}"
        os.write(write, outcome.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        outcome = pipe.read()
    os.waitpid(pid, 0)
    return outcome


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user may enter (the test makes it read-only when it needs to)."""
    folder = Path(tempfile.mkdtemp(prefix="kneedesk-readonly-"))
    folder.chmod(0o755)
    if any(not os.access(p, os.X_OK) or not (p.stat().st_mode & 0o001) for p in folder.parents):
        shutil.rmtree(folder)
        pytest.skip("the temporary folder is not reachable by another user")
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_file_is_reported(shared_folder: Path) -> None:
    path = shared_folder / "clinic.sqlite3"
    close_db(open_db(path))
    path.chmod(0o444)
    shared_folder.chmod(0o555)
    before = file_digest(path)
    assert _open_as_other_user(path) == "ReadOnlyLocationError"
    assert file_digest(path) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_refuses_a_new_database(shared_folder: Path) -> None:
    shared_folder.chmod(0o555)
    assert _open_as_other_user(shared_folder / "new.sqlite3") == "ReadOnlyLocationError"
    assert list(shared_folder.iterdir()) == []


@pytest.mark.parametrize(
    "path",
    [
        r"\\clinic-server\share\kneedesk.sqlite3",
        "//nas/records/kneedesk.sqlite3",
        "/home/ana/Dropbox/kneedesk.sqlite3",
        "/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/kneedesk.sqlite3",
        "C:/Users/ana/OneDrive/KneeDesk/kneedesk.sqlite3",
        "/Users/ana/Google Drive/kneedesk.sqlite3",
        "/home/ana/iCloud Drive/kneedesk.sqlite3",
    ],
)
def test_network_and_synced_locations_get_a_warning(path: str) -> None:
    warnings = location_warnings(Path(path))
    assert len(warnings) == 1
    assert "this computer's own disk" in warnings[0]


@pytest.mark.parametrize(
    "path", ["/home/ana/.local/share/KneeDesk/kneedesk.sqlite3", "C:/KneeDesk/clinic.sqlite3"]
)
def test_local_locations_get_no_warning(path: str) -> None:
    assert location_warnings(Path(path)) == []
