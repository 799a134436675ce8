"""Signing: a signed visit is read-only, and content changed behind KneeDesk's back is flagged."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store_helpers import FAST_HASHER, FakeClock
from tamper_helpers import tamper_either

from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import InvalidValueError, VisitSignedError
from kneedesk.store.signing import SignatureStatus, visit_digest
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

FINDINGS = [{"id": "hip_strength_deficit", "level": "attention", "lsi": 77.5}]
PLAN = {"exercises": [{"id": "side_lying_abduction", "sets": 3, "reps": "10-15"}]}


@pytest.fixture
def signed(store: Store, draft: Visit, clinician: Clinician) -> Visit:
    store.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
    store.visits.save_answer(draft.id, "kujala.stairs", "whole", "slight_pain_descending")
    store.visits.save_answer(draft.id, "hip.abduction_force", "left", 182.0)
    store.visits.save_answer(draft.id, "hip.abduction_force", "right", 141.0)
    store.visits.save_answer(draft.id, "running.cadence", "whole", None, "no treadmill")
    return store.visits.sign(draft.id, clinician.id, FINDINGS, PLAN)


def test_signing_stores_what_was_shown(store: Store, signed: Visit, clinician: Clinician) -> None:
    assert signed.signed
    assert signed.signed_by == clinician.id
    assert signed.signed_at == "2026-11-20T09:00:00.000000+00:00"
    assert signed.digest is not None
    assert len(signed.digest) == 64
    content = store.signing.signed_content(signed.id)
    assert content is not None
    assert (content.findings, content.plan) == (FINDINGS, PLAN)
    assert store.signing.verify(signed.id) == SignatureStatus.OK


def test_draft_is_unsigned(store: Store, draft: Visit) -> None:
    assert store.signing.verify(draft.id) == SignatureStatus.UNSIGNED
    assert store.signing.signed_content(draft.id) is None


@pytest.mark.parametrize(
    "edit",
    [
        lambda s, v: s.visits.save_answer(v, "body_mass", "whole", 70.0),
        lambda s, v: s.visits.save_answer(v, "height", "whole", 170.0),
        lambda s, v: s.visits.save_answer(v, "body_mass", "whole", None),
        lambda s, v: s.visits.clear_answer(v, "body_mass", "whole"),
        lambda s, v: s.visits.sign(v, 1, [], {}),
    ],
    ids=["change", "add", "clear-by-none", "clear", "sign-again"],
)
def test_store_refuses_edits_to_a_signed_visit(store: Store, signed: Visit, edit: object) -> None:
    before = store.visits.answers(signed.id)
    with pytest.raises(VisitSignedError) as info:
        edit(store, signed.id)  # type: ignore[operator]
    assert "addendum" in info.value.todo or "addendum" in info.value.what
    assert store.visits.answers(signed.id) == before
    assert store.signing.verify(signed.id) == SignatureStatus.OK


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE answers SET value = '70.0' WHERE visit_id = :v AND item_id = 'body_mass'",
        "DELETE FROM answers WHERE visit_id = :v",
        "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
        "VALUES (:v, 'height', 'whole', '170.0', NULL, 't')",
        "UPDATE visits SET visit_date = '2026-01-01' WHERE id = :v",
        "UPDATE visits SET status = 'draft', signed_by = NULL, signed_at = NULL, digest = NULL "
        "WHERE id = :v",
        "DELETE FROM visits WHERE id = :v",
        "UPDATE signed_findings SET plan = '{}' WHERE visit_id = :v",
        "DELETE FROM signed_findings WHERE visit_id = :v",
    ],
)
def test_triggers_refuse_raw_sql_edits(store: Store, signed: Visit, sql: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="read-only|signed"):
        store.db.execute(sql, {"v": signed.id})
    assert store.signing.verify(signed.id) == SignatureStatus.OK


def test_addendum_after_signing(store: Store, signed: Visit, clinician: Clinician) -> None:
    addendum = store.signing.add_addendum(signed.id, clinician.id, "typo", "Mass was 61.0 kg.")
    assert store.signing.addenda(signed.id) == [addendum]
    assert store.signing.verify(signed.id) == SignatureStatus.OK
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE addenda SET body = 'x'")


def test_addendum_needs_a_reason_and_a_signed_visit(
    store: Store, draft: Visit, clinician: Clinician
) -> None:
    with pytest.raises(InvalidValueError):
        store.signing.add_addendum(draft.id, clinician.id, "typo", "text")
    store.visits.sign(draft.id, clinician.id, [], {})
    with pytest.raises(InvalidValueError):
        store.signing.add_addendum(draft.id, clinician.id, "  ", "text")


def test_deactivated_clinician_cannot_sign(store: Store, draft: Visit) -> None:
    other = store.accounts.create("bo", "Bo Li", "another password")
    store.accounts.deactivate(other.id)
    with pytest.raises(InvalidValueError):
        store.visits.sign(draft.id, other.id, [], {})
    assert not store.visits.get(draft.id).signed


TAMPERING = {
    "answer value": [
        "UPDATE answers SET value = '71.5' WHERE item_id = 'body_mass'",
    ],
    "answer removed": ["DELETE FROM answers WHERE item_id = 'kujala.stairs'"],
    "answer added": [
        "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
        "VALUES (1, 'height', 'whole', '170.0', NULL, 't')"
    ],
    "not-tested reason": [
        "UPDATE answers SET not_tested_reason = 'forgot' WHERE item_id = 'running.cadence'"
    ],
    "findings": ["UPDATE signed_findings SET findings = '[]'"],
    "plan": ["UPDATE signed_findings SET plan = '{\"exercises\":[]}'"],
    "visit date": ["UPDATE visits SET visit_date = '2026-11-19'"],
    "signing time": ["UPDATE visits SET signed_at = '2026-11-21T09:00:00.000000+00:00'"],
    "signer": ["UPDATE visits SET signed_by = 2"],
    "addendum": ["UPDATE addenda SET body = 'Nothing to add.'"],
}


def make_signed_visit(reopen: Callable[..., Store]) -> int:
    """A database with one signed visit (and an addendum); returns the visit id."""
    with reopen() as store:
        ana = store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
        store.accounts.create("bo", "Bo Li", "correct horse battery")
        patient = store.patients.create(chart_number="1", given_name="Zoë", family_name="Berg")
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=ana.id)
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
        store.visits.save_answer(visit.id, "kujala.stairs", "whole", "slight_pain_descending")
        store.visits.save_answer(visit.id, "running.cadence", "whole", None, "no treadmill")
        store.visits.sign(visit.id, ana.id, FINDINGS, PLAN)
        store.signing.add_addendum(visit.id, ana.id, "typo", "Mass was 61.0 kg.")
        assert store.signing.verify(visit.id) == SignatureStatus.OK
        return visit.id


@pytest.mark.parametrize("change", list(TAMPERING), ids=list(TAMPERING))
def test_changes_made_outside_kneedesk_are_detected(
    engine: str,
    db_path: Path,
    reopen: Callable[..., Store],
    owner_sql: Callable[[], Any],
    change: str,
) -> None:
    visit_id = make_signed_visit(reopen)
    tamper_either(engine, db_path, owner_sql, *TAMPERING[change])
    with reopen() as store:  # it opens: the database is healthy
        assert store.signing.verify(visit_id) == SignatureStatus.ALTERED


def test_recomputed_digest_is_still_caught_by_the_audit_log(
    engine: str, db_path: Path, reopen: Callable[..., Store], owner_sql: Callable[[], Any]
) -> None:
    visit_id = make_signed_visit(reopen)
    body_mass = ["UPDATE answers SET value = '71.5' WHERE item_id = 'body_mass'"]
    tamper_either(engine, db_path, owner_sql, *body_mass)
    with reopen() as store:
        visit = store.visits.get(visit_id)
        assert visit.signed_by is not None
        assert visit.signed_at is not None
        forged = visit_digest(store.db, visit, visit.signed_by, visit.signed_at)
    tamper_either(engine, db_path, owner_sql, f"UPDATE visits SET digest = '{forged}'")
    with reopen() as store:
        assert store.signing.verify(visit_id) == SignatureStatus.ALTERED


def test_bytes_patched_in_the_file_are_detected(db_path: Path, clock: FakeClock) -> None:
    with Store.open(db_path, clock=clock, hasher=FAST_HASHER) as store:
        ana = store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
        patient = store.patients.create(chart_number="1", given_name="Zoë", family_name="Berg")
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20")
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
        store.visits.sign(visit.id, ana.id, FINDINGS, PLAN)
    data = db_path.read_bytes()
    # The answer row stores item, side and value next to each other: patch 61.5 to 71.5.
    assert data.count(b"body_masswhole61.5") == 1
    db_path.write_bytes(data.replace(b"body_masswhole61.5", b"body_masswhole71.5"))
    with Store.open(db_path, clock=clock, hasher=FAST_HASHER) as store:
        assert store.visits.answers(visit.id) == {"body_mass": 71.5}
        assert store.signing.verify(visit.id) == SignatureStatus.ALTERED
