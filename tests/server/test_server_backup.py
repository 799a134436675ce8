"""Backups in clinic server mode: pg_dump archives, each restored and compared before it is kept.

Against the test run's throwaway cluster, with the pg_dump and pg_restore of its version.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from pg_fixtures import APP_PASSWORD, PgServer

from kneedesk.store import backup_schedule
from kneedesk.store.backup_preview import preview_backup
from kneedesk.store.backup_schedule import (
    SERVER_SUFFIX,
    BackupPlan,
    backup_file_name,
    last_backup,
    list_backups,
    make_backup,
    prune_backups,
    read_plan,
    record_backup,
)
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import BackupError, MissingDirectoryError
from kneedesk.store.paths import default_data_dir
from kneedesk.store.postgres.backup import BackupBusyError, backup_server, verify_dump
from kneedesk.store.postgres.client_address import ClientAddress
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.pg_tools import find_tools, search_folders, usual_folders
from kneedesk.store.postgres.server import upgrade_server
from kneedesk.store.postgres.verify_database import verify_database_name
from kneedesk.store.store import Store

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"
DB_ID = "5e4f00d1"
WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def store(pg_database: ServerSettings, pg_verify_database: str) -> Iterator[Store]:
    opened = Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER)
    yield opened
    opened.close()


@pytest.fixture
def admin(store: Store) -> Clinician:
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    store.sign_in("ana", PASSWORD)
    return ana


def pg(store: Store) -> PgDatabase:
    """The store's connection to the clinic server."""
    assert isinstance(store.db, PgDatabase)
    return store.db


def add_patients(store: Store, admin: Clinician, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        patient = store.patients.create(
            chart_number=f"KD-{n}", given_name="Zoë", family_name=f"Müller {n}"
        )
        visit = store.visits.create_draft(
            patient.id, visit_date="2026-11-10", clinician_id=admin.id
        )
        store.visits.save_answer(visit.id, "body_mass", "whole", 60.0 + n)
        if n % 2 == 0:
            store.visits.sign(visit.id, admin.id, [{"n": n}], {"plan": n})


def scratch_schemas(pg_server: PgServer, scratch: str) -> list[str]:
    with pg_server.cluster.admin(scratch) as conn:
        rows = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
            "AND nspname NOT IN ('public', 'information_schema')"
        ).fetchall()
    return [str(r[0]) for r in rows]


# --- a backup, made and verified -------------------------------------------------------------


def test_backup_is_made_verified_recorded_and_listed(
    store: Store, admin: Clinician, pg_server: PgServer, pg_verify_database: str, tmp_path: Path
) -> None:
    add_patients(store, admin, 5)
    plan = BackupPlan(tmp_path, False, 14, True, DB_ID)
    outcome = make_backup(store.db, plan, WHEN, automatic=True)

    path = outcome.info.path
    assert path == tmp_path / backup_file_name(DB_ID, WHEN, suffix=SERVER_SUFFIX)
    assert path.name.endswith(".kneedesk-server.dump")
    assert path.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the clinic's records: user only
    assert outcome.info.counts["patients"] == 5
    assert outcome.info.counts["visits"] == 5
    assert outcome.info.counts["audit_log"] >= 5
    assert outcome.info.schema_version >= 1
    assert outcome.info.audit_head  # the chain's head at the moment of the backup
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no partial file left
    # The scratch database held a copy only while it was compared.
    assert scratch_schemas(pg_server, pg_verify_database) == []

    listed = list_backups(tmp_path)
    assert [(f.path, f.is_server, f.database_id) for f in listed] == [(path, True, DB_ID)]

    record_backup(store, outcome)
    last = last_backup(store.db)
    assert last is not None
    assert last.file == str(path)
    entry = store.audit.entries(limit=1)[0]
    assert entry.detail["patients"] == 5
    assert entry.detail["audit_head"] == outcome.info.audit_head[:16]

    # What pg_restore lists is the clinic's schema, readable by the standard tools.
    listing = subprocess.run(
        [str(find_tools(15).pg_restore), "--list", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "TABLE DATA kneedesk patients" in listing
    assert "TABLE DATA kneedesk audit_log" in listing


def test_the_backup_holds_what_its_snapshot_held_while_others_keep_saving(
    store: Store,
    admin: Clinician,
    pg_database: ServerSettings,
    pg_verify_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A patient saved by another workstation while pg_dump runs is not in the backup, and
    the comparison (made on the dump's own snapshot) still matches."""
    add_patients(store, admin, 3)
    other = Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER)
    other.sign_in("ana", PASSWORD)
    real_popen = subprocess.Popen

    def popen_then_save(*args: Any, **kwargs: Any) -> subprocess.Popen[str]:
        process = real_popen(*args, **kwargs)
        if "--snapshot" in " ".join(args[0]):
            other.patients.create(chart_number="KD-late", given_name="Late", family_name="Save")
        return process

    monkeypatch.setattr("kneedesk.store.postgres.backup.subprocess.Popen", popen_then_save)
    try:
        dump = backup_server(pg(store), tmp_path / "x.kneedesk-server.dump")
    finally:
        other.close()
    assert dump.info.counts["patients"] == 3
    assert store.db.execute("SELECT count(*) FROM patients").fetchone()[0] == 4


def test_the_password_reaches_pg_dump_in_its_environment_only(
    store: Store, admin: Clinician, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_popen = subprocess.Popen

    def spy(args: list[str], **kwargs: Any) -> subprocess.Popen[str]:
        if "env" in kwargs:  # pg_dump and pg_restore (not `--version`)
            seen.append((list(args), dict(kwargs["env"])))
        return real_popen(args, **kwargs)

    monkeypatch.setenv("PGOPTIONS", "-c search_path=elsewhere")
    monkeypatch.setattr(subprocess, "Popen", spy)
    backup_server(pg(store), tmp_path / "x.kneedesk-server.dump")
    programs = [Path(args[0]).name for args, _env in seen]
    assert programs == ["pg_dump", "pg_restore"]
    for args, env in seen:
        assert not any(APP_PASSWORD in a for a in args)
        assert env["PGPASSWORD"] == APP_PASSWORD
        assert "PGOPTIONS" not in env  # the user's own settings cannot redirect it
    assert not any(APP_PASSWORD.encode() in p.read_bytes() for p in tmp_path.iterdir())


# --- verification catches a bad dump ---------------------------------------------------------


def test_a_corrupted_dump_is_caught_by_verification(
    store: Store, admin: Clinician, pg_server: PgServer, pg_verify_database: str, tmp_path: Path
) -> None:
    add_patients(store, admin, 40)
    dump = backup_server(pg(store), tmp_path / "good.kneedesk-server.dump")
    address = ClientAddress.of(pg(store))
    tools = find_tools(15)
    verify_dump(dump.info.path, address, tools, dump.tables)  # the good one passes again

    good = dump.info.path.read_bytes()
    # The table of contents (its statements name the roles) comes first, the rows after it.
    rows_start = max(good.rfind(b"kneedesk_owner"), good.rfind(b"kneedesk_app"))
    for where in (rows_start // 2, (rows_start + len(good)) // 2):
        data = bytearray(good)
        data[where : where + 64] = bytes(b ^ 0x5A for b in data[where : where + 64])
        damaged = tmp_path / f"damaged-{where}.kneedesk-server.dump"
        damaged.write_bytes(bytes(data))
        with pytest.raises(BackupError) as info:
            verify_dump(damaged, address, tools, dump.tables)
        assert "not kept" in info.value.what
        assert "Back up again" in info.value.todo

    cut = tmp_path / "cut.kneedesk-server.dump"
    cut.write_bytes(good[: len(good) * 2 // 3])
    with pytest.raises(BackupError, match="does not restore"):
        verify_dump(cut, address, tools, dump.tables)
    assert scratch_schemas(pg_server, pg_verify_database) == []


def test_a_dump_of_other_records_does_not_pass_as_this_one(
    store: Store, admin: Clinician, tmp_path: Path
) -> None:
    add_patients(store, admin, 2)
    older = backup_server(pg(store), tmp_path / "older.kneedesk-server.dump")
    add_patients(store, admin, 1, start=2)
    newer = backup_server(pg(store), tmp_path / "newer.kneedesk-server.dump")
    with pytest.raises(BackupError) as info:
        verify_dump(older.info.path, ClientAddress.of(pg(store)), find_tools(15), newer.tables)
    assert "does not hold the records it was made from" in info.value.what
    assert "patients: 2 rows, not 3" in info.value.what


# --- what the workstation needs ----------------------------------------------------------------


def test_missing_pg_dump_says_what_to_install(
    store: Store, admin: Clinician, tmp_path: Path
) -> None:
    empty = tmp_path / "no-tools"
    empty.mkdir()
    target = tmp_path / "x.kneedesk-server.dump"
    with pytest.raises(BackupError) as info:
        backup_server(pg(store), target, folders=[empty])
    assert "pg_dump and pg_restore programs are not on this workstation" in info.value.what
    assert "command-line tools, version 15 or newer" in info.value.todo
    assert "postgresql-client" in info.value.todo
    assert not target.exists()


def fake_tool(folder: Path, name: str, version: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) {version}'\n")
    path.chmod(0o755)


def test_an_older_pg_dump_says_it_cannot_back_up_a_newer_server(tmp_path: Path) -> None:
    old = tmp_path / "pg12"
    old.mkdir()
    fake_tool(old, "pg_dump", "12.9")
    fake_tool(old, "pg_restore", "12.9")
    with pytest.raises(BackupError) as info:
        find_tools(15, [old])
    assert "it runs PostgreSQL 15" in info.value.what
    assert f"{old / 'pg_dump'} (version 12)" in info.value.what
    assert "version 15 or newer" in info.value.todo


def test_the_servers_own_version_is_preferred_and_found_on_the_path(tmp_path: Path) -> None:
    newer, same = tmp_path / "17", tmp_path / "15"
    for folder, version in ((newer, "17.2"), (same, "15.4 (Debian 15.4-1)")):
        folder.mkdir()
        fake_tool(folder, "pg_dump", version)
        fake_tool(folder, "pg_restore", version)
    chosen = find_tools(15, [newer, same])
    assert (chosen.pg_dump, chosen.pg_restore, chosen.major) == (
        same / "pg_dump",
        same / "pg_restore",
        15,
    )
    assert find_tools(16, [same, newer]).major == 17  # a newer pg_dump backs up an older server
    assert find_tools(15).major >= 15  # the cluster's own, on the PATH or in /usr/lib/postgresql


def test_the_path_comes_first_then_where_installers_put_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = search_folders(f"{tmp_path}{os.pathsep}{tmp_path}")
    assert folders[0] == tmp_path
    assert folders.count(tmp_path) == 1
    assert folders[1:] == usual_folders()
    for version in ("15", "16", "9.6", "pgAdmin 4"):
        (tmp_path / "PostgreSQL" / version).mkdir(parents=True)
    for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    assert usual_folders("win32") == [
        tmp_path / "PostgreSQL" / v / "bin" for v in ("16", "15", "9.6")
    ]


def test_without_the_scratch_database_it_says_to_run_server_upgrade(
    pg_database: ServerSettings, tmp_path: Path
) -> None:
    with (
        Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER) as store,
        pytest.raises(BackupError) as info,
    ):
        backup_server(pg(store), tmp_path / "x.kneedesk-server.dump")
    assert verify_database_name(pg_database.database) in info.value.what
    assert "kneedesk server upgrade" in info.value.todo
    assert list(tmp_path.iterdir()) == []


def test_a_scratch_database_of_another_role_is_named_with_the_fix(
    store: Store, pg_server: PgServer, pg_verify_database: str, tmp_path: Path
) -> None:
    with pg_server.cluster.admin() as conn:
        conn.execute(f"ALTER DATABASE {pg_verify_database} OWNER TO kd_super")
    with pytest.raises(BackupError) as info:
        backup_server(pg(store), tmp_path / "x.kneedesk-server.dump")
    assert "belongs to kd_super, not to the app's role kneedesk_app" in info.value.what
    assert f'ALTER DATABASE "{pg_verify_database}" OWNER TO "kneedesk_app"' in info.value.todo
    assert list(tmp_path.iterdir()) == []


def test_one_workstation_backs_up_at_a_time(
    store: Store, pg_server: PgServer, pg_database: ServerSettings, tmp_path: Path
) -> None:
    with pg_server.cluster.admin(pg_database.database) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [0x4B44626B7570])  # another's backup
        with pytest.raises(BackupBusyError) as info:
            backup_server(pg(store), tmp_path / "x.kneedesk-server.dump")
    assert "Another workstation is backing up" in info.value.what
    assert list(tmp_path.iterdir()) == []
    backup_server(pg(store), tmp_path / "x.kneedesk-server.dump")  # once it has finished


# --- the schedule and the folder ---------------------------------------------------------------


def test_server_mode_uses_the_same_schedule_in_this_workstations_folder(
    store: Store, admin: Clinician, tmp_path: Path
) -> None:
    plan = read_plan(store)
    assert plan.is_default_folder
    assert plan.folder == default_data_dir() / "Backups"
    assert plan.automatic
    assert plan.keep == backup_schedule.DEFAULT_KEEP
    now = datetime.now().astimezone()
    assert backup_schedule.is_daily_backup_due(last_backup(store.db), now)
    plan = BackupPlan(tmp_path, False, 1, True, DB_ID)
    record_backup(store, make_backup(store.db, plan, now, automatic=True))
    # The day's backup is in the server's audit log: no other workstation makes one today.
    assert not backup_schedule.is_daily_backup_due(last_backup(store.db), now)
    assert backup_schedule.is_daily_backup_due(last_backup(store.db), now + timedelta(days=1))


def test_pruning_keeps_server_and_file_backups_apart(tmp_path: Path) -> None:
    files = [tmp_path / backup_file_name(DB_ID, WHEN - timedelta(days=d)) for d in (1, 2)]
    server = [
        tmp_path / backup_file_name(DB_ID, WHEN - timedelta(days=d), suffix=SERVER_SUFFIX)
        for d in (0, 3, 4)
    ]
    for path in files + server:
        path.write_bytes(b"x")
    deleted, problems = prune_backups(tmp_path, DB_ID, 1, server[0])
    assert (sorted(deleted), problems) == (sorted(server[1:]), [])
    assert all(p.exists() for p in files)


def test_a_missing_backup_drive_says_what_to_do(store: Store, tmp_path: Path) -> None:
    plan = BackupPlan(tmp_path / "E-drive", False, 14, True, DB_ID)
    with pytest.raises(MissingDirectoryError, match="is not available"):
        make_backup(store.db, plan, WHEN, automatic=False)


# --- restore is the IT person's job ------------------------------------------------------------


def test_restoring_a_server_backup_from_the_app_is_refused_with_the_steps(
    store: Store, admin: Clinician, tmp_path: Path
) -> None:
    add_patients(store, admin, 2)
    dump = backup_server(pg(store), tmp_path / "x.kneedesk-server.dump").info.path
    for refuse in (store.restore_from, preview_backup):
        with pytest.raises(BackupError) as info:
            refuse(dump)
        todo = info.value.todo
        assert "restored on the server by the person who looks after it" in info.value.what
        assert "pg_restore" in todo
        assert "fresh, empty database" in todo
        assert "kneedesk server upgrade" in todo
        assert "docs/clinic-server.md" in todo
        assert "Nothing was changed" in todo
    assert store.db.execute("SELECT count(*) FROM patients").fetchone()[0] == 2


def test_the_documented_restore_brings_the_clinic_back(
    store: Store, admin: Clinician, pg_server: PgServer, tmp_path: Path
) -> None:
    """docs/clinic-server.md, 'Restoring a backup of the server', step by step."""
    add_patients(store, admin, 3)
    dump = backup_server(pg(store), tmp_path / "x.kneedesk-server.dump").info.path
    restored = "clinic_restored"
    cluster = pg_server.cluster
    tools = find_tools(15)
    os.chmod(tmp_path, 0o755)  # the cluster's account reads the file (as on a real server)
    os.chmod(dump, 0o644)
    try:
        with cluster.admin() as conn:
            conn.execute(f"CREATE DATABASE {restored} TEMPLATE template0")
        subprocess.run(
            [
                str(tools.pg_restore),
                "--dbname",
                cluster.conninfo(restored),
                "--single-transaction",
                "--exit-on-error",
                str(dump),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        with cluster.admin(restored) as conn:
            conn.execute(f"REVOKE ALL ON DATABASE {restored} FROM PUBLIC")
            conn.execute(f"GRANT CONNECT ON DATABASE {restored} TO kneedesk_app")
        db = pg_server.superuser(restored)
        try:
            upgrade_server(db)
        finally:
            db.close()

        back = Store.open_server(pg_server.settings(restored), APP_PASSWORD, hasher=FAST_HASHER)
        try:
            back.sign_in("ana", PASSWORD)
            assert back.db.execute("SELECT count(*) FROM patients").fetchone()[0] == 3
            assert back.audit.verify_chain().ok
            back.patients.create(chart_number="KD-new", given_name="After", family_name="Restore")
            # The guards came back with their owner: the app's role cannot rewrite history.
            with pytest.raises(Exception, match="not allowed|permission denied|refused"):
                back.db.execute("DELETE FROM audit_log")
            # And the restored clinic's backups are checked in its own scratch database.
            again = backup_server(pg(back), tmp_path / "again.kneedesk-server.dump")
            assert again.info.counts["patients"] == 4
        finally:
            back.close()
    finally:
        pg_server.drop(verify_database_name(restored))
        pg_server.drop(restored)


def test_no_password_in_the_scratch_connection_string(store: Store) -> None:
    address = ClientAddress.of(pg(store))
    assert APP_PASSWORD not in address.conninfo()
    assert "dbname=" in address.conninfo(verify_database_name(address.database))
    assert "options" not in address.params  # not the app's short statement timeout
    assert address.password == APP_PASSWORD
