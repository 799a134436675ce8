"""A database left with a write-ahead log (-wal) after a crash: replay it on a copy first.

SQLite cannot tell whether a -wal belongs to the file beside it; replaying a stale one (say,
after an old copy was put in place) silently mixes two databases. `rehearse_recovery`
replays it on a private copy and checks the result before the real file is touched.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path

from kneedesk.store.connection import connect, foreign_key_messages, integrity_messages
from kneedesk.store.errors import (
    DatabaseInUseError,
    DiskFullError,
    StaleWalError,
    StorageFailureError,
    translate,
    translate_os_error,
)
from kneedesk.store.file_checks import check_identity, copy_private, temporary_folder_prefix
from kneedesk.store.header import APPLICATION_ID
from kneedesk.store.migrations import KneeDeskMigrations

log = logging.getLogger(__name__)


def wal_path(path: Path) -> Path:
    """The write-ahead log that SQLite keeps next to a database file."""
    return path.with_name(path.name + "-wal")


def in_use_error(path: Path) -> DatabaseInUseError:
    """The refusal when another program holds the database."""
    return DatabaseInUseError(
        f"The database {path} is already open in another KneeDesk window (or another program).",
        "Switch to the KneeDesk window that is already open. If none is open, wait a few "
        "seconds and try again; if it persists, restart the computer.",
        path,
    )


def rehearse_recovery(path: Path, busy_timeout_ms: int, migrations: KneeDeskMigrations) -> None:
    """Replay a leftover -wal on a copy and check the result before touching the real file.

    SQLite cannot tell whether a -wal belongs to the file beside it; replaying a stale one
    (say, after an old copy was put in place) silently mixes two databases. Doing it on a copy
    first means a bad pairing is reported and both files are left exactly as they were.
    """
    try:
        probe = connect(path, readonly=True, timeout_s=busy_timeout_ms / 1000)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise in_use_error(path) from exc
        # Anything else is expected: a read-only connection cannot replay a hot -wal.
    log.warning("%s was not closed cleanly last time; checking it in full", path)
    problems: list[str]
    try:
        with tempfile.TemporaryDirectory(
            prefix=temporary_folder_prefix("check"), dir=path.parent
        ) as folder:
            copy = Path(folder) / path.name
            copy_private(path, copy)
            copy_private(wal_path(path), wal_path(copy))
            problems = check_replayed(copy, path, migrations)
    except OSError as exc:
        # Typically a full disk: the check needs room for a copy of the database.
        raise translate_os_error(
            exc, path, "check the database, which was not closed cleanly last time"
        ) from exc
    if problems:
        raise StaleWalError(
            f"KneeDesk was not closed cleanly last time, and its unsaved-changes file "
            f"{wal_path(path).name} does not fit the database {path.name} (checking them "
            f"together found: {'; '.join(problems[:3])}). This happens when a database file is "
            "copied over while KneeDesk is not running cleanly.",
            "Nothing was changed. Restore your latest backup with 'kneedesk restore', or ask "
            "for help before moving or deleting either file.",
            path,
        )


def check_replayed(copy: Path, path: Path, migrations: KneeDeskMigrations) -> list[str]:
    """Replay the -wal into the private copy; its problems, or a refusal of what it holds."""
    try:
        conn = connect(copy)
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            if app_id != APPLICATION_ID:
                return ["the log belongs to another file"]
            problems = integrity_messages(conn) + foreign_key_messages(conn)
            if not problems:
                check_identity(conn, path, migrations)
            return problems
        finally:
            conn.close()
    except sqlite3.Error as exc:
        known = translate(exc, path, "check the database, which was not closed cleanly last time")
        if isinstance(known, DiskFullError | StorageFailureError):
            raise known from exc  # the disk, not the pairing of the files
        return [str(exc)]
