"""Backups of the clinic server: `pg_dump` (custom format), each one verified before it is kept.

A read-only REPEATABLE READ transaction exports its snapshot; `pg_dump --snapshot` dumps
exactly what that transaction sees, while the same transaction counts and hashes every
table. The dump is then restored into the scratch database (`verify_database`) and counted
and hashed again: only a dump that gives back the same rows, table by table, gets its name
in the backup folder. The workstations keep working meanwhile (nothing is locked but
against dropping a table).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from kneedesk.store.backup import BackupInfo
from kneedesk.store.errors import BackupBusyError, BackupError, MissingDirectoryError, StoreError
from kneedesk.store.file_checks import remove_stale_temporaries, temporary_name
from kneedesk.store.paths import create_private_file, fsync_dir, fsync_file
from kneedesk.store.postgres.client_address import ClientAddress
from kneedesk.store.postgres.database import PgDatabase, map_error
from kneedesk.store.postgres.pg_tools import NO_WINDOW, PgTools, find_tools
from kneedesk.store.postgres.table_digests import (
    TableDigest,
    differences,
    session_settings,
    table_digests,
)
from kneedesk.store.postgres.verify_database import (
    check_verify_database,
    last_lines,
    restore_and_digest,
)

DUMP_TIMEOUT_S = 4 * 3600
LOCK_WAIT_MS = 60_000
# pg_try_advisory_lock key of a backup under way ("KDbkup" in ASCII).
_BACKUP_LOCK = 0x4B44626B7570


@dataclass(frozen=True)
class VerifiedDump:
    """A kept server backup: what `BackupInfo` says of any backup, and each table's digest."""

    info: BackupInfo
    tables: dict[str, TableDigest]


def backup_server(
    db: PgDatabase, target: Path | str, *, folders: Iterable[Path] | None = None
) -> VerifiedDump:
    """Dump the clinic database into the new file `target`, verified; `folders` (tests) are
    where pg_dump and pg_restore are looked for instead of the PATH and the usual places.

    Safe on a worker thread while the app keeps using `db`: the backup uses connections of
    its own. Raises a StoreError that says what to do; nothing is left at `target` then.
    """
    target = Path(target)
    _check_target(target)
    address = ClientAddress.of(db)
    tools = find_tools(db.server_version() // 10000, folders)
    temp = temporary_name(target, "partial")
    try:
        with _own_connection(address) as conn:
            check_verify_database(conn, address.database)
            _lock_out_other_backups(conn)
            # Only now: a partial file of another workstation's backup (into a shared
            # folder) is never taken for one a killed KneeDesk left.
            remove_stale_temporaries(target.parent)
            create_private_file(temp)
            expected, version, head = _dump(conn, address, tools, temp)
            # Still holding the lock: one backup at a time uses the scratch database.
            verify_dump(temp, address, tools, expected)
        fsync_file(temp)
        os.link(temp, target)
        fsync_dir(target.parent)
    except FileExistsError as exc:
        raise BackupError(
            f"The file {target} appeared while the backup was written; it was not overwritten.",
            "Back up again.",
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
    counts = {name: digest.rows for name, digest in expected.items()}
    info = BackupInfo(target, version, counts, *head)
    return VerifiedDump(info, expected)


def verify_dump(
    dump: Path, address: ClientAddress, tools: PgTools, expected: dict[str, TableDigest]
) -> None:
    """Restore `dump` into the scratch database; raise BackupError unless every table there
    has the rows `expected` (the digests of what was dumped)."""
    found = restore_and_digest(dump, address, tools)
    problems = differences(expected, found)
    if problems:
        raise BackupError(
            "The backup does not hold the records it was made from, so it was not kept "
            f"({'; '.join(problems)}).",
            "Back up again. If it fails again, give this message to the person who looks "
            "after the clinic server.",
            dump,
        )


def _check_target(target: Path) -> None:
    if not target.parent.is_dir():
        raise MissingDirectoryError(
            f"The folder {target.parent} for the backup does not exist.",
            "Choose an existing folder (a removable disk may not be connected).",
            target,
        )
    if target.exists():
        raise BackupError(
            f"The file {target} already exists; KneeDesk does not overwrite it.",
            "Choose a new file name for the backup.",
            target,
        )


@contextmanager
def _own_connection(address: ClientAddress) -> Iterator[psycopg.Connection[Any]]:
    """A connection of the backup's own (autocommit), its errors said in the store's words."""
    try:
        conn = address.connect()
    except psycopg.Error as exc:
        raise _mapped(exc, address) from exc
    try:
        conn.autocommit = True
        session_settings(conn)
        yield conn
    except psycopg.Error as exc:
        raise _mapped(exc, address) from exc
    finally:
        conn.close()


def _lock_out_other_backups(conn: psycopg.Connection[Any]) -> None:
    """Take the backup lock for this connection's life; refuse if another workstation has it."""
    if not _value(conn, "SELECT pg_try_advisory_lock(%s)", _BACKUP_LOCK):
        raise BackupBusyError(
            "Another workstation is backing up the clinic server right now.",
            "Wait a few minutes and back up again.",
        )


def _dump(
    conn: psycopg.Connection[Any], address: ClientAddress, tools: PgTools, temp: Path
) -> tuple[dict[str, TableDigest], int, tuple[int, str]]:
    """pg_dump into `temp` from an exported snapshot, hashing the same snapshot meanwhile.

    Returns the tables' digests, the schema version (migrations applied) and the audit head.
    """
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = str(_value(conn, "SELECT pg_export_snapshot()"))
        process = _start_pg_dump(address, tools, snapshot, temp)
        try:
            expected = table_digests(conn)
            version = int(_value(conn, "SELECT count(*) FROM kneedesk.schema_migrations"))
            row = conn.execute(
                "SELECT id, hash FROM kneedesk.audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
        except BaseException:
            process.kill()
            process.communicate()
            raise
        # The snapshot lives as long as this transaction: until pg_dump has finished.
        errors = _wait(process)
    if process.returncode != 0:
        raise BackupError(
            f"pg_dump could not back up the clinic database: {last_lines(errors)}",
            "Check that the clinic server is reachable and back up again. If it fails again, "
            "give this message to the person who looks after the server.",
        )
    head = (int(row[0]), str(row[1])) if row else (0, "")
    return expected, version, head


def _value(conn: psycopg.Connection[Any], query: str, *params: object) -> Any:
    """The one value a query returns."""
    row = conn.execute(query, list(params)).fetchone()
    assert row is not None
    return row[0]


def _start_pg_dump(
    address: ClientAddress, tools: PgTools, snapshot: str, temp: Path
) -> subprocess.Popen[str]:
    command = [
        str(tools.pg_dump),
        "--format=custom",
        "--no-password",
        f"--snapshot={snapshot}",
        f"--lock-wait-timeout={LOCK_WAIT_MS}",
        f"--file={temp}",
        f"--dbname={address.conninfo()}",
    ]
    try:
        return subprocess.Popen(
            command,
            env=address.child_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            creationflags=NO_WINDOW,
        )
    except OSError as exc:
        raise BackupError(
            f"pg_dump ({tools.pg_dump}) could not be run: {exc.strerror or exc}.",
            "Check the PostgreSQL command-line tools on this workstation, then back up again.",
        ) from exc


def _wait(process: subprocess.Popen[str]) -> str:
    """Wait for pg_dump to finish; return what it printed on its error output."""
    try:
        _out, err = process.communicate(timeout=DUMP_TIMEOUT_S)
    except BaseException:
        process.kill()
        process.communicate()
        raise
    return err or ""


def _mapped(exc: psycopg.Error, address: ClientAddress) -> Exception:
    error = map_error(exc, f"{address.database} on the clinic server")
    if isinstance(error, StoreError):
        return error
    return BackupError(
        f"The clinic database could not be read for the backup: {exc}.",
        "Back up again. If it fails again, give this message to the person who looks after "
        "the server.",
    )
