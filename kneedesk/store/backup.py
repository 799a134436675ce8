"""Verified backups with SQLite's backup API, and checks of a file before it is restored."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kneedesk.core.i18n import _
from kneedesk.store.connection import (
    bound_work,
    connect,
    foreign_key_messages,
    integrity_messages,
)
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
from kneedesk.store.schema_check import recorded_migrations, schema_problems

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
            _("The folder {folder} for the backup does not exist.").format(folder=target.parent),
            _("Choose an existing folder (a removable disk may not be connected)."),
            target,
        )
    if target.exists() and not overwrite:
        raise BackupError(
            _("The file {path} already exists; KneeDesk does not overwrite it.").format(
                path=target
            ),
            _("Choose a new file name for the backup."),
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
        # The copy is checked as it is: a schema changed outside KneeDesk is reported by
        # 'kneedesk check' and refused at restore, but the records are still worth keeping.
        info = verify_database_file(temp, exact_schema=False)
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
            _(
                "The file {path} appeared while the backup was written; it was not overwritten."
            ).format(path=target),
            _("Choose a new file name for the backup."),
            target,
        ) from exc
    except OSError as exc:
        raise BackupError(
            # Translators: {reason} is the operating system's own words.
            _("The backup to {path} could not be written: {reason}.").format(
                path=target, reason=exc.strerror or exc
            ),
            _("Check that the disk has room and that you may write there, then try again."),
            target,
        ) from exc
    finally:
        with suppress(OSError):
            temp.unlink()


def verify_database_file(
    path: Path,
    migrations: KneeDeskMigrations = MIGRATIONS,
    *,
    exact_schema: bool = True,
    private_copy: bool = False,
) -> BackupInfo:
    """Check a closed database file (a backup, or a file to restore) without changing it.

    Raises a StoreError if it is not a KneeDesk database, is damaged, is in use with unsaved
    changes in a -wal file, or comes from a newer KneeDesk; and, with `exact_schema`, if its
    schema is not exactly the one KneeDesk made at its migration level (nothing in the schema
    is run before that is known). `private_copy` is for a copy no one else can reach: it is
    read over a writable but query-only connection, so the integrity check also tests every
    row against the schema's CHECK constraints (a read-only connection skips them).
    """
    if not path.is_file():
        raise BackupError(
            _("There is no file {path}.").format(path=path),
            _("Check the file name and folder."),
            path,
        )
    header = read_header(path)
    refuse_unsaved_wal(path)
    budget: list[int] = []
    try:
        conn = connect(path, closed_file=not private_copy)
        try:
            if private_copy:
                conn.execute("PRAGMA query_only=ON").fetchall()
            budget = bound_work(conn, header.page_count or path.stat().st_size // header.page_size)
            return _verify(conn, path, migrations, exact_schema)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if budget and budget[0] < 0:
            reason = "checking it took far longer than a file of its size needs"
        else:
            reason = str(exc)
        raise BackupError(
            f"The file {path} could not be read as a KneeDesk database: {reason}.",
            "Use another backup file.",
            path,
        ) from exc


def refuse_unsaved_wal(path: Path) -> None:
    """Refuse a file with a non-empty -wal beside it: its last changes are not in the file."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupError(
            f"The file {path} has unsaved changes in {wal.name} beside it (it is open in "
            "KneeDesk, or KneeDesk was not closed cleanly while using it).",
            "Close KneeDesk, or open that database in KneeDesk once so it saves them; then try "
            "again. Use a backup made with 'Back up' or 'kneedesk backup' where you can.",
            path,
        )


def _verify(
    conn: sqlite3.Connection, path: Path, migrations: KneeDeskMigrations, exact_schema: bool
) -> BackupInfo:
    """The checks of `verify_database_file`, schema first: only then is any row read."""
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:  # pragma: no cover - read_header refuses these
        raise BackupError(f"The file {path} is not a KneeDesk database.", "", path)
    known = migrations.names()
    applied = recorded_migrations(conn, migrations) or []
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise DatabaseTooNewError(
            f"The file {path} was made by a newer version of KneeDesk ({', '.join(unknown)}).",
            "Install that newer KneeDesk to use this file.",
            path,
        )
    problems = schema_problems(conn, migrations) if exact_schema else []
    if problems:
        shown = "; ".join(problems[:4]) + (
            f"; and {len(problems) - 4} more" if len(problems) > 4 else ""
        )
        raise BackupError(
            f"The file {path} is not a backup KneeDesk made: its database schema was changed "
            f"outside KneeDesk ({shown}).",
            "Use another backup file. KneeDesk does not restore a file whose schema was "
            "changed, because what was added to it would run inside the clinic's database.",
            path,
        )
    problems = integrity_messages(conn) + foreign_key_messages(conn)
    if problems:
        raise BackupError(
            f"The file {path} is damaged: {'; '.join(problems[:3])}.",
            "Use another backup file.",
            path,
        )
    tables = {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    counts: dict[str, int] = {
        name: int(conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0])
        for name in ("patients", "visits", "answers", "audit_log")
        if name in tables
    }
    version = sum(1 for name in known if name in applied)
    head = (
        conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        if "audit_log" in tables
        else None
    )
    if head is None:
        return BackupInfo(path, version, counts)
    return BackupInfo(path, version, counts, int(head[0]), str(head[1]))
