"""Restore a backup over the clinic database, keeping the current database as a dated copy."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.backup import BackupInfo, backup_to, verify_database_file
from kneedesk.store.connection import connect
from kneedesk.store.db import (
    close_db,
    db_path,
    integrity_problems,
    open_db,
    upgrade_schema,
    wal_path,
)
from kneedesk.store.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseTooNewError,
    NotKneeDeskDatabaseError,
    StoreError,
)
from kneedesk.store.paths import create_private_file, dated_sibling, fsync_dir, fsync_file


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file restored, and where the previous database was kept."""

    restored_from: Path
    previous_copy: Path | None
    info: BackupInfo


def restore_database(source: Path | str, target: Path | str) -> RestoreResult:
    """Replace the database at `target` with the verified backup `source`.

    The backup is checked first (a KneeDesk file, intact, not from a newer KneeDesk). The
    current database is kept beside it as "<name>.before-restore-<time>": as a verified copy
    when it opens, or moved aside unchanged when it is damaged. Raises DatabaseInUseError if
    KneeDesk has the database open; nothing is changed in that case.
    """
    source, target = Path(source), Path(target)
    _refuse_itself(source, target)
    info = verify_database_file(source)
    kept = dated_sibling(target, "before-restore")
    previous: Path | None = None
    if target.exists():
        try:
            db = open_db(target, migrate=False)
        except (CorruptDatabaseError, NotKneeDeskDatabaseError, DatabaseTooNewError):
            previous = _move_aside(target, kept)
        else:
            try:
                _replace_contents(db, source, target, kept, {})
                previous = kept
            finally:
                close_db(db)
    if not target.exists():
        _copy_to_new_file(source, target)
    # Bring an older backup up to the current schema (with its own safety backup).
    close_db(open_db(target))
    return RestoreResult(source, previous, info)


def restore_open_database(
    db: Database, source: Path | str, detail: dict[str, Any] | None = None
) -> RestoreResult:
    """Replace every record of the open database `db` with the verified backup `source`.

    The app's way to restore: its connection holds the database exclusively, so the backup is
    copied in through that connection (SQLite's backup API, all or nothing), after a verified
    copy of the current records is kept beside the file as "<name>.before-restore-<time>".
    An older backup is then upgraded. `detail` is added to the `restore` audit row.
    """
    source = Path(source)
    target = db_path(db)
    _refuse_itself(source, target)
    info = verify_database_file(source)
    kept = dated_sibling(target, "before-restore")
    _replace_contents(db, source, target, kept, detail or {})
    upgrade_schema(db)
    return RestoreResult(source, kept, info)


def _refuse_itself(source: Path, target: Path) -> None:
    if source.resolve() == target.resolve():
        raise BackupError(
            f"{source} is the database itself.", "Choose a backup file to restore from."
        )


def _replace_contents(
    db: Database, source: Path, target: Path, kept: Path, detail: dict[str, Any]
) -> None:
    """Keep a verified copy of `db` as `kept`, then copy `source` in and audit the restore."""
    backup_to(db, kept)
    _copy_into(source, db.conn, target)
    # Fold the copied pages into the file first: checking them through a large write-ahead
    # log is many times slower than reading the file.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    problems = integrity_problems(db)
    if problems:  # pragma: no cover - the source was verified just before
        raise BackupError(
            f"The restored database did not verify: {problems[0]}.",
            f"Your previous database is kept as {kept}; restore that file.",
            target,
        )
    with db.atomic():
        AuditLog(db).record(
            Action.RESTORE,
            Entity.DATABASE,
            None,
            {**detail, "from": source.name, "previous_copy": kept.name},
        )


def _copy_into(source: Path, dest: sqlite3.Connection, target: Path) -> None:
    src = connect(source, closed_file=True)
    try:
        src.backup(dest)
    except sqlite3.Error as exc:
        raise BackupError(
            f"Restoring {source} into {target} failed: {exc}.",
            "The database was not replaced; your previous copy is kept beside it.",
            target,
        ) from exc
    finally:
        src.close()


def _copy_to_new_file(source: Path, target: Path) -> None:
    temp = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    create_private_file(temp)
    try:
        dest = connect(temp)
        try:
            _copy_into(source, dest, target)
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        fsync_file(temp)
        os.link(temp, target)
        fsync_dir(target.parent)
    finally:
        temp.unlink(missing_ok=True)


def _move_aside(target: Path, kept: Path) -> Path:
    """Keep a database that cannot be opened exactly as it is, under a dated name."""
    try:
        wal = wal_path(target)
        if wal.exists():
            os.rename(wal, wal_path(kept))
        os.rename(target, kept)
        fsync_dir(target.parent)
    except OSError as exc:
        raise StoreError(
            f"The current database {target} could not be moved aside: {exc.strerror or exc}.",
            "Nothing was restored. Move the file yourself, then restore again.",
            target,
        ) from exc
    return kept
