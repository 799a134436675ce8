"""`kneedesk server init` and `upgrade`, run as the clinic's IT person runs them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pg_fixtures import APP_PASSWORD, PgServer

from kneedesk.cli import main
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import ServerSetupError
from kneedesk.store.postgres import migrations
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.dsn import parse_dsn
from kneedesk.store.store import Store

ADMIN_PASSWORD = "Correct-Horse-Battery-9"


@pytest.fixture
def empty_db(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.empty_database()
    yield name
    pg_server.drop(name)


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Set-up as a script runs it: every answer in the environment, no terminal."""
    monkeypatch.setenv("KNEEDESK_APP_PASSWORD", APP_PASSWORD)
    monkeypatch.setenv("KNEEDESK_ADMIN_USER", "ana")
    monkeypatch.setenv("KNEEDESK_ADMIN_NAME", "Ana Ruiz")
    monkeypatch.setenv("KNEEDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)


def _dsn(pg_server: PgServer, database: str) -> str:
    return pg_server.cluster.conninfo(database)


@pytest.mark.usefixtures("scripted")
def test_init_sets_up_the_server_and_the_first_administrator_signs_in(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "init", "--dsn", _dsn(pg_server, empty_db)]) == 0

    out = capsys.readouterr().out
    assert "kneedesk_owner" in out
    assert "kneedesk_app" in out
    assert "pg001_initial" in out
    assert "First administrator: ana (Ana Ruiz)" in out
    # A workstation connects as the app's role with the password given, and the admin signs in.
    with Store.open_server(pg_server.settings(empty_db), APP_PASSWORD) as store:
        admin = store.sign_in("ana", ADMIN_PASSWORD)
        assert admin.role is Role.ADMIN
        assert [a.username for a in store.accounts.accounts()] == ["ana"]
        assert store.audit.verify_chain().ok


@pytest.mark.usefixtures("scripted")
def test_init_no_admin_leaves_the_server_empty_for_an_import(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "init", "--dsn", _dsn(pg_server, empty_db), "--no-admin"]) == 0

    out = capsys.readouterr().out
    assert "No administrator was added" in out
    assert "import-sqlite" in out
    with Store.open_server(pg_server.settings(empty_db), APP_PASSWORD) as store:
        assert not store.accounts.has_accounts()
        assert store.audit.verify_chain().rows == 0


@pytest.mark.usefixtures("scripted")
def test_init_refuses_a_server_already_set_up_and_changes_nothing(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = _dsn(pg_server, empty_db)
    assert main(["server", "init", "--dsn", dsn]) == 0
    capsys.readouterr()

    assert main(["server", "init", "--dsn", dsn]) == 1

    err = capsys.readouterr().err
    assert "already set up" in err
    assert "kneedesk server upgrade" in err
    with Store.open_server(pg_server.settings(empty_db), APP_PASSWORD) as store:
        assert [a.username for a in store.accounts.accounts()] == ["ana"]


def test_passwords_are_asked_twice_in_a_terminal(
    pg_server: PgServer,
    empty_db: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = iter(["ana", "Ana Ruiz"])
    secrets = iter([APP_PASSWORD, APP_PASSWORD, ADMIN_PASSWORD, ADMIN_PASSWORD])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(secrets))

    assert main(["server", "init", "--dsn", _dsn(pg_server, empty_db)]) == 0

    with Store.open_server(pg_server.settings(empty_db), APP_PASSWORD) as store:
        assert store.sign_in("ana", ADMIN_PASSWORD).role is Role.ADMIN


def test_two_different_passwords_typed_change_nothing(
    pg_server: PgServer,
    empty_db: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secrets = iter([APP_PASSWORD, APP_PASSWORD + "x"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(secrets))

    assert main(["server", "init", "--dsn", _dsn(pg_server, empty_db), "--no-admin"]) == 2

    assert "differ" in capsys.readouterr().err
    _assert_not_set_up(pg_server, empty_db)


@pytest.mark.usefixtures("scripted")
@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("KNEEDESK_APP_PASSWORD", "short", "at least 16"),
        ("KNEEDESK_ADMIN_PASSWORD", "ana", "password has 3 characters"),
        ("KNEEDESK_APP_PASSWORD", "", "set KNEEDESK_APP_PASSWORD"),
    ],
)
def test_an_unusable_password_is_refused_before_the_server_is_touched(
    pg_server: PgServer,
    empty_db: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    message: str,
) -> None:
    monkeypatch.setenv(variable, value)

    assert main(["server", "init", "--dsn", _dsn(pg_server, empty_db)]) == 2

    assert message in capsys.readouterr().err
    _assert_not_set_up(pg_server, empty_db)


@pytest.mark.parametrize(
    ("dsn", "message"),
    [
        ("host=clinic-server.local dbname=kneedesk user=postgres", "sslmode=verify-full"),
        (
            "host=clinic-server.local dbname=kneedesk user=postgres sslmode=require "
            "sslrootcert=ca.crt",
            "sslmode=verify-full",
        ),
        ("postgresql://postgres@10.0.0.5/kneedesk", "sslmode=verify-full"),
        (
            "host=clinic-server.local dbname=kneedesk user=postgres sslmode=verify-full "
            "sslrootcert=/nonexistent/ca.crt",
            "does not exist",
        ),
        ("host=/var/run/postgresql user=postgres", "dbname=kneedesk"),
        ("host=/var/run/postgresql dbname=kneedesk password=hunter2", "PGPASSWORD"),
        ("host=/tmp dbname=kneedesk this is not a dsn", "cannot be read"),
        ("service=clinic dbname=kneedesk", "Write them in the connection string"),
    ],
)
@pytest.mark.usefixtures("scripted")
def test_a_dsn_kneedesk_will_not_use_is_refused_saying_how_to_fix_it(
    dsn: str, message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("PGHOST", "PGSSLMODE", "PGSSLROOTCERT", "PGDATABASE", "PGSERVICE"):
        monkeypatch.delenv(variable, raising=False)

    for command in ("init", "upgrade", "import-sqlite", "export-sqlite"):
        file = [] if command in ("init", "upgrade") else ["clinic.sqlite3"]
        assert main(["server", command, *file, "--dsn", dsn]) == 2
        err = capsys.readouterr().err
        assert message in err
        assert "hunter2" not in err


def test_a_server_over_the_network_with_tls_checked_is_accepted(tmp_path: Path) -> None:
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dsn = parse_dsn(
        f"host=clinic-server.local port=5433 dbname=kneedesk user=postgres "
        f"sslmode=verify-full sslrootcert={ca}",
        environ={},
    )

    settings = dsn.app_settings()
    assert (settings.host, settings.port, settings.database) == (
        "clinic-server.local",
        5433,
        "kneedesk",
    )
    assert (settings.user, settings.ca_file) == ("kneedesk_app", str(ca))
    assert dsn.label == "kneedesk on clinic-server.local:5433"


def test_the_environment_libpq_reads_is_checked_too() -> None:
    with pytest.raises(ServerSetupError, match="sslmode=verify-full"):
        parse_dsn("dbname=kneedesk", environ={"PGHOST": "clinic-server.local"})
    local = parse_dsn("dbname=kneedesk", environ={"PGHOST": "/var/run/postgresql"})
    assert local.local_socket
    assert local.app_settings().ca_file == ""


@pytest.mark.usefixtures("scripted")
def test_upgrade_of_a_server_up_to_date_renews_the_grants(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = _dsn(pg_server, empty_db)
    assert main(["server", "init", "--dsn", dsn, "--no-admin"]) == 0
    with _superuser(pg_server, empty_db) as db:
        db.execute("REVOKE INSERT ON kneedesk.patients FROM kneedesk_app")
    capsys.readouterr()

    assert main(["server", "upgrade", "--dsn", dsn]) == 0

    assert "up to date" in capsys.readouterr().out
    with Store.open_server(pg_server.settings(empty_db), APP_PASSWORD) as store:
        store.accounts.create("ana", "Ana Ruiz", ADMIN_PASSWORD, Role.ADMIN)
        store.sign_in("ana", ADMIN_PASSWORD)
        assert (
            store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Ruiz").id == 1
        )


def test_upgrade_refuses_a_database_never_set_up(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "upgrade", "--dsn", _dsn(pg_server, empty_db)]) == 1
    assert "has not been set up" in capsys.readouterr().err


def test_a_server_that_cannot_be_reached_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "upgrade", "--dsn", f"host={tmp_path} dbname=kneedesk user=x"]) == 1
    err = capsys.readouterr().err
    assert "could not connect to kneedesk on this computer" in err
    assert "server is running" in err


def _assert_not_set_up(pg_server: PgServer, database: str) -> None:
    with _superuser(pg_server, database) as db:
        db.execute("SET search_path = kneedesk")
        assert migrations.applied(db) == []
        roles = db.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'kneedesk'").fetchone()
        assert roles is None


@contextmanager
def _superuser(pg_server: PgServer, database: str) -> Iterator[PgDatabase]:
    db = pg_server.superuser(database)
    try:
        yield db
    finally:
        db.close()


@pytest.mark.usefixtures("scripted")
def test_a_role_that_may_not_create_roles_is_refused_and_nothing_is_changed(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with _superuser(pg_server, empty_db) as db:
        exists = db.execute("SELECT 1 FROM pg_roles WHERE rolname = 'kd_plain'").fetchone()
        if exists is None:
            db.execute("CREATE ROLE kd_plain LOGIN")

    dsn = pg_server.cluster.conninfo(empty_db, user="kd_plain")
    assert main(["server", "init", "--dsn", dsn]) == 1

    err = capsys.readouterr().err
    assert "the server refused" in err
    assert "CREATEROLE" in err
    _assert_not_set_up(pg_server, empty_db)


@pytest.mark.usefixtures("scripted")
def test_check_reports_a_sound_server_and_one_changed_behind_kneedesk(
    pg_server: PgServer, empty_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = _dsn(pg_server, empty_db)
    assert main(["server", "init", "--dsn", dsn]) == 0
    with Store.open_server(pg_server.settings(empty_db), APP_PASSWORD) as store:
        store.sign_in("ana", ADMIN_PASSWORD)
        store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    capsys.readouterr()

    assert main(["server", "check", "--dsn", dsn]) == 0
    out = capsys.readouterr().out
    assert "every guard trigger in place and enabled" in out
    assert out.rstrip().endswith("No problems found.")

    # Someone with the server's keys switches a guard off and rewrites the audit log.
    owner = pg_server.owner(empty_db)
    try:
        owner.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
        owner.execute("UPDATE audit_log SET detail = '{}' WHERE id = 1")
    finally:
        owner.close()
    assert main(["server", "check", "--dsn", dsn]) == 1
    out = capsys.readouterr().out
    assert "changed outside KneeDesk" in out
    assert "problem(s) found" in out
