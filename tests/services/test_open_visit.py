"""Opening a visit for the screen: everything the visit page shows, read in one place."""

from __future__ import annotations

from datetime import date

from service_helpers import BORN, screen

from kneedesk.core.answers import Answers
from kneedesk.core.derived import age_in_years
from kneedesk.core.protocol import ProtocolRef
from kneedesk.services.open_visit import asks_night_pain, convert_to_newest, open_visit
from kneedesk.services.signing import sign_visit
from kneedesk.store.clinicians import Clinician
from kneedesk.store.patients import Patient
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

ROWS = [{"id": "side_lying_hip_abduction", "dose": "3 x 12", "note": "slow lowering"}]


def test_a_draft_opens_with_its_answers_plan_next_visit_and_previous_visit(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = screen(store, patient, "2026-10-01")
    sign_visit(store, first.id, clinician.id)
    draft = screen(store, patient, "2026-10-22", progress=0.5, follow_up=True)
    store.visits.save_answer(draft.id, "running.cadence", "whole", None, "no treadmill")
    store.drafts.save_review(draft.id, "in 2 weeks")
    store.drafts.save_draft_plan(draft.id, ROWS, edited=True)

    opened = open_visit(store, draft.id)

    assert (opened.visit.id, opened.patient.id) == (draft.id, patient.id)
    assert opened.protocol.version == draft.protocol_version
    assert opened.answers == Answers(store.visits.answers(draft.id))
    assert opened.not_tested == {"running.cadence": "no treadmill"}
    assert opened.previous == Answers(store.visits.answers(first.id))
    assert opened.context.follow_up is True
    assert opened.context.age == age_in_years(BORN, date.fromisoformat(opened.visit.visit_date))
    assert opened.review == "in 2 weeks"
    assert opened.draft_plan is not None
    assert list(opened.draft_plan.items) == ROWS
    assert opened.draft_plan.edited is True
    assert opened.signed_plan is None
    assert opened.status is SignatureStatus.UNSIGNED
    assert opened.older_rules is False


def test_a_signed_visit_opens_with_the_plan_and_next_visit_it_was_signed_with(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = screen(store, patient, "2026-10-01")
    store.drafts.save_review(visit.id, "typed before signing")
    sign_visit(store, visit.id, clinician.id, plan_rows=ROWS, review="in 3 weeks")

    opened = open_visit(store, visit.id)

    assert opened.visit.signed
    assert opened.signed_plan == ROWS
    assert opened.review == "in 3 weeks"
    assert opened.draft_plan is None
    assert opened.previous is None
    assert opened.status is SignatureStatus.OK


def test_a_draft_on_older_rules_converts_to_the_newest(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    newest = store.visits.newest
    older = store.visits.create_draft(
        patient.id, visit_date="2026-10-01", protocol=newest.id, protocol_version=1
    )
    store.visits.save_answer(older.id, "red_flags.night_pain", "whole", True)

    opened = open_visit(store, older.id)
    assert opened.older_rules is True
    assert opened.newest == ProtocolRef(newest.id, newest.version)
    assert asks_night_pain(store, older.id) is True

    convert_to_newest(store, older.id, night_pain_for_weight_loss=False)

    converted = open_visit(store, older.id)
    assert converted.visit.protocol_version == newest.version
    assert converted.older_rules is False


def test_a_newest_draft_never_asks_about_night_pain(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    draft = store.visits.create_draft(patient.id, visit_date="2026-10-01")
    assert asks_night_pain(store, draft.id) is False
    assert open_visit(store, draft.id).older_rules is False
