"""Verified backups with SQLite's backup API, and checks of a file before it is restored."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kneedesk.store.connection import connect, foreign_key_messages, integrity_messages
from kneedesk.store.errors import (
    BackupError,
    DatabaseTooNewError,
    MissingDirectoryError,
    translate,
)
from kneedesk.store.file_checks import remove_stale_temporaries, temporary_name
from kneedesk.store.header import APPLICATION_ID, read_header
from kneedesk.store.migrations import MIGRATIONS, KneeDeskMigrations
from kneedesk.store.paths import create_private_file, fsync_dir, fsync_file

# Pages copied per step: small enough that the writer thread is never held up for long.
_PAGES_PER_STEP = 256


@dataclass(frozen=True)
class BackupInfo:
    """What a verified database file holds: its schema version and row counts."""

    path: Path
    schema_version: int
    counts: dict[str, int]
    audit_rows: int = 0
    audit_head: str = ""
    """The hash of the file's newest audit row: write it down, or compare it with the
    `audit_head` of the backup's audit row, to show later that history was not rewritten."""

    @property
    def short_head(self) -> str:
        """The audit head as printed: row number and the first 16 hex digits."""
        return f"{self.audit_rows}:{self.audit_head[:16]}" if self.audit_head else "none"

    def head_detail(self) -> dict[str, object]:
        """The audit head for a `backup` audit row."""
        return {"audit_rows": self.audit_rows, "audit_head": self.audit_head[:16]}


def backup_to(db: Database, target: Path | str, *, overwrite: bool = False) -> BackupInfo:
    """Copy the open database to `target` with SQLite's backup API and verify the copy.

    Safe while the app keeps saving on the same connection (the copy includes every change
    committed before it finishes). The copy is a single self-contained file readable by the
    user only; it replaces an existing file only when `overwrite` is true.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise MissingDirectoryError(
            f"The folder {target.parent} for the backup does not exist.",
            "Choose an existing folder (a removable disk may not be connected).",
            target,
        )
    if target.exists() and not overwrite:
        raise BackupError(
            f"The file {target} already exists; KneeDesk does not overwrite it.",
            "Choose a new file name for the backup.",
            target,
        )
    # A backup killed half-way leaves its private partial copy behind: remove old ones here.
    remove_stale_temporaries(target.parent)
    temp = temporary_name(target, "partial")
    try:
        create_private_file(temp)
        dest = connect(temp)
        try:
            db.conn.backup(dest, pages=_PAGES_PER_STEP, sleep=0.005)
            # The pages say "WAL" like the source; a backup should be one self-contained file.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        info = verify_database_file(temp)
        fsync_file(temp)
        if overwrite:
            os.replace(temp, target)
        else:
            os.link(temp, target)
        fsync_dir(target.parent)
        return BackupInfo(
            target, info.schema_version, info.counts, info.audit_rows, info.audit_head
        )
    except sqlite3.Error as exc:
        raise translate(exc, target, "write the backup") or BackupError(
            f"The backup to {target} failed: {exc}.", "Try again, or choose another disk.", target
        ) from exc
    except FileExistsError as exc:
        raise BackupError(
            f"The file {target} appeared while the backup was written; it was not overwritten.",
            "Choose a new file name for the backup.",
            target,
        ) from exc
    except OSError as exc:
        raise BackupError(
            f"The backup to {target} could not be written: {exc.strerror or exc}.",
            "Check that the disk has room and that you may write there, then try again.",
            target,
        ) from exc
    finally:
        with suppress(OSError):
            temp.unlink()


def verify_database_file(path: Path, migrations: KneeDeskMigrations = MIGRATIONS) -> BackupInfo:
    """Check a closed database file (a backup, or a file to restore) without changing it.

    Raises a StoreError if it is not a KneeDesk database, is damaged, is in use with unsaved
    changes in a -wal file, or comes from a newer KneeDesk.
    """
    if not path.is_file():
        raise BackupError(f"There is no file {path}.", "Check the file name and folder.", path)
    read_header(path)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupError(
            f"The file {path} has unsaved changes in {wal.name} beside it (it is open in "
            "KneeDesk, or KneeDesk was not closed cleanly while using it).",
            "Close KneeDesk, or open that database in KneeDesk once so it saves them; then try "
            "again. Use a backup made with 'Back up' or 'kneedesk backup' where you can.",
            path,
        )
    try:
        conn = connect(path, closed_file=True)
        try:
            (app_id,) = conn.execute("PRAGMA application_id").fetchone()
            problems = integrity_messages(conn) + foreign_key_messages(conn)
            if app_id != APPLICATION_ID:  # pragma: no cover - read_header refuses these
                problems.append("not a KneeDesk database")
            db = Database(conn, execute_plugins=False)
            applied = [m.name for m in migrations.applied(db)]
            known = migrations.names()
            counts: dict[str, int] = {
                name: int(db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0])
                for name in ("patients", "visits", "answers", "audit_log")
                if name in db.table_names()
            }
            head = (
                db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
                if "audit_log" in db.table_names()
                else None
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(
            f"The file {path} could not be read as a KneeDesk database: {exc}.",
            "Use another backup file.",
            path,
        ) from exc
    if problems:
        raise BackupError(
            f"The file {path} is damaged: {'; '.join(problems[:3])}.",
            "Use another backup file.",
            path,
        )
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise DatabaseTooNewError(
            f"The file {path} was made by a newer version of KneeDesk ({', '.join(unknown)}).",
            "Install that newer KneeDesk to use this file.",
            path,
        )
    version = sum(1 for name in known if name in applied)
    if head is None:
        return BackupInfo(path, version, counts)
    return BackupInfo(path, version, counts, int(head[0]), str(head[1]))
