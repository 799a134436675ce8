"""Backups from the app: when one is due, which old files go, what a backup holds, restoring."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import FAST_HASHER, PASSWORD, FakeClock, file_digest

from kneedesk.store.audit import Action, Entity
from kneedesk.store.backup_preview import current_summary, preview_backup
from kneedesk.store.backup_schedule import (
    DEFAULT_KEEP,
    SERVER_SUFFIX,
    SUFFIX,
    BackupPlan,
    LastBackup,
    backup_file_name,
    database_id,
    is_daily_backup_due,
    last_backup,
    last_backup_age,
    list_backups,
    make_backup,
    needs_reminder,
    next_backup_path,
    parse_backup_name,
    prune_backups,
    read_plan,
    record_backup,
    set_automatic,
    set_folder,
    set_keep,
)
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.db import SCHEMA_VERSION, schema_version
from kneedesk.store.errors import (
    BackupError,
    InvalidValueError,
    MissingDirectoryError,
    NotKneeDeskDatabaseError,
    StoreError,
)
from kneedesk.store.patients import Patient
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

CLINIC_TZ = timezone(timedelta(hours=-5))
DB_ID = "0123abcd"


@pytest.fixture(autouse=True)
def server_scratch_database(request: pytest.FixtureRequest) -> None:
    """On the clinic server a backup is checked in the scratch database set-up makes."""
    if "engine" in request.fixturenames and request.getfixturevalue("engine") == "postgresql":
        request.getfixturevalue("pg_verify_database")


def at(day: int, hour: int, minute: int = 0, tz: timezone = CLINIC_TZ) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def touch_backup(
    folder: Path, when: datetime, db_id: str = DB_ID, n: int = 1, suffix: str = SUFFIX
) -> Path:
    path = folder / backup_file_name(db_id, when, n, suffix)
    path.write_bytes(b"backup " + path.name.encode())
    return path


# --- when a backup is due ---------------------------------------------------------------------


def test_daily_backup_is_due_once_per_calendar_day() -> None:
    assert is_daily_backup_due(None, at(20, 8))
    last = LastBackup(at(20, 8, 5), "a")
    assert not is_daily_backup_due(last, at(20, 8, 6))
    assert not is_daily_backup_due(last, at(20, 23, 59))
    assert is_daily_backup_due(last, at(21, 0, 1))
    assert is_daily_backup_due(last, at(27, 9))


def test_due_compares_days_in_the_clinic_time_zone() -> None:
    # 03:00 UTC on the 21st is still the evening of the 20th five hours west of Greenwich.
    last = LastBackup(datetime(2026, 11, 21, 3, 0, tzinfo=UTC), "a")
    assert not is_daily_backup_due(last, at(20, 23))
    assert is_daily_backup_due(last, at(21, 7))


def test_reminder_after_a_week_without_a_backup() -> None:
    assert needs_reminder(None, at(20, 9))
    assert last_backup_age(None, at(20, 9)) is None
    last = LastBackup(at(10, 9), "a")
    assert not needs_reminder(last, at(17, 9))
    assert needs_reminder(last, at(17, 9, 1))
    assert last_backup_age(last, at(18, 9)) == timedelta(days=8)
    assert last_backup_age(last, at(9, 9)) == timedelta(0)  # a clock set back


def test_last_backup_is_the_newest_recorded_one(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    assert last_backup(store.db) is None
    plan = BackupPlan(tmp_path, False, 5, True, DB_ID)
    first = make_backup(store.db, plan, at(19, 9), automatic=True)
    record_backup(store, first)
    clock.advance(days=1)
    second = make_backup(store.db, plan, at(20, 9), automatic=False)
    record_backup(store, second)
    last = last_backup(store.db)
    assert last is not None
    assert last.file == str(second.info.path)
    assert last.at == clock()
    entry = store.audit.entries(action=Action.BACKUP, limit=1)[0]
    assert entry.entity == Entity.DATABASE
    assert entry.detail["automatic"] is False


# --- names and pruning -----------------------------------------------------------------------


def test_backup_names_read_back() -> None:
    name = backup_file_name(DB_ID, at(20, 9, 5))
    assert name == "kneedesk-2026-11-20-090500-0123abcd.kneedesk-backup"
    assert parse_backup_name(name) == (datetime(2026, 11, 20, 9, 5), DB_ID)
    assert parse_backup_name(backup_file_name(DB_ID, at(20, 9), 3)) is not None
    for other in (
        "kneedesk-2026-11-20-090500-0123abcd.sqlite3",
        "kneedesk-2026-13-20-090500-0123abcd.kneedesk-backup",
        "my-kneedesk-2026-11-20-090500-0123abcd.kneedesk-backup",
        ".kneedesk-2026-11-20-090500-0123abcd.kneedesk-backup.partial-1a2b3c4d",
        "notes.txt",
    ):
        assert parse_backup_name(other) is None


def test_a_second_backup_in_the_same_second_gets_a_new_name(tmp_path: Path) -> None:
    first = touch_backup(tmp_path, at(20, 9))
    second = next_backup_path(tmp_path, DB_ID, at(20, 9))
    assert second != first
    assert second.name.endswith("-2.kneedesk-backup")


def test_pruning_keeps_the_newest_and_touches_nothing_else(tmp_path: Path) -> None:
    ours = [touch_backup(tmp_path, at(day, 9)) for day in range(1, 11)]
    other_db = touch_backup(tmp_path, at(1, 8), db_id="ffff0000")
    strangers = [tmp_path / "notes.txt", tmp_path / "kneedesk.sqlite3", tmp_path / "x.kneedesk"]
    for path in strangers:
        path.write_text("keep me")
    folder_like = tmp_path / backup_file_name(DB_ID, at(1, 7))
    folder_like.mkdir()
    before = {p: file_digest(p) for p in [other_db, *strangers]}

    deleted, problems = prune_backups(tmp_path, DB_ID, 4, protect=ours[-1])

    assert problems == []
    assert sorted(deleted) == sorted(ours[:6])
    assert [f.path for f in list_backups(tmp_path, DB_ID)] == ours[:5:-1]
    assert {p: file_digest(p) for p in before} == before
    assert folder_like.is_dir()


def test_pruning_never_deletes_the_backup_just_made(tmp_path: Path) -> None:
    newer = [touch_backup(tmp_path, at(day, 9)) for day in (20, 21, 22)]
    just_made = touch_backup(tmp_path, at(5, 9))  # the clock was set back
    deleted, _ = prune_backups(tmp_path, DB_ID, 1, protect=just_made)
    assert just_made.exists()
    assert sorted(deleted) == sorted(newer[:2])


def test_list_backups_newest_first_with_sizes(tmp_path: Path) -> None:
    old = touch_backup(tmp_path, at(1, 9))
    new = touch_backup(tmp_path, at(2, 9))
    again = touch_backup(tmp_path, at(2, 9), n=2)
    found = list_backups(tmp_path)
    assert [f.path for f in found] == [again, new, old]
    assert found[0].size == again.stat().st_size
    assert list_backups(tmp_path / "missing") == []


# --- making a backup -------------------------------------------------------------------------


def test_make_backup_verifies_then_prunes(store: Store, patient: Patient, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    suffix = SERVER_SUFFIX if store.engine == "postgresql" else SUFFIX
    old = [touch_backup(folder, at(day, 9), suffix=suffix) for day in (1, 2, 3)]
    plan = BackupPlan(folder, False, 2, True, DB_ID)
    outcome = make_backup(store.db, plan, at(20, 9), automatic=True)
    assert outcome.info.path == folder / backup_file_name(DB_ID, at(20, 9), suffix=suffix)
    assert outcome.info.counts["patients"] == 1
    assert sorted(outcome.deleted) == old[:2]
    assert [f.path for f in list_backups(folder)] == [outcome.info.path, old[2]]
    assert last_backup(store.db) is None  # nothing is written until it is recorded


def test_default_folder_is_made_beside_the_database(sqlite_store: Store) -> None:
    plan = read_plan(sqlite_store)
    assert plan.is_default_folder
    assert plan.folder == sqlite_store.path.parent / "Backups"
    assert (plan.keep, plan.automatic) == (DEFAULT_KEEP, True)
    outcome = make_backup(sqlite_store.db, plan, at(20, 9), automatic=True)
    assert outcome.info.path.parent == plan.folder


def test_a_missing_backup_drive_says_what_to_do(store: Store, tmp_path: Path) -> None:
    plan = BackupPlan(tmp_path / "E-drive", False, 14, True, DB_ID)
    with pytest.raises(MissingDirectoryError) as info:
        make_backup(store.db, plan, at(20, 9), automatic=True)
    assert "is not available" in info.value.what
    assert "Plug in the backup drive" in info.value.todo
    assert not plan.folder.exists()  # never created on someone else's disk


def test_backup_settings(store: Store, tmp_path: Path) -> None:
    set_folder(store.settings, tmp_path)
    set_keep(store.settings, 30)
    set_automatic(store.settings, False)
    plan = read_plan(store)
    assert (plan.folder, plan.is_default_folder, plan.keep, plan.automatic) == (
        tmp_path,
        False,
        30,
        False,
    )
    assert plan.database_id == database_id(store.settings)  # made once, then kept
    set_folder(store.settings, None)
    assert read_plan(store).is_default_folder
    with pytest.raises(MissingDirectoryError):
        set_folder(store.settings, tmp_path / "missing")
    with pytest.raises(InvalidValueError):
        set_folder(store.settings, Path("relative"))
    for bad in (0, 366, True):
        with pytest.raises(InvalidValueError):
            set_keep(store.settings, bad)


# --- preview and restore ---------------------------------------------------------------------


def make_clinic(store: Store) -> Clinician:
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside Sports Clinic"})
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    for n in range(3):
        p = store.patients.create(chart_number=f"KD-{n}", given_name="Runner", family_name=str(n))
        for day in (10, 17):
            visit = store.visits.create_draft(
                p.id, visit_date=f"2026-11-{day + n}", clinician_id=ana.id
            )
            store.visits.save_answer(visit.id, "body_mass", "whole", 60.0 + n)
            if day == 10:
                store.visits.sign(visit.id, ana.id, [{"n": n}], {"plan": n})
    return ana


def test_preview_shows_what_a_backup_holds(
    sqlite_store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    make_clinic(sqlite_store)
    target = tmp_path / "b.kneedesk-backup"
    sqlite_store.backup_to(target)
    preview = preview_backup(target)
    records = preview.records
    assert (records.patients, records.visits, records.signed_visits) == (3, 6, 3)
    assert records.draft_visits == 3
    assert records.newest_visit == "2026-11-19"
    assert records.clinic_name == "Riverside Sports Clinic"
    assert records.last_change == clock()
    assert preview.schema_version == SCHEMA_VERSION
    assert preview.made_at is None  # not one of KneeDesk's names
    assert preview.size == target.stat().st_size
    assert current_summary(sqlite_store.db) == records


def test_preview_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + bytes(200))
    with pytest.raises(NotKneeDeskDatabaseError):
        preview_backup(bogus)


def test_restore_into_an_empty_installation(sqlite_store: Store, tmp_path: Path) -> None:
    ana = make_clinic(sqlite_store)
    visits = [
        v
        for p in sqlite_store.patients.search(limit=10)
        for v in sqlite_store.visits.for_patient(p.id)
    ]
    answers = {v.uid: sqlite_store.visits.answers(v.id) for v in visits}
    backup = tmp_path / "b.kneedesk-backup"
    sqlite_store.backup_to(backup)

    fresh_dir = tmp_path / "new-pc"
    fresh_dir.mkdir()
    with Store.open(fresh_dir / "kneedesk.sqlite3", hasher=FAST_HASHER) as fresh:
        fresh.accounts.create("admin", "New Admin", PASSWORD, Role.ADMIN)
        fresh.sign_in("admin", PASSWORD)
        result = fresh.restore_from(backup)
        assert fresh.current is None
        assert result.previous_copy is not None
        assert result.previous_copy.exists()
        got = [v for p in fresh.patients.search(limit=10) for v in fresh.visits.for_patient(p.id)]
        assert [v.uid for v in got] == [v.uid for v in visits]
        for visit in got:
            assert fresh.visits.answers(visit.id) == answers[visit.uid]
            expected = SignatureStatus.OK if visit.signed else SignatureStatus.UNSIGNED
            assert fresh.signing.verify(visit.id) == expected
        assert fresh.audit.verify_chain().ok
        entry = fresh.audit.entries(limit=1)[0]
        assert (entry.action, entry.detail["by"], entry.detail["from"]) == (
            "restore",
            "admin",
            backup.name,
        )
        assert fresh.sign_in("ana", PASSWORD).id == ana.id
        fresh.patients.create(chart_number="KD-new", given_name="After", family_name="Restore")
    with Store.open(fresh_dir / "kneedesk.sqlite3", hasher=FAST_HASHER) as reopened:
        assert reopened.patients.count() == 4


def test_only_an_administrator_restores(sqlite_store: Store, tmp_path: Path) -> None:
    make_clinic(sqlite_store)
    sqlite_store.accounts.create("ben", "Ben Ode", PASSWORD)
    backup = tmp_path / "b.kneedesk-backup"
    sqlite_store.backup_to(backup)
    before = current_summary(sqlite_store.db)
    with pytest.raises(BackupError, match="Only an administrator"):
        sqlite_store.restore_from(backup)
    sqlite_store.sign_in("ben", PASSWORD)
    with pytest.raises(BackupError, match="Only an administrator"):
        sqlite_store.restore_from(backup)
    assert current_summary(sqlite_store.db) == before


def test_restore_of_a_damaged_backup_changes_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    make_clinic(sqlite_store)
    sqlite_store.sign_in("ana", PASSWORD)
    damaged = tmp_path / "b.kneedesk-backup"
    sqlite_store.backup_to(damaged)
    damaged.write_bytes(damaged.read_bytes()[:8192])
    before = current_summary(sqlite_store.db)
    with pytest.raises(StoreError):
        sqlite_store.restore_from(damaged)
    assert current_summary(sqlite_store.db) == before
    assert sqlite_store.current is not None
    assert not list(sqlite_store.path.parent.glob("*before-restore*"))


def test_restoring_an_older_backup_upgrades_it(sqlite_store: Store, tmp_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "store-schema-v1.sqlite3"
    old = tmp_path / "old.kneedesk-backup"
    shutil.copyfile(fixture, old)
    sqlite_store.accounts.create("admin", "Admin", PASSWORD, Role.ADMIN)
    sqlite_store.sign_in("admin", PASSWORD)
    result = sqlite_store.restore_from(old)
    assert result.info.schema_version == 1
    assert schema_version(sqlite_store.db) == SCHEMA_VERSION
    assert sqlite_store.patients.count(include_archived=True) == result.info.counts["patients"]


def test_a_backup_breaking_the_schema_rules_changes_nothing(
    sqlite_store: Store, tmp_path: Path
) -> None:
    make_clinic(sqlite_store)
    sqlite_store.sign_in("ana", PASSWORD)
    crafted = tmp_path / "b.kneedesk-backup"
    sqlite_store.backup_to(crafted)
    conn = sqlite3.connect(crafted)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute("UPDATE patients SET sex = 'robot'")  # read-only checks cannot see this
    conn.commit()
    conn.close()
    preview_backup(crafted)  # the quick, read-only look passes
    before = current_summary(sqlite_store.db)
    with pytest.raises(BackupError, match="is damaged") as info:
        sqlite_store.restore_from(crafted)
    assert "Nothing was changed" in info.value.todo
    assert current_summary(sqlite_store.db) == before
    assert sqlite_store.current is not None
    left = [p.name for p in sqlite_store.path.parent.iterdir()]
    assert not [name for name in left if "restore" in name]  # no copy, no staging folder
