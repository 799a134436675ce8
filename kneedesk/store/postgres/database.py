"""A clinic database on PostgreSQL, used by the repositories as they use the SQLite one.

The repositories are written once, against the part of sqlite-utils' `Database` they need:
`execute` with `?` placeholders, `atomic()` for a transaction (a savepoint when nested),
`table(name).insert(row).last_pk` and `table(name).update(pk, changes)`. `PgDatabase` gives
the same over one psycopg 3 connection, and maps PostgreSQL's errors onto the DB-API classes
the repositories catch (`sqlite3.IntegrityError` for a refused change: a guard trigger, a
CHECK, a duplicate) or onto the store's own errors for a server that cannot be reached.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from kneedesk.store.errors import DiskFullError, ServerUnavailableError, StoreError
from kneedesk.store.postgres.schema import REFUSED_BY_GRANTS
from kneedesk.store.postgres.sql_text import to_psycopg

ENGINE = "postgresql"


class PgDatabase:
    """One connection to the clinic's PostgreSQL database, in autocommit between `atomic()`s.

    Like the SQLite store, one writer thread uses it at a time; a lock serialises calls so a
    backup or a search on a worker never interleaves with a save on the same connection.
    """

    engine = ENGINE

    def __init__(
        self,
        conn: psycopg.Connection[Any],
        *,
        label: str,
        connect: Callable[[], psycopg.Connection[Any]] | None = None,
    ) -> None:
        self.conn = conn
        self.label = label
        """Where the database is, for messages: "kneedesk on clinic-server:5432"."""
        self._connect = connect
        self._lock = threading.RLock()
        self._trace: Callable[[str], object] | None = None

    # --- what the repositories use -----------------------------------------------------------

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> Any:
        """Run one statement; placeholders as in SQLite: `?` with a sequence of parameters,
        `:name` with a mapping. Returns the psycopg cursor."""
        params: list[Any] | dict[str, Any]
        if isinstance(parameters, Mapping):
            text, params = to_psycopg(sql, named=True), dict(parameters)
        else:
            text, params = to_psycopg(sql), list(parameters) if parameters is not None else []
        with self._lock, _mapped(self.label):
            self._traced(sql)
            cursor = self.conn.cursor()
            cursor.execute(text, params)
            return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        with self._lock, _mapped(self.label), self.conn.cursor() as cursor:
            self._traced(sql)
            cursor.executemany(to_psycopg(sql), [list(r) for r in rows])

    def set_trace_callback(self, callback: Callable[[str], object] | None) -> None:
        """Call `callback` with each statement's SQL as it is sent (None: stop), as
        `sqlite3.Connection.set_trace_callback` does: to see what a task asks the server."""
        self._trace = callback

    def _traced(self, sql: str) -> None:
        if self._trace is not None:
            self._trace(sql)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one: all of it is kept, or none of it."""
        with self._lock, _mapped(self.label), self.conn.transaction():
            yield

    def table(self, name: str) -> PgTable:
        """The named table, for `insert` and `update` as in sqlite-utils."""
        return PgTable(self, name)

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open (a change not yet committed)."""
        status = self.conn.info.transaction_status
        return status != psycopg.pq.TransactionStatus.IDLE

    @property
    def lost(self) -> bool:
        """Whether the connection has gone (the network dropped, the server restarted).

        Every call on a lost connection fails at once with ServerUnavailableError: nothing
        waits on a network that is not there. `reconnect` (run off the GUI thread) makes a
        new one.
        """
        return bool(self.conn.closed or self.conn.broken)

    def reconnect(self) -> None:
        """Make a new connection if the current one is lost, then check the server answers.

        Raises ServerUnavailableError while it cannot be reached. Waits for no longer than
        the connect timeout; a transaction in progress on the lost connection was rolled
        back by the server, so nothing is left half-done.
        """
        with self._lock:
            if not self.lost:
                try:
                    self.ping()
                    return
                except ServerUnavailableError:
                    if not self.lost:  # the server is there but did not answer
                        raise
                # The server restarted since: this connection learns so only now.
            if self._connect is None:
                gone = psycopg.OperationalError("the connection is closed")
                raise map_error(gone, self.label)
            with _mapped(self.label):
                fresh = self._connect()
            self.conn = fresh
            self.ping()

    def ping(self) -> None:
        """One round trip to the server (raises ServerUnavailableError if it does not answer)."""
        self.execute("SELECT 1").fetchone()

    def close(self) -> None:
        """Close the connection; an open transaction is rolled back by the server."""
        with self._lock:
            self.conn.close()

    def server_version(self) -> int:
        """PostgreSQL's version number (150018 for 15.18)."""
        return int(self.conn.info.server_version)


class PgTable:
    """The two table operations the repositories use, as sqlite-utils names them."""

    def __init__(self, db: PgDatabase, name: str) -> None:
        self.db = db
        self.name = name
        self.last_pk: int | None = None

    def insert(self, row: Mapping[str, Any]) -> PgTable:
        """Insert one row; `last_pk` is then the new row's id."""
        columns = list(row)
        names = ", ".join(_ident(c) for c in columns)
        marks = ", ".join("?" for _ in columns)
        cursor = self.db.execute(
            f"INSERT INTO {_ident(self.name)} ({names}) VALUES ({marks}) RETURNING id",
            [row[c] for c in columns],
        )
        self.last_pk = int(cursor.fetchone()[0])
        return self

    def update(self, pk: int, updates: Mapping[str, Any]) -> PgTable:
        """Change the named columns of the row with this id (a missing row is an error)."""
        if not updates:
            return self
        sets = ", ".join(f"{_ident(c)} = ?" for c in updates)
        cursor = self.db.execute(
            f"UPDATE {_ident(self.name)} SET {sets} WHERE id = ?", [*updates.values(), pk]
        )
        if cursor.rowcount == 0:
            raise sqlite3.IntegrityError(f"no row {pk} in {self.name}")
        self.last_pk = pk
        return self


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a plain SQL name: {name!r}")
    return name


# SQLSTATE classes: 08 connection exception, 57P01-03 the server shutting down,
# 53 insufficient resources (53100 disk full), 23 integrity, 22 data exception,
# P0001 RAISE from a guard.
@contextmanager
def _mapped(label: str) -> Iterator[None]:
    try:
        yield
    except (StoreError, sqlite3.Error):
        raise
    except psycopg.Error as exc:
        raise map_error(exc, label) from exc


def map_error(exc: psycopg.Error, label: str) -> Exception:
    """The exception the repositories understand for a PostgreSQL error."""
    code = exc.sqlstate or ""
    message = exc.diag.message_primary or str(exc)
    if isinstance(exc, pg_errors.UniqueViolation):
        return sqlite3.IntegrityError(f"UNIQUE constraint failed: {_unique_columns(exc)}")
    if code.startswith("23") or isinstance(exc, pg_errors.RaiseException):
        return sqlite3.IntegrityError(message)
    # A value of the wrong type or out of range (22: data exception, 42804: datatype
    # mismatch), refused as SQLite's STRICT tables refuse it.
    if code.startswith("22") or code == "42804":
        return sqlite3.IntegrityError(f"value refused: {message}")
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return sqlite3.IntegrityError(_refused(message))
    if code == "53100":
        return DiskFullError(
            f"The clinic server's disk is full ({label}). This change was not saved; "
            "everything saved before it is safe.",
            "Ask the person who looks after the clinic server to free disk space, then try again.",
        )
    if (
        code.startswith("08")
        or code.startswith("57P")
        or isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)
        and not code
    ):
        return ServerUnavailableError(
            f"KneeDesk cannot reach the clinic server ({label}): {message}. This change was "
            "not saved; everything saved before it is safe.",
            "Check the network cable or Wi-Fi and that the server is running, then try again.",
        )
    if code in ("42P01", "42703"):  # undefined table or column: an older schema
        return sqlite3.OperationalError(f"no such table or column: {message}")
    return sqlite3.OperationalError(message)


def _refused(message: str) -> str:
    # "permission denied for table audit_log": say why, as the guard triggers do.
    table = message.rsplit(" ", 1)[-1] if message.startswith("permission denied for") else ""
    why = REFUSED_BY_GRANTS.get(table)
    return f"{why} ({message})" if why else f"not allowed: {message}"


def _unique_columns(exc: psycopg.Error) -> str:
    table = exc.diag.table_name or "?"
    detail = exc.diag.message_detail or ""
    # "Key (chart_number)=(KD-1) already exists." / "Key (lower(username))=(ana) ..."
    inside = detail[detail.find("(") + 1 : detail.find(")=")] if ")=" in detail else ""
    columns = [c.strip().removeprefix("lower(").rstrip(")") for c in inside.split(",") if c]
    return ", ".join(f"{table}.{c}" for c in columns) or table
