"""Fixtures for the store tests: a fresh database file and store per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from store_helpers import FAST_HASHER, PASSWORD, FakeClock

from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.db import close_db, open_db
from kneedesk.store.patients import Patient
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


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
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
