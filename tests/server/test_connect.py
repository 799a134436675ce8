"""Connecting a workstation to the clinic server: over TLS only, checked against the clinic's
CA and the server's name, and each way it can fail told apart, with what to fix.

The server here is a throwaway cluster on 127.0.0.1 with a certificate for "localhost" from a
CA made for the test; the tests may open network sockets to 127.0.0.1 and nowhere else.
"""

from __future__ import annotations

import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from server_helpers import TLS_PASSWORD, TlsServer, loopback_cluster

from kneedesk.store.errors import (
    ServerAccessRefusedError,
    ServerCertificateError,
    ServerDatabaseMissingError,
    ServerLoginError,
    ServerSetupError,
    ServerUnavailableError,
    StoreError,
)
from kneedesk.store.postgres.connect import ServerSettings, connect, conninfo_args
from kneedesk.store.store import Store

loopback_only = pytest.mark.allow_hosts(["127.0.0.1"])


def refused(settings: ServerSettings, password: str | None = TLS_PASSWORD) -> StoreError:
    with pytest.raises(StoreError) as info:
        connect(settings, password).close()
    error = info.value
    # Nothing was being saved: the words for a failed write would mislead.
    assert "not saved" not in str(error)
    assert error.todo
    return error


@loopback_only
def test_a_workstation_connects_over_verified_tls(tls_server: TlsServer) -> None:
    db = connect(tls_server.settings(user="kneedesk_app"), APP_PASSWORD)
    try:
        row = db.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert row == (True,)
    finally:
        db.close()
    settings = tls_server.settings(user="kneedesk_app")
    with Store.open_server(settings, APP_PASSWORD) as store:
        patient = store.patients.create(chart_number="TLS-1", given_name="Ana", family_name="Ruiz")
        assert [p.id for p in store.patients.search("ruiz")] == [patient.id]


@loopback_only
def test_wrong_password(tls_server: TlsServer) -> None:
    error = refused(tls_server.settings(), "not the password")
    assert type(error) is ServerLoginError
    assert "kd_user" in error.what
    assert "password" in error.todo


@loopback_only
def test_unknown_user(tls_server: TlsServer) -> None:
    error = refused(tls_server.settings(user="nobody"))
    assert type(error) is ServerLoginError
    assert "'nobody'" in error.what


@loopback_only
def test_no_password_saved(tls_server: TlsServer) -> None:
    error = refused(tls_server.settings(), None)
    assert type(error) is ServerLoginError
    assert "keychain" in error.todo


@loopback_only
def test_unknown_database(tls_server: TlsServer) -> None:
    error = refused(tls_server.settings(database="nosuchdb"))
    assert type(error) is ServerDatabaseMissingError
    assert "'nosuchdb'" in error.what
    assert "database name" in error.todo


@loopback_only
@pytest.mark.parametrize(
    ("database", "user"),
    [("other", "kd_user"), ("clinic", "kd_refused")],
    ids=["no-line", "reject"],
)
def test_refused_by_the_servers_rules(tls_server: TlsServer, database: str, user: str) -> None:
    error = refused(tls_server.settings(database=database, user=user))
    assert type(error) is ServerAccessRefusedError
    assert f"'{user}'" in error.what
    assert f"'{database}'" in error.what
    assert "pg_hba.conf" in error.todo


@loopback_only
def test_a_user_without_the_right_to_connect(tls_server: TlsServer) -> None:
    error = refused(tls_server.settings())  # only the app's role may connect to the clinic
    assert type(error) is ServerAccessRefusedError
    assert "'kd_user' may not connect to database 'clinic'" in error.what
    assert "kneedesk_app" in error.todo


@loopback_only
def test_certificate_from_another_ca(tls_server: TlsServer) -> None:
    settings = tls_server.settings()
    stranger = ServerSettings(
        settings.host, settings.database, settings.user, settings.port,
        str(tls_server.other_ca_file),
    )  # fmt: skip
    error = refused(stranger)
    assert type(error) is ServerCertificateError
    assert "not signed by the clinic's CA" in error.what
    assert "CA file" in error.todo


@loopback_only
def test_certificate_for_another_name(tls_server: TlsServer) -> None:
    error = refused(tls_server.settings(host="127.0.0.1"))
    assert type(error) is ServerCertificateError
    assert "made out for localhost, not for 127.0.0.1" in error.what


@loopback_only
def test_server_down(tls_server: TlsServer) -> None:
    settings = tls_server.settings()
    nobody_there = ServerSettings(
        settings.host, settings.database, settings.user, settings.port + 1, settings.ca_file
    )
    error = refused(nobody_there)
    assert type(error) is ServerUnavailableError
    assert "cannot reach" in error.what
    assert "running" in error.todo


def test_local_server_down(pg_server: PgServer, tmp_path: object) -> None:
    settings = ServerSettings(host=str(tmp_path), database="clinic", user="kneedesk_app")
    error = refused(settings)
    assert type(error) is ServerUnavailableError


@loopback_only
def test_a_server_without_tls_is_refused(tls_server: TlsServer) -> None:
    with loopback_cluster(tls=None) as plain:
        settings = tls_server.settings()
        no_tls = ServerSettings(settings.host, "postgres", "kd_super", plain.port, settings.ca_file)
        error = refused(no_tls)
    assert type(error) is ServerCertificateError
    assert "does not offer TLS" in error.what


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "clinic-server", "::1"])
def test_a_network_connection_needs_the_clinics_ca(host: str) -> None:
    with pytest.raises(ServerSetupError, match="only over TLS"):
        conninfo_args(ServerSettings(host=host, database="clinic", user="kd_user"), "pw")


def test_a_network_connection_always_verifies_the_server(tmp_path: object) -> None:
    from pathlib import Path

    ca = Path(str(tmp_path)) / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    args = conninfo_args(
        ServerSettings(host="clinic-server", database="c", user="u", ca_file=str(ca)), "pw"
    )
    assert args["sslmode"] == "verify-full"
    assert args["sslrootcert"] == str(ca)
    assert args["gssencmode"] == "disable"
    local = conninfo_args(ServerSettings(host="/run/postgresql", database="c", user="u"), "pw")
    assert local["sslmode"] == "disable"


def test_an_unknown_user_on_a_server_that_trusts_this_computer(pg_server: PgServer) -> None:
    # The local socket of the test cluster asks for no password: the server says the role
    # does not exist, rather than that the password is wrong.
    settings = pg_server.settings("kneedesk_template", user="controle")
    error = refused(settings, None)
    assert type(error) is ServerLoginError
    assert "'controle'" in error.what


def test_an_unknown_database_whose_name_has_role_in_it(pg_server: PgServer) -> None:
    error = refused(pg_server.settings("controle"), None)
    assert type(error) is ServerDatabaseMissingError
