"""Checks made before SQLite writes a byte, and the store's own temporary files.

`open_db` uses these to refuse a folder or a pipe given as the database, a file whose tables
or migrations are not this KneeDesk's (read through a connection that cannot write), and a
missing clinic file whose copy KneeDesk moved aside; and to remove the private temporary
copies that a killed backup, restore or recovery check left behind.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import sqlite3
import stat
import time
from pathlib import Path

from kneedesk.store.errors import (
    DatabaseTooNewError,
    MissingDatabaseError,
    NotKneeDeskDatabaseError,
)
from kneedesk.store.migrations import KneeDeskMigrations

log = logging.getLogger(__name__)

# Tables every KneeDesk database has had since its first migration.
KNEEDESK_TABLES = frozenset(
    {"_sqlite_migrations", "settings", "clinicians", "patients", "visits", "answers", "audit_log"}
)

# A temporary file or folder is removed at the next start when its process is gone (the name
# carries the process id) or, where that cannot be told, once it is this old: no backup or
# restore takes that long.
STALE_AFTER_S = 3600.0

_SIDECAR = r"(?:-journal|-wal|-shm)?"
_TEMPORARY = re.compile(
    r"^\.(?:"
    r"kneedesk-(?:check|restore)-(?P<dir_pid>\d+)-[a-z0-9_]+"  # private folders (0700)
    r"|kneedesk-(?:check|restore)-[a-z0-9_]+"  # the same, from versions without the pid
    r"|.+\.(?:new|partial)-(?P<pid>\d+)-[0-9a-f]{8}" + _SIDECAR + r"|.+\.partial-[0-9a-f]{8}"
    r"|.+\.restoring-(?P<restoring_pid>\d+)" + _SIDECAR + r")$"
)


def temporary_name(target: Path, kind: str) -> Path:
    """A hidden name beside `target` for a file being made: ".<name>.<kind>-<pid>-<random>"."""
    return target.with_name(f".{target.name}.{kind}-{os.getpid()}-{secrets.token_hex(4)}")


def temporary_folder_prefix(kind: str) -> str:
    """The prefix of a private temporary folder ("check", "restore") naming this process."""
    return f".kneedesk-{kind}-{os.getpid()}-"


def check_regular_file(path: Path) -> None:
    """Refuse a folder, pipe or device given as the database before anything opens it.

    Opening a FIFO for reading would wait forever for a writer.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode):
        return
    kind = "a folder" if stat.S_ISDIR(mode) else "not an ordinary file (a pipe or a device)"
    raise NotKneeDeskDatabaseError(
        f"{path} is {kind}, not a KneeDesk database file.",
        "Give the path of the database file itself (it normally ends in '.sqlite3'). "
        "Nothing was changed.",
        path,
    )


def moved_aside_copies(path: Path) -> list[Path]:
    """Copies of the clinic's file KneeDesk keeps beside it, newest first.

    The dated "<stem>.before-<what>-<date-time><suffix>" copies (before a restore or an
    upgrade) and the hidden file of a restore that did not finish.
    """
    folder = path.parent
    if not folder.is_dir():
        return []
    dated_name = re.compile(re.escape(path.stem) + r"\.before-.+" + re.escape(path.suffix) + "$")
    restoring_name = re.compile(re.escape(f".{path.name}.restoring-") + r"\d+$")
    dated: list[Path] = []
    restoring: list[Path] = []
    for entry in folder.iterdir():
        if not entry.is_file():
            continue
        if dated_name.match(entry.name):
            dated.append(entry)
        elif (
            restoring_name.match(entry.name)
            and entry.stat().st_size > 0
            # A hot rollback journal beside it: the copy was still being written.
            and not entry.with_name(entry.name + "-journal").exists()
        ):
            restoring.append(entry)

    def newest_first(paths: list[Path]) -> list[Path]:
        return sorted(paths, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)

    return newest_first(dated) + newest_first(restoring)


def refuse_missing_with_copy(path: Path) -> None:
    """Raise MissingDatabaseError if `path` is gone but a copy KneeDesk moved aside exists.

    Starting a new, empty clinic then would hide the patients' records from the user.
    """
    copies = moved_aside_copies(path)
    if not copies:
        return
    copy = copies[0]
    raise MissingDatabaseError(
        f"The clinic's database {path} is missing, but a copy KneeDesk kept of it is there: "
        f"{copy}. KneeDesk does not start an empty clinic in its place.",
        f"To go on with that copy, rename it to '{path.name}' in the same folder (or restore it "
        "with 'kneedesk restore', naming the copy and, after --db, this database). To start a "
        "new, empty clinic instead, move the copies to another folder first. Nothing was changed.",
        path,
        copy,
    )


def check_identity(conn: sqlite3.Connection, path: Path, migrations: KneeDeskMigrations) -> None:
    """Refuse a file whose tables are not KneeDesk's, or that a newer KneeDesk has changed.

    Run over a connection that cannot write (or over a private copy), so a refused file is
    left exactly as it was.
    """
    tables = {
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    }
    applied: list[str] = []
    if migrations.migrations_table in tables:
        applied = [
            str(row[0])
            for row in conn.execute(
                f"SELECT name FROM [{migrations.migrations_table}] WHERE migration_set = ? "
                "ORDER BY rowid",
                (migrations.name,),
            ).fetchall()
        ]
    missing = KNEEDESK_TABLES - tables
    if missing or not applied:
        raise NotKneeDeskDatabaseError(
            f"The file {path} carries KneeDesk's mark but does not hold KneeDesk's tables "
            f"(missing: {', '.join(sorted(missing)) or 'its record of changes'}).",
            "Check that you chose the right file. KneeDesk does not open or change other "
            "programs' databases; the file was not changed.",
            path,
        )
    unknown = [name for name in applied if name not in migrations.names()]
    if unknown:
        raise DatabaseTooNewError(
            f"The database {path} was last used by a newer version of KneeDesk (it has "
            f"changes this version does not know: {', '.join(unknown)}).",
            "Install the newer KneeDesk again, or restore a backup made with this version. "
            "The file was not changed.",
            path,
        )


def copy_private(source: Path, target: Path) -> None:
    """Copy a file to a new file readable by the user only (patient data)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)


def remove_stale_temporaries(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary copies a killed KneeDesk left in `folder`; return what was removed.

    Only names the store itself makes are touched, and only when the process that made them
    is gone (or, where that cannot be told, after `STALE_AFTER_S`).
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None:
            continue
        pid_text = match.group("dir_pid") or match.group("pid") or match.group("restoring_pid")
        try:
            age = now - entry.lstat().st_mtime
        except OSError:
            continue
        pid = int(pid_text) if pid_text else None
        if not (age > STALE_AFTER_S or (pid is not None and not _running(pid))):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as exc:
            log.warning("could not remove the leftover temporary %s: %s", entry, exc)
            continue
        log.info("removed %s, left by an interrupted backup, restore or check", entry)
        removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    """Whether a process with this id exists; True where that cannot be asked safely."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: rely on the age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
