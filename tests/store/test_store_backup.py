"""Backups with SQLite's backup API (verified), and restoring them."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from store_helpers import FAST_HASHER, file_digest, sqlite_only

from kneedesk.store.backup import backup_to, verify_database_file
from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import (
    BackupError,
    DatabaseInUseError,
    MissingDirectoryError,
    NotKneeDeskDatabaseError,
)
from kneedesk.store.restore import restore_database
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

NUMBER_ITEMS = [
    ("body_mass", 20.0, 300.0),
    ("height", 100.0, 230.0),
    ("knee.squat_pain", 0.0, 10.0),
    ("running.cadence", 120.0, 230.0),
    ("pain.usual", 0.0, 10.0),
    ("pain.worst_week", 0.0, 10.0),
    ("load.longest_run_week", 0.0, 100.0),
]


@pytest.fixture(autouse=True)
def server_scratch_database(request: pytest.FixtureRequest) -> None:
    """On the clinic server a backup is checked in the scratch database set-up makes."""
    if "engine" in request.fixturenames and request.getfixturevalue("engine") == "postgresql":
        request.getfixturevalue("pg_verify_database")


def counts(store: Store) -> dict[str, int]:
    return {
        table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("patients", "visits", "answers", "signed_findings", "audit_log")
    }


@sqlite_only("checks the SQLite backup file itself (journal mode, mode bits, its verification)")
def test_backup_is_a_verified_private_single_file(
    store: Store, draft: object, tmp_path: Path
) -> None:
    target = tmp_path / "backups" / "monday.sqlite3"
    target.parent.mkdir()
    info = store.backup_to(target)
    assert info.path == target
    assert info.counts["patients"] == 1
    if store.engine == "postgresql":
        assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's archive, checked by restoring it
    else:
        assert verify_database_file(target).counts == info.counts
        assert not Path(f"{target}-wal").exists()
        conn = sqlite3.connect(target)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert store.audit.entries()[0].action == "backup"
    assert list(target.parent.iterdir()) == [target]  # no partial files left behind


def test_backup_never_overwrites(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(BackupError) as info:
        store.backup_to(target)
    assert "already exists" in info.value.what
    assert target.read_bytes() == b"precious"


def test_backup_to_a_missing_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(MissingDirectoryError):
        store.backup_to(tmp_path / "usb-stick" / "b.sqlite3")


def test_backup_taken_while_answers_are_saved_restores_consistently(
    db_path: Path, tmp_path: Path
) -> None:
    store = Store.open(db_path, hasher=FAST_HASHER)
    ana = store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
    patients = [
        store.patients.create(chart_number=f"P{n}", given_name="Runner", family_name=str(n))
        for n in range(4)
    ]
    first_signed = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            for round_ in range(6):
                for patient in patients:
                    visit = store.visits.create_draft(
                        patient.id, visit_date=f"2026-0{round_ + 1}-15", clinician_id=ana.id
                    )
                    for n, (item, low, high) in enumerate(NUMBER_ITEMS):
                        value = low + (high - low) * ((round_ * 7 + n) % 10) / 10
                        store.visits.save_answer(visit.id, item, "whole", value)
                    store.visits.sign(visit.id, ana.id, [{"round": round_}], {})
                    first_signed.set()
        except BaseException as exc:  # surfaced in the main thread below
            failures.append(exc)
            first_signed.set()

    thread = threading.Thread(target=writer)
    thread.start()
    first_signed.wait(timeout=60)
    backup = tmp_path / "during.sqlite3"
    taken = backup_to(store.db, backup)  # from this thread, while the writer keeps going
    thread.join(timeout=300)
    assert not failures, failures
    final_counts = counts(store)
    close_db(store.db)

    assert 0 < taken.counts["visits"] <= final_counts["visits"]
    restored_path = tmp_path / "restored.sqlite3"
    restore_database(backup, restored_path)
    with Store.open(restored_path, hasher=FAST_HASHER) as restored:
        got = counts(restored)
        assert {k: got[k] for k in taken.counts} == taken.counts
        # A consistent snapshot: every signed visit verifies, every answer has its audit row.
        signed = restored.visits.signing.signed_visit_ids()
        assert signed
        assert {restored.signing.verify(v) for v in signed} == {SignatureStatus.OK}
        assert got["signed_findings"] == len(signed)
        assert restored.audit.verify_chain().ok
        edits = restored.db.execute(
            "SELECT count(DISTINCT entity_id || ':' || json_extract(detail, '$.item')) "
            "FROM audit_log WHERE action = 'edit'"
        ).fetchone()[0]
        assert edits == got["answers"]
    with Store.open(db_path, hasher=FAST_HASHER) as original:
        assert counts(original) == final_counts


@pytest.fixture
def two_databases(tmp_path: Path) -> tuple[Path, Path]:
    """A clinic database and a backup of an earlier state of it."""
    path = tmp_path / "clinic.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    with Store.open(path, hasher=FAST_HASHER) as store:
        store.patients.create(chart_number="OLD", given_name="In", family_name="Backup")
        store.backup_to(backup)
        store.patients.create(chart_number="NEW", given_name="Only", family_name="Current")
    return path, backup


def charts(path: Path) -> list[str]:
    with Store.open(path, hasher=FAST_HASHER) as store:
        return sorted(p.chart_number for p in store.patients.search())


def test_restore_keeps_the_current_database_as_a_dated_copy(
    two_databases: tuple[Path, Path],
) -> None:
    path, backup = two_databases
    backup_digest = file_digest(backup)
    result = restore_database(backup, path)
    assert charts(path) == ["OLD"]
    assert result.previous_copy is not None
    assert result.previous_copy.name.startswith("clinic.before-restore-")
    assert charts(result.previous_copy) == ["NEW", "OLD"]
    assert file_digest(backup) == backup_digest  # the backup itself is untouched
    with Store.open(path, hasher=FAST_HASHER) as store:
        assert store.audit.entries()[0].action == "restore"
        assert store.audit.verify_chain().ok


def test_restore_refuses_a_bad_file_and_changes_nothing(
    two_databases: tuple[Path, Path], tmp_path: Path
) -> None:
    path, _ = two_databases
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    before = file_digest(path)
    with pytest.raises(NotKneeDeskDatabaseError):
        restore_database(bad, path)
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "backup.sqlite3",
        "clinic.sqlite3",
        "photo.jpg",
    ]


def test_restore_refuses_while_the_database_is_open(two_databases: tuple[Path, Path]) -> None:
    path, backup = two_databases
    db = open_db(path)
    try:
        with pytest.raises(DatabaseInUseError):
            restore_database(backup, path)
    finally:
        close_db(db)
    assert charts(path) == ["NEW", "OLD"]


def test_restore_over_a_damaged_database_moves_it_aside(
    two_databases: tuple[Path, Path],
) -> None:
    path, backup = two_databases
    damaged = path.read_bytes()[:8192]
    path.write_bytes(damaged)
    result = restore_database(backup, path)
    assert charts(path) == ["OLD"]
    assert result.previous_copy is not None
    assert result.previous_copy.read_bytes() == damaged


def test_restore_into_a_new_location(two_databases: tuple[Path, Path], tmp_path: Path) -> None:
    _, backup = two_databases
    target = tmp_path / "new-pc" / "clinic.sqlite3"
    target.parent.mkdir()
    result = restore_database(backup, target)
    assert result.previous_copy is None
    assert charts(target) == ["OLD"]
