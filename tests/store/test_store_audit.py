"""The audit log: one row per event, written with the change, append-only and hash-chained."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store_helpers import as_owner
from tamper_helpers import tamper_server

from kneedesk.store.audit import GENESIS_HASH, Action, Entity
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store


def fill(store: Store) -> None:
    """A few events of different kinds."""
    ana = store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
    store.sign_in("ana", "correct horse battery")
    patient = store.patients.create(chart_number="1", given_name="Zoë", family_name="Berg")
    store.patients.open(patient.id)
    visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=ana.id)
    store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    store.visits.sign(visit.id, ana.id, [], {})


def test_events_are_recorded_with_the_signed_in_clinician(store: Store) -> None:
    fill(store)
    entries = list(reversed(store.audit.entries()))
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "clinician"),
        ("login", "clinician"),
        ("create", "patient"),
        ("view", "patient"),
        ("create", "visit"),
        ("edit", "visit"),
        ("sign", "visit"),
    ]
    ana = store.accounts.by_username("ana")
    assert ana is not None
    assert entries[0].actor_id is None  # nobody was signed in yet
    assert {e.actor_id for e in entries[1:]} == {ana.id}
    assert entries[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))


def test_chain_verifies(store: Store) -> None:
    fill(store)
    report = store.audit.verify_chain()
    assert report.ok
    assert report.rows == 7
    assert report.head == store.audit.head()


# A trigger refusing every new audit row, as the owner would add it on each engine (on
# SQLite the app holds the file's only connection, and adds it for this connection alone).
FAIL_AUDIT = {
    "sqlite": [
        (
            "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
            [],
        )
    ],
    "postgresql": [
        (
            "CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION USING MESSAGE = 'disk trouble', "
            "ERRCODE = 'integrity_constraint_violation'; END $$",
            [],
        ),
        (
            "CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION fail_audit()",
            [],
        ),
    ],
}
END_FAIL_AUDIT = {
    "sqlite": [("DROP TRIGGER temp.fail_audit", [])],
    "postgresql": [
        ("DROP TRIGGER fail_audit ON audit_log", []),
        ("DROP FUNCTION fail_audit()", []),
    ],
}


def test_audit_row_is_part_of_the_change_transaction(
    store: Store, patient: Patient, owner_sql: Callable[[], Any]
) -> None:
    """If the change fails, its audit row is not written either (and vice versa)."""
    rows = len(store.audit.entries(limit=1000))
    as_owner(store, owner_sql, FAIL_AUDIT[store.engine])
    with pytest.raises(sqlite3.IntegrityError, match="disk trouble"):
        store.patients.update(patient.id, given_name="Changed")
    as_owner(store, owner_sql, END_FAIL_AUDIT[store.engine])
    assert store.patients.get(patient.id).given_name == "Zoë"
    assert len(store.audit.entries(limit=1000)) == rows


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET detail = '{}' WHERE id = 1",
        "UPDATE audit_log SET actor_id = NULL",
        "DELETE FROM audit_log WHERE id = 1",
        "DELETE FROM audit_log",
    ],
)
def test_audit_rows_cannot_be_updated_or_deleted(store: Store, sql: str) -> None:
    fill(store)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute(sql)
    assert store.audit.verify_chain().ok


def edit_behind_the_triggers(
    engine: str, path: Path, owner_sql: Callable[[], Any], statement: str
) -> None:
    if engine == "sqlite":
        conn = sqlite3.connect(path)
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(statement)
        conn.commit()
        conn.close()
        return
    owner = owner_sql()
    try:
        # The server keeps a deleted row's anchor linked to it: the owner deletes both.
        anchor = statement.replace("audit_log WHERE id", "audit_anchors WHERE audit_id")
        edits = [anchor, statement] if statement.startswith("DELETE") else [statement]
        tamper_server(owner, *edits)
    finally:
        owner.close()


@pytest.mark.parametrize(
    ("statement", "first_broken", "words"),
    [
        ('UPDATE audit_log SET detail = \'{"item":"x"}\' WHERE id = 4', 4, "content was changed"),
        ("UPDATE audit_log SET at = '2020-01-01' WHERE id = 2", 2, "content was changed"),
        ("UPDATE audit_log SET actor_id = NULL WHERE id = 5", 5, "content was changed"),
        ("DELETE FROM audit_log WHERE id = 3", 4, "row 3 is missing"),
        ("UPDATE audit_log SET prev_hash = hash WHERE id = 6", 6, "does not follow"),
    ],
)
def test_edited_audit_row_breaks_the_chain(
    engine: str,
    db_path: Path,
    reopen: Callable[..., Store],
    owner_sql: Callable[[], Any],
    statement: str,
    first_broken: int,
    words: str,
) -> None:
    with reopen() as store:
        fill(store)
    edit_behind_the_triggers(engine, db_path, owner_sql, statement)
    with reopen() as store:
        report = store.audit.verify_chain()
    assert not report.ok
    assert report.first_broken_id == first_broken
    assert words in report.reason


def test_entries_filter_and_page(store: Store) -> None:
    fill(store)
    views = store.audit.entries(entity=Entity.PATIENT, action=Action.VIEW)
    assert len(views) == 1
    newest_two = store.audit.entries(limit=2)
    assert [e.id for e in newest_two] == [7, 6]
    assert [e.id for e in store.audit.entries(limit=2, offset=2)] == [5, 4]
