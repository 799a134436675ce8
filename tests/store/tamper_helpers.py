"""A small clinic, and the edits someone holding only its database file can make to it.

Every edit uses plain sqlite3 on the closed file, as an attacker would, dropping the guard
triggers first and putting them back afterwards unless the test is about the triggers.
Forged digests and audit rows are made with KneeDesk's own code: the attacker knows it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from store_helpers import FAST_HASHER, PASSWORD, FakeClock

from kneedesk.store.audit import GENESIS_HASH, row_hash
from kneedesk.store.canonical import canonical_json
from kneedesk.store.clinicians import Role
from kneedesk.store.digests import visit_digest
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server_checks import expected_guards
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import get_visit

FINDINGS = [{"id": "hip_strength_deficit", "level": "attention", "lsi": 77.5}]
PLAN = {"items": [{"id": "wall_sit", "dose": "3 x 45 s", "note": ""}], "review": ""}


@dataclass(frozen=True)
class Clinic:
    """Ids in the clinic `make_clinic` builds."""

    path: Path
    ana: int = 1  # administrator, signed visit 1
    bo: int = 2  # clinician, signed visit 2
    cy: int = 3  # deactivated clinician
    zoe: int = 1  # patient with signed visit 1 (and its addendum) and draft visit 3
    max_: int = 2  # patient with signed visit 2
    eva: int = 3  # patient without visits
    signed: int = 1
    other_signed: int = 2
    draft: int = 3


def make_clinic(path: Path, clock: FakeClock, backup: Path | None = None) -> Clinic:
    """The clinic of `fill_clinic` in a new file, and optionally a backup of it."""
    with Store.open(path, clock=clock, hasher=FAST_HASHER) as store:
        fill_clinic(store, clock)
        if backup is not None:
            store.backup_to(backup)
    return Clinic(path)


def fill_clinic(store: Store, clock: FakeClock) -> None:
    """Accounts, patients, two signed visits (one with an addendum and a printed report),
    a draft, and a patient correction after signing (ids as in `Clinic`)."""
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    bo = store.accounts.create("bo", "Bo Li", PASSWORD)
    cy = store.accounts.create("cy", "Cy Park", PASSWORD)
    store.accounts.deactivate(cy.id)
    zoe = store.patients.create(
        chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
    )
    max_ = store.patients.create(
        chart_number="KD-2", given_name="Max", family_name="Holm", birth_date="1971-08-30"
    )
    store.patients.create(chart_number="KD-3", given_name="Eva", family_name="Lind")
    for patient_id, who, mass in ((zoe.id, ana.id, 61.5), (max_.id, bo.id, 88.0)):
        clock.advance(minutes=5)
        visit = store.visits.create_draft(patient_id, visit_date="2026-11-20", clinician_id=who)
        store.visits.save_answer(visit.id, "body_mass", "whole", mass)
        store.visits.save_answer(visit.id, "running.cadence", "whole", None, "no treadmill")
        store.visits.sign(visit.id, who, FINDINGS, PLAN)
    store.signing.add_addendum(1, ana.id, "typo", "Mass was 61.0 kg.")
    store.reports.store(1, ReportKind.SUMMARY, b"%PDF-1.4 summary", created_by=ana.id)
    store.visits.create_draft(zoe.id, visit_date="2026-11-27", clinician_id=ana.id)
    clock.advance(minutes=5)
    store.patients.update(zoe.id, family_name="Berg-Holm")  # a correction, audited


Edit = Callable[[Any], None]
"""An edit made through a raw connection: sqlite3's on a file, the owner's on the server."""


def tamper(path: Path, *edits: str | Edit, restore_triggers: bool = True) -> None:
    """Apply SQL statements (each must change a row) or functions to the closed file."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for edit in edits:
        if isinstance(edit, str):
            assert conn.execute(edit).rowcount >= 1, edit
        else:
            edit(conn)
    if restore_triggers:
        for _, sql in triggers:
            conn.execute(sql)
    conn.commit()
    conn.close()


def tamper_server(owner: PgDatabase, *edits: str | Edit, restore_triggers: bool = True) -> None:
    """Apply SQL statements (each must change a row) or functions to the clinic server's
    database with the owner's rights: its guard triggers disabled first, enabled afterwards
    unless the test is about the triggers."""
    tables = sorted({guard.table for guard in expected_guards()})
    for table in tables:
        owner.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    for edit in edits:
        if isinstance(edit, str):
            assert owner.execute(edit).rowcount >= 1, edit
        else:
            edit(owner)
    if restore_triggers:
        for table in tables:
            owner.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")


def recompute_digest(visit_id: int) -> Edit:
    """Give a signed visit the digest of its current content (as KneeDesk would compute it)."""

    def edit(conn: Any) -> None:
        db = conn if isinstance(conn, PgDatabase) else Database(conn)
        visit = get_visit(db, visit_id)
        assert visit.signed_by is not None
        assert visit.signed_at is not None
        digest = visit_digest(db, visit, visit.signed_by, visit.signed_at, version=2)
        conn.execute("UPDATE visits SET digest = ? WHERE id = ?", [digest, visit_id])

    return edit


def digest_of(conn: sqlite3.Connection, visit_id: int) -> str:
    return str(conn.execute("SELECT digest FROM visits WHERE id = ?", [visit_id]).fetchone()[0])


def append_row(
    action: str,
    entity: str,
    entity_id: str | None,
    detail: dict[str, object] | Callable[[sqlite3.Connection], dict[str, object]],
    actor_id: int | None = None,
) -> Edit:
    """Append one correctly chained audit row (no anchor: the attacker has no key)."""

    def edit(conn: sqlite3.Connection) -> None:
        last_id, prev = conn.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        text = canonical_json(detail(conn) if callable(detail) else detail)
        at = "2026-11-21T08:00:00.000000+00:00"
        new_id = last_id + 1
        digest = row_hash(prev, new_id, at, actor_id, action, entity, entity_id, text)
        conn.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id, at, actor_id, action, entity, entity_id, text, prev, digest],
        )

    return edit


def rechain(conn: sqlite3.Connection, start: int = 1) -> None:
    """Recompute every audit row's chained hash from row `start` on (a rebuilt log)."""
    prev_row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [start - 1]).fetchone()
    prev = prev_row[0] if prev_row else GENESIS_HASH
    rows = conn.execute(
        "SELECT id, at, actor_id, action, entity, entity_id, detail FROM audit_log "
        "WHERE id >= ? ORDER BY id",
        [start],
    ).fetchall()
    for row_id, at, actor, action, entity, entity_id, detail in rows:
        digest = row_hash(prev, row_id, at, actor, action, entity, entity_id, detail)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, row_id]
        )
        prev = digest


def sign_row_id(conn: sqlite3.Connection, visit_id: int) -> int:
    return int(
        conn.execute(
            "SELECT id FROM audit_log WHERE action = 'sign' AND entity_id = ?", [str(visit_id)]
        ).fetchone()[0]
    )


def tamper_either(
    engine: str, path: Path, owner_sql: Callable[[], Any], *edits: str | Edit
) -> None:
    """The edits going round the guards: in the closed SQLite file at `path`, or on the
    clinic server with the owner's rights (`owner_sql` opens that connection)."""
    if engine == "sqlite":
        tamper(path, *edits)
        return
    owner = owner_sql()
    try:
        tamper_server(owner, *edits)
    finally:
        owner.close()
