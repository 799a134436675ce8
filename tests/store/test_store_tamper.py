"""Every kind of outside edit to the database file is reported by `kneedesk check`.

Each case edits a real clinic file with plain sqlite3 (tamper_helpers), then checks it with
the store's full check. What stays undetectable is listed in docs/store.md (Trust model).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from store_helpers import FAST_HASHER, PASSWORD, FakeClock
from tamper_helpers import (
    Edit,
    append_row,
    digest_of,
    fill_clinic,
    make_clinic,
    rechain,
    recompute_digest,
    sign_row_id,
    tamper,
    tamper_server,
)

from kneedesk.store.anchor_key import KEY_FILE_ENV
from kneedesk.store.checks import CheckReport, check_database
from kneedesk.store.migrations import GUARD_TRIGGERS
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server_checks import check_server
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

BODY_MASS = "UPDATE answers SET value = '71.5' WHERE visit_id = 1 AND item_id = 'body_mass'"


@dataclass(frozen=True)
class Case:
    edits: tuple[str | Edit, ...]
    expected: str
    restore_triggers: bool = True


def _forged_sign_row(conn: sqlite3.Connection) -> dict[str, object]:
    return {"digest": digest_of(conn, 1), "digest_version": 2}


def _rewrite_sign_row(conn: sqlite3.Connection) -> None:
    row_id = sign_row_id(conn, 1)
    detail = f'{{"digest":"{digest_of(conn, 1)}","digest_version":2}}'
    conn.execute("UPDATE audit_log SET detail = ? WHERE id = ?", [detail, row_id])
    rechain(conn, row_id)


def _swap_identities(conn: sqlite3.Connection) -> None:
    columns = "chart_number, given_name, family_name, birth_date"
    one = conn.execute(f"SELECT {columns} FROM patients WHERE id = 1").fetchone()
    two = conn.execute(f"SELECT {columns} FROM patients WHERE id = 2").fetchone()
    conn.execute("UPDATE patients SET chart_number = 'swap' WHERE id = 1")
    sql = (
        "UPDATE patients SET chart_number = ?, given_name = ?, family_name = ?, birth_date = ? "
        "WHERE id = ?"
    )
    conn.execute(sql, [*one, 2])
    conn.execute(sql, [*two, 1])


def _cut_log(keep_anchors: bool) -> Edit:
    def edit(conn: sqlite3.Connection) -> None:
        last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        if not keep_anchors:
            conn.execute("DELETE FROM audit_anchors WHERE audit_id > ?", [last - 3])
        conn.execute("DELETE FROM audit_log WHERE id > ?", [last - 3])

    return edit


def _rebuild_log_from_first_row(conn: sqlite3.Connection) -> None:
    conn.execute("""UPDATE audit_log SET at = '2026-01-01T00:00:00.000000+00:00' WHERE id = 1""")
    rechain(conn, 1)


def _rebuild_log_without_anchors(conn: sqlite3.Connection) -> None:
    _rebuild_log_from_first_row(conn)
    conn.execute("DELETE FROM audit_anchors")


def _forge_last_anchor(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE audit_anchors SET mac = ? WHERE audit_id = (SELECT max(audit_id) FROM "
        "audit_anchors)",
        ["ab" * 32],
    )


def _neuter_trigger(conn: sqlite3.Connection) -> None:
    # Put back every guard, but one that no longer refuses anything, under its own name.
    for sql in GUARD_TRIGGERS:
        if "visits_signed_update" in sql:
            sql = sql.replace("WHEN OLD.status = 'signed'", "WHEN 0")
        conn.execute(sql)


def _insert_admin(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO clinicians (username, display_name, role, password_hash, created_at) "
        "SELECT 'eve', 'Eve', 'admin', password_hash, created_at FROM clinicians WHERE id = 1"
    )


def _replace_report(conn: sqlite3.Connection) -> None:
    pdf = b"%PDF-1.4 another summary"
    conn.execute(
        "UPDATE reports SET pdf = ?, size = ?, sha256 = ? WHERE id = 1",
        [pdf, len(pdf), hashlib.sha256(pdf).hexdigest()],
    )


CASES: dict[str, Case] = {
    "answer edited": Case((BODY_MASS,), "signed visits: 1 altered"),
    "answer edited, digest recomputed": Case(
        (BODY_MASS, recompute_digest(1)), "digest is not the one recorded at signing"
    ),
    "answer edited, digest recomputed, signing row appended": Case(
        (BODY_MASS, recompute_digest(1), append_row("sign", "visit", "1", _forged_sign_row, 1)),
        "audit log altered after",
    ),
    "answer edited, digest recomputed, signing row rewritten, chain rebuilt": Case(
        (BODY_MASS, recompute_digest(1), _rewrite_sign_row), "does not match its anchor"
    ),
    "signed visit turned back into a draft": Case(
        (
            "DELETE FROM addenda WHERE visit_id = 1",
            "DELETE FROM signed_findings WHERE visit_id = 1",
            "UPDATE visits SET status = 'draft', signed_by = NULL, signed_at = NULL, "
            "digest = NULL, digest_version = NULL WHERE id = 1",
        ),
        "was signed on 2026-11-20 09:05:00 UTC but is a draft again",
    ),
    "signed visit deleted": Case(
        (
            "DELETE FROM reports WHERE visit_id = 1",
            "DELETE FROM addenda WHERE visit_id = 1",
            "DELETE FROM signed_findings WHERE visit_id = 1",
            "DELETE FROM answers WHERE visit_id = 1",
            "DELETE FROM visits WHERE id = 1",
        ),
        "visit 1, signed on 2026-11-20 09:05:00 UTC, is gone",
    ),
    "draft visit deleted": Case(("DELETE FROM visits WHERE id = 3",), "visit 3, added on"),
    "patient deleted": Case(("DELETE FROM patients WHERE id = 3",), "patient 3, added on"),
    "patient added": Case(
        (
            "INSERT INTO patients (uid, chart_number, given_name, family_name, sort_key, "
            "created_at, updated_at) VALUES ('x', 'KD-9', 'New', 'One', 'one', 't', 't')",
        ),
        "patient 4 has no record of being added",
    ),
    "addendum deleted": Case(("DELETE FROM addenda WHERE id = 1",), "addendum 1 of visit 1"),
    "addendum edited": Case(("UPDATE addenda SET body = 'Nothing.'",), "signed visits: 1 altered"),
    "two patients' identities swapped": Case((_swap_identities,), "signed visits: 2 altered"),
    "birth date changed": Case(
        ("UPDATE patients SET birth_date = '1994-03-03' WHERE id = 1",),
        "patient 1: birth_date changed without a record",
    ),
    "name of a patient without visits changed": Case(
        ("UPDATE patients SET given_name = 'Ava' WHERE id = 3",),
        "patient 3: given_name changed without a record",
    ),
    "signed visit moved to another patient": Case(
        ("UPDATE visits SET patient_id = 3 WHERE id = 1",), "signed visits: 1 altered"
    ),
    "guard triggers dropped": Case(
        (), "missing trigger 'visits_signed_update' on table 'visits'", False
    ),
    "guard trigger made harmless": Case(
        (_neuter_trigger,),
        "trigger 'visits_signed_update' on table 'visits' differs from KneeDesk's",
        False,
    ),
    "account made administrator": Case(
        ("UPDATE clinicians SET role = 'admin' WHERE id = 2",),
        "account 2: role changed without a record",
    ),
    "administrator account added": Case((_insert_admin,), "account 4 has no record"),
    "deactivated account reactivated": Case(
        ("UPDATE clinicians SET active = 1 WHERE id = 3",), "account 3: active changed"
    ),
    "user name changed": Case(
        ("UPDATE clinicians SET username = 'anna' WHERE id = 1",), "account 1: username changed"
    ),
    "signer renamed": Case(
        ("UPDATE clinicians SET display_name = 'Someone Else' WHERE id = 1",),
        "signed visits: 1 altered",
    ),
    "clinician name on the signed visit changed": Case(
        ("UPDATE visits SET clinician_name = 'Bo Li' WHERE id = 1",), "signed visits: 1 altered"
    ),
    "signing time changed": Case(
        ("UPDATE visits SET signed_at = '2026-11-21T09:00:00.000000+00:00' WHERE id = 1",),
        "signed visits: 1 altered",
    ),
    "audit row edited": Case(
        ("UPDATE audit_log SET actor_id = 2 WHERE id = 5",), "row 5 its content was changed"
    ),
    "audit row deleted": Case(("DELETE FROM audit_log WHERE id = 5",), "row 5 is missing"),
    "last audit rows deleted": Case((_cut_log(keep_anchors=True),), "anchored row(s) are gone"),
    "last audit rows deleted with their anchors": Case(
        (_cut_log(keep_anchors=False),), "rows were removed, or an older copy"
    ),
    "audit log rebuilt from its first row": Case(
        (_rebuild_log_from_first_row,), "does not match its anchor"
    ),
    "audit log rebuilt and every anchor deleted": Case(
        (_rebuild_log_without_anchors,), "is no longer the same"
    ),
    "every anchor deleted": Case(("DELETE FROM audit_anchors",), "has lost its anchor"),
    "anchor forged": Case((_forge_last_anchor,), "does not match its anchor"),
    "stored report deleted": Case(("DELETE FROM reports",), "stored report 1 is gone"),
    "stored report replaced, SHA-256 recomputed": Case(
        (_replace_report,),
        "stored report 1 is not the one printed",
    ),
}


# --- the same edits on the clinic server, by someone with the owner role's rights ----------

# About the SQLite file's own schema (its trigger SQL): the server's have cases of their own.
FILE_ONLY = ("guard triggers dropped", "guard trigger made harmless")


def _drop_guard(owner: PgDatabase) -> None:
    owner.execute("DROP TRIGGER visits_signed_update ON visits")


def _neuter_guard(owner: PgDatabase) -> None:
    _drop_guard(owner)
    owner.execute(
        "CREATE TRIGGER visits_signed_update BEFORE UPDATE ON visits FOR EACH ROW "
        "WHEN (false) EXECUTE FUNCTION kneedesk_refuse('visit is signed: it cannot be changed')"
    )


def _rewire_guard(owner: PgDatabase) -> None:
    _drop_guard(owner)
    owner.execute(
        "CREATE TRIGGER visits_signed_update BEFORE UPDATE ON visits FOR EACH ROW "
        "WHEN (OLD.status = 'signed') EXECUTE FUNCTION kneedesk_refuse('fine')"
    )


def _without_anchor_links(edit: str | Edit) -> Edit:
    """The edit, after dropping the link from anchors to their rows (the server keeps it)."""

    def unlinked(owner: PgDatabase) -> None:
        owner.execute(
            "ALTER TABLE audit_anchors DROP CONSTRAINT IF EXISTS audit_anchors_audit_id_fkey"
        )
        if isinstance(edit, str):
            assert owner.execute(edit).rowcount >= 1, edit
        else:
            edit(owner)

    return unlinked


# Rows of the log that anchors point to: the server refuses to delete them unless the link
# between the two tables is dropped first, which the owner may do.
UNLINKED = ("audit row deleted", "last audit rows deleted")

SERVER_CASES: dict[str, Case] = {
    **{kind: case for kind, case in CASES.items() if kind not in FILE_ONLY + UNLINKED},
    **{
        kind: Case(tuple(_without_anchor_links(e) for e in CASES[kind].edits), CASES[kind].expected)
        for kind in UNLINKED
    },
    "guard triggers disabled": Case(
        (), "trigger 'visits_signed_update' on table 'visits' is disabled", False
    ),
    "guard trigger dropped": Case(
        (_drop_guard,), "missing trigger 'visits_signed_update' on table 'visits'"
    ),
    "guard trigger made harmless": Case(
        (_neuter_guard,), "trigger 'visits_signed_update' on table 'visits' differs from KneeDesk's"
    ),
    "guard trigger given another message": Case(
        (_rewire_guard,), "trigger 'visits_signed_update' on table 'visits' differs from KneeDesk's"
    ),
}


@pytest.mark.parametrize("kind", list(SERVER_CASES), ids=list(SERVER_CASES))
def test_outside_edit_on_the_server_is_reported(
    pg_server: PgServer, pg_database: ServerSettings, clock: FakeClock, kind: str
) -> None:
    with Store.open_server(pg_database, APP_PASSWORD, clock=clock, hasher=FAST_HASHER) as store:
        fill_clinic(store, clock)
        store.sign_in("ana", PASSWORD)  # this workstation remembers the head it saw
        assert isinstance(store.db, PgDatabase)
        before = check_server(store.db)
    assert before.ok, before.lines
    assert not before.notes, before.notes
    case = SERVER_CASES[kind]
    owner = pg_server.owner(pg_database.database)
    try:
        tamper_server(owner, *case.edits, restore_triggers=case.restore_triggers)
    finally:
        owner.close()
    with Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER) as store:
        assert isinstance(store.db, PgDatabase)
        report = check_server(store.db)
    assert not report.ok
    assert case.expected in " | ".join(report.problems), report.lines


def check(path: Path) -> CheckReport:
    return check_database(path)


@pytest.mark.parametrize("kind", list(CASES), ids=list(CASES))
def test_outside_edit_is_reported(db_path: Path, clock: FakeClock, kind: str) -> None:
    make_clinic(db_path, clock)
    before = check(db_path)
    assert before.ok, before.lines
    assert not before.notes, before.notes
    case = CASES[kind]
    tamper(db_path, *case.edits, restore_triggers=case.restore_triggers)
    report = check(db_path)
    assert not report.ok
    assert case.expected in " | ".join(report.problems), report.lines


def test_forged_signature_is_refused_by_the_visit_itself(db_path: Path, clock: FakeClock) -> None:
    make_clinic(db_path, clock)
    tamper(db_path, BODY_MASS, recompute_digest(1))
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        assert store.signing.verify(1) == SignatureStatus.ALTERED
        assert store.signing.verify(2) == SignatureStatus.OK


def test_audited_patient_correction_after_signing_keeps_signatures(
    db_path: Path, clock: FakeClock
) -> None:
    make_clinic(db_path, clock)  # corrects Zoë's family name after her visit was signed
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        store.patients.update(1, birth_date="1994-03-12", chart_number="KD-1A")
        assert store.signing.verify(1) == SignatureStatus.OK
    assert check(db_path).ok


def test_an_older_copy_put_in_place_is_reported(
    db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    make_clinic(db_path, clock)
    older = tmp_path / "older.sqlite3"
    shutil.copy(db_path, older)
    with Store.open(db_path, clock=clock, hasher=FAST_HASHER) as store:
        store.sign_in("ana", PASSWORD)
    shutil.copy(older, db_path)
    report = check(db_path)
    assert "an older copy of the database was put in its place" in " | ".join(report.problems)


def test_restoring_a_backup_in_kneedesk_is_not_reported(
    db_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    make_clinic(db_path, clock, backup=backup)
    with Store.open(db_path, clock=clock, hasher=FAST_HASHER) as store:
        store.patients.create(chart_number="KD-4", given_name="Ida", family_name="Sun")
        store.sign_in("ana", PASSWORD)
        store.restore_from(backup)
    report = check(db_path)
    assert report.ok, report.lines


def test_backup_records_the_audit_head(db_path: Path, clock: FakeClock, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    make_clinic(db_path, clock, backup=backup)
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        (entry,) = [e for e in store.audit.entries(action=None) if e.action == "backup"]
        copy = sqlite3.connect(backup)
        last_id, last_hash = copy.execute(
            "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        copy.close()
    assert entry.detail["audit_rows"] == last_id
    assert entry.detail["audit_head"] == last_hash[:16]


def test_database_moved_to_another_computer_cannot_be_verified_there(
    db_path: Path, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_clinic(db_path, clock)
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "other-computer" / "audit.key"))
    report = check(db_path)
    assert report.ok, report.lines
    assert any("cannot verify anchors on this computer" in n for n in report.notes)
    assert not (tmp_path / "other-computer").exists()  # a check never makes a key

    with Store.open(db_path, clock=clock, hasher=FAST_HASHER) as store:  # used there
        store.sign_in("bo", PASSWORD)
    there = check(db_path)
    assert there.ok, there.lines
    assert not there.notes, there.lines

    monkeypatch.undo()  # back on the first computer
    back = check(db_path)
    assert back.ok, back.lines
    assert any("anchored with another computer's key" in n for n in back.notes)


def test_rows_passed_off_as_another_computers_are_named(db_path: Path, clock: FakeClock) -> None:
    """The one outside addition the check can only call unverifiable (docs: Trust model)."""
    make_clinic(db_path, clock)

    def foreign_anchor(conn: sqlite3.Connection) -> None:
        last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        conn.execute("INSERT INTO audit_anchors VALUES (?, ?, ?)", [last, "0" * 16, "a" * 64])

    tamper(db_path, append_row("view", "patient", "1", {}, 1), foreign_anchor)
    report = check(db_path)
    assert any("cannot verify rows" in n and "0000000000000000" in n for n in report.notes), (
        report.lines
    )
