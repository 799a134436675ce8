"""The connection test names what is wrong and where, against the test run's cluster."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from server_fixtures import password_server_fixture  # noqa: F401 (a fixture)

from kneedesk.gui.clinic_server.diagnosis import Diagnosis, Field, Problem, classify, diagnose
from kneedesk.store.errors import ServerUnavailableError
from kneedesk.store.postgres.connect import ServerSettings


def test_a_set_up_database_passes(pg_database: ServerSettings) -> None:
    assert diagnose(pg_database, APP_PASSWORD) is None


def test_a_wrong_password_is_the_password_fields(
    password_server: ServerSettings,
) -> None:
    assert diagnose(password_server, APP_PASSWORD) is None
    found = diagnose(password_server, "not the password")
    assert found is not None
    assert found.problem is Problem.WRONG_PASSWORD
    assert found.problem.field is Field.PASSWORD


def test_an_unknown_database_is_the_database_fields(pg_database: ServerSettings) -> None:
    found = diagnose(replace(pg_database, database="no_such_clinic"), APP_PASSWORD)
    assert found is not None
    assert found.problem is Problem.NO_SUCH_DATABASE
    assert found.problem.field is Field.DATABASE


def test_an_unknown_user(pg_database: ServerSettings) -> None:
    found = diagnose(replace(pg_database, user="nobody_here"), APP_PASSWORD)
    assert found is not None
    assert found.problem in (Problem.UNKNOWN_USER, Problem.WRONG_PASSWORD)


def test_a_server_not_running_is_unreachable(tmp_path: Path, pg_database: ServerSettings) -> None:
    found = diagnose(replace(pg_database, host=str(tmp_path)), APP_PASSWORD)
    assert found is not None
    assert found.problem is Problem.UNREACHABLE
    assert found.problem.field is Field.HOST


def test_a_database_never_set_up(pg_server: PgServer) -> None:
    name = pg_server.empty_database()
    try:
        found = diagnose(pg_server.settings(name), APP_PASSWORD)
    finally:
        pg_server.drop(name)
    assert found is not None
    assert found.problem is Problem.NOT_SET_UP


def test_a_newer_kneedesks_database_and_one_needing_an_upgrade(
    pg_server: PgServer, pg_database: ServerSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kneedesk.store.postgres import migrations

    later = migrations.Migration("pg002_later", lambda _db: None)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, later))
    found = diagnose(pg_database, APP_PASSWORD)
    assert found is not None
    assert found.problem is Problem.NEEDS_UPGRADE
    assert found.detail == "pg002_later"
    assert found.problem.field is Field.DATABASE
    monkeypatch.undo()
    owner = pg_server.superuser(pg_database.database)
    try:
        owner.execute(
            "INSERT INTO kneedesk.schema_migrations VALUES ('pg099_future', '2030-01-01')"
        )
    finally:
        owner.close()
    found = diagnose(pg_database, APP_PASSWORD)
    assert found is not None
    assert found.problem is Problem.TOO_NEW


def test_empty_fields_are_named_before_connecting(tmp_path: Path) -> None:
    remote = ServerSettings(host="clinic-server", database="kneedesk", user="kneedesk_app")
    assert diagnose(replace(remote, host=" "), "pw") == Diagnosis(Problem.NO_HOST)
    assert diagnose(remote, "") == Diagnosis(Problem.NO_PASSWORD)
    assert diagnose(remote, "pw") == Diagnosis(Problem.NO_CA_FILE)
    gone = str(tmp_path / "ca.pem")
    assert diagnose(replace(remote, ca_file=gone), "pw") == Diagnosis(Problem.CA_FILE_MISSING, gone)


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            'server certificate for "db.clinic" does not match host name "10.0.0.5"',
            Problem.HOST_NAME_MISMATCH,
        ),
        (
            "connection failed: SSL error: certificate verify failed",
            Problem.CERTIFICATE,
        ),
        (
            'connection failed: could not translate host name "clinc-server" to address: '
            "Name or service not known",
            Problem.UNKNOWN_HOST,
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            "Connection refused\n\tIs the server running on that host and accepting TCP/IP "
            "connections?",
            Problem.UNREACHABLE,
        ),
        ("connection failed: timeout expired", Problem.UNREACHABLE),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "kneedesk_app", '
            'database "kneedesk", SSL encryption',
            Problem.NOT_ALLOWED,
        ),
        ("something nobody expected", Problem.OTHER),
    ],
)
def test_libpq_messages_point_at_their_field(message: str, problem: Problem) -> None:
    error = ServerUnavailableError("KneeDesk cannot reach the clinic server.", "Check it.")
    error.__cause__ = RuntimeError(message)
    assert classify(error).problem is problem


def test_every_problem_has_its_message() -> None:
    from kneedesk.gui.clinic_server.messages import MESSAGES

    assert set(MESSAGES) == set(Problem)
