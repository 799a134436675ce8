"""A clinic server that asks for passwords, and a keychain in memory, for the workstation's
connection tests (no test ever reads or writes this computer's own keychain).

The test run's shared cluster trusts every local connection, so a wrong password would get
in. This one (its own throwaway cluster, started once for the tests that ask for it) lets
only its superuser in without a password; the app's role signs in with SCRAM, as on a
clinic's server.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.errors
import psycopg
import pytest
from pg_cluster import SUPERUSER, available, running_cluster
from pg_fixtures import APP_PASSWORD

from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server import APP_ROLE, init_server

DATABASE = "clinic"
HBA = f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n"


@pytest.fixture(scope="session", name="password_server")
def password_server_fixture() -> Iterator[ServerSettings]:
    """A set-up clinic database on a cluster that checks the app role's password."""
    if not available():
        pytest.fail("PostgreSQL is not installed (initdb, pg_ctl): see tests/pg_fixtures.py")
    with running_cluster() as cluster:
        hba = cluster.folder / "data" / "pg_hba.conf"
        hba.write_text(HBA, encoding="utf-8")  # written in place: its owner stays the server's
        cluster.ctl("reload")
        with cluster.admin() as admin:
            admin.execute(f"CREATE DATABASE {DATABASE}")
        db = PgDatabase(
            psycopg.connect(cluster.conninfo(DATABASE), autocommit=True), label=DATABASE
        )
        try:
            init_server(db, APP_PASSWORD)
        finally:
            db.close()
        yield ServerSettings(host=str(cluster.socket_dir), database=DATABASE, user=APP_ROLE)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain that forgets everything at the end of the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(name="memory_keyring")
def memory_keyring_fixture() -> Iterator[MemoryKeyring]:
    """The keychain `keyring` uses during the test: in memory."""
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)
