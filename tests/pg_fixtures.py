"""Fixtures for clinic server mode: the throwaway cluster, and a fresh clinic database per test.

The cluster is started once per test run, on first use. A clinic database set up by
`init_server` (roles, schema, grants) is kept as a template; each test gets its own copy
(CREATE DATABASE ... TEMPLATE, a file copy on the server) and connects as the app's role.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from pg_cluster import Cluster, available, running_cluster

from kneedesk.store.postgres.connect import ServerSettings, connect
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server import (
    APP_ROLE,
    OWNER_ROLE,
    SCHEMA,
    database_rights,
    init_server,
)
from kneedesk.store.postgres.verify_database import ensure_verify_database, verify_database_name

APP_PASSWORD = "app role password for the tests"
TEMPLATE = "kneedesk_template"
_numbers = itertools.count(1)


@dataclass
class PgServer:
    """The running cluster and its template clinic database."""

    cluster: Cluster

    def new_database(self) -> str:
        """A fresh, set-up clinic database (a copy of the template); returns its name."""
        name = f"clinic_{next(_numbers)}"
        with self.cluster.admin() as admin:
            admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        # A copy gets PostgreSQL's default rights on the database, not the template's.
        db = self.superuser(name)
        try:
            for statement in database_rights(db):
                db.execute(statement)
        finally:
            db.close()
        return name

    def empty_database(self) -> str:
        """A new database with nothing in it (for `server init` itself)."""
        name = f"empty_{next(_numbers)}"
        with self.cluster.admin() as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return name

    def settings(self, database: str, user: str = APP_ROLE) -> ServerSettings:
        """How a workstation reaches `database` (over the cluster's local socket)."""
        return ServerSettings(host=str(self.cluster.socket_dir), database=database, user=user)

    def superuser(self, database: str) -> PgDatabase:
        """A connection to `database` as the cluster's superuser (the IT person's)."""
        conn = psycopg.connect(self.cluster.conninfo(database), autocommit=True)
        return PgDatabase(conn, label=database)

    def app(self, database: str) -> RawPg:
        """A connection as the app's role, for raw SQL the app itself never sends."""
        db = connect(self.settings(database), APP_PASSWORD)
        return RawPg(db.conn, label=db.label)

    def owner(self, database: str) -> RawPg:
        """A connection with the owner role's rights (someone with the server's keys who goes
        round the app: the tamperer the store's checks must catch)."""
        conn = psycopg.connect(self.cluster.conninfo(database), autocommit=True)
        conn.execute(f"SET ROLE {OWNER_ROLE}")
        conn.execute(f"SET search_path = {SCHEMA}")
        return RawPg(conn, label=database)

    def add_verify_database(self, database: str) -> str:
        """The scratch database where `database`'s backups are checked, as set-up makes it."""
        db = self.superuser(database)
        try:
            ensure_verify_database(db, APP_ROLE)
        finally:
            db.close()
        return verify_database_name(database)

    def drop(self, database: str) -> None:
        with self.cluster.admin() as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


class RawPg(PgDatabase):
    """A raw connection (autocommit) used like a `sqlite3.Connection` by the tests."""

    def commit(self) -> None:
        """Nothing to do: each statement was committed as it ran."""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The test run's PostgreSQL cluster, with the template clinic database set up."""
    if not available():
        pytest.fail(
            "PostgreSQL is not installed (initdb, pg_ctl): .ci/run installs Debian's "
            "postgresql package; on a workstation, install it to run the server tests"
        )
    with running_cluster() as cluster:
        with cluster.admin() as admin:
            admin.execute(f"CREATE DATABASE {TEMPLATE}")
        server = PgServer(cluster)
        db = server.superuser(TEMPLATE)
        try:
            init_server(db, APP_PASSWORD)
        finally:
            db.close()
        yield server


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[ServerSettings]:
    """A fresh clinic database for one test, as a workstation reaches it (the app's role)."""
    name = pg_server.new_database()
    yield pg_server.settings(name)
    pg_server.drop(name)


@pytest.fixture
def pg_verify_database(pg_server: PgServer, pg_database: ServerSettings) -> Iterator[str]:
    """The scratch database of `pg_database`, for tests that back it up (its name)."""
    name = pg_server.add_verify_database(pg_database.database)
    yield name
    pg_server.drop(name)
