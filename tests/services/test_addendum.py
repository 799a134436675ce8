"""Addenda: a correction beside a signed visit, in the name of the clinician signed in."""

from __future__ import annotations

import pytest
from service_helpers import screen

from kneedesk.services.addendum import add_addendum
from kneedesk.services.signing import sign_visit
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import InvalidValueError, NotSignedInError
from kneedesk.store.patients import Patient
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store


def test_an_addendum_is_stored_beside_the_signed_visit(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = screen(store, patient, "2026-10-01")
    sign_visit(store, visit.id, clinician.id)
    answers = store.visits.answers(visit.id)

    added = add_addendum(store, visit.id, "  Corrected hip reading ", " Left was 182 N.\n")

    assert [(a.reason, a.body, a.clinician_id) for a in store.signing.addenda(visit.id)] == [
        ("Corrected hip reading", "Left was 182 N.", clinician.id)
    ]
    assert added.visit_id == visit.id
    assert store.visits.answers(visit.id) == answers  # the signed record is not changed
    assert store.signing.verify(visit.id) is SignatureStatus.OK


def test_an_addendum_needs_a_signed_visit_and_both_fields(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    draft = screen(store, patient, "2026-10-01")
    with pytest.raises(InvalidValueError, match="not signed yet"):
        add_addendum(store, draft.id, "Reason", "Text")
    sign_visit(store, draft.id, clinician.id)
    with pytest.raises(InvalidValueError, match="both a reason and a text"):
        add_addendum(store, draft.id, "Reason", "   ")
    assert store.signing.addenda(draft.id) == []


def test_nobody_signed_in_adds_no_addendum(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = screen(store, patient, "2026-10-01")
    sign_visit(store, visit.id, clinician.id)
    store.sign_out()
    with pytest.raises(NotSignedInError, match="did not add the addendum"):
        add_addendum(store, visit.id, "Reason", "Text")
    assert store.signing.addenda(visit.id) == []
