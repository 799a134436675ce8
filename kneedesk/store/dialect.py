"""What the repositories do differently on each engine, asked of the open database.

The repositories are one implementation over either a SQLite file (sqlite-utils'
`Database`) or the clinic server (`kneedesk.store.postgres.database.PgDatabase`). The few
things that differ go through here: whether a transaction is open, how the audit chain's
next row is claimed, how the search index is kept and read.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

# pg_advisory_xact_lock key of the audit chain ("KDaudit" in ASCII).
_AUDIT_LOCK = 0x4B44617564697

POSTGRES = "postgresql"
SQLITE = "sqlite"


def engine(db: Any) -> str:
    """ "sqlite" or "postgresql"."""
    return str(getattr(db, "engine", SQLITE))


def is_postgres(db: Any) -> bool:
    """Whether `db` is the clinic server rather than a SQLite file."""
    return engine(db) == POSTGRES


def in_transaction(db: Any) -> bool:
    """Whether a change is under way and not yet committed."""
    if is_postgres(db):
        return bool(db.in_transaction)
    return bool(db.conn.in_transaction)


def claim_audit_chain(db: Any) -> None:
    """Make this transaction the only one appending to the audit chain until it ends.

    SQLite needs nothing: one process holds the file. On the server, workstations append at
    once; a transaction-scoped advisory lock makes each read the head, hash its row on it
    and insert it before the next may read, so the chain stays one unbroken line.
    """
    if is_postgres(db):
        db.execute("SELECT pg_advisory_xact_lock(?)", [_AUDIT_LOCK])


def witness_path(db: Any) -> Path | None:
    """What this computer's record of the audit log's head (`anchor_key.write_witness`) is
    kept under: the SQLite file's path, or for the clinic server a name of its own made of
    its host, port and database (None: an in-memory database)."""
    if is_postgres(db):
        info = db.conn.info
        host = (info.host or "local").strip("/").replace("/", "_")
        return Path("/", "kneedesk-server", host, str(info.port), str(info.dbname))
    files = [r[2] for r in db.execute("PRAGMA database_list") if r[1] == "main"]
    return Path(files[0]) if files and files[0] else None


def lock_visit(db: Any, visit_id: int) -> None:
    """Hold the visit's row until this transaction ends, before reading what is to be sealed.

    SQLite needs nothing: one writer holds the file. On the server, an answer or still being
    saved locks the visit too (the guard triggers do), so a signature waits for a save under
    way and then seals it, and a save that comes after the signature is refused.
    """
    if is_postgres(db):
        db.execute("SELECT 1 FROM visits WHERE id = ? FOR UPDATE", [visit_id])


class Finder(Protocol):
    """Pages and counts of the patients matching a search (one per engine)."""

    def page(
        self, query: str, limit: int, offset: int, include_archived: bool
    ) -> list[tuple[Any, ...]]: ...

    def count(self, query: str, include_archived: bool, stop_at: int | None) -> int: ...


def patient_finder(db: Any) -> Finder:
    """The search of this engine."""
    if is_postgres(db):
        from kneedesk.store.postgres.search import PgPatientFinder

        return PgPatientFinder(db)
    from kneedesk.store.patient_search import PatientFinder

    return PatientFinder(db)


def index_patient(db: Any, patient_id: int, fields: dict[str, str]) -> None:
    """Keep the search index in step with a patient's row, in the same transaction.

    SQLite keeps a full-text table beside the patients; the server indexes the row's own
    `search_text`, so there is nothing more to write.
    """
    if is_postgres(db):
        return
    db.execute("DELETE FROM patients_fts WHERE rowid = ?", [patient_id])
    db.execute(
        f"INSERT INTO patients_fts (rowid, {', '.join(fields)}) VALUES (?{', ?' * len(fields)})",
        [patient_id, *fields.values()],
    )


class StoreDatabase(Protocol):
    """What the repositories use of an open database, on either engine."""

    def execute(self, sql: str, parameters: Any = None, /) -> Any: ...

    def atomic(self) -> AbstractContextManager[Any]: ...

    def table(self, name: str, /) -> Any: ...

    def close(self) -> None: ...
