"""`kneedesk server import-sqlite` and `export-sqlite`: a clinic moved onto the server and off it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pg_fixtures import APP_PASSWORD, PgServer

from kneedesk.cli import main
from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_clinic
from kneedesk.store.db import close_db, open_db
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server import init_server
from kneedesk.store.postgres.transfer_check import table_digests
from kneedesk.store.postgres.transfer_tables import TABLES, columns
from kneedesk.store.store import Store


@pytest.fixture
def bare_server(pg_server: PgServer) -> Iterator[str]:
    """A database set up as 'kneedesk server init --no-admin' leaves it: no records."""
    name = pg_server.empty_database()
    with _superuser(pg_server, name) as db:
        init_server(db, APP_PASSWORD)
    yield name
    pg_server.drop(name)


@contextmanager
def _superuser(pg_server: PgServer, database: str) -> Iterator[PgDatabase]:
    db = pg_server.superuser(database)
    try:
        yield db
    finally:
        db.close()


def file_digests(path: Path) -> dict[str, object]:
    db = open_db(path, migrate=False)
    try:
        return table_digests(db, {t.name: columns(db, t.name) for t in TABLES})
    finally:
        close_db(db)


def test_demo_round_trip(pg_server: PgServer, bare_server: str, tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo.sqlite3"
    create_demo_clinic(demo)
    dsn = pg_server.cluster.conninfo(bare_server)
    assert main(["server", "import-sqlite", str(demo), "--dsn", dsn]) == 0, capsys.readouterr()
    print(capsys.readouterr().out)
    out = tmp_path / "out.sqlite3"
    assert main(["server", "export-sqlite", str(out), "--dsn", dsn]) == 0, capsys.readouterr()
    print(capsys.readouterr().out)
    assert file_digests(out) == file_digests(demo)
