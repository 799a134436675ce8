"""Opening a patient's record: the patient, their visits, the history rows, and the audit."""

from __future__ import annotations

from service_helpers import screen

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import load_protocol
from kneedesk.core.scoring import kujala
from kneedesk.services.patient_record import (
    history_entry,
    open_patient_record,
    read_patient_record,
)
from kneedesk.services.signing import sign_visit
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinicians import Clinician
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store


def test_the_record_holds_the_visits_oldest_first_with_their_answers(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = screen(store, patient, "2026-10-01")
    sign_visit(store, first.id, clinician.id)
    second = screen(store, patient, "2026-10-22", progress=0.5, follow_up=True)

    record = open_patient_record(store, patient.id)

    assert record.patient == patient
    assert [v.id for v in record.visits] == [first.id, second.id]
    assert [v.signed for v in record.visits] == [True, False]
    assert record.answers == {
        first.id: store.visits.answers(first.id),
        second.id: store.visits.answers(second.id),
    }


def test_opening_a_record_is_audited_as_a_view(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    before = store.audit.entries(entity=Entity.PATIENT, entity_id=patient.id, action=Action.VIEW)
    open_patient_record(store, patient.id)
    after = store.audit.entries(entity=Entity.PATIENT, entity_id=patient.id, action=Action.VIEW)
    assert len(after) == len(before) + 1


def test_reading_a_record_for_a_worker_writes_nothing(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    screen(store, patient, "2026-10-01")
    before = store.db.conn.total_changes
    record = read_patient_record(store, patient.id)
    assert store.db.conn.total_changes == before  # no audit row: the page writes it on show
    assert record == open_patient_record(store, patient.id)


def test_a_history_row_shows_the_kujala_total_worst_pain_and_status(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = screen(store, patient, "2026-10-01")
    answers = store.visits.answers(visit.id)
    expected = kujala(Answers(answers), load_protocol(visit.protocol, visit.protocol_version))

    draft = history_entry(store.visits.get(visit.id), answers)
    assert draft.kujala == expected.total is not None
    assert draft.worst_pain == answers["pain.worst_week"]
    assert draft.status == "Draft"

    signed = history_entry(sign_visit(store, visit.id, clinician.id), answers)
    assert signed.status == "Signed"


def test_an_empty_screen_has_no_kujala_total_or_pain(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = store.visits.create_draft(patient.id, visit_date="2026-10-01")
    entry = history_entry(visit, {})
    assert (entry.kujala, entry.worst_pain) == (None, None)
