"""Who has which draft open, on the clinic server: "Open on another workstation by Ana Ruiz
since 10:42".

Each workstation has an id of its own for as long as the app runs. Opening a draft adds a
row (this workstation, the draft, the signed-in clinician, since when); closing it takes
the row away. While the workstation runs, its rows' heartbeat is kept fresh (`beat`, every
15 seconds, on the change listener's connection). A row whose heartbeat is older than
`STALE_AFTER_S` belongs to a workstation that crashed or lost its network: it is not shown,
and the next heartbeat of any workstation deletes it.

On a SQLite file there is one workstation: nothing is recorded and nobody else is present.
Times come from the server's clock, so workstations whose clocks differ still agree.
"""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kneedesk.store.dialect import StoreDatabase, is_postgres

STALE_AFTER_S = 60
"""A workstation unheard of for this long is gone (four missed heartbeats)."""


@dataclass(frozen=True)
class Present:
    """A draft open on another workstation."""

    clinician_name: str
    opened_at: datetime
    """When it was opened there (aware, in UTC)."""
    host: str


class Presence:
    """This workstation's open drafts, and the other workstations'."""

    def __init__(self, db: StoreDatabase, workstation: str | None = None) -> None:
        self.db = db
        self.workstation = workstation or uuid.uuid4().hex
        self.shared = is_postgres(db)
        """Whether other workstations share this database (clinic server mode)."""

    def open(self, visit_id: int, clinician_id: int | None, clinician_name: str) -> None:
        """Say this workstation has the draft open (again: keeps its first opening time)."""
        if not self.shared:
            return
        self.db.execute(
            "INSERT INTO presence (workstation, visit_id, clinician_id, clinician_name, host) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (workstation, visit_id) DO UPDATE "
            "SET seen_at = now(), clinician_id = excluded.clinician_id, "
            "clinician_name = excluded.clinician_name",
            [self.workstation, visit_id, clinician_id, clinician_name, _host()],
        )

    def close(self, visit_id: int | None = None) -> None:
        """Say this workstation has closed the draft (None: every draft, e.g. on quitting)."""
        if not self.shared:
            return
        if visit_id is None:
            self.db.execute("DELETE FROM presence WHERE workstation = ?", [self.workstation])
        else:
            self.db.execute(
                "DELETE FROM presence WHERE workstation = ? AND visit_id = ?",
                [self.workstation, visit_id],
            )

    def others(self, visit_id: int) -> list[Present]:
        """The other workstations that have the draft open now, first opened first."""
        if not self.shared:
            return []
        rows = self.db.execute(
            "SELECT clinician_name, opened_at, host FROM presence "
            "WHERE visit_id = ? AND workstation <> ? "
            f"AND seen_at > now() - interval '{STALE_AFTER_S} seconds' "
            "ORDER BY opened_at, workstation",
            [visit_id, self.workstation],
        ).fetchall()
        return [Present(str(r[0]), r[1], str(r[2])) for r in rows]

    def beat(self, conn: Any) -> None:
        """Keep this workstation's rows fresh and delete those of workstations gone.

        `conn` is any connection to the clinic database with psycopg's `execute` (the change
        listener's own, so a heartbeat never waits behind this workstation's saves)."""
        conn.execute(
            "UPDATE kneedesk.presence SET seen_at = now() WHERE workstation = %s",
            [self.workstation],
        )
        conn.execute(
            "DELETE FROM kneedesk.presence "
            f"WHERE seen_at < now() - interval '{STALE_AFTER_S} seconds'"
        )


def _host() -> str:
    return socket.gethostname()[:200]
