"""Open the clinic database: the only place a connection is made, with every safety check."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import suppress
from functools import partial
from pathlib import Path

from sqlite_utils import Database

from kneedesk.store.backup import backup_to
from kneedesk.store.connection import connect, foreign_key_messages, integrity_messages
from kneedesk.store.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseTooNewError,
    MissingDirectoryError,
    NotKneeDeskDatabaseError,
    ReadOnlyLocationError,
    StoreError,
    translate,
    translate_os_error,
)
from kneedesk.store.file_checks import (
    check_identity,
    check_regular_file,
    refuse_missing_with_copy,
    remove_stale_temporaries,
    temporary_name,
)
from kneedesk.store.header import APPLICATION_ID, read_header
from kneedesk.store.integrity_gate import GatedConnection, IntegrityGate, connection_gate
from kneedesk.store.migrations import MIGRATIONS, KneeDeskMigrations
from kneedesk.store.paths import (
    create_private_file,
    dated_sibling,
    default_db_path,
    fsync_dir,
    fsync_file,
    location_warnings,
    prepare_db_folder,
)
from kneedesk.store.wal_recovery import in_use_error, rehearse_recovery, wal_path

log = logging.getLogger(__name__)

# Only one KneeDesk holds the database at a time (EXCLUSIVE locking), so a wait would only
# delay the "in use" message; keep it short but long enough to ride out a closing process.
DEFAULT_BUSY_TIMEOUT_MS = 1500

SCHEMA_VERSION = len(MIGRATIONS.names())
"""The number of migrations this version of KneeDesk knows."""


def open_db(
    path: Path | str | None = None,
    *,
    migrate: bool = True,
    migrations: KneeDeskMigrations = MIGRATIONS,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    defer_check: bool = False,
) -> Database:
    """Open (or create) a KneeDesk database, checked, migrated and locked for this process.

    `defer_check` leaves SQLite's `quick_check` of the whole file for later (see
    `kneedesk.store.integrity_gate`): every write, and every use once the check has started,
    waits for its verdict, and a damaged file is then refused before anything is written.
    Run it with `run_deferred_check`, on a worker thread. A file that must be written to
    open (switched to WAL mode, or migrated) is checked at once, as without it.

    With no path, the user's database in the user data folder is used. The data folder is
    created (user-only) for any database in it; another folder must exist already. Raises
    a StoreError subclass that says what is wrong and what to do; a file that is not a
    healthy KneeDesk database is never changed. Call `close_db` when done.
    """
    path = default_db_path() if path is None else Path(path)
    prepare_db_folder(path)
    for warning in location_warnings(path):
        log.warning("%s", warning)
    _check_folder(path)
    check_regular_file(path)
    if not path.exists():
        refuse_missing_with_copy(path)
        _create(path, migrations)
    remove_stale_temporaries(path.parent)
    wal = wal_path(path)
    try:
        # A non-empty -wal means KneeDesk did not close cleanly (or is running right now).
        unclean = wal.exists() and wal.stat().st_size > 0
        read_header(path, hot_wal=unclean)
    except PermissionError as exc:
        raise ReadOnlyLocationError(
            f"Your account may not read the database {path}.",
            "Ask your administrator to give your account access to the file. Nothing was changed.",
            path,
        ) from exc
    except OSError as exc:
        raise translate_os_error(exc, path, "read the database") from exc
    _check_writable(path)
    if unclean:
        rehearse_recovery(path, busy_timeout_ms, migrations)
    try:
        conn = connect(path, timeout_s=busy_timeout_ms / 1000, factory=GatedConnection)
    except sqlite3.Error as exc:
        raise _open_error(exc, path) from exc
    try:
        db = Database(conn, execute_plugins=False)
        deferred = _configure(db, path, busy_timeout_ms, migrations, defer_check=defer_check)
        _check_schema(db, path, migrations)
        if deferred:
            assert isinstance(conn, GatedConnection)
            conn.set_gate(IntegrityGate(partial(_quick_check_refusal, conn, path)))
        if migrate:
            if deferred and migrations.pending(db):
                run_deferred_check(db)  # a migration writes: the verdict first
            _migrate(db, path, migrations)
    except BaseException:
        conn.close()
        raise
    return db


def upgrade_schema(db: Database, migrations: KneeDeskMigrations = MIGRATIONS) -> None:
    """Apply pending migrations to an open database (after a verified backup, as `open_db` does).

    Used after restoring an older backup into the open database.
    """
    path = db_path(db)
    _check_schema(db, path, migrations)
    _migrate(db, path, migrations)


def run_deferred_check(db: Database) -> None:
    """Run the check `open_db(defer_check=True)` left (or wait for the thread running it).

    Raises CorruptDatabaseError (or another StoreError) for a file that must not be used;
    returns at once when the file was checked at open or the verdict is already in.
    """
    gate = connection_gate(db.conn)
    if gate is not None:
        gate.run()


def close_db(db: Database) -> None:
    """Close cleanly: fold the write-ahead log into the file so no -wal is left behind.

    A file whose deferred check found damage is closed without a checkpoint (nothing was
    written to it); a check still under way is waited for.
    """
    gate = connection_gate(db.conn)
    if gate is not None:
        with suppress(StoreError):
            gate.run()
        if gate.refusal is not None:
            db.conn.close()
            return
    with suppress(sqlite3.Error):
        db.rollback()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()


def db_path(db: Database) -> Path:
    """The file behind an open database."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2])
    raise StoreError("The database has no main file.")  # pragma: no cover


def schema_version(db: Database, migrations: KneeDeskMigrations = MIGRATIONS) -> int:
    """How many of this version's migrations have been applied to the database."""
    applied = {m.name for m in migrations.applied(db)}
    return sum(1 for name in migrations.names() if name in applied)


def integrity_problems(db: Database, *, full: bool = True) -> list[str]:
    """SQLite's integrity_check (or the faster quick_check) messages; empty when healthy."""
    return integrity_messages(db.conn, full=full)


def foreign_key_problems(db: Database) -> list[str]:
    """Rows that point at a parent row that does not exist; empty when healthy."""
    return foreign_key_messages(db.conn)


# --- the steps of open_db --------------------------------------------------------------------


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise MissingDirectoryError(
            f"The folder {folder} does not exist, so the database {path.name} cannot be "
            "opened or created there.",
            "Check the path (a removable disk or network drive may not be connected), or "
            "create the folder first.",
            path,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyLocationError(
            f"KneeDesk cannot write in the folder {folder}, so it cannot keep the database "
            f"{path.name} there safely (SQLite needs to create a journal file beside it).",
            "Choose a folder your account may write to, or ask your administrator for access. "
            "Nothing was changed.",
            path,
        )


def _check_writable(path: Path) -> None:
    if not os.access(path, os.R_OK | os.W_OK):
        raise ReadOnlyLocationError(
            f"The database {path} is read-only for your account.",
            "Ask your administrator to give your account write access, or copy the file to a "
            "folder of your own and open the copy. Nothing was changed.",
            path,
        )


def _create(path: Path, migrations: KneeDeskMigrations) -> None:
    """Build a new database beside `path` and move it into place only once it is complete."""
    temp = temporary_name(path, "new")
    try:
        create_private_file(temp)
    except PermissionError as exc:
        raise ReadOnlyLocationError(
            f"KneeDesk cannot create a database in {path.parent}.",
            "Choose a folder your account may write to. Nothing was changed.",
            path,
        ) from exc
    try:
        conn = connect(temp)
        try:
            db = Database(conn, execute_plugins=False)
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            migrations.apply(db)
        finally:
            conn.close()
        fsync_file(temp)
        try:
            # link() refuses to replace a file that appeared meanwhile; rename() would not.
            os.link(temp, path)
        except FileExistsError:
            log.info("%s appeared while a new database was being made; using it", path)
        else:
            fsync_dir(path.parent)
    except sqlite3.Error as exc:
        raise _translated(exc, path, "create a new database") from exc
    finally:
        with suppress(OSError):
            temp.unlink()


def _configure(
    db: Database,
    path: Path,
    busy_timeout_ms: int,
    migrations: KneeDeskMigrations,
    *,
    defer_check: bool = False,
) -> bool:
    """Set up the opened file; True when its check was left for later (`defer_check`)."""
    try:
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}").fetchall()
        # The first read takes the lock (held until close), so a second KneeDesk fails here.
        (app_id,) = db.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:  # pragma: no cover - read_header checked the same field
            raise NotKneeDeskDatabaseError(f"The file {path} is not a KneeDesk database.", "", path)
        # Deferring the check needs a file already in WAL mode: switching it would write.
        deferred = (
            defer_check and str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        )
        if not deferred:
            problems = integrity_problems(db, full=False)
            if problems:
                raise _corrupt(path, problems)
        # Only reads so far: refuse another program's tables or a newer KneeDesk's changes
        # before the first write (switching a file to WAL mode rewrites its header).
        check_identity(db.conn, path, migrations)
        mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # pragma: no cover - only on exotic file systems
            log.warning("%s could not use WAL journal mode (got %s)", path, mode)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise _open_error(exc, path) from exc
    return deferred


def _quick_check_refusal(conn: sqlite3.Connection, path: Path) -> StoreError | None:
    """The deferred check: the refusal of a damaged file, or None for a healthy one."""
    try:
        problems = integrity_messages(conn, full=False)
    except sqlite3.Error as exc:
        return _open_error(exc, path)
    return _corrupt(path, problems) if problems else None


def _check_schema(db: Database, path: Path, migrations: KneeDeskMigrations) -> None:
    try:
        applied = [m.name for m in migrations.applied(db)]
    except sqlite3.Error as exc:
        raise _open_error(exc, path) from exc
    unknown = [name for name in applied if name not in migrations.names()]
    if unknown:
        raise DatabaseTooNewError(
            f"The database {path} was last used by a newer version of KneeDesk (it has "
            f"changes this version does not know: {', '.join(unknown)}).",
            "Install the newer KneeDesk again, or restore a backup made with this version. "
            "The file was not changed.",
            path,
        )


def _migrate(db: Database, path: Path, migrations: KneeDeskMigrations) -> None:
    try:
        pending = [m.name for m in migrations.pending(db)]
        if not pending:
            return
        if migrations.applied(db):
            target = dated_sibling(path, f"before-{pending[0]}")
            try:
                backup_to(db, target)
            except StoreError as exc:
                raise BackupError(
                    f"KneeDesk must back up {path} before upgrading it, and the backup failed: "
                    f"{exc.what}",
                    "Free some disk space or fix the problem above, then start KneeDesk again. "
                    "The database was not changed.",
                    path,
                ) from exc
            log.info("backed up %s to %s before upgrading it", path, target)
        migrations.apply(db)
    except sqlite3.Error as exc:
        raise _translated(exc, path, "upgrade the database") from exc


def _open_error(exc: sqlite3.Error, path: Path) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "")
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return in_use_error(path)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return _corrupt(path, [str(exc)])
    return _translated(exc, path, "open the database")


def _translated(exc: sqlite3.Error, path: Path, doing: str) -> StoreError:
    """A StoreError for any SQLite failure while opening: unexpected ones still say what to do."""
    known = translate(exc, path, doing)
    if known is not None:
        return known
    return StoreError(
        f"KneeDesk could not {doing} {path}: {exc}.",
        "Run 'kneedesk check' for details, and restore your latest backup if it reports "
        "damage. The file was not changed.",
        path,
    )


def _corrupt(path: Path, problems: list[str]) -> CorruptDatabaseError:
    shown = "; ".join(problems[:3]) + (" ..." if len(problems) > 3 else "")
    return CorruptDatabaseError(
        f"The database {path} is damaged ({shown}).",
        "Do not keep working in it. Restore your latest backup with 'kneedesk restore'; "
        "'kneedesk check' lists the damage. The file was not changed.",
        path,
    )
