"""The one function that makes SQLite connections, and the checks run over them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Applied to every connection before its first read. trusted_schema=OFF stops a crafted file
# from running functions through its schema; cell_size_check catches some damage early;
# secure_delete overwrites deleted patient data instead of leaving it in free pages;
# synchronous=FULL makes every committed answer survive a power cut, not just a crash.
SAFETY_PRAGMAS = (
    # First of all: in WAL mode the lock is taken at the first read, and only a connection
    # that is EXCLUSIVE before that read keeps it (and its WAL index in private memory, with
    # no -shm file). Every connection made here is the only user of its file.
    "PRAGMA locking_mode=EXCLUSIVE",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA foreign_keys=ON",
    "PRAGMA cell_size_check=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA synchronous=FULL",
)


def connect(
    path: Path,
    *,
    readonly: bool = False,
    closed_file: bool = False,
    timeout_s: float = 5.0,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> sqlite3.Connection:
    """A connection with the safety pragmas set; read-only connections never write the file.

    The clinic database itself is opened by `kneedesk.store.db.open_db`, which adds locking,
    checks and migrations; this is also used for backup copies and files about to be restored.
    `closed_file` reads a file no one is using (a backup, a copied database) read-only without
    locks; unlike plain `readonly` it can read a file still marked for write-ahead logging
    (a database copied while closed), which needs a -wal file that cannot be made read-only.
    The caller checks first that no unsaved -wal lies beside it. `factory` makes the
    writable connection of another class (the clinic database's `GatedConnection`).
    """
    if readonly or closed_file:
        flags = "mode=ro&immutable=1" if closed_file else "mode=ro"
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?{flags}",
            uri=True,
            timeout=timeout_s,
            check_same_thread=False,
        )
    else:
        # check_same_thread=False: the GUI may run a backup on a worker thread while the
        # writer thread keeps saving; SQLite serialises calls on one connection.
        conn = sqlite3.connect(
            str(path), timeout=timeout_s, check_same_thread=False, factory=factory
        )
    try:
        for pragma in SAFETY_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_messages(conn: sqlite3.Connection, *, full: bool = True) -> list[str]:
    """SQLite's integrity_check (or the faster quick_check) messages; empty when healthy."""
    pragma = "integrity_check" if full else "quick_check"
    messages = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if messages == ["ok"] else messages


def foreign_key_messages(conn: sqlite3.Connection) -> list[str]:
    """Rows that point at a parent row that does not exist; empty when healthy."""
    return [
        f"{table} row {rowid} refers to a missing row in {parent}"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]


# A file KneeDesk has not yet accepted (a backup about to be restored) is checked with bounded
# work: SQLite calls the progress handler every _PROGRESS_EVERY virtual-machine steps, and
# the check is stopped once it has done far more than a file of that size needs (a full check
# takes a few thousand steps per page). The limits make a crafted schema with deeply nested
# expressions or long compound selects fail to load instead of using up the stack.
_PROGRESS_EVERY = 1000
_CALLS_PER_PAGE = 100
_CALLS_AT_LEAST = 10_000
_UNTRUSTED_LIMITS = (
    (sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 200),
    (sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, 20),
    (sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1),
)


def bound_work(conn: sqlite3.Connection, pages: int) -> list[int]:
    """Stop any statement on `conn` once all of them together did more work than `pages` need.

    Returns the one-element list holding the calls left, so a caller can tell a stopped check
    (the count below zero) from any other interruption. Also lowers SQLite's limits on
    expression depth, compound selects and trigger depth, and caps the file's size at `pages`.
    """
    left = [_CALLS_AT_LEAST + _CALLS_PER_PAGE * max(pages, 1)]

    def tick() -> int:
        left[0] -= 1
        return 1 if left[0] < 0 else 0

    for limit, value in _UNTRUSTED_LIMITS:
        conn.setlimit(limit, value)
    conn.set_progress_handler(tick, _PROGRESS_EVERY)
    conn.execute(f"PRAGMA max_page_count={max(int(pages), 1)}").fetchall()
    return left
