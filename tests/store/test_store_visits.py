"""Visits: autosaved answers, validation, the visit-document shape, and an audit trail of edits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from store_helpers import FAST_HASHER, statements_sent

from kneedesk.core.protocol import ProtocolRef
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import InvalidValueError, NotFoundError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Side, Visit

# One value of every kind the protocol has, as a clinician would enter it.
EVERY_KIND: list[tuple[str, Side, Any]] = [
    ("body_mass", "whole", 61.5),  # number
    ("history.duration_weeks", "whole", 12),  # integer
    ("symptom_side", "whole", "right"),  # choice
    ("history.aggravators", "whole", ["stairs_down", "running"]),  # multi_choice
    ("red_flags.trauma", "whole", False),  # yes_no
    ("hip.step_down", "left", ["arm_strategy", "knee_medial_to_foot"]),  # checklist, per side
    ("load.weekly_distance", "whole", [42.0, 30.5, None, 28.0]),  # list with a blank
    ("hip.abduction_force", "left", 182.25),
    ("hip.abduction_force", "right", 141.0),
    ("ankle.calf_raises", "right", 25),
]


def test_every_kind_round_trips_exactly(store: Store, draft: Visit) -> None:
    for item_id, side, value in EVERY_KIND:
        store.visits.save_answer(draft.id, item_id, side, value)
    answers = store.visits.answers(draft.id)
    assert answers == {
        "body_mass": 61.5,
        "history.duration_weeks": 12,
        "symptom_side": "right",
        "history.aggravators": ["stairs_down", "running"],
        "red_flags.trauma": False,
        "hip.step_down": {"left": ["arm_strategy", "knee_medial_to_foot"], "right": None},
        "load.weekly_distance": [42.0, 30.5, None, 28.0],
        "hip.abduction_force": {"left": 182.25, "right": 141.0},
        "ankle.calf_raises": {"left": None, "right": 25},
    }
    # Types survive too: an integer stays an integer, a float a float, False is not 0.
    assert type(answers["history.duration_weeks"]) is int
    assert type(answers["body_mass"]) is float
    assert answers["red_flags.trauma"] is False


def test_saving_again_replaces_the_value(store: Store, draft: Visit) -> None:
    store.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
    store.visits.save_answer(draft.id, "body_mass", "whole", 62.0)
    assert store.visits.answers(draft.id) == {"body_mass": 62.0}
    edits = store.audit.entries(entity=Entity.VISIT, entity_id=draft.id, action=Action.EDIT)
    assert edits[0].detail == {
        "item": "body_mass",
        "side": "whole",
        "before": {"value": 61.5},
        "after": {"value": 62.0},
    }


def test_saving_the_same_value_writes_nothing(store: Store, draft: Visit) -> None:
    store.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
    rows = len(store.audit.entries(limit=1000))
    store.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
    assert len(store.audit.entries(limit=1000)) == rows


def test_not_tested_with_a_reason(store: Store, draft: Visit) -> None:
    store.visits.save_answer(draft.id, "running.cadence", "whole", None, "no treadmill")
    store.visits.save_answer(draft.id, "ankle.knee_to_wall", "left", None, "  ankle sprain ")
    store.visits.save_answer(draft.id, "ankle.knee_to_wall", "right", 9.5)
    assert store.visits.not_tested(draft.id) == {
        "running.cadence": "no treadmill",
        "ankle.knee_to_wall:left": "ankle sprain",
    }
    assert store.visits.answers(draft.id) == {"ankle.knee_to_wall": {"left": None, "right": 9.5}}


def test_clearing_keeps_the_old_value_in_the_audit_log(store: Store, draft: Visit) -> None:
    store.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
    store.visits.save_answer(draft.id, "body_mass", "whole", None)
    assert store.visits.answers(draft.id) == {}
    last = store.audit.entries(entity=Entity.VISIT, action=Action.EDIT)[0]
    assert last.detail["before"] == {"value": 61.5}
    assert last.detail["after"] is None
    store.visits.clear_answer(draft.id, "body_mass", "whole")  # already clear: no error


def test_answers_for_a_whole_patient_in_one_query(
    store: Store, patient: Patient, draft: Visit
) -> None:
    for item_id, side, value in EVERY_KIND:
        store.visits.save_answer(draft.id, item_id, side, value)
    empty = store.visits.create_draft(patient.id, visit_date="2026-10-01")
    untested = store.visits.create_draft(patient.id, visit_date="2026-12-01")
    store.visits.save_answer(untested.id, "running.cadence", "whole", None, "no treadmill")
    store.visits.save_answer(untested.id, "ankle.knee_to_wall", "right", 9.5)
    other = store.patients.create(chart_number="KD-2", given_name="Al", family_name="Bo")
    elsewhere = store.visits.create_draft(other.id, visit_date="2026-11-20")
    store.visits.save_answer(elsewhere.id, "body_mass", "whole", 80.0)

    with statements_sent(store) as statements:
        by_visit = store.visits.answers_for_patient(patient.id)
    assert len(statements) == 1
    # Exactly what reading each visit on its own gives, for every visit of this patient only.
    assert by_visit == {v.id: store.visits.answers(v.id) for v in (draft, empty, untested)}
    assert by_visit[empty.id] == {}
    assert by_visit[untested.id] == {"ankle.knee_to_wall": {"left": None, "right": 9.5}}
    assert type(by_visit[draft.id]["history.duration_weeks"]) is int
    assert store.visits.answers_for_patient(other.id) == {elsewhere.id: {"body_mass": 80.0}}
    nobody = store.patients.create(chart_number="KD-3", given_name="Cy", family_name="Do")
    assert store.visits.answers_for_patient(nobody.id) == {}


def test_a_damaged_value_fails_the_whole_patient_read_as_it_fails_one_visit(
    store: Store, draft: Visit
) -> None:
    store.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
    # Two values in one text: the file's checks let it through, the store never writes it.
    store.db.execute(
        "INSERT INTO answers (visit_id, item_id, side, value, updated_at) "
        "VALUES (?, 'symptom_side', 'whole', '\"left\",\"right\"', '2026-11-20T00:00:00Z')",
        [draft.id],
    )
    with pytest.raises(json.JSONDecodeError):
        store.visits.answers(draft.id)
    with pytest.raises(json.JSONDecodeError):
        store.visits.answers_for_patient(draft.patient_id)


@pytest.mark.parametrize(
    ("item_id", "side", "value", "reason", "words"),
    [
        ("body_mass", "whole", 900.0, None, "body_mass: 900.0 is outside 20 to 300 kg"),
        ("body_mass", "whole", "heavy", None, "body_mass: must be a number"),
        ("body_mass", "whole", float("nan"), None, "body_mass"),
        ("history.duration_weeks", "whole", 2.5, None, "whole number"),
        ("symptom_side", "whole", "middle", None, "unknown option key"),
        ("red_flags.trauma", "whole", 1, None, "true or false"),
        ("hip.abduction_force", "whole", 100.0, None, "left or right"),
        ("body_mass", "left", 60.0, None, "not asked per side"),
        ("body_mass", "front", 60.0, None, "not one of whole, left, right"),
        ("no.such_item", "whole", 1, None, "is not an item of protocol runners-knee"),
        ("body_mass", "whole", 60.0, "scale broken", "both a value and a not-tested reason"),
    ],
)
def test_bad_values_are_refused_naming_the_item(
    store: Store, draft: Visit, item_id: str, side: Side, value: Any, reason: str | None, words: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        store.visits.save_answer(draft.id, item_id, side, value, reason)
    assert words in info.value.what
    assert isinstance(info.value, ValueError)
    assert store.visits.answers(draft.id) == {}
    assert store.visits.not_tested(draft.id) == {}


def test_unknown_visit(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.visits.save_answer(404, "body_mass", "whole", 60.0)


def test_draft_needs_a_known_patient_and_protocol(store: Store, patient: Patient) -> None:
    with pytest.raises(NotFoundError):
        store.visits.create_draft(999, visit_date="2026-11-20")
    with pytest.raises(InvalidValueError) as info:
        store.visits.create_draft(patient.id, visit_date="2026-11-20", protocol_version=99)
    assert "protocol 'runners-knee' version 99" in info.value.what
    with pytest.raises(InvalidValueError):
        store.visits.create_draft(patient.id, visit_date="20/11/2026")


def test_new_visits_follow_protocol_v2_and_a_store_pinned_to_v1_refuses_it(
    store: Store, patient: Patient, tmp_path: Path
) -> None:
    assert store.visits.create_draft(patient.id, visit_date="2026-12-05").protocol_version == 2
    with Store.open(
        tmp_path / "old.sqlite3", hasher=FAST_HASHER, newest_protocol=ProtocolRef("runners-knee", 1)
    ) as old:
        someone = old.patients.create(chart_number="X1", given_name="A", family_name="B")
        with pytest.raises(InvalidValueError) as info:
            old.visits.create_draft(someone.id, visit_date="2026-12-05", protocol_version=2)
        assert "protocol 'runners-knee' version 2" in info.value.what
        assert old.visits.create_draft(someone.id, visit_date="2026-12-05").protocol_version == 1


def test_visits_of_a_patient_in_date_order(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    later = store.visits.create_draft(
        patient.id, visit_date="2026-12-18", clinician_id=clinician.id
    )
    earlier = store.visits.create_draft(patient.id, visit_date="2026-11-20")
    assert [v.id for v in store.visits.for_patient(patient.id)] == [earlier.id, later.id]
    assert later.clinician_name == "Ana Ruiz"
    assert store.visits.get(later.id).status == "draft"


def test_database_refuses_what_the_code_would_never_write(store: Store, draft: Visit) -> None:
    """CHECK constraints stop bad rows even if a bug skipped the checks above."""
    import sqlite3

    bad_rows = [
        (
            "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
            "VALUES (?, 'x', 'middle', '1', NULL, 't')",
            [draft.id],
        ),
        (
            "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
            "VALUES (?, 'x', 'whole', 'not json', NULL, 't')",
            [draft.id],
        ),
        (
            "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
            "VALUES (?, 'x', 'whole', NULL, NULL, 't')",
            [draft.id],
        ),
        (
            "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
            "VALUES (?, 'x', 'whole', x'31', NULL, 't')",
            [draft.id],
        ),
        (
            "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at) "
            "VALUES (999, 'x', 'whole', '1', NULL, 't')",
            [],
        ),
        ("UPDATE visits SET status = 'final' WHERE id = ?", [draft.id]),
        ("UPDATE visits SET visit_date = '2026-02-30' WHERE id = ?", [draft.id]),
        ("UPDATE visits SET status = 'signed' WHERE id = ?", [draft.id]),
        ("UPDATE visits SET protocol_version = 'two' WHERE id = ?", [draft.id]),
        ("UPDATE visits SET visit_date = ? WHERE id = ?", ["2026-13-01", draft.id]),
    ]
    for sql, params in bad_rows:
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(sql, params)
