"""Restore a backup over the clinic database, keeping the current database as a dated copy."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.backup import BackupInfo, backup_to, verify_database_file
from kneedesk.store.connection import connect
from kneedesk.store.db import close_db, integrity_problems, open_db, wal_path
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
    if source.resolve() == target.resolve():
        raise BackupError(
            f"{source} is the database itself.", "Choose a backup file to restore from."
        )
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
                backup_to(db, kept)
                previous = kept
                _copy_into(source, db.conn, target)
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
                        {"from": source.name, "previous_copy": kept.name},
                    )
            finally:
                close_db(db)
    if not target.exists():
        _copy_to_new_file(source, target)
    # Bring an older backup up to the current schema (with its own safety backup).
    close_db(open_db(target))
    return RestoreResult(source, previous, info)


def _copy_into(source: Path, dest: sqlite3.Connection, target: Path) -> None:
    src = connect(source, readonly=True)
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
