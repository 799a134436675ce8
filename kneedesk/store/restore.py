"""Restore a backup over the clinic database, keeping the current database as a dated copy."""

from __future__ import annotations

import copy
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kneedesk.core.i18n import _
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.backup import (
    BackupInfo,
    backup_to,
    refuse_unsaved_wal,
    verify_database_file,
)
from kneedesk.store.connection import connect
from kneedesk.store.db import (
    close_db,
    db_path,
    open_db,
    upgrade_schema,
)
from kneedesk.store.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseTooNewError,
    DiskFullError,
    NotKneeDeskDatabaseError,
    StoreError,
    translate_os_error,
)
from kneedesk.store.file_checks import check_regular_file, copy_private, temporary_folder_prefix
from kneedesk.store.header import Header, read_header
from kneedesk.store.paths import create_private_file, dated_sibling, fsync_dir, fsync_file
from kneedesk.store.wal_recovery import wal_path


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file restored, and where the previous database was kept."""

    restored_from: Path
    previous_copy: Path | None
    info: BackupInfo


def restore_database(source: Path | str, target: Path | str) -> RestoreResult:
    """Replace the database at `target` with the verified backup `source`.

    The backup is checked first, in full and on a private copy (a KneeDesk file, intact, not
    from a newer KneeDesk, with exactly the schema KneeDesk made at its level). The current
    database is kept beside it as "<name>.before-restore-<time>": as a verified copy
    when it opens, or moved aside unchanged when it is damaged. Raises DatabaseInUseError if
    KneeDesk has the database open; nothing is changed in that case.
    """
    source, target = Path(source), Path(target)
    check_regular_file(target)  # never move a folder or a device aside
    _refuse_itself(source, target)
    kept = dated_sibling(target, "before-restore")
    previous: Path | None = None
    db: Database | None = None
    with _checked_copy(source, target) as (checked, info):
        if target.exists():
            try:
                db = open_db(target, migrate=False)
            except (CorruptDatabaseError, NotKneeDeskDatabaseError, DatabaseTooNewError):
                db = None  # moved aside below, now that the backup has checked out
        try:
            if db is not None:
                _replace_contents(db, checked, source.name, kept, {})
                previous = kept
            else:
                previous = _put_in_place(checked, target, kept)
        finally:
            if db is not None:
                close_db(db)
    # Bring an older backup up to the current schema (with its own safety backup), and
    # remember its audit head as this file's now, beside this computer's audit key.
    restored = open_db(target)
    try:
        AuditLog(restored).remember_head()
    finally:
        close_db(restored)
    return RestoreResult(source, previous, info)


def restore_open_database(
    db: Database, source: Path | str, detail: dict[str, Any] | None = None
) -> RestoreResult:
    """Replace every record of the open database `db` with the verified backup `source`.

    The app's way to restore: its connection holds the database exclusively, so the backup is
    copied in through that connection (SQLite's backup API, all or nothing), after a verified
    copy of the current records is kept beside the file as "<name>.before-restore-<time>".
    An older backup is then upgraded. `detail` is added to the `restore` audit row. A backup
    that does not pass every check changes nothing.
    """
    source = Path(source)
    target = db_path(db)
    _refuse_itself(source, target)
    kept = dated_sibling(target, "before-restore")
    with _checked_copy(source, target) as (checked, info):
        _replace_contents(db, checked, source.name, kept, detail or {})
    upgrade_schema(db)
    return RestoreResult(source, kept, info)


def _refuse_itself(source: Path, target: Path) -> None:
    if source.resolve() == target.resolve():
        raise BackupError(
            _("{path} is the database itself.").format(path=source),
            _("Choose a backup file to restore from."),
        )


@contextmanager
def _checked_copy(source: Path, target: Path) -> Iterator[tuple[Path, BackupInfo]]:
    """A private copy of the backup beside `target`, checked in full before anything changes.

    Only the backup's bytes are read (SQLite never opens the backup itself), into a private
    folder no one else can reach, and every check runs on that copy: the header, then the
    schema (exactly KneeDesk's at the copy's migration level, before any row is read, so
    nothing the file's schema holds ever runs), then SQLite's integrity check over a writable
    but query-only connection, so every CHECK constraint is tested too, and the foreign keys.
    What is copied in afterwards is this copy, not the file, which may change meanwhile.
    A refusal leaves the current database (and the backup) exactly as they were.
    """
    try:
        header = _check_source(source)
        folder = _private_folder(target)
    except StoreError as exc:
        raise _refusal(exc, source, None) from exc
    with folder:
        checked = Path(folder.name) / "restore.sqlite3"
        try:
            _copy_bytes(source, checked, header.page_count * header.page_size)
            info = verify_database_file(checked, private_copy=True)
        except StoreError as exc:
            raise _refusal(exc, source, checked) from exc
        yield checked, replace(info, path=source)


def _check_source(source: Path) -> Header:
    """The checks made on the backup file itself before it is copied: it may be anything."""
    if not source.is_file():
        raise BackupError(
            _("There is no file {path}.").format(path=source),
            _("Check the file name and folder."),
            source,
        )
    header = read_header(source)
    refuse_unsaved_wal(source)
    return header


def _private_folder(target: Path) -> tempfile.TemporaryDirectory[str]:
    try:
        return tempfile.TemporaryDirectory(
            prefix=temporary_folder_prefix("restore"), dir=target.parent
        )
    except OSError as exc:
        raise BackupError(
            f"KneeDesk could not make room to check the backup in {target.parent}: "
            f"{exc.strerror or exc}.",
            "Check that the disk has room and that you may write there.",
            target,
        ) from exc


def _copy_bytes(source: Path, copy: Path, in_header: int) -> None:
    """Copy the backup's bytes to the new private file `copy` (at most what SQLite reads).

    A valid page count in the header is what SQLite reads, whatever follows it in the file;
    a file too large for the disk is refused before a byte is written.
    """
    size = source.stat().st_size
    wanted = min(size, in_header) if in_header else size
    free = shutil.disk_usage(copy.parent).free
    if wanted > free:
        raise DiskFullError(
            _(
                "There is not enough room beside the database to check the backup {path} "
                "({needed} MB needed, {free} MB free)."
            ).format(path=source, needed=wanted // 1_000_000, free=free // 1_000_000),
            _("Free some disk space, or use another backup file."),
            source,
        )
    try:
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            left = wanted
            while left > 0:
                chunk = src.read(min(left, 1024 * 1024))
                if not chunk:
                    break
                out.write(chunk)
                left -= len(chunk)
    except OSError as exc:
        raise translate_os_error(exc, source, "copy the backup to check it") from exc


def _refusal(exc: StoreError, source: Path, checked: Path | None) -> StoreError:
    """The same error, naming the backup (not its private copy) and saying nothing changed."""
    what = exc.what.replace(str(checked), str(source)) if checked is not None else exc.what
    if isinstance(exc, NotKneeDeskDatabaseError | CorruptDatabaseError):
        # Their advice is about the clinic's own database; here the file is a backup.
        todo = "Choose another backup file, one KneeDesk made."
    else:
        todo = exc.todo
    refused = copy.copy(exc)
    refused.what = what
    refused.todo = f"{todo} Nothing was changed: the current database is exactly as it was."
    refused.path = source
    refused.args = (f"{refused.what} {refused.todo}",)
    return refused


def _replace_contents(
    db: Database, checked: Path, source_name: str, kept: Path, detail: dict[str, Any]
) -> None:
    """Keep a verified copy of `db` as `kept`, then copy `checked` in and audit the restore."""
    backup_to(db, kept)
    _copy_into(checked, db.conn, db_path(db))
    # One file again, as after a clean close (the copy went through the write-ahead log).
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    with db.atomic():
        AuditLog(db).record(
            Action.RESTORE,
            Entity.DATABASE,
            None,
            {**detail, "from": source_name, "previous_copy": kept.name},
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
    """Copy a database into a new file `target` (user-only), complete before it gets its name."""
    temp = _write_beside(source, target)
    try:
        os.link(temp, target)
        fsync_dir(target.parent)
    finally:
        temp.unlink(missing_ok=True)


def _write_beside(source: Path, target: Path) -> Path:
    """A complete, flushed, user-only copy of `source` under a hidden name beside `target`."""
    temp = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    temp.unlink(missing_ok=True)  # this process's own leftover from an earlier failed attempt
    create_private_file(temp)
    try:
        dest = connect(temp)
        try:
            _copy_into(source, dest, target)
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        fsync_file(temp)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _put_in_place(checked: Path, target: Path, kept: Path) -> Path | None:
    """Swap the checked backup in for a database that cannot be opened; return where it is kept.

    The new file is written in full beside the database first; the old one gets its second
    name (`kept`, with its -wal) and is then replaced in one step, so a crash at any moment
    leaves a database at `target`: the old one or the new one, never none.
    """
    temp = _write_beside(checked, target)
    try:
        previous = _keep_aside(target, kept) if target.exists() else None
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise StoreError(
            f"The backup could not be put in place of {target}: {exc.strerror or exc}.",
            "Check that the disk has room, then restore again. The current database is still "
            "in place.",
            target,
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return previous


def _keep_aside(target: Path, kept: Path) -> Path:
    """Give a database that cannot be opened (and its -wal) a second, dated name, unchanged.

    The original names stay until the new file replaces the database, except the -wal, which
    must not be paired with the new file: its content stays in the kept copy's -wal.
    """
    wal = wal_path(target)
    try:
        _second_name(target, kept)
        if wal.exists():
            _second_name(wal, wal_path(kept))
            wal.unlink()
        fsync_dir(target.parent)
    except OSError as exc:
        raise StoreError(
            f"The current database {target} could not be kept aside: {exc.strerror or exc}.",
            "Nothing was restored. Copy the file somewhere safe yourself, then restore again.",
            target,
        ) from exc
    return kept


def _second_name(source: Path, copy: Path) -> None:
    """A hard link where the file system has them (instant, no room needed), else a copy."""
    try:
        os.link(source, copy)
    except FileExistsError:
        raise
    except OSError:
        copy_private(source, copy)
        fsync_file(copy)
