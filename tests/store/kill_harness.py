"""Kill a child process at a random moment of a store operation, then check what is left.

The child does the operation through the real store API in a loop and prints one JSON line
(an acknowledgement) after each operation returned, so every acknowledged write must be
there after the kill. `KNEEDESK_KILL_TRIALS` sets how many kills each test makes (default 8);
with `KNEEDESK_KILL_REPORT=FILE` each test appends its tally to FILE as one JSON line, for
the figures in docs/store.md.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from store_helpers import FAST_HASHER, start_python

from kneedesk.store.backup import verify_database_file
from kneedesk.store.db import integrity_problems
from kneedesk.store.store import Store
from kneedesk.store.wal_recovery import wal_path

TRIALS_ENV = "KNEEDESK_KILL_TRIALS"
REPORT_ENV = "KNEEDESK_KILL_REPORT"
DEFAULT_TRIALS = 8

# The hidden names the store writes while it works (see "Temporary files" in docs/store.md).
HIDDEN_TEMPORARY = re.compile(r"^\.(?:kneedesk-(?:check|restore)-|.+\.(?:partial|new|restoring)-)")
# Complete copies the store makes: backups made by the tests, and kept previous databases.
KEPT_COPIES = ("backup-*.sqlite3", "*.before-*")

# Code every child starts with: the store, a cheap hasher, and "ready" once it is set up.
CHILD_PRELUDE = """
    import json, sys
    from pathlib import Path
    from argon2 import PasswordHasher
    from kneedesk.store.store import Store

    FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

    def ack(*values):
        print(json.dumps(values), flush=True)  # only ever after the operation returned
"""


def trial_count(default: int = DEFAULT_TRIALS) -> int:
    """How many kills a test makes: `KNEEDESK_KILL_TRIALS`, else `default`."""
    text = os.environ.get(TRIALS_ENV, "")
    return max(1, int(text)) if text.strip() else default


@dataclass
class KillTally:
    """What one kind of kill test did: kills, acknowledged writes, and how many were lost."""

    kind: str
    seed: int
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    in_flight_committed: int = 0
    leftovers_removed: int = 0
    backups_checked: int = 0
    checked: set[str] = field(default_factory=set, repr=False)

    def report(self) -> None:
        """Append this tally to the report file named by `KNEEDESK_KILL_REPORT`, if any."""
        target = os.environ.get(REPORT_ENV)
        if not target:
            return
        figures = {k: v for k, v in asdict(self).items() if k != "checked"}
        line = {**figures, "date": datetime.now(UTC).date().isoformat()}
        with open(target, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")


@dataclass(frozen=True)
class Killed:
    """One killed child: the acknowledgements it printed, and how long it ran before the kill."""

    acks: list[list[Any]]
    delay: float


def child_code(body: str) -> str:
    """The child's program: the shared prelude, then `body` (both dedented the same way)."""
    return CHILD_PRELUDE + body


def kill_at_random(code: str, args: Sequence[str], rng: random.Random, longest: float) -> Killed:
    """Run `code` in a child, wait for its "ready" line, SIGKILL it after a random delay.

    Returns the whole acknowledgement lines the child printed; a line cut by the kill is not
    an acknowledgement. Fails if the child ended on its own (an error in the child).
    """
    delay = rng.uniform(0.0, longest)
    with start_python(code, *args) as child:
        assert child.stdout is not None
        ready = child.stdout.readline()
        if ready.strip() != '["ready"]':
            child.kill()
            _, err = child.communicate()
            raise AssertionError(f"the child did not get ready: {ready!r}\n{err}")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate()
    assert child.returncode == -signal.SIGKILL, f"the child ended by itself:\n{err}"
    lines = [line for line in rest.split("\n")[:-1] if line]
    return Killed([json.loads(line) for line in lines], delay)


def sqlite_opens(path: Path) -> bool:
    """Whether plain sqlite3 opens the file (replaying its -wal) and finds it intact.

    Tried on a copy of the file and its -wal, so the database itself is not touched.
    """
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        if wal_path(path).exists():
            shutil.copyfile(wal_path(path), wal_path(copy))
        try:
            conn = sqlite3.connect(copy)
            try:
                return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return False


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary files or folders of the store (they would hold patient data)."""
    return sorted(p.name for p in folder.iterdir() if HIDDEN_TEMPORARY.match(p.name))


@contextmanager
def reopened(clinic: Path, tally: KillTally) -> Iterator[Store]:
    """Open the clinic after a kill as the app would, checking what every kill must leave.

    The clinic path holds a database; when sqlite3 opens it, so does KneeDesk (and it is
    intact, audit chain included); after that open no hidden temporary is left in the
    folder; and every backup or kept copy in the folder is complete and verifies.
    """
    assert clinic.is_file(), f"no database at {clinic} after the kill"
    assert sqlite_opens(clinic), "sqlite3 cannot open the database after the kill"
    tally.leftovers_removed += len(leftovers(clinic.parent))
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        assert integrity_problems(store.db) == []
        assert store.audit.verify_chain().ok
        assert leftovers(clinic.parent) == []
        for pattern in KEPT_COPIES:
            for copy in sorted(clinic.parent.glob(pattern)):
                if copy.name in tally.checked or copy.name.endswith(("-wal", "-journal")):
                    continue  # complete copies are never changed: each is checked once
                verify_database_file(copy)
                tally.checked.add(copy.name)
                tally.backups_checked += 1
        yield store
