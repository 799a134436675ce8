"""Hearing what the other workstations change, as they change it.

`ChangeListener` keeps a connection of its own to the clinic server, in a thread, listening
on the channel the database's triggers announce every change on (see `change_notices`). It
hands each change to a callback (on its own thread: the GUI adapts it to a signal), and
reconnects after a drop, saying so with a `Change` of kind `RESYNC`: what was missed while
the connection was down is then read afresh. Every wait has a timeout, so it stops promptly.

While it runs it also keeps this workstation's presence fresh (`Presence.beat`), on its own
connection: a heartbeat never waits behind a save, and stops when the workstation is gone.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg

from kneedesk.store.changes import RESYNC, Change, parse
from kneedesk.store.postgres.change_notices import CHANNEL
from kneedesk.store.postgres.connect import ServerSettings, conninfo_args

log = logging.getLogger(__name__)

_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
"""A network that silently went away is noticed within half a minute, not hours."""


class ChangeListener:
    """Listens for the clinic's changes on a connection of its own, in a daemon thread.

    `own_pid()` is the server process of this workstation's store connection: changes it
    made are marked `own`, so the workstation does not reload what it has just saved.
    `beat(conn)` runs every `beat_s` seconds on the listening connection (the presence
    heartbeat). `on_state(True/False)` says when the connection is up or lost.
    """

    def __init__(
        self,
        settings: ServerSettings,
        password: str | None,
        deliver: Callable[[Change], None],
        *,
        own_pid: Callable[[], int | None] = lambda: None,
        beat: Callable[[psycopg.Connection[Any]], None] | None = None,
        on_state: Callable[[bool], None] | None = None,
        poll_s: float = 0.5,
        beat_s: float = 15.0,
        retry_s: float = 2.0,
    ) -> None:
        self._args = {**conninfo_args(settings, password), **_KEEPALIVES}
        self._args["application_name"] = "KneeDesk listener"
        self._deliver = deliver
        self._own_pid = own_pid
        self._beat = beat
        self._on_state = on_state
        self._poll_s = poll_s
        self._beat_s = beat_s
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: psycopg.Connection[Any] | None = None
        self.connected = threading.Event()
        """Set while the listening connection is up (for tests and the status line)."""

    def start(self) -> None:
        """Start listening (returns at once; the first connection is made on the thread)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kneedesk-listen", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening and close the connection (waits at most `timeout` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def drop_connection(self) -> None:
        """Close the listening connection as a network drop would (it reconnects)."""
        conn = self._conn
        if conn is not None:
            conn.pgconn.finish()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **self._args) as conn:
                    self._conn = conn
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._set_state(True)
                    self._deliver(Change(RESYNC))
                    self._listen(conn)
            except (psycopg.Error, OSError) as exc:
                log.info("change listener: connection lost or refused: %s", exc)
            except Exception:  # noqa: BLE001 - a broken callback must not end the listening
                log.exception("change listener: delivering a change failed")
            finally:
                self._conn = None
                self._set_state(False)
            self._stop.wait(self._retry_s)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        last_beat: float | None = None
        while not self._stop.is_set():
            now = time.monotonic()
            if self._beat is not None and (last_beat is None or now - last_beat >= self._beat_s):
                self._beat(conn)
                last_beat = now
            own = self._own_pid()
            for notice in conn.notifies(timeout=self._poll_s):
                self._deliver(parse(notice.payload, own=notice.pid == own))

    def _set_state(self, up: bool) -> None:
        if up:
            self.connected.set()
        else:
            self.connected.clear()
        if self._on_state is not None:
            self._on_state(up)
