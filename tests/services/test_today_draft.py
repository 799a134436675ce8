"""New screen: start today's draft, or continue the one already started today."""

from __future__ import annotations

from datetime import date

from service_helpers import screen

from kneedesk.services.signing import sign_visit
from kneedesk.services.today_draft import start_or_continue_today, todays_draft
from kneedesk.store.clinicians import Clinician
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store

TODAY = date(2026, 11, 20)


def test_the_first_new_screen_starts_a_draft_today_in_the_clinicians_name(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    assert todays_draft(store, patient.id, TODAY) is None
    visit = start_or_continue_today(store, patient.id, TODAY)
    assert (visit.patient_id, visit.visit_date, visit.signed) == (patient.id, "2026-11-20", False)
    assert visit.clinician_name == "Ana Ruiz"
    assert store.visits.newest == (visit.protocol, visit.protocol_version)


def test_a_second_new_screen_the_same_day_continues_the_draft(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = start_or_continue_today(store, patient.id, TODAY)
    again = start_or_continue_today(store, patient.id, TODAY)
    assert again.id == first.id
    assert len(store.visits.for_patient(patient.id)) == 1


def test_a_signed_visit_today_or_a_draft_of_another_day_is_not_continued(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    yesterday = screen(store, patient, "2026-11-19")  # left as a draft
    signed_today = screen(store, patient, "2026-11-20", follow_up=False)
    sign_visit(store, signed_today.id, clinician.id)

    visit = start_or_continue_today(store, patient.id, TODAY)

    assert visit.id not in (yesterday.id, signed_today.id)
    assert [v.id for v in store.visits.for_patient(patient.id)] == [
        yesterday.id,
        signed_today.id,
        visit.id,
    ]
