"""Answers typed while the clinic server could not be reached, kept on this computer.

In clinic server mode every answer is saved on the server as it is typed. When the server
cannot be reached (the Wi-Fi dropped, the server is restarting), the answer is written here
instead, to a small SQLite file in the user's private data folder, synchronously (it is on
disk before the field says it is kept), and saved on the server when it answers again: in
the order the fields were last changed, each still based on the version the clinician saw,
so a value another workstation saved meanwhile is shown as a conflict at the field, never
overwritten. Once the server has it, its row here is deleted.

A field changed twice while waiting keeps one row with its newest value (and the version
first seen): the server gets what the clinician left on screen. Rows are per server, so a
workstation that is later pointed at another server does not send them there.

The file survives a crash or a power cut: the rows of a visit are sent when it is next
opened on this computer.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kneedesk.store.paths import ensure_private_dir

OUTBOX_FILENAME = "waiting-for-server.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS waiting (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    server TEXT NOT NULL,
    visit_id INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    side TEXT NOT NULL,
    value TEXT,
    reason TEXT,
    based_on INTEGER NOT NULL,
    typed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (server, visit_id, item_id, side)
) STRICT
"""


@dataclass(frozen=True)
class WaitingAnswer:
    """One answer waiting for the server: a value, a not-tested reason, or neither (the field
    was emptied). `based_on` is the version of the answer the clinician was shown."""

    id: int
    visit_id: int
    item_id: str
    side: str
    value: Any
    reason: str | None
    based_on: int

    @property
    def slot(self) -> tuple[str, str]:
        return (self.item_id, self.side)


class Outbox:
    """The answers of one clinic server waiting on this computer, oldest change first."""

    def __init__(self, path: Path, server: str) -> None:
        ensure_private_dir(path.parent)
        self.path = path
        self.server = server
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # kept means on disk
        self._conn.execute(_SCHEMA)
        with suppress(OSError):  # a file system without permissions
            path.chmod(0o600)

    def keep(
        self,
        visit_id: int,
        item_id: str,
        side: str,
        value: Any,
        reason: str | None,
        based_on: int,
    ) -> None:
        """Keep a change of one field until the server has it (replacing an earlier one of
        the same field, which keeps its `based_on` and moves to the end of the queue)."""
        text = None if value is None else json.dumps(value)
        with self._lock, self._conn:
            row = self._conn.execute(
                "SELECT based_on FROM waiting WHERE server = ? AND visit_id = ? "
                "AND item_id = ? AND side = ?",
                [self.server, visit_id, item_id, side],
            ).fetchone()
            if row is not None:
                based_on = int(row[0])
                self._conn.execute(
                    "DELETE FROM waiting WHERE server = ? AND visit_id = ? AND item_id = ? "
                    "AND side = ?",
                    [self.server, visit_id, item_id, side],
                )
            self._conn.execute(
                "INSERT INTO waiting (server, visit_id, item_id, side, value, reason, based_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [self.server, visit_id, item_id, side, text, reason, based_on],
            )

    def waiting(self, visit_id: int | None = None) -> list[WaitingAnswer]:
        """The answers waiting (of one visit, or all), in the order they are to be sent."""
        sql = (
            "SELECT id, visit_id, item_id, side, value, reason, based_on FROM waiting "
            "WHERE server = ?"
        )
        params: list[Any] = [self.server]
        if visit_id is not None:
            sql += " AND visit_id = ?"
            params.append(visit_id)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            WaitingAnswer(
                int(r[0]),
                int(r[1]),
                str(r[2]),
                str(r[3]),
                None if r[4] is None else json.loads(r[4]),
                r[5],
                int(r[6]),
            )
            for r in rows
        ]

    def count(self, visit_id: int | None = None) -> int:
        """How many answers are waiting (of one visit, or all); asked at each keystroke."""
        sql = "SELECT count(*) FROM waiting WHERE server = ?"
        params: list[Any] = [self.server]
        if visit_id is not None:
            sql += " AND visit_id = ?"
            params.append(visit_id)
        with self._lock:
            return int(self._conn.execute(sql, params).fetchone()[0])

    def find(self, visit_id: int, item_id: str, side: str) -> WaitingAnswer | None:
        """The change of one field waiting, if any."""
        return next((a for a in self.waiting(visit_id) if a.slot == (item_id, side)), None)

    def rebase(self, answer: WaitingAnswer, version: int) -> None:
        """An earlier change of the same field reached the server as `version`: the newer one
        waiting is based on it now (it replaces what this workstation saved, not a change
        made elsewhere)."""
        with self._lock, self._conn:
            self._conn.execute("UPDATE waiting SET based_on = ? WHERE id = ?", [version, answer.id])

    def sent(self, answer: WaitingAnswer) -> None:
        """The server has it (or the clinician chose the server's value): forget it, unless
        the field was changed again since (that newer row stays)."""
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM waiting WHERE id = ?", [answer.id])

    def close(self) -> None:
        """Close the file (what is waiting stays in it for next time)."""
        with self._lock:
            self._conn.close()
