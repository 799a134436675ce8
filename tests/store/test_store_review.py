"""The next visit: autosaved with the draft and audited, sealed with the plan at signing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store_helpers import as_owner

from kneedesk.core.plan_record import REVIEW_MAX_LENGTH, plan_review, sealed_plan
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import InvalidValueError, VisitSignedError
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "store-schema-v1.sqlite3"
ROWS = [{"id": "wall_sit", "dose": "", "note": ""}]


def test_a_draft_keeps_its_next_visit_and_the_audit_log_every_change(
    store: Store, draft: Visit
) -> None:
    assert store.drafts.review(draft.id) == ""
    store.drafts.save_review(draft.id, " in 3 weeks ")
    store.drafts.save_review(draft.id, "in 3 weeks")  # unchanged: no second row
    store.drafts.save_review(draft.id, "")
    assert store.drafts.review(draft.id) == ""
    edits = store.audit.entries(entity=Entity.VISIT, entity_id=draft.id, action=Action.EDIT)
    assert [e.detail for e in reversed(edits)] == [
        {"field": "review", "before": "", "after": "in 3 weeks"},
        {"field": "review", "before": "in 3 weeks", "after": ""},
    ]
    assert store.audit.verify_chain().ok


def test_a_next_visit_too_long_is_refused_and_the_old_one_kept(store: Store, draft: Visit) -> None:
    store.drafts.save_review(draft.id, "when needed")
    with pytest.raises(InvalidValueError, match="longer than"):
        store.drafts.save_review(draft.id, "x" * (REVIEW_MAX_LENGTH + 1))
    assert store.drafts.review(draft.id) == "when needed"


def test_the_database_refuses_an_overlong_next_visit(store: Store, draft: Visit) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "UPDATE visits SET review = ? WHERE id = ?", ["x" * (REVIEW_MAX_LENGTH + 1), draft.id]
        )


def test_signing_seals_the_next_visit_in_the_plan_and_freezes_it(
    store: Store, draft: Visit, clinician: Clinician
) -> None:
    store.drafts.save_review(draft.id, "in 3 weeks")
    store.visits.sign(draft.id, clinician.id, [], sealed_plan(ROWS, "in 3 weeks"))
    content = store.signing.signed_content(draft.id)
    assert content is not None
    assert content.plan == {"items": ROWS, "review": "in 3 weeks", "library": 2}
    assert store.signing.verify(draft.id) is SignatureStatus.OK
    with pytest.raises(VisitSignedError, match="next visit cannot be changed"):
        store.drafts.save_review(draft.id, "in 6 weeks")
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        store.db.execute("UPDATE visits SET review = 'in 6 weeks' WHERE id = ?", [draft.id])
    assert store.drafts.review(draft.id) == "in 3 weeks"


def test_a_sealed_next_visit_changed_behind_kneedesk_reads_altered(
    store: Store, draft: Visit, clinician: Clinician, owner_sql: Callable[[], Any]
) -> None:
    store.visits.sign(draft.id, clinician.id, [], sealed_plan(ROWS, "in 3 weeks"))
    unguard = {
        "sqlite": "DROP TRIGGER signed_findings_no_update",
        "postgresql": "ALTER TABLE signed_findings DISABLE TRIGGER signed_findings_no_change",
    }
    edit = (
        "UPDATE signed_findings SET plan = replace(plan, 'in 3 weeks', 'in 9 weeks') "
        "WHERE visit_id = ?"
    )
    as_owner(store, owner_sql, [(unguard[store.engine], []), (edit, [draft.id])])
    content = store.signing.signed_content(draft.id)
    assert content is not None
    assert plan_review(content.plan) == "in 9 weeks"
    assert store.signing.verify(draft.id) is SignatureStatus.ALTERED


def test_a_plan_signed_as_a_bare_list_still_verifies(
    store: Store, draft: Visit, clinician: Clinician
) -> None:
    store.visits.sign(draft.id, clinician.id, [], ROWS)
    content = store.signing.signed_content(draft.id)
    assert content is not None
    assert content.plan == ROWS
    assert plan_review(content.plan) == ""
    assert store.signing.verify(draft.id) is SignatureStatus.OK


def test_an_upgraded_v1_database_has_no_next_visits_and_its_signatures_hold(
    tmp_path: Path,
) -> None:
    target = tmp_path / "clinic.sqlite3"
    shutil.copyfile(FIXTURE_V1, target)
    with Store.open(target) as store:
        zoe = store.patients.by_uid("fixture-patient-zoe")
        assert zoe is not None
        signed, draft = store.visits.for_patient(zoe.id)
        assert store.drafts.review(signed.id) == store.drafts.review(draft.id) == ""
        assert store.signing.verify(signed.id) is SignatureStatus.OK
        store.drafts.save_review(draft.id, "in 2 weeks")
        assert store.drafts.review(draft.id) == "in 2 weeks"
