"""The previous signed visit: one rule for the screen, the signature and the handout."""

from __future__ import annotations

from service_helpers import screen

from kneedesk.services.previous_visit import (
    earlier_signed_visits,
    previous_answers,
    previous_signed_visit,
)
from kneedesk.services.signing import sign_visit
from kneedesk.services.visit_report import visit_report
from kneedesk.store.clinicians import Clinician
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store


def test_a_first_visit_has_no_previous_visit(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = screen(store, patient, "2026-10-01")
    assert previous_signed_visit(store, first) is None
    assert previous_answers(store, first) is None


def test_the_previous_visit_is_the_last_signed_one_before_this(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = screen(store, patient, "2026-10-01")
    sign_visit(store, first.id, clinician.id)
    second = screen(store, patient, "2026-10-22", progress=0.5, follow_up=True)
    sign_visit(store, second.id, clinician.id)
    unsigned = screen(store, patient, "2026-11-05", progress=0.7, follow_up=True)
    today = screen(store, patient, "2026-11-12", progress=0.8, follow_up=True)
    later = screen(store, patient, "2026-11-26", progress=1.0, follow_up=True)
    sign_visit(store, later.id, clinician.id)

    # The draft of 5 November and the signed visit after it do not count.
    assert [v.id for v in earlier_signed_visits(store, today)] == [first.id, second.id]
    previous = previous_signed_visit(store, today)
    assert previous is not None
    assert previous.id == second.id
    assert previous_answers(store, today) == store.visits.answers(second.id)
    assert [v.id for v in earlier_signed_visits(store, unsigned)] == [first.id, second.id]


def test_on_the_same_day_the_visit_started_first_comes_first(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    morning = screen(store, patient, "2026-10-01")
    afternoon = screen(store, patient, "2026-10-01", progress=0.2, follow_up=True)
    sign_visit(store, afternoon.id, clinician.id)
    sign_visit(store, morning.id, clinician.id)
    assert previous_signed_visit(store, morning) is None
    previous = previous_signed_visit(store, afternoon)
    assert previous is not None
    assert previous.id == morning.id


def test_the_handout_compares_with_the_same_visits(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = screen(store, patient, "2026-10-01")
    sign_visit(store, first.id, clinician.id)
    screen(store, patient, "2026-10-15", progress=0.3, follow_up=True)  # a draft: left out
    third = screen(store, patient, "2026-10-22", progress=0.5, follow_up=True)
    sign_visit(store, third.id, clinician.id)

    report = visit_report(store, third.id)
    dates = [point.date.isoformat() for point in report.data.earlier_visits]
    assert dates == [v.visit_date for v in earlier_signed_visits(store, third)] == ["2026-10-01"]
