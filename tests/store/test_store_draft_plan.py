"""A draft's plan: saved as edited and audited, refused once signed or when malformed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kneedesk.core.plan_record import (
    PLAN_DOSE_MAX_LENGTH,
    PLAN_NOTE_MAX_LENGTH,
    DraftPlan,
    sealed_plan,
)
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinicians import Clinician
from kneedesk.store.db import SCHEMA_VERSION, schema_version
from kneedesk.store.errors import InvalidValueError, VisitSignedError
from kneedesk.store.migrations import MIGRATIONS
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "store-schema-v1.sqlite3"
ROWS = [
    {"id": "wall_sit", "dose": "3 x 45 s, daily", "note": ""},
    {"id": "step_up", "dose": "", "note": "Ω: left side first"},
]


def plan_edits(store: Store, visit_id: int) -> list[dict[str, Any]]:
    edits = store.audit.entries(entity=Entity.VISIT, entity_id=visit_id, action=Action.EDIT)
    return [e.detail for e in reversed(edits) if e.detail.get("field") == "plan"]


def test_a_draft_keeps_its_plan_and_the_audit_log_every_change(store: Store, draft: Visit) -> None:
    assert store.drafts.draft_plan(draft.id) is None  # never edited: follows the findings
    store.drafts.save_draft_plan(draft.id, ROWS)
    store.drafts.save_draft_plan(draft.id, ROWS)  # unchanged: no second row
    reordered = [ROWS[1], ROWS[0]]
    store.drafts.save_draft_plan(draft.id, reordered)
    assert store.drafts.draft_plan(draft.id) == DraftPlan(tuple(reordered), edited=True)
    assert plan_edits(store, draft.id) == [
        {"field": "plan", "before": None, "after": {"items": ROWS, "edited": True}},
        {
            "field": "plan",
            "before": {"items": ROWS, "edited": True},
            "after": {"items": reordered, "edited": True},
        },
    ]
    assert store.audit.verify_chain().ok


def test_a_plan_reset_to_the_findings_keeps_its_doses(store: Store, draft: Visit) -> None:
    store.drafts.save_draft_plan(draft.id, ROWS, edited=False)
    assert store.drafts.draft_plan(draft.id) == DraftPlan(tuple(ROWS), edited=False)
    store.drafts.save_draft_plan(draft.id, [])
    assert store.drafts.draft_plan(draft.id) == DraftPlan((), edited=True)  # all removed


def test_a_signed_visit_refuses_plan_changes_in_code_and_in_the_database(
    store: Store, draft: Visit, clinician: Clinician
) -> None:
    store.drafts.save_draft_plan(draft.id, ROWS)
    store.visits.sign(draft.id, clinician.id, [], sealed_plan(ROWS, ""))
    with pytest.raises(VisitSignedError, match="plan cannot be changed") as refused:
        store.drafts.save_draft_plan(draft.id, ROWS[:1])
    assert refused.value.todo
    with pytest.raises(sqlite3.IntegrityError, match="signed"):
        store.db.execute("UPDATE visits SET draft_plan = NULL WHERE id = ?", [draft.id])
    assert store.drafts.draft_plan(draft.id) == DraftPlan(tuple(ROWS), edited=True)
    assert store.signing.verify(draft.id) is SignatureStatus.OK


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("wall_sit", "not a list"),
        ({"id": "wall_sit", "dose": "", "note": ""}, "not a list"),
        ([["wall_sit", "", ""]], "is not {id, dose, note}"),
        ([{"id": "wall_sit", "dose": ""}], "is not {id, dose, note}"),
        ([{"id": "wall_sit", "dose": "", "note": "", "x": ""}], "is not {id, dose, note}"),
        ([{"id": "wall_sit", "dose": 3, "note": ""}], "must be text"),
        ([{"id": "jumping_jacks", "dose": "", "note": ""}], "not a plan item"),
        ([ROWS[0], ROWS[0]], "in the plan twice"),
    ],
)
def test_rows_of_another_shape_are_refused_and_the_saved_plan_kept(
    store: Store, draft: Visit, rows: Any, problem: str
) -> None:
    store.drafts.save_draft_plan(draft.id, ROWS)
    with pytest.raises(InvalidValueError, match=problem) as refused:
        store.drafts.save_draft_plan(draft.id, rows)
    assert "not saved" in refused.value.todo
    assert store.drafts.draft_plan(draft.id) == DraftPlan(tuple(ROWS), edited=True)
    assert len(plan_edits(store, draft.id)) == 1


def test_an_edited_flag_that_is_not_a_bool_is_refused(store: Store, draft: Visit) -> None:
    with pytest.raises(InvalidValueError, match="edited"):
        store.drafts.save_draft_plan(draft.id, ROWS, edited=1)  # type: ignore[arg-type]
    assert store.drafts.draft_plan(draft.id) is None


@pytest.mark.parametrize(
    ("key", "limit"), [("dose", PLAN_DOSE_MAX_LENGTH), ("note", PLAN_NOTE_MAX_LENGTH)]
)
def test_overlong_text_is_refused_and_the_limit_itself_kept(
    store: Store, draft: Visit, key: str, limit: int
) -> None:
    longest = [{**ROWS[0], key: "x" * limit}]
    store.drafts.save_draft_plan(draft.id, longest)
    with pytest.raises(InvalidValueError, match=f"Wall sit: the {key} is longer than") as refused:
        store.drafts.save_draft_plan(draft.id, [{**ROWS[0], key: "x" * (limit + 1)}])
    assert refused.value.todo.startswith("Shorten it")
    assert store.drafts.draft_plan(draft.id) == DraftPlan(tuple(longest), edited=True)


def test_the_database_takes_only_a_json_object_outline(store: Store, draft: Visit) -> None:
    for text in ("[]", "wall_sit", "x" * 10):
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("UPDATE visits SET draft_plan = ? WHERE id = ?", [text, draft.id])


def test_an_unreadable_saved_plan_reads_as_none_and_is_replaced_with_its_text_audited(
    store: Store, draft: Visit
) -> None:
    store.db.execute("UPDATE visits SET draft_plan = '{not json}' WHERE id = ?", [draft.id])
    assert store.drafts.draft_plan(draft.id) is None
    store.drafts.save_draft_plan(draft.id, ROWS)
    assert plan_edits(store, draft.id)[0]["before"] == {"unreadable": "{not json}"}


def test_migration_names_are_unique_and_the_draft_plan_comes_before_the_anchors() -> None:
    names = MIGRATIONS.names()
    assert len(set(names)) == len(names)
    assert len({name.split("_")[0] for name in names}) == len(names)
    assert names[4:6] == ("m005_visit_draft_plan", "m006_audit_anchors")


def test_an_upgraded_v1_database_has_no_draft_plans_and_takes_one(tmp_path: Path) -> None:
    target = tmp_path / "clinic.sqlite3"
    shutil.copyfile(FIXTURE_V1, target)
    with Store.open(target) as store:
        assert schema_version(store.db) == SCHEMA_VERSION
        zoe = store.patients.by_uid("fixture-patient-zoe")
        assert zoe is not None
        signed, draft = store.visits.for_patient(zoe.id)
        assert store.drafts.draft_plan(signed.id) is None
        assert store.drafts.draft_plan(draft.id) is None
        assert store.signing.verify(signed.id) is SignatureStatus.OK
        store.drafts.save_draft_plan(draft.id, ROWS)
        assert store.drafts.draft_plan(draft.id) == DraftPlan(tuple(ROWS), edited=True)
        with pytest.raises(VisitSignedError):
            store.drafts.save_draft_plan(signed.id, ROWS)
        assert store.audit.verify_chain().ok
