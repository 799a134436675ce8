"""A connection that drops just after a change committed: the store must not report the
change as failed ("This change was not saved") when it is on the server.

Found while writing the clinic load test's retries (`benchmarks/load_workstation.py`): a
workstation retrying a signature, a new visit or a new patient after such an error finds
it already there, or makes a second one. The store reads nothing on the server after a
commit that could turn a saved change into an error: what it returns is read inside the
change's transaction, and recording the audit head beside this computer's key is
best-effort.

The drop is made with the server's superuser, at the first statement the store sends
outside a transaction once the change's last statement has run (so after its commit), as a
network fault or `pg_terminate_backend` would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from server_helpers import ADMIN_PASSWORD, SignedClinic, open_store

from kneedesk.store.errors import ServerUnavailableError
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

LAST_OF_A_CHANGE = "INSERT INTO audit_anchors"
"""The last statement of every audited change (the audit row's anchor): the commit follows."""


def drop_after(store: Store, superuser: psycopg.Connection[Any], marker: str) -> None:
    """Terminate the store's connection before the first statement sent outside a
    transaction after `marker`: just after the change's commit."""
    pid = store.db.conn.info.backend_pid  # type: ignore[union-attr]
    seen = False

    def trace(sql: str) -> None:
        nonlocal seen
        if seen and not store.db.in_transaction:  # type: ignore[union-attr]
            store.db.set_trace_callback(None)  # type: ignore[union-attr]
            # Waits (up to 5 s) until the server process has gone.
            superuser.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])
        elif sql.startswith(marker):
            seen = True

    store.db.set_trace_callback(trace)  # type: ignore[union-attr]


def outcome(action: Callable[[], object]) -> bool:
    """Whether `action` reported success (False: it raised ServerUnavailableError)."""
    try:
        action()
    except ServerUnavailableError:
        return False
    return True


def signed_in(clinic: SignedClinic) -> Store:
    store = open_store(clinic.settings)
    store.sign_in("ana", ADMIN_PASSWORD)
    return store


def test_a_signature_committed_is_reported_signed(
    signed_clinic: SignedClinic, superuser_sql: psycopg.Connection[Any]
) -> None:
    store = signed_in(signed_clinic)
    drop_after(store, superuser_sql, LAST_OF_A_CHANGE)
    reported = outcome(
        lambda: store.visits.sign(signed_clinic.draft_id, signed_clinic.clinician_id, [], {})
    )
    store.close()
    with open_store(signed_clinic.settings) as fresh:
        assert fresh.visits.get(signed_clinic.draft_id).signed
        assert reported, "the signature was committed, yet the store reported it not saved"
        assert fresh.signing.verify(signed_clinic.draft_id) is SignatureStatus.OK


@pytest.mark.parametrize("change", ["draft", "patient", "addendum"])
def test_a_new_record_is_there_exactly_when_reported(
    signed_clinic: SignedClinic, superuser_sql: psycopg.Connection[Any], change: str
) -> None:
    store = signed_in(signed_clinic)
    with open_store(signed_clinic.settings) as fresh:
        before = count_of(fresh, change)
    drop_after(store, superuser_sql, LAST_OF_A_CHANGE)
    actions: dict[str, Callable[[], object]] = {
        "draft": lambda: store.visits.create_draft(
            signed_clinic.patient_id,
            visit_date="2026-12-01",
            clinician_id=store.current.id,  # type: ignore[union-attr]
        ),
        "patient": lambda: store.patients.create(
            chart_number="KD-DROP", given_name="Ida", family_name="Drop"
        ),
        "addendum": lambda: store.signing.add_addendum(
            signed_clinic.signed_id, signed_clinic.clinician_id, "typo", "Left, not right."
        ),
    }
    reported = outcome(actions[change])
    store.close()
    with open_store(signed_clinic.settings) as fresh:
        assert count_of(fresh, change) == before + (1 if reported else 0)


def test_signing_in_is_reported_when_recorded(
    signed_clinic: SignedClinic, superuser_sql: psycopg.Connection[Any]
) -> None:
    store = open_store(signed_clinic.settings)
    drop_after(store, superuser_sql, LAST_OF_A_CHANGE)
    assert outcome(lambda: store.sign_in("ana", ADMIN_PASSWORD))
    store.close()


def count_of(store: Store, change: str) -> int:
    table = {"draft": "visits", "patient": "patients", "addendum": "addenda"}[change]
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
