"""Schema upgrades: the stored v1 database upgrades intact; a killed upgrade is all or nothing."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlite_utils import Database
from store_helpers import file_digest, start_python

from kneedesk.store.backup import verify_database_file
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.db import SCHEMA_VERSION, close_db, open_db, schema_version
from kneedesk.store.migrations import MIGRATIONS, KneeDeskMigrations
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "store-schema-v1.sqlite3"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "clinic.sqlite3"
    shutil.copyfile(FIXTURE_V1, target)
    return target


def with_extra_migration() -> KneeDeskMigrations:
    """The released migrations plus a future one, to exercise a real upgrade."""
    migrations = released_migrations()

    @migrations()
    def m999_visit_room(db: Database) -> None:
        db.execute("ALTER TABLE visits ADD COLUMN room TEXT NOT NULL DEFAULT ''")

    return migrations


def released_migrations() -> KneeDeskMigrations:
    """A copy of the released migrations (the store's code reads every column they make)."""
    migrations = KneeDeskMigrations("kneedesk")
    for released in MIGRATIONS._migrations:
        migrations(name=released.name)(released.fn)
    return migrations


def test_fixture_is_schema_version_1(v1_copy: Path) -> None:
    # Read a copy: even a read-only open of a WAL database writes -shm/-wal files beside it.
    conn = sqlite3.connect(f"{v1_copy.resolve().as_uri()}?mode=ro", uri=True)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    conn.close()
    assert names == ["m001_initial"]


def check_fixture_data(store: Store) -> None:
    """Everything make_v1.py wrote is there and intact."""
    zoe = store.patients.by_uid("fixture-patient-zoe")
    assert zoe is not None
    assert zoe.family_name == "Ångström-Łukasiewicz"
    assert [p.chart_number for p in store.patients.search("ang")] == ["FX-001"]
    assert [p.chart_number for p in store.patients.search("김")] == ["FX-002"]
    first, second = store.visits.for_patient(zoe.id)
    assert store.visits.answers(first.id) == {
        "body_mass": 61.5,
        "symptom_side": "right",
        "kujala.stairs": "slight_pain_descending",
        "hip.abduction_force": {"left": 182.0, "right": 141.0},
        "load.weekly_distance": [42.0, 30.0, 31.0, 28.0],
        "red_flags.trauma": False,
    }
    assert store.visits.not_tested(first.id) == {"running.cadence": "no treadmill"}
    assert store.signing.verify(first.id) == SignatureStatus.OK
    assert [a.reason for a in store.signing.addenda(first.id)] == ["typo"]
    assert store.visits.answers(second.id) == {"body_mass": 60.0}
    assert not second.signed
    report = store.reports.latest(first.id, "handout")  # type: ignore[arg-type]
    assert report is not None
    assert report.intact
    assert store.settings.get(SettingKey.CLINIC, {})["name"] == "Fixture Sports Clinic"
    assert store.audit.verify_chain().ok
    assert store.accounts.login("fixture", "fixture password").username == "fixture"


def test_v1_fixture_opens_at_the_current_schema_with_data_intact(v1_copy: Path) -> None:
    with Store.open(v1_copy) as store:
        assert schema_version(store.db) == SCHEMA_VERSION
        check_fixture_data(store)


def test_v1_fixture_patients_get_their_search_lines(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(v1_copy) as store:
        monkeypatch.setattr(store.patients.finder, "WALK_FROM", 1)  # search through the name index
        assert [p.chart_number for p in store.patients.search("ang")] == ["FX-001"]
        assert [p.chart_number for p in store.patients.search("김")] == ["FX-002"]


def test_v1_fixture_upgrades_through_a_new_migration_after_a_verified_backup(
    v1_copy: Path,
) -> None:
    migrations = with_extra_migration()
    db = open_db(v1_copy, migrations=migrations)
    try:
        assert [m.name for m in migrations.applied(db)] == [*MIGRATIONS.names(), "m999_visit_room"]
        assert "room" in db.table("visits").columns_dict
        store = Store(db)
        check_fixture_data(store)
    finally:
        close_db(db)
    backups = list(v1_copy.parent.glob(f"clinic.before-{MIGRATIONS.names()[1]}-*.sqlite3"))
    assert len(backups) == 1
    info = verify_database_file(backups[0])
    assert info.schema_version == 1
    assert info.counts["patients"] == 2


def test_upgrade_is_refused_when_the_backup_cannot_be_written(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kneedesk.store import db as db_module
    from kneedesk.store.errors import BackupError

    def failing_backup(*args: object, **kwargs: object) -> None:
        raise BackupError("The disk is full.", "Free some space.")

    monkeypatch.setattr(db_module, "backup_to", failing_backup)
    before = file_digest(v1_copy)
    with pytest.raises(BackupError) as info:
        open_db(v1_copy, migrations=with_extra_migration())
    assert "before upgrading" in info.value.what
    assert file_digest(v1_copy) == before


def test_database_without_pending_migrations_is_not_backed_up(v1_copy: Path) -> None:
    close_db(open_db(v1_copy))  # brings the v1 file up to date, after its one backup
    files = sorted(p.name for p in v1_copy.parent.iterdir())
    assert len(files) == 2
    close_db(open_db(v1_copy))
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == files


def test_released_migration_list_starts_with_the_initial_schema() -> None:
    assert MIGRATIONS.names()[0] == "m001_initial"
    assert len(MIGRATIONS.names()) == SCHEMA_VERSION


SLOW_MIGRATION = """
    import sys
    from kneedesk.store.db import open_db, close_db
    from kneedesk.store.migrations import KneeDeskMigrations, m001_initial

    migrations = KneeDeskMigrations("kneedesk")
    migrations(name="m001_initial")(m001_initial)

    @migrations()
    def m002_bulk(db):
        print("migrating", flush=True)
        db.execute("CREATE TABLE bulk (n INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT")
        mark = int(sys.argv[2])
        for n in range(60_000):
            db.execute("INSERT INTO bulk VALUES (?, ?)", [n, "x" * 40])
            if n == mark:
                print("mark", flush=True)
        db.execute("ALTER TABLE patients ADD COLUMN nickname TEXT")

    db = open_db(sys.argv[1], migrations=migrations)
    close_db(db)
    print("done", flush=True)
"""


def undo_bulk(path: Path) -> None:
    """Take SLOW_MIGRATION's m002_bulk out of a file again."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TABLE bulk")
        conn.execute("ALTER TABLE patients DROP COLUMN nickname")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_bulk'")
        conn.commit()
    finally:
        conn.close()


def migration_state(path: Path) -> tuple[bool, int | None, bool]:
    """(m002 recorded, rows in bulk or None, nickname column exists), read without changing."""
    conn = sqlite3.connect(path)
    try:
        recorded = bool(
            conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = 'm002_bulk'").fetchone()
        )
        has_bulk = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'bulk'").fetchone()
        rows = conn.execute("SELECT count(*) FROM bulk").fetchone()[0] if has_bulk else None
        columns = [r[1] for r in conn.execute("PRAGMA table_info(patients)")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    return recorded, rows, "nickname" in columns


@pytest.mark.slow
def test_killed_migration_leaves_the_database_fully_old_or_fully_new(tmp_path: Path) -> None:
    rng = random.Random(20261120)
    outcomes = set()
    for trial in range(6):
        path = tmp_path / f"trial-{trial}.sqlite3"
        shutil.copyfile(FIXTURE_V1, path)
        # Half the trials are killed at a random row of the migration; the others after a
        # random delay, which may land mid-migration or after it finished.
        at_row = trial % 2 == 0
        mark = rng.randrange(60_000) if at_row else -1
        with start_python(SLOW_MIGRATION, str(path), str(mark)) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "migrating"
            if at_row:
                assert child.stdout.readline().strip() == "mark"
                child.send_signal(signal.SIGKILL)
            else:
                try:
                    child.wait(timeout=rng.uniform(0.0, 1.5))
                except subprocess.TimeoutExpired:
                    child.send_signal(signal.SIGKILL)
            child.wait()
        # Opening with plain sqlite3 replays the WAL exactly as KneeDesk would.
        recorded, rows, nickname = migration_state(path)
        if recorded:
            assert (rows, nickname) == (60_000, True)
            outcomes.add("new")
        else:
            assert (rows, nickname) == (None, False)
            outcomes.add("old")
        # Either way, the next start finishes the job with every record intact.
        result = start_python(SLOW_MIGRATION, str(path), "-1")
        out, err = result.communicate(timeout=300)
        assert result.returncode == 0, err
        assert out.strip().endswith("done")
        assert migration_state(path) == (True, 60_000, True)
        # Then, with the test's own migration taken out again, today's KneeDesk upgrades the
        # file the rest of the way and finds every record.
        undo_bulk(path)
        with Store.open(path) as store:
            check_fixture_data(store)
    assert "old" in outcomes


def up_to(name: str) -> KneeDeskMigrations:
    """The released migrations up to and including `name`."""
    migrations = KneeDeskMigrations("kneedesk")
    for released in MIGRATIONS._migrations:
        migrations(name=released.name)(released.fn)
        if released.name == name:
            break
    return migrations


def rows_of(db: Database, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    return db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()


def test_a_database_at_m008_gets_versions_with_its_data_intact(v1_copy: Path) -> None:
    db = open_db(v1_copy, migrations=up_to("m008_languages"))
    try:
        kept = {t: list(db.table(t).columns_dict) for t in ("patients", "visits", "answers")}
        before = {t: rows_of(db, t, kept[t]) for t in kept}
    finally:
        close_db(db)
    with Store.open(v1_copy) as store:
        upgraded = store.file_db
        assert {t: rows_of(upgraded, t, kept[t]) for t in kept} == before
        for sql in (
            "SELECT DISTINCT version FROM answers",
            "SELECT DISTINCT version FROM patients",
            "SELECT DISTINCT revision FROM visits",
        ):
            assert upgraded.execute(sql).fetchall() == [(0,)]
        zoe = store.patients.by_uid("fixture-patient-zoe")
        assert zoe is not None
        _, draft = store.visits.for_patient(zoe.id)
        # An answer from before is at version 0: a save based on what was shown goes in...
        assert store.visits.answer_versions(draft.id) == {("body_mass", "whole"): 0}
        saved = store.visits.save_answer(draft.id, "body_mass", "whole", 60.5, based_on=0)
        assert (saved.version, saved.revision) == (1, 1)
        # ...and one based on the answer as it was before that save is refused.
        from kneedesk.store.errors import ConflictError

        with pytest.raises(ConflictError) as refused:
            store.visits.save_answer(draft.id, "body_mass", "whole", 59.0, based_on=0)
        assert (refused.value.mine, refused.value.theirs) == (59.0, 60.5)
        assert store.visits.answers(draft.id) == {"body_mass": 60.5}
        check_fixture_data_after_edit = store.patients.update(
            zoe.id, based_on=zoe, given_name="Zoe"
        )
        assert check_fixture_data_after_edit.version == 1
