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

No SQLite callback (authorizer, progress handler) is used to enforce it: SQLite calls
those holding the connection's mutex, and a callback needs Python's GIL, which a reading
thread may hold while it waits for that mutex: the two threads would wait for each other.
The check only starts between two statements (`_turn`), and no Python code runs inside
it. No Qt here.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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
        self._turn = threading.RLock()  # held by a read passing before the check starts
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
            with self._turn:  # a read already passing finishes its statement first
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

    @contextmanager
    def turn(self, sql: str | None) -> Iterator[None]:
        """Around one statement (`None`: a write or a backup): wait for the verdict if it must.

        A plain read passes while the check has not started, holding the turn so the check
        starts only once the statement is done; anything else waits for the verdict (and
        runs the check first if no thread has started it). The checker's own use passes.
        """
        early = False
        if not self.passed and threading.get_ident() != self._checker:
            if sql is not None and reads_only(sql):
                self._turn.acquire()
                early = not self.started
                if not early:
                    self._turn.release()
            if not early:
                self.run()
        try:
            yield
        finally:
            if early:
                self._turn.release()


class GatedCursor(sqlite3.Cursor):
    """A cursor whose statements pass the connection's gate first."""

    def execute(self, sql: str, parameters: Any = (), /) -> GatedCursor:
        with _gated(self.connection, sql):
            super().execute(sql, parameters)
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> GatedCursor:
        with _gated(self.connection, None):
            super().executemany(sql, seq_of_parameters)
        return self

    def executescript(self, sql_script: str, /) -> GatedCursor:
        with _gated(self.connection, None):
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

    def cursor(self, factory: Any = GatedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        with _gated(self, sql):
            try:
                return super().execute(sql, parameters)
            except sqlite3.DatabaseError as exc:
                _damage_before_verdict(self, exc)
                raise

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        with _gated(self, None):
            return super().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        with _gated(self, None):
            return super().executescript(sql_script)

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        with _gated(self, None):  # a copy of a damaged file is no backup
            super().backup(target, **kwargs)


@contextmanager
def _gated(conn: sqlite3.Connection, sql: str | None) -> Iterator[None]:
    gate = getattr(conn, "gate", None)
    if gate is None:
        yield
        return
    with gate.turn(sql):
        yield
    if gate.passed and isinstance(conn, GatedConnection):
        conn.gate = None  # healthy: nothing more to check per statement


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
