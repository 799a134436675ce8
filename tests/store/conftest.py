"""Fixtures for the store tests: a fresh database and store per test, on each engine.

Every test that takes `store` runs twice: on a SQLite file and on a database of the test
run's PostgreSQL cluster (clinic server mode), connected as the app's role. A test about
the SQLite file itself (its bytes, locks, journal, backups of the file) asks for
`sqlite_store`, which is a SQLite store only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_fixtures import APP_PASSWORD
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
def store(
    engine: str, request: pytest.FixtureRequest, db_path: Path, clock: FakeClock
) -> Iterator[Store]:
    if engine == "sqlite":
        opened = Store.open(db_path, clock=clock, hasher=FAST_HASHER)
    else:
        settings: ServerSettings = request.getfixturevalue("pg_database")
        opened = Store.open_server(settings, APP_PASSWORD, clock=clock, hasher=FAST_HASHER)
    yield opened
    opened.close()


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
