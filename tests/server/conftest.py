"""Fixtures for the clinic server's own tests: a clinic with a signed visit, and raw SQL
connections as the app's role and as the server's superuser (the IT person's)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher
from pg_fixtures import APP_PASSWORD, PgServer

from kneedesk.store.clinicians import Role
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""Accounts in these tests need no real hashing cost."""
ADMIN_PASSWORD = "correct horse battery"


def app_connection(settings: ServerSettings) -> psycopg.Connection[Any]:
    """A raw connection as the app's role, as anyone holding its password could open."""
    return psycopg.connect(
        host=settings.host,
        port=settings.port,
        dbname=settings.database,
        user=settings.user,
        password=APP_PASSWORD,
        autocommit=True,
    )


def open_store(settings: ServerSettings) -> Store:
    """The store on the clinic server, as a workstation opens it."""
    return Store.open_server(settings, APP_PASSWORD, hasher=FAST_HASHER)


def table_digests(conn: psycopg.Connection[Any], skip: tuple[str, ...] = ()) -> dict[str, str]:
    """A digest of every clinic table's rows (as a role that may read them all sees them)."""
    tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'kneedesk' ORDER BY tablename"
        )
        if r[0] not in skip
    ]
    out = {}
    for table in tables:
        rows = conn.execute(f"SELECT t::text FROM kneedesk.{table} AS t ORDER BY 1").fetchall()
        out[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


@dataclass
class SignedClinic:
    """A clinic database holding one signed visit (with an addendum and a stored report)
    and one draft visit of the same patient."""

    settings: ServerSettings
    clinician_id: int
    patient_id: int
    signed_id: int
    draft_id: int
    addendum_id: int
    report_id: int


@pytest.fixture
def signed_clinic(pg_database: ServerSettings) -> SignedClinic:
    with open_store(pg_database) as store:
        admin = store.accounts.create("ana", "Ana Ruiz", ADMIN_PASSWORD, Role.ADMIN)
        patient = store.patients.create(
            chart_number="KD-1", given_name="Zoë", family_name="Ångström", sex="female"
        )
        signed = store.visits.create_draft(
            patient.id, visit_date="2026-11-20", clinician_id=admin.id
        )
        store.visits.save_answer(signed.id, "body_mass", "whole", 61.5)
        store.visits.save_answer(signed.id, "symptom_side", "whole", "right")
        store.visits.sign(signed.id, admin.id, [{"id": "hip_strength_deficit"}], {"exercises": []})
        addendum = store.signing.add_addendum(signed.id, admin.id, "typo", "Weighed in shoes.")
        report = store.reports.store(signed.id, ReportKind.HANDOUT, b"%PDF-1.4\nhandout\n%%EOF\n")
        draft = store.visits.create_draft(
            patient.id, visit_date="2026-11-27", clinician_id=admin.id
        )
        store.visits.save_answer(draft.id, "body_mass", "whole", 60.0)
    return SignedClinic(
        pg_database, admin.id, patient.id, signed.id, draft.id, addendum.id, report.id
    )


@pytest.fixture
def app_sql(signed_clinic: SignedClinic) -> Iterator[psycopg.Connection[Any]]:
    """Raw SQL as the app's role on the signed clinic's database."""
    with app_connection(signed_clinic.settings) as conn:
        yield conn


@pytest.fixture
def superuser_sql(
    pg_server: PgServer, signed_clinic: SignedClinic
) -> Iterator[psycopg.Connection[Any]]:
    """Raw SQL as the server's superuser on the signed clinic's database."""
    with psycopg.connect(
        pg_server.cluster.conninfo(signed_clinic.settings.database), autocommit=True
    ) as conn:
        yield conn
