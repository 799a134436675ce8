"""Fixtures for the clinic server's own tests: a clinic with a signed visit, raw SQL as the
app's role and as the server's superuser (the IT person's), and a server over TLS."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from server_helpers import (
    ADMIN_PASSWORD,
    TLS_HBA,
    TLS_PASSWORD,
    SignedClinic,
    TlsServer,
    app_connection,
    loopback_cluster,
    make_certificates,
    open_store,
)

from kneedesk.store.clinicians import Role
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.server import init_server
from kneedesk.store.reports import ReportKind


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


# --- a clinic server on this computer's loopback address, over TLS ------------------------------


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    folder = tmp_path_factory.mktemp("tls")
    make_certificates(folder)
    with loopback_cluster(folder) as cluster:
        (cluster.folder / "data" / "pg_hba.conf").write_text(TLS_HBA, encoding="ascii")
        cluster.ctl("reload")
        with cluster.admin() as admin:
            admin.execute(f"CREATE ROLE kd_user LOGIN PASSWORD '{TLS_PASSWORD}'")
            admin.execute(f"CREATE ROLE kd_refused LOGIN PASSWORD '{TLS_PASSWORD}'")
            admin.execute("CREATE DATABASE clinic")
            admin.execute("CREATE DATABASE other")
        owner = PgDatabase(cluster.admin("clinic"), label="clinic")
        try:
            init_server(owner, APP_PASSWORD)
        finally:
            owner.close()
        yield TlsServer(cluster, folder / "ca.crt", folder / "other.crt")
