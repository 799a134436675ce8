"""Fixtures for the use-case tests: a real store in a temporary file and a clinician signed
in (helpers in service_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from service_helpers import BORN, FAST_HASHER, PASSWORD

from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "clinic.kneedesk", hasher=FAST_HASHER)
    yield opened
    opened.close()


@pytest.fixture
def clinician(store: Store) -> Clinician:
    """Ana, an administrator, signed in."""
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    store.sign_in("ana", PASSWORD)
    return ana


@pytest.fixture
def patient(store: Store, clinician: Clinician) -> Patient:
    return store.patients.create(
        chart_number="KD-00123",
        given_name="Zoë",
        family_name="Ångström-Łukasiewicz",
        birth_date=BORN.isoformat(),
        sex="female",
    )
