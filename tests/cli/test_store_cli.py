"""`kneedesk backup`, `restore` and `check` end to end, as a clinic's script would run them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kneedesk.store.db import close_db, open_db
from kneedesk.store.store import Store


def kneedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A small clinic database with a signed visit."""
    path = tmp_path / "clinic.sqlite3"
    with Store.open(path) as store:
        ana = store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
        patient = store.patients.create(
            chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
        )
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=ana.id)
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
        store.visits.sign(visit.id, ana.id, [], {})
    return path


def test_check_reports_a_healthy_database(clinic: Path) -> None:
    result = kneedesk("check", "--db", str(clinic), cwd=clinic.parent)
    assert result.returncode == 0, result.stderr
    assert "No problems found." in result.stdout
    assert "signed visits: 1 match their signatures" in result.stdout
    assert "audit log:" in result.stdout


def test_check_finds_an_altered_visit_and_a_broken_chain(clinic: Path) -> None:
    conn = sqlite3.connect(clinic)
    for name in ("answers_signed_update", "audit_log_no_update"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE answers SET value = '71.5'")
    conn.execute("UPDATE audit_log SET detail = '{}' WHERE id = 3")
    conn.commit()
    conn.close()
    result = kneedesk("check", "--db", str(clinic), cwd=clinic.parent)
    assert result.returncode == 1
    assert "PROBLEM  signed visits: 1 altered since signing" in result.stdout
    assert "PROBLEM  audit log: row 3" in result.stdout
    for name, table in (("answers_signed_update", "answers"), ("audit_log_no_update", "audit_log")):
        assert (
            f"PROBLEM  the database schema was changed outside KneeDesk: missing trigger "
            f"'{name}' on table '{table}'" in result.stdout
        )
    assert "4 problem(s) found" in result.stdout


def test_check_on_another_computer_cannot_verify_anchors_but_passes(
    clinic: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "KNEEDESK_KEY_FILE": str(tmp_path / "elsewhere" / "audit.key")}
    result = subprocess.run(
        [sys.executable, "-m", "kneedesk", "check", "--db", str(clinic)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout
    assert "note     audit anchors: cannot verify anchors on this computer" in result.stdout
    assert "No problems found." in result.stdout


def test_check_reports_a_file_it_cannot_open(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"just some text, not a database")
    result = kneedesk("check", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert "not a KneeDesk database" in result.stdout
    assert path.read_bytes() == b"just some text, not a database"


def test_backup_then_restore(clinic: Path) -> None:
    backup = clinic.parent / "backup.sqlite3"
    result = kneedesk("backup", "--db", str(clinic), "--out", str(backup), cwd=clinic.parent)
    assert result.returncode == 0, result.stderr
    assert "verified" in result.stdout
    copy = sqlite3.connect(backup)
    last_id, last_hash = copy.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    copy.close()
    assert f"Audit log head of the backup: {last_id}:{last_hash[:16]}" in result.stdout
    with Store.open(clinic) as store:
        store.patients.create(chart_number="KD-2", given_name="After", family_name="Backup")
    result = kneedesk("restore", "--db", str(clinic), str(backup), cwd=clinic.parent)
    assert result.returncode == 0, result.stderr
    assert "previous database is kept as" in result.stdout
    with Store.open(clinic) as store:
        assert [p.chart_number for p in store.patients.search()] == ["KD-1"]
    kept = list(clinic.parent.glob("clinic.before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert kneedesk("check", "--db", str(clinic), cwd=clinic.parent).returncode == 0


def test_backup_while_kneedesk_holds_the_database(clinic: Path) -> None:
    backup = clinic.parent / "backup.sqlite3"
    db = open_db(clinic)
    try:
        result = kneedesk("backup", "--db", str(clinic), "--out", str(backup), cwd=clinic.parent)
    finally:
        close_db(db)
    assert result.returncode == 1
    assert "Use Back up in the KneeDesk window" in result.stderr
    assert not backup.exists()


def test_restore_refuses_a_missing_or_foreign_file(clinic: Path) -> None:
    before = clinic.read_bytes()
    missing = kneedesk("restore", "--db", str(clinic), "nope.sqlite3", cwd=clinic.parent)
    assert missing.returncode == 1
    assert "There is no file" in missing.stderr
    foreign = clinic.parent / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    result = kneedesk("restore", "--db", str(clinic), str(foreign), cwd=clinic.parent)
    assert result.returncode == 1
    assert "another program" in result.stderr
    assert clinic.read_bytes() == before


def test_backup_refuses_to_overwrite(clinic: Path) -> None:
    existing = clinic.parent / "existing.sqlite3"
    existing.write_text("keep me")
    result = kneedesk("backup", "--db", str(clinic), "--out", str(existing), cwd=clinic.parent)
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert existing.read_text() == "keep me"


def test_export_then_import_into_an_empty_database(clinic: Path) -> None:
    out = clinic.parent / "export.json"
    result = kneedesk("export", "--db", str(clinic), "--all", "--out", str(out), cwd=clinic.parent)
    assert result.returncode == 0, result.stderr
    assert "Wrote 0 visit document(s)" not in result.stdout
    empty = clinic.parent / "empty.sqlite3"
    result = kneedesk("import", "--db", str(empty), str(out), cwd=clinic.parent)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 visit(s) (1 new patient(s)); 0 were already here." in result.stdout
    again = clinic.parent / "again.json"
    one = kneedesk(
        "export", "--db", str(empty), "--patient", "KD-1", "--out", str(again), cwd=clinic.parent
    )
    assert one.returncode == 0, one.stderr
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_import_of_a_bad_document_prints_one_line_per_problem(clinic: Path) -> None:
    bad = clinic.parent / "bad.json"
    bad.write_text(
        '{"format": "kneedesk-visit", "format_version": 1, "protocol": "runners-knee",'
        ' "protocol_version": 1, "patient": {"id": "X", "given_name": "A", "family_name": "B",'
        ' "birth_date": "1990-01-01", "sex": "female"}, "visit": {"date": "2026-01-01",'
        ' "clinician": "C"}, "answers": {"body_mass": 900, "symptom_side": "middle"}}',
        encoding="utf-8",
    )
    result = kneedesk("import", "--db", str(clinic), str(bad), cwd=clinic.parent)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert "body_mass" in lines[0]
    assert "symptom_side" in lines[1]
    with Store.open(clinic) as store:
        assert store.patients.by_chart_number("X") is None
