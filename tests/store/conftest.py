"""Fixtures for the store tests: a fresh database and store per test, on each engine.

Every test that takes `store` runs twice: on a SQLite file and on a database of the test
run's PostgreSQL cluster (clinic server mode), connected as the app's role. A test about
the SQLite file itself (its bytes, locks, journal, backups of the file) asks for
`sqlite_store`, which is a SQLite store only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from sqlite_utils import Database
from store_helpers import FAST_HASHER, PASSWORD, FakeClock

from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.db import close_db, open_db
from kneedesk.store.patients import Patient
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_db(db_path)
    yield database
    close_db(database)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> str:
    """The store's engine: each test taking `store` runs on both."""
    return str(request.param)


@pytest.fixture
def reopen(
    engine: str, request: pytest.FixtureRequest, db_path: Path, clock: FakeClock
) -> Callable[..., Store]:
    """Opens a store on the test's database (the same one each time), with `Store.open`'s
    keyword arguments; the caller closes it."""

    def opener(**options: Any) -> Store:
        if engine == "sqlite":
            return Store.open(db_path, clock=clock, hasher=FAST_HASHER, **options)
        settings: ServerSettings = request.getfixturevalue("pg_database")
        return Store.open_server(settings, APP_PASSWORD, clock=clock, hasher=FAST_HASHER, **options)

    return opener


@pytest.fixture
def store(reopen: Callable[..., Store]) -> Iterator[Store]:
    opened = reopen()
    yield opened
    opened.close()


def _raw(engine: str, request: pytest.FixtureRequest, db_path: Path, as_owner: bool) -> Any:
    if engine == "sqlite":
        return sqlite3.connect(db_path)
    server: PgServer = request.getfixturevalue("pg_server")
    database = request.getfixturevalue("pg_database").database
    return server.owner(database) if as_owner else server.app(database)


@pytest.fixture
def raw_sql(engine: str, request: pytest.FixtureRequest, db_path: Path) -> Callable[[], Any]:
    """Opens a raw connection with the app's rights on the test's database."""
    return lambda: _raw(engine, request, db_path, as_owner=False)


@pytest.fixture
def owner_sql(engine: str, request: pytest.FixtureRequest, db_path: Path) -> Callable[[], Any]:
    """Opens a raw connection with the owner's rights (the file itself, for SQLite)."""
    return lambda: _raw(engine, request, db_path, as_owner=True)


@pytest.fixture
def sqlite_store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    """A store on a SQLite file, for tests of the file itself."""
    opened = Store.open(db_path, clock=clock, hasher=FAST_HASHER)
    yield opened
    opened.close()


@pytest.fixture
def clinician(store: Store) -> Clinician:
    return store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)


@pytest.fixture
def patient(store: Store) -> Patient:
    return store.patients.create(
        chart_number="KD-00123",
        given_name="Zoë",
        family_name="Ångström-Łukasiewicz",
        birth_date="1994-03-02",
        sex="female",
    )


@pytest.fixture
def draft(store: Store, patient: Patient, clinician: Clinician) -> Visit:
    return store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=clinician.id)
