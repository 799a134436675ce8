"""`kneedesk server import-sqlite` and `export-sqlite`: a clinic moved onto the server and off it.

What the IT person checks: every record arrives (the same rows, digest for digest), the
clinic works on the server afterwards (the demo login, search, new records after the
imported ones), a file that does not verify is refused with nothing kept, and the copy
made for leaving the server opens in KneeDesk like any clinic file.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from kept_stills import make_still
from pg_fixtures import APP_PASSWORD, PgServer

from kneedesk.cli import main
from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_clinic
from kneedesk.services.signing import sign_visit
from kneedesk.store.audit import row_hash
from kneedesk.store.canonical import canonical_json
from kneedesk.store.checks import check_database
from kneedesk.store.db import close_db, open_db
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server import init_server
from kneedesk.store.postgres.transfer_check import table_digests
from kneedesk.store.postgres.transfer_tables import TABLES, TableDigest, columns
from kneedesk.store.search_text import search_fields, search_line, sort_key
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

PDF = b"%PDF-1.7\n% a handout\n%%EOF\n"
AT = "2026-03-02T09:00:00.000000Z"


# --- the clinics -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo clinic, with a kept still, an addendum and a stored handout added."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_clinic(path, today=date(2026, 3, 2))
    with Store.open(path) as store:
        me = store.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        signed = store.visits.get(store.signing.signed_visit_ids()[0])
        store.signing.add_addendum(signed.id, me.id, "typo", "Pain was 4, not 5.")
        store.reports.store(signed.id, "handout", PDF, created_by=me.id)
        draft_id = store.db.execute(
            "SELECT id FROM visits WHERE status = 'draft' ORDER BY id LIMIT 1"
        ).fetchone()[0]
        store.stills.set_consent(draft_id, True, me.id)
        store.stills.add(draft_id, make_still(), me.id)
        sign_visit(store, draft_id, me.id)
        assert store.stills.for_visit(draft_id)
        store.sign_out()
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "clinic.sqlite3"
    shutil.copy(demo_master, copy)
    return copy


@pytest.fixture
def bare_server(pg_server: PgServer) -> Iterator[str]:
    """A database as 'kneedesk server init --no-admin' leaves it: set up, no records."""
    name = pg_server.empty_database()
    with _superuser(pg_server, name) as db:
        init_server(db, APP_PASSWORD)
    yield name
    pg_server.drop(name)


@contextmanager
def _superuser(pg_server: PgServer, database: str) -> Iterator[PgDatabase]:
    db = pg_server.superuser(database)
    try:
        yield db
    finally:
        db.close()


def file_digests(path: Path) -> dict[str, TableDigest]:
    db = open_db(path, migrate=False)
    try:
        return table_digests(db, {t.name: columns(db, t.name) for t in TABLES})
    finally:
        close_db(db)


def server_rows(pg_server: PgServer, database: str) -> dict[str, int]:
    with _superuser(pg_server, database) as db:
        return {
            t.name: db.execute(f"SELECT count(*) FROM kneedesk.{t.name}").fetchone()[0]
            for t in TABLES
        }


def run(*args: str) -> int:
    return main(["server", *args])


# --- the demo clinic ---------------------------------------------------------------------------


def test_the_demo_clinic_moves_onto_the_server_and_works_there(
    pg_server: PgServer, bare_server: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digests(demo)
    dsn = pg_server.cluster.conninfo(bare_server)

    assert run("import-sqlite", str(demo), "--dsn", dsn) == 0

    out = capsys.readouterr().out
    assert f"{before['patients'].rows} patients" in out
    assert "1 stored reports" in out
    assert "1 stills" in out
    assert "signature(s) verify on the server" in out
    assert server_rows(pg_server, bare_server) == {n: d.rows for n, d in before.items()}
    assert file_digests(demo) == before  # the clinic's file is not changed
    with Store.open_server(pg_server.settings(bare_server), APP_PASSWORD) as store:
        assert store.audit.verify_chain().rows == before["audit_log"].rows
        me = store.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        assert [p.family_name for p in store.patients.search("lukasiewicz")] == [
            "Ångström-Łukasiewicz"
        ]
        signed = store.signing.signed_visit_ids()
        assert signed
        assert {store.signing.verify(v) for v in signed} == {SignatureStatus.OK}
        assert store.audit.verify_chain().ok
        # New records are numbered after the imported ones.
        added = store.patients.create(chart_number="NEW-1", given_name="Ada", family_name="Obi")
        assert added.id == before["patients"].rows + 1
        assert (
            store.visits.create_draft(added.id, visit_date="2026-03-02", clinician_id=me.id).id
            > before["visits"].rows
        )
    # The guards are the app role's as before: history cannot be rewritten by raw SQL.
    workstation = Store.open_server(pg_server.settings(bare_server), APP_PASSWORD)
    with workstation, pytest.raises(sqlite3.IntegrityError):
        workstation.db.execute("UPDATE audit_log SET detail = '{}' WHERE id = 1")


def test_a_round_trip_through_export_gives_the_same_clinic_back(
    pg_server: PgServer,
    bare_server: str,
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    dsn = pg_server.cluster.conninfo(bare_server)
    assert run("import-sqlite", str(demo), "--dsn", dsn) == 0
    copy = tmp_path / "archive.sqlite3"

    assert run("export-sqlite", str(copy), "--dsn", dsn) == 0

    assert "verify in the file" in capsys.readouterr().out
    assert file_digests(copy) == file_digests(demo)
    report = check_database(copy)
    assert not report.problems, report.lines
    # It opens as any clinic file does: the login, search (its index rebuilt), signatures.
    with Store.open(copy) as store:
        store.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        assert [p.given_name for p in store.patients.search("angstrom")] == ["Zoë"]
        assert {store.signing.verify(v) for v in store.signing.signed_visit_ids()} == {
            SignatureStatus.OK
        }


# --- refusals ----------------------------------------------------------------------------------


def test_a_server_holding_records_is_refused(
    pg_server: PgServer, bare_server: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = pg_server.cluster.conninfo(bare_server)
    assert run("import-sqlite", str(demo), "--dsn", dsn) == 0
    held = server_rows(pg_server, bare_server)
    capsys.readouterr()

    assert run("import-sqlite", str(demo), "--dsn", dsn) == 1

    err = capsys.readouterr().err
    assert "already holds records" in err
    assert "init --no-admin" in err
    assert server_rows(pg_server, bare_server) == held


def test_a_file_whose_signature_does_not_verify_leaves_nothing_on_the_server(
    pg_server: PgServer, bare_server: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A signed answer changed behind KneeDesk's back (its guard dropped first).
    raw = sqlite3.connect(demo)
    visit_id = raw.execute("SELECT min(id) FROM visits WHERE status = 'signed'").fetchone()[0]
    raw.execute("DROP TRIGGER answers_signed_update")
    item, side = raw.execute(
        "SELECT item_id, side FROM answers WHERE visit_id = ? AND value IS NOT NULL LIMIT 1",
        [visit_id],
    ).fetchone()
    raw.execute(
        "UPDATE answers SET value = '9' WHERE visit_id = ? AND item_id = ? AND side = ?",
        [visit_id, item, side],
    )
    raw.commit()
    raw.close()

    assert run("import-sqlite", str(demo), "--dsn", pg_server.cluster.conninfo(bare_server)) == 1

    err = capsys.readouterr().err
    assert f"visit {visit_id} does not verify" in err
    assert "Nothing was kept" in err
    assert set(server_rows(pg_server, bare_server).values()) == {0}


def test_a_file_open_in_kneedesk_is_not_imported(
    pg_server: PgServer, bare_server: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(demo):
        assert (
            run("import-sqlite", str(demo), "--dsn", pg_server.cluster.conninfo(bare_server)) == 1
        )
    assert "Close KneeDesk" in capsys.readouterr().err
    assert set(server_rows(pg_server, bare_server).values()) == {0}


def test_a_server_never_set_up_is_refused(
    pg_server: PgServer, demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = pg_server.empty_database()
    try:
        dsn = pg_server.cluster.conninfo(empty)
        assert run("import-sqlite", str(demo), "--dsn", dsn) == 1
        assert "kneedesk server init" in capsys.readouterr().err
        assert run("export-sqlite", str(tmp_path / "out.sqlite3"), "--dsn", dsn) == 1
        assert "kneedesk server init" in capsys.readouterr().err
        assert not (tmp_path / "out.sqlite3").exists()
    finally:
        pg_server.drop(empty)


def test_export_never_overwrites_a_file(
    pg_server: PgServer, bare_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "archive.sqlite3"
    existing.write_bytes(b"someone's file")

    assert (
        run("export-sqlite", str(existing), "--dsn", pg_server.cluster.conninfo(bare_server)) == 1
    )

    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"someone's file"


def test_a_role_that_may_not_act_as_the_owner_is_refused(
    pg_server: PgServer, bare_server: str, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = pg_server.cluster.conninfo(bare_server, user="kneedesk_app")

    assert run("import-sqlite", str(demo), "--dsn", dsn) == 1

    assert "may not act as kneedesk_owner" in capsys.readouterr().err
    assert set(server_rows(pg_server, bare_server).values()) == {0}


# --- a clinic of 10,000 patients ---------------------------------------------------------------


def add_patients(path: Path, count: int) -> None:
    """Add `count` patients, each with a draft visit and its answers, as the app records
    them (search index, audit rows chained), in bulk."""
    db = open_db(path)
    try:
        with db.atomic():
            protocol, version, clinician = db.execute(
                "SELECT protocol, protocol_version, clinician_id FROM visits LIMIT 1"
            ).fetchone()
            patient_id = db.execute("SELECT max(id) FROM patients").fetchone()[0]
            visit_id = db.execute("SELECT max(id) FROM visits").fetchone()[0]
            audit_id, prev = db.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            patients, index, visits, answers, audit = [], [], [], [], []
            for n in range(count):
                patient_id += 1
                visit_id += 1
                given, family = f"Runner{n}", f"Bulkfamily{n % 997}"
                chart, born = f"BULK-{n:05d}", f"{1960 + n % 50}-0{1 + n % 9}-1{n % 10}"
                patients.append(
                    (patient_id, uuid.uuid4().hex, chart, given, family, born, "female",
                     sort_key(family, given), AT, AT, search_line(given, family, chart, born))
                )  # fmt: skip
                fields = search_fields(given, family, chart, born)
                index.append((patient_id, *fields.values()))
                visits.append(
                    (visit_id, uuid.uuid4().hex, patient_id, protocol, version, "2026-03-01",
                     clinician, "Demo Clinician", AT, AT)
                )  # fmt: skip
                for item in ("pain.nrs", "hip.step_down", "knee.swelling"):
                    answers.append((visit_id, item, "whole", str(n % 10), AT))
                for entity, ref in (("patient", patient_id), ("visit", visit_id)):
                    audit_id += 1
                    detail = canonical_json({"bulk": n})
                    digest = row_hash(
                        prev, audit_id, AT, clinician, "create", entity, str(ref), detail
                    )
                    audit.append(
                        (audit_id, AT, clinician, "create", entity, str(ref), detail, prev, digest)
                    )
                    prev = digest
            db.conn.executemany(
                "INSERT INTO patients (id, uid, chart_number, given_name, family_name, "
                "birth_date, sex, sort_key, created_at, updated_at, search_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                patients,
            )
            db.conn.executemany(
                f"INSERT INTO patients_fts (rowid, {', '.join(fields)}) VALUES "
                f"(?{', ?' * len(fields)})",
                index,
            )
            db.conn.executemany(
                "INSERT INTO visits (id, uid, patient_id, protocol, protocol_version, "
                "visit_date, clinician_id, clinician_name, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                visits,
            )
            db.conn.executemany(
                "INSERT INTO answers (visit_id, item_id, side, value, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                answers,
            )
            db.conn.executemany(
                "INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                audit,
            )
    finally:
        close_db(db)


@pytest.mark.slow
def test_a_clinic_of_ten_thousand_patients_round_trips_with_equal_digests(
    pg_server: PgServer,
    bare_server: str,
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_patients(demo, 10_000)
    before = file_digests(demo)
    assert before["patients"].rows > 10_000
    dsn = pg_server.cluster.conninfo(bare_server)

    assert run("import-sqlite", str(demo), "--dsn", dsn) == 0
    copy = tmp_path / "archive.sqlite3"
    assert run("export-sqlite", str(copy), "--dsn", dsn) == 0

    assert file_digests(copy) == before
    with Store.open(copy) as store:
        assert store.patients.count(include_archived=True) == before["patients"].rows
        assert [p.chart_number for p in store.patients.search("BULK-09999")] == ["BULK-09999"]
    with Store.open_server(pg_server.settings(bare_server), APP_PASSWORD) as store:
        assert [p.chart_number for p in store.patients.search("runner9999")] == ["BULK-09999"]
