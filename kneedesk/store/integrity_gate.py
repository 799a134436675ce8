"""The start-up integrity check, run after the clinic database is opened, and its gate.

`open_db(..., defer_check=True)` opens the file without reading all of it: the app shows its
login screen while SQLite's `quick_check` runs on a worker thread, on the store's own
connection (the only one the file's exclusive lock allows). Until the verdict:

- a read from another thread passes while the check has not started (the window is built
  from a few small reads), and waits for the verdict once it has: one thread at a time
  uses the connection;
- anything that may write (a transaction, a savepoint, any statement but a read, a backup)
  waits for the verdict, and if no thread has started the check, runs it itself first;
- a damaged file's verdict is raised to every later use of the connection, so it is
  refused before anything is written, as the check at open refuses it.

An SQLite authorizer denies every write while the verdict is unknown, so a statement that
slipped past the gate by its wording still cannot change the file. No Qt here.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable
from typing import Any

from kneedesk.store.errors import StoreError

Check = Callable[[], "StoreError | None"]
"""Runs the check on the connection and returns the refusal for a damaged file (or None)."""

# PRAGMAs that only read: anything else (a setting, a checkpoint) counts as a write.
_READ_PRAGMAS = frozenset(
    {
        "application_id",
        "busy_timeout",
        "database_list",
        "foreign_key_check",
        "foreign_key_list",
        "freelist_count",
        "index_info",
        "index_list",
        "index_xinfo",
        "integrity_check",
        "journal_mode",
        "page_count",
        "page_size",
        "quick_check",
        "schema_version",
        "table_info",
        "table_list",
        "table_xinfo",
        "user_version",
    }
)

_WRITE_ACTIONS = frozenset(
    {
        sqlite3.SQLITE_INSERT,
        sqlite3.SQLITE_UPDATE,
        sqlite3.SQLITE_DELETE,
        sqlite3.SQLITE_TRANSACTION,
        sqlite3.SQLITE_SAVEPOINT,
        sqlite3.SQLITE_CREATE_INDEX,
        sqlite3.SQLITE_CREATE_TABLE,
        sqlite3.SQLITE_CREATE_TRIGGER,
        sqlite3.SQLITE_CREATE_VIEW,
        sqlite3.SQLITE_CREATE_VTABLE,
        sqlite3.SQLITE_DROP_INDEX,
        sqlite3.SQLITE_DROP_TABLE,
        sqlite3.SQLITE_DROP_TRIGGER,
        sqlite3.SQLITE_DROP_VIEW,
        sqlite3.SQLITE_DROP_VTABLE,
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_REINDEX,
        sqlite3.SQLITE_ANALYZE,
        sqlite3.SQLITE_ATTACH,
        sqlite3.SQLITE_DETACH,
    }
)


def reads_only(sql: str) -> bool:
    """Whether a statement is plainly a read: a SELECT, or one of the reading PRAGMAs."""
    words = sql.lstrip().split(None, 1)
    if not words:
        return True
    first = words[0].upper()
    if first == "SELECT":
        return True
    if first != "PRAGMA" or "=" in sql:
        return False
    name = sql.lstrip()[len("PRAGMA") :].strip().split("(", 1)[0].strip().rstrip(";").lower()
    return name.rsplit(".", 1)[-1] in _READ_PRAGMAS


class IntegrityGate:
    """The verdict of one deferred check, and the waiting for it."""

    def __init__(self, check: Check) -> None:
        self._check = check
        self._claim = threading.Lock()  # taken once, by the thread that runs the check
        self._done = threading.Event()
        self._checker: int | None = None
        self._refusal: StoreError | None = None
        self.passed = False
        """True once the file was found healthy: the connection is then used freely."""

    @property
    def settled(self) -> bool:
        """Whether the verdict is in."""
        return self._done.is_set()

    @property
    def started(self) -> bool:
        """Whether a thread has started the check (or finished it)."""
        return self._claim.locked()

    @property
    def refusal(self) -> StoreError | None:
        """The error refusing a damaged file, once the verdict is in (None if healthy)."""
        return self._refusal

    def run(self) -> None:
        """Run the check on this thread, or wait for the thread running it; raise the refusal.

        The check runs once; every later call returns (healthy) or raises (damaged) at once.
        """
        if self._claim.acquire(blocking=False):
            self._checker = threading.get_ident()
            refusal: StoreError | None = StoreError(
                "KneeDesk could not finish checking the database.",
                "Start KneeDesk again. The file was not changed.",
            )
            try:
                refusal = self._check()
            except StoreError as exc:
                refusal = exc
            finally:
                self._refusal = refusal
                self.passed = refusal is None
                self._checker = None
                self._done.set()
        else:
            self._done.wait()
        if self._refusal is not None:
            raise self._refusal

    def before(self, sql: str | None) -> None:
        """Called before each statement (`None`: a write or a backup); waits when it must."""
        if self.passed or threading.get_ident() == self._checker:
            return
        if sql is not None and not self.started and reads_only(sql):
            return  # reads before the check starts: the window's first few
        self.run()

    def authorize(self, action: int, table: str | None, value: str | None, *_: object) -> int:
        """SQLite authorizer: deny every write until the file is found healthy.

        FTS5 reports an update of the schema table when it connects to its index for a
        read; a real write there needs `PRAGMA writable_schema=ON`, itself denied here.
        """
        if self.passed:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA:  # `table` is the PRAGMA's name here
            return sqlite3.SQLITE_OK if value is None else sqlite3.SQLITE_DENY
        if action not in _WRITE_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and table in ("sqlite_master", "sqlite_schema"):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY


class GatedCursor(sqlite3.Cursor):
    """A cursor whose statements pass the connection's gate first."""

    def execute(self, sql: str, parameters: Any = (), /) -> GatedCursor:
        _gate(self.connection, sql)
        super().execute(sql, parameters)
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> GatedCursor:
        _gate(self.connection, None)
        super().executemany(sql, seq_of_parameters)
        return self

    def executescript(self, sql_script: str, /) -> GatedCursor:
        _gate(self.connection, None)
        super().executescript(sql_script)
        return self


class GatedConnection(sqlite3.Connection):
    """The clinic database's connection: every statement passes `gate` when one is set."""

    gate: IntegrityGate | None = None
    verdict: IntegrityGate | None = None
    """The deferred check's gate, kept after the verdict (for `connection_gate`)."""

    def set_gate(self, gate: IntegrityGate) -> None:
        """Hold this connection's writes (and, once it runs, all use) for `gate`'s verdict."""
        self.gate = gate
        self.verdict = gate
        self.set_authorizer(gate.authorize)

    def cursor(self, factory: Any = GatedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        _gate(self, sql)
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            _damage_before_verdict(self, exc)
            raise

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        _gate(self, None)
        return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        _gate(self, None)
        return super().executescript(sql_script)

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        _gate(self, None)  # a copy of a damaged file is no backup
        super().backup(target, **kwargs)


def _gate(conn: sqlite3.Connection, sql: str | None) -> None:
    gate = getattr(conn, "gate", None)
    if gate is None:
        return
    if not gate.passed:
        gate.before(sql)
    if gate.passed and isinstance(conn, GatedConnection):
        conn.gate = None  # healthy: nothing more to check per statement
        conn.set_authorizer(None)


def _damage_before_verdict(conn: GatedConnection, exc: sqlite3.DatabaseError) -> None:
    """A read that met damage before the verdict: raise the check's refusal instead."""
    gate = conn.gate
    if gate is None or getattr(exc, "sqlite_errorname", "") != "SQLITE_CORRUPT":
        return
    gate.run()  # raises the refusal of a damaged file


def connection_gate(conn: sqlite3.Connection) -> IntegrityGate | None:
    """The deferred check's gate on a connection, or None when it was checked at open."""
    gate = getattr(conn, "verdict", None)
    return gate if isinstance(gate, IntegrityGate) else None
