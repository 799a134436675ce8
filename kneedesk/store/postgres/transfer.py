"""Moving a clinic between a single workstation's SQLite file and the clinic server.

`import_sqlite` copies every row of a clinic's file (patients, visits with their answers,
stills, findings and signatures, addenda, stored reports, accounts, settings, the audit log
and its anchors), ids kept, onto a server set up with `kneedesk server init --no-admin`
and still empty. `export_sqlite` copies everything on the server into a new KneeDesk file.
Either runs in one transaction, compared table by table before it is committed
(`transfer_check`): any difference rolls it all back.

Who writes: the import runs as the owner role (`SET LOCAL ROLE kneedesk_owner`, which the
role that ran `server init` and the superuser may take), which owns the tables and their id
sequences. The guard triggers stay in force for it as for everyone: no session setting
switches them off. History is added in the order it happened instead: each signed visit is
added as a draft, its answers, stills and findings added, then it is signed, and only then
are its addenda added. The app's role keeps its guards and grants throughout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any, Protocol

import psycopg
from sqlite_utils import Database

from kneedesk.store.db import SCHEMA_VERSION, close_db, open_db, schema_version
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import ServerSetupError, StoreError
from kneedesk.store.postgres.connect import check_schema
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.schema import SEQUENCE_TABLES, quote_ident
from kneedesk.store.postgres.server import SCHEMA, Roles
from kneedesk.store.postgres.transfer_check import TransferReport, common_columns, compare
from kneedesk.store.postgres.transfer_tables import SIGNATURE, TABLES, count, read_rows
from kneedesk.store.search_text import search_fields

Row = tuple[Any, ...]
ROLES = Roles()
_FTS_COLUMNS = ("names", "chart", "birth_iso", "birth_dmy", "birth_mdy", "family_head")


class TransferError(StoreError):
    """The clinic could not be copied; nothing was kept where it was going."""


class _Writer(Protocol):
    def insert(self, table: str, names: list[str], rows: Iterable[Row]) -> None: ...

    def sign(self, signatures: list[Row]) -> None: ...


class _ServerWriter:
    """Adds rows on the server with COPY (the guard triggers fire for each row)."""

    def __init__(self, db: PgDatabase) -> None:
        self.db = db

    def insert(self, table: str, names: list[str], rows: Iterable[Row]) -> None:
        with (
            self.db.conn.cursor() as cursor,
            cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def sign(self, signatures: list[Row]) -> None:
        if signatures:
            with self.db.conn.cursor() as cursor:
                cursor.executemany(_SIGN_SQL.replace("?", "%s"), signatures)


class _FileWriter:
    """Adds rows to a new SQLite file, and the patients' search index beside them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, table: str, names: list[str], rows: Iterable[Row]) -> None:
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        if table != "patients":
            self.db.conn.executemany(sql, rows)
            return
        at = {name: i for i, name in enumerate(names)}
        index: list[Row] = []

        def indexed(rows: Iterable[Row]) -> Iterator[Row]:
            for row in rows:
                fields = search_fields(
                    row[at["given_name"]], row[at["family_name"]],
                    row[at["chart_number"]], row[at["birth_date"]],
                )  # fmt: skip
                index.append((row[at["id"]], *(fields[c] for c in _FTS_COLUMNS)))
                yield row

        self.db.conn.executemany(sql, indexed(rows))
        marks = ", ".join("?" * (len(_FTS_COLUMNS) + 1))
        self.db.conn.executemany(
            f"INSERT INTO patients_fts (rowid, {', '.join(_FTS_COLUMNS)}) VALUES ({marks})", index
        )

    def sign(self, signatures: list[Row]) -> None:
        self.db.conn.executemany(_SIGN_SQL, signatures)


_SIGN_SQL = "UPDATE visits SET status = ?, signed_by = ?, signed_at = ?, digest = ? WHERE id = ?"


def copy_records(source: StoreDatabase, writer: _Writer, names: dict[str, list[str]]) -> None:
    """Copy every table's rows in the order they can be added (see `transfer_tables`)."""
    signatures: list[Row] = []
    for table in TABLES:
        cols = names[table.name]
        rows = read_rows(source, table, cols)
        if table.name == "visits":
            rows = _as_drafts(rows, cols, signatures)
        writer.insert(table.name, cols, rows)
        if table.name == "signed_findings":
            writer.sign(signatures)


def _as_drafts(rows: Iterable[Row], names: list[str], signatures: list[Row]) -> Iterator[Row]:
    """Each visit as a draft; a signed visit's signature is kept for after its findings."""
    at = [names.index(c) for c in SIGNATURE]
    draft = ("draft", None, None, None)
    for row in rows:
        values = list(row)
        if values[at[0]] != "draft":
            signatures.append((*(values[i] for i in at), values[names.index("id")]))
        for i, value in zip(at, draft, strict=True):
            values[i] = value
        yield tuple(values)


# --- onto the server ---------------------------------------------------------------------------


def import_sqlite(source_path: Path, server: PgDatabase, roles: Roles = ROLES) -> TransferReport:
    """Copy a clinic's SQLite file onto the empty server database; verified, or nothing kept.

    `server` is connected as the role that set the server up (or the superuser). The file
    is opened exclusively (KneeDesk must be closed on it) and never changed.
    """
    source = _open_source(source_path)
    try:
        _use_schema(server)
        try:
            with server.atomic():
                _become_owner(server, roles)
                for table in TABLES:
                    server.execute(f"LOCK TABLE {table.name} IN EXCLUSIVE MODE")
                _refuse_records(server)
                names = common_columns(source, server)
                copy_records(source, _ServerWriter(server), names)
                _reset_sequences(server)
                return compare(source, server, names)
        except (sqlite3.Error, psycopg.Error) as exc:
            raise TransferError(
                f"The clinic could not be copied onto {server.label}: {exc}",
                "Check the file with 'kneedesk check --db FILE'. Nothing was kept on the server.",
            ) from exc
    finally:
        close_db(source)


def _open_source(path: Path) -> Database:
    if not path.is_file():
        raise TransferError(
            f"There is no KneeDesk database file at {path}.",
            "Give the clinic's database file (it normally ends in .sqlite3).",
        )
    db = open_db(path, migrate=False)
    try:
        version = schema_version(db)
    except BaseException:
        close_db(db)
        raise
    if version != SCHEMA_VERSION:
        close_db(db)
        raise TransferError(
            f"The file {path} was made by an older KneeDesk and has not been upgraded yet.",
            f'Open it once with this KneeDesk (kneedesk --db "{path}"), which upgrades it '
            "after a verified backup, close KneeDesk, then import it. Nothing was changed.",
        )
    return db


def _use_schema(server: PgDatabase) -> None:
    server.execute(f"SET search_path = {SCHEMA}")
    check_schema(server, server.label)


def _become_owner(server: PgDatabase, roles: Roles) -> None:
    may = server.execute("SELECT pg_has_role(current_user, ?, 'MEMBER')", [roles.owner])
    if not may.fetchone()[0]:
        user = server.execute("SELECT current_user").fetchone()[0]
        raise ServerSetupError(
            f"The role {user} may not act as {roles.owner}, which owns the clinic's tables.",
            "Connect (--dsn user=...) as the role that ran 'kneedesk server init', or as the "
            "server's superuser. Nothing was changed.",
        )
    server.execute(f"SET LOCAL ROLE {quote_ident(roles.owner)}")


def _refuse_records(server: PgDatabase) -> None:
    held = {t.name: n for t in TABLES if (n := count(server, t))}
    if held:
        what = ", ".join(f"{n} {name}" for name, n in held.items())
        raise ServerSetupError(
            f"The clinic database ({server.label}) already holds records ({what}).",
            "import-sqlite moves a clinic onto a new server only: create an empty database, "
            "set it up with 'kneedesk server init --no-admin' (the clinic's own accounts come "
            "with the file), then import into it. Nothing was changed.",
        )


def _reset_sequences(server: PgDatabase) -> None:
    """New rows after the import get ids after the imported ones."""
    for table in SEQUENCE_TABLES:
        server.execute(
            f"SELECT setval(pg_get_serial_sequence('{SCHEMA}.{table}', 'id'), "
            f"coalesce(max(id), 0) + 1, false) FROM {table}"
        )


# --- out of the server -------------------------------------------------------------------------


def export_sqlite(server: PgDatabase, target_path: Path, roles: Roles = ROLES) -> TransferReport:
    """Copy everything on the server into a new KneeDesk file; verified, or no file is left.

    The server's records are read in one snapshot, so workstations may go on working.
    """
    if target_path.exists():
        raise TransferError(
            f"{target_path} already exists.",
            "Choose a new file name; KneeDesk never overwrites a file here.",
        )
    _use_schema(server)
    target = open_db(target_path)
    kept = False
    try:
        try:
            with server.atomic():
                server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                _become_owner(server, roles)
                names = common_columns(server, target)
                with target.atomic():
                    copy_records(server, _FileWriter(target), names)
                report = compare(server, target, names)
        except (sqlite3.Error, psycopg.Error) as exc:
            raise TransferError(
                f"The clinic could not be copied from {server.label}: {exc}",
                f"Nothing was kept: {target_path} was removed.",
            ) from exc
        kept = True
        return report
    finally:
        close_db(target)
        if not kept:
            for leftover in (target_path, *_beside(target_path)):
                with suppress(OSError):
                    leftover.unlink()


def _beside(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
