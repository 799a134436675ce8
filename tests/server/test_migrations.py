"""Server schema upgrades: a dump of each released schema, restored into a fresh database,
upgrades to the current schema with its data intact; an upgrade run again changes nothing;
a newer KneeDesk's schema is refused; two upgrades at once take turns.

The dumps are made by tests/fixtures/server/make_dumps.py (see there).
"""

from __future__ import annotations

import hashlib
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from server_helpers import FAST_HASHER, table_columns, table_digests

from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.errors import DatabaseTooNewError
from kneedesk.store.postgres import migrations
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.postgres.server import upgrade_server
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

DUMPS = Path(__file__).parent.parent / "fixtures" / "server"
RELEASED = {"pg001_initial": DUMPS / "pg001.sql"}


def restore(pg_server: PgServer, dump: str) -> ServerSettings:
    """A fresh database holding a plain SQL dump, as restored by the IT person with psql."""
    name = pg_server.empty_database()
    cluster = pg_server.cluster
    subprocess.run(
        [
            cluster.client("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
            "-h", str(cluster.socket_dir), "-p", str(cluster.port), "-d", name,
            "-U", "kd_super",
        ],
        input=dump,
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    return pg_server.settings(name)


def dump_of(pg_server: PgServer, settings: ServerSettings, *options: str) -> str:
    """The database as pg_dump writes it (plain SQL)."""
    cluster = pg_server.cluster
    return subprocess.run(
        [
            cluster.client("pg_dump"), *options, "-h", str(cluster.socket_dir),
            "-p", str(cluster.port), "-U", "kd_super", "-d", settings.database,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout  # fmt: skip


@pytest.fixture(params=list(RELEASED), ids=lambda name: name.split("_")[0])
def released(request: pytest.FixtureRequest, pg_server: PgServer) -> Iterator[ServerSettings]:
    """A fresh database holding a released schema's dump."""
    settings = restore(pg_server, RELEASED[request.param].read_text(encoding="utf-8"))
    yield settings
    pg_server.drop(settings.database)


def upgrade(pg_server: PgServer, settings: ServerSettings) -> list[str]:
    """`kneedesk server upgrade`, as the server's superuser."""
    db = pg_server.superuser(settings.database)
    try:
        return upgrade_server(db)
    finally:
        db.close()


def superuser_sql(pg_server: PgServer, settings: ServerSettings) -> psycopg.Connection[Any]:
    return psycopg.connect(pg_server.cluster.conninfo(settings.database), autocommit=True)


def schema_text(pg_server: PgServer, settings: ServerSettings) -> str:
    """The whole schema as pg_dump writes it (tables, functions, triggers, owners, grants)."""
    out = dump_of(pg_server, settings, "--schema-only")
    # \restrict lines carry a random key each run.
    return "\n".join(line for line in out.splitlines() if "restrict" not in line)


def applied(pg_server: PgServer, settings: ServerSettings) -> list[str]:
    with superuser_sql(pg_server, settings) as conn:
        rows = conn.execute("SELECT name FROM kneedesk.schema_migrations ORDER BY name")
        return [str(r[0]) for r in rows]


def check_fixture_data(store: Store) -> None:
    """Everything make_dumps.py wrote is there and intact."""
    zoe = store.patients.by_uid("fixture-patient-zoe")
    assert zoe is not None
    assert zoe.family_name == "Ångström-Łukasiewicz"
    assert [p.chart_number for p in store.patients.search("ang")] == ["FX-001"]
    assert [p.chart_number for p in store.patients.search("김")] == ["FX-002"]
    assert [p.chart_number for p in store.patients.search("o'brien nuñ")] == ["FX-003"]
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


def test_each_released_dump_is_at_its_schema(
    pg_server: PgServer, released: ServerSettings, request: pytest.FixtureRequest
) -> None:
    name = request.node.callspec.params["released"]
    assert applied(pg_server, released) == list(
        migrations.names()[: migrations.names().index(name) + 1]
    )


def test_released_schema_upgrades_with_its_data_intact(
    pg_server: PgServer, released: ServerSettings
) -> None:
    with superuser_sql(pg_server, released) as conn:
        # Compared on the columns it had: later steps add some (pg004's versions).
        kept = table_columns(conn)
        before = table_digests(conn, skip=("schema_migrations",), columns=kept)
    pending = not_applied(pg_server, released)
    assert upgrade(pg_server, released) == pending
    assert applied(pg_server, released) == list(migrations.names())
    with superuser_sql(pg_server, released) as conn:
        after = table_digests(conn, skip=("schema_migrations",), columns=kept)
        assert {table: after[table] for table in before} == before
        # Tables added since (pg005's presence) start empty.
        empty = table_digests_of_empty(after.keys() - before.keys())
        assert {table: after[table] for table in empty} == empty
        # Every answer and patient from before starts at version 0, every draft at revision 0.
        for sql in (
            "SELECT DISTINCT version FROM kneedesk.answers",
            "SELECT DISTINCT version FROM kneedesk.patients",
            "SELECT DISTINCT revision FROM kneedesk.visits",
        ):
            assert conn.execute(sql).fetchall() == [(0,)]
    with Store.open_server(released, APP_PASSWORD, hasher=FAST_HASHER) as store:
        check_fixture_data(store)
        # And it keeps working: a new visit is saved, signed and sealed on the upgraded schema.
        zoe = store.patients.by_uid("fixture-patient-zoe")
        assert zoe is not None
        visit = store.visits.create_draft(zoe.id, visit_date="2026-03-02", clinician_id=1)
        store.visits.save_answer(visit.id, "body_mass", "whole", 59.0)
        store.visits.sign(visit.id, 1, [], {"exercises": []})
        assert store.signing.verify(visit.id) == SignatureStatus.OK
        assert store.audit.verify_chain().ok


def table_digests_of_empty(tables: set[str]) -> dict[str, str]:
    """What `table_digests` says of each of these tables when it holds no rows."""
    return {table: hashlib.sha256(repr([]).encode()).hexdigest() for table in tables}


def not_applied(pg_server: PgServer, settings: ServerSettings) -> list[str]:
    done = applied(pg_server, settings)
    return [m for m in migrations.names() if m not in done]


def test_upgrade_takes_back_the_database_rights_a_restore_leaves(
    pg_server: PgServer, released: ServerSettings
) -> None:
    def app_may_make_temporary_tables() -> bool:
        with superuser_sql(pg_server, released) as conn:
            row = conn.execute(
                "SELECT has_database_privilege('kneedesk_app', current_database(), 'TEMPORARY')"
            ).fetchone()
            assert row is not None
            return bool(row[0])

    assert app_may_make_temporary_tables()  # PostgreSQL's default for a new database
    upgrade(pg_server, released)
    assert not app_may_make_temporary_tables()


def test_upgrade_run_again_changes_nothing(pg_server: PgServer, released: ServerSettings) -> None:
    upgrade(pg_server, released)
    schema = schema_text(pg_server, released)
    with superuser_sql(pg_server, released) as conn:
        data = table_digests(conn)
    assert upgrade(pg_server, released) == []
    assert schema_text(pg_server, released) == schema
    with superuser_sql(pg_server, released) as conn:
        assert table_digests(conn) == data


def test_a_newer_kneedesks_schema_is_refused(pg_server: PgServer, released: ServerSettings) -> None:
    with superuser_sql(pg_server, released) as conn:
        conn.execute("INSERT INTO kneedesk.schema_migrations VALUES ('pg999_from_the_future', 'x')")
    schema = schema_text(pg_server, released)
    with pytest.raises(DatabaseTooNewError) as info:
        upgrade(pg_server, released)
    message = str(info.value)
    assert "newer version of KneeDesk" in message
    assert "pg999_from_the_future" in message
    assert "Nothing was changed" in message
    assert schema_text(pg_server, released) == schema
    with pytest.raises(DatabaseTooNewError, match="pg999_from_the_future"):
        Store.open_server(released, APP_PASSWORD)


def test_a_workstation_refuses_a_database_not_yet_upgraded(released: ServerSettings) -> None:
    from kneedesk.store.errors import ServerSetupError

    with pytest.raises(ServerSetupError, match="kneedesk server upgrade"):
        Store.open_server(released, APP_PASSWORD)


def test_upgrades_at_once_take_turns(pg_server: PgServer, released: ServerSettings) -> None:
    runs = 4
    pending = not_applied(pg_server, released)
    start = threading.Barrier(runs)
    results: list[list[str]] = []
    errors: list[BaseException] = []
    connections = [pg_server.superuser(released.database) for _ in range(runs)]

    def run(number: int) -> None:
        start.wait()
        try:
            results.append(upgrade_server(connections[number]))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for conn in connections:
        conn.close()
    assert errors == []
    assert sorted(results, key=len) == [[]] * (runs - 1) + [pending]
    assert applied(pg_server, released) == list(migrations.names())
    with Store.open_server(released, APP_PASSWORD, hasher=FAST_HASHER) as store:
        check_fixture_data(store)


def test_every_dump_is_of_a_known_schema_and_the_first_is_the_initial_one() -> None:
    assert migrations.names()[0] == "pg001_initial"
    dumps = sorted(p.name for p in DUMPS.glob("pg*.sql"))
    assert dumps == sorted(path.name for path in RELEASED.values())
    numbers = [name.split("_")[0] for name in migrations.names()]
    assert all(path.stem in numbers for path in RELEASED.values())


def test_an_upgraded_database_has_the_schema_of_a_new_one(
    pg_server: PgServer, released: ServerSettings
) -> None:
    # Tables, checks, indexes, guards, owners and grants: whether a clinic was set up by this
    # version or by an older one and upgraded, it has the same database. (The new one goes
    # through a dump and restore too, as the released one did, so that both checks are
    # written back in the same way: "x BETWEEN 1 AND 2" comes back as "x >= 1 AND x <= 2".)
    upgrade(pg_server, released)
    new = pg_server.settings(pg_server.new_database())
    restored = restore(pg_server, dump_of(pg_server, new))
    try:
        assert schema_text(pg_server, released) == schema_text(pg_server, restored)
    finally:
        pg_server.drop(new.database)
        pg_server.drop(restored.database)
