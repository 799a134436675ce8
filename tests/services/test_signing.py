"""Signing a visit: what may stop it, and what is sealed."""

from __future__ import annotations

from datetime import date

import pytest
from service_helpers import BORN, screen

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.derived import age_in_years
from kneedesk.core.plan_record import LIBRARY_EDITION
from kneedesk.core.protocol import load_protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, UnitSystem
from kneedesk.services.signing import check_for_signing, sign_visit, suggested_plan_rows
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import VisitSignedError
from kneedesk.store.patients import Patient
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

ROWS = [{"id": "side_lying_hip_abduction", "dose": "3 x 12", "note": "slow lowering"}]


def test_a_follow_up_is_sealed_with_its_findings_against_the_previous_signed_visit(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = screen(store, patient, "2026-10-01")
    sign_visit(store, first.id, clinician.id)
    second = screen(store, patient, "2026-10-22", progress=0.6, follow_up=True)
    units = DisplayUnits(system=UnitSystem.US)
    thresholds = Thresholds(lsi_min_percent=95.0)

    signed = sign_visit(
        store,
        second.id,
        clinician.id,
        plan_rows=ROWS,
        review=" in 3 weeks ",
        thresholds=thresholds,
        units=units,
    )

    expected = assess_answers(
        Answers(store.visits.answers(second.id)),
        load_protocol(second.protocol, second.protocol_version),
        previous=Answers(store.visits.answers(first.id)),
        thresholds=thresholds,
        units=units,
        age=age_in_years(BORN, date(2026, 10, 22)),
    )
    content = store.signing.signed_content(second.id)
    assert content is not None
    assert content.findings == [f.to_dict() for f in expected.findings] != []
    assert content.plan == {"items": ROWS, "review": "in 3 weeks", "library": LIBRARY_EDITION}
    assert (signed.signed, signed.signed_by) == (True, clinician.id)
    assert store.signing.verify(second.id) is SignatureStatus.OK
    with pytest.raises(VisitSignedError):
        sign_visit(store, second.id, clinician.id)


def test_without_an_edited_plan_the_suggested_plan_is_sealed(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = screen(store, patient, "2026-10-01")
    sign_visit(store, visit.id, clinician.id)
    assessment = assess_answers(
        Answers(store.visits.answers(visit.id)),
        load_protocol(visit.protocol, visit.protocol_version),
        age=age_in_years(BORN, date(2026, 10, 1)),
    )
    content = store.signing.signed_content(visit.id)
    assert content is not None
    rows = suggested_plan_rows(assessment)
    assert rows
    assert all(row["dose"] == row["note"] == "" for row in rows)
    assert content.plan["items"] == rows


def test_answers_the_visit_does_not_show_are_not_signed(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    # A first visit with the return-to-run checklist of a follow-up typed in by mistake.
    visit = screen(store, patient, "2026-10-01", follow_up=True)
    typed = store.visits.answers(visit.id)
    sign_visit(store, visit.id, clinician.id)
    kept = store.visits.answers(visit.id)
    dropped = set(typed) - set(kept)
    assert dropped
    assert all(item_id.startswith("rtr.") for item_id in dropped)


def test_an_empty_draft_may_be_signed_after_the_missing_items_are_confirmed(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    draft = store.visits.create_draft(patient.id, visit_date="2026-10-01")
    check = check_for_signing(store, draft.id)
    assert check.may_sign
    assert check.units_waiting == check.problems == ()
    assert "body_mass" in [item.id for item in check.missing]

    full = screen(store, patient, "2026-10-02")
    assert check_for_signing(store, full.id).missing == ()


def test_units_out_of_range_stop_the_signature_until_confirmed(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    draft = store.visits.create_draft(patient.id, visit_date="2026-10-01")
    store.visits.save_answer(draft.id, "body_mass", "whole", 20.0)  # pounds typed as kg?
    store.visits.save_answer(draft.id, "height", "whole", 230.0)
    check = check_for_signing(store, draft.id)
    assert [item.id for item in check.units_waiting] == ["bmi"]
    assert not check.may_sign


def test_an_answer_not_allowed_as_it_stands_stops_the_signature(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    draft = store.visits.create_draft(patient.id, visit_date="2026-10-01")
    store.visits.save_answer(draft.id, "red_flags.bony_tenderness", "whole", True)
    store.visits.save_answer(draft.id, "dx.bone_stress", "whole", "not_suspected")
    check = check_for_signing(store, draft.id)
    assert [item.id for item in check.problems] == ["dx.bone_stress"]
    assert not check.may_sign
