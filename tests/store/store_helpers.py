"""Helpers shared by the store tests: a movable clock, file digests and child processes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

# Tests that do not check password hashing use a cheap hasher so each account takes
# microseconds; the real parameters are checked in test_store_accounts.py.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None if it does not exist."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def run_python(
    code: str, *args: str, timeout: float = 120, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run Python code in a fresh interpreter (a real second process) and capture its output."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        check=False,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"child failed ({result.returncode}):\n{result.stderr}")
    return result


def start_python(code: str, *args: str) -> subprocess.Popen[str]:
    """Start Python code in a child process with pipes for stdin and stdout."""
    return subprocess.Popen(
        [sys.executable, "-u", "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


CRASH_WHILE_WRITING = """
    import os, signal, sys
    from kneedesk.store.store import Store
    store = Store.open(sys.argv[1])
    if sys.argv[3] == "no-checkpoint":  # every change stays in the -wal
        store.db.execute("PRAGMA wal_autocheckpoint=0").fetchall()
    for n in range(int(sys.argv[2])):
        store.patients.create(chart_number=f"LATE-{n}", given_name="Bo " * 30, family_name="Li")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def crash_leaving_wal(path: Path, rows: int = 200, *, checkpoints: bool = True) -> None:
    """Add `rows` patients in a child process that is then killed: a -wal is left behind.

    Without `checkpoints` nothing of that session reaches the main file before the kill.
    """
    mode = "checkpoints" if checkpoints else "no-checkpoint"
    result = run_python(CRASH_WHILE_WRITING, str(path), str(rows), mode, check=False)
    assert result.returncode == -9, result.stderr
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0


def as_owner(store: Any, owner_sql: Callable[[], Any], statements: list[tuple[str, Any]]) -> None:
    """Run raw SQL with the owner's rights, going round the app: on the server through an
    owner connection, on a SQLite file through the store's own (the only one it allows).
    Each statement comes with its parameters."""
    if store.engine == "sqlite":
        for sql, params in statements:
            store.db.execute(sql, params)
        return
    owner = owner_sql()
    try:
        for sql, params in statements:
            owner.execute(sql, params)
    finally:
        owner.close()


@contextmanager
def statements_sent(store: Any) -> Iterator[list[str]]:
    """The SQL statements the store sends to its database while the block runs."""
    sent: list[str] = []
    trace = store.db.conn if store.engine == "sqlite" else store.db
    trace.set_trace_callback(sent.append)
    try:
        yield sent
    finally:
        trace.set_trace_callback(None)


def sqlite_only(reason: str) -> pytest.MarkDecorator:
    """Run a test taking `store` on the SQLite engine alone, because of `reason` (what it
    checks is SQLite's own: its planner, its finder's internals, the file)."""
    assert reason, "say why the test is about SQLite alone"
    return pytest.mark.parametrize("engine", ["sqlite"])


def postgres_only(reason: str) -> pytest.MarkDecorator:
    """Run a test taking `store` on the clinic server alone, because of `reason`."""
    assert reason, "say why the test is about the clinic server alone"
    return pytest.mark.parametrize("engine", ["postgresql"])
