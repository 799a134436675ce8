"""Export to visit documents and import them back: every answer round-trips exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from store_helpers import FAST_HASHER

from kneedesk.core.protocol import ProtocolRef
from kneedesk.core.visit_doc import parse_visit_doc
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import InvalidValueError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.transfer import export_patients, import_documents

ANSWERS: list[tuple[str, str, Any]] = [
    ("body_mass", "whole", 61.5),
    ("height", "whole", 168.25),
    ("history.duration_weeks", "whole", 12),
    ("symptom_side", "whole", "right"),
    ("history.aggravators", "whole", ["stairs_down", "running"]),
    ("red_flags.trauma", "whole", False),
    ("hip.step_down", "left", ["arm_strategy", "knee_medial_to_foot"]),
    ("load.weekly_distance", "whole", [42.0, 30.5, None, 28.0]),
    ("hip.abduction_force", "left", 182.123456789),
    ("hip.abduction_force", "right", 0.1 + 0.2),
    ("ankle.calf_raises", "right", 25),
]


@pytest.fixture
def filled(store: Store, patient: Patient, clinician: Clinician) -> Store:
    assert clinician.id == 1
    first = store.visits.create_draft(
        patient.id, visit_date="2026-10-01", clinician_id=clinician.id
    )
    for item_id, side, value in ANSWERS:
        store.visits.save_answer(first.id, item_id, side, value)  # type: ignore[arg-type]
    store.visits.save_answer(first.id, "running.cadence", "whole", None, "no treadmill")
    store.visits.save_answer(first.id, "ankle.knee_to_wall", "left", None, "sprained ankle")
    store.visits.sign(first.id, clinician.id, [], {})
    second = store.visits.create_draft(
        patient.id, visit_date="2026-11-20", clinician_id=clinician.id
    )
    store.visits.save_answer(second.id, "body_mass", "whole", 60.0)
    other = store.patients.create(chart_number="KD-2", given_name="민수", family_name="김")
    store.visits.create_draft(other.id, visit_date="2026-11-21")
    return store


def everything(store: Store) -> list[dict[str, Any]]:
    patients = store.patients.search(limit=100, include_archived=True)
    return export_patients(store, patients).documents


def test_documents_pass_the_core_checker(filled: Store) -> None:
    documents = everything(filled)
    assert len(documents) == 2  # KD-2 has no birth date, which the format requires
    for document in documents:
        parse_visit_doc(document)
    assert documents[0]["patient"]["id"] == "KD-00123"
    assert documents[0]["visit"] == {"date": "2026-10-01", "clinician": "Ana Ruiz"}
    assert documents[0]["not_tested"] == {
        "running.cadence": "no treadmill",
        "ankle.knee_to_wall:left": "sprained ankle",
    }


def test_skipped_visits_say_why(filled: Store) -> None:
    result = export_patients(filled, filled.patients.search(limit=100))
    assert len(result.skipped) == 1
    assert "KD-2" in result.skipped[0]
    assert "birth_date" in result.skipped[0]


def test_round_trip_into_an_empty_database_is_exact(filled: Store, tmp_path: Path) -> None:
    documents = everything(filled)
    with Store.open(tmp_path / "empty.sqlite3", hasher=FAST_HASHER) as empty:
        result = import_documents(empty, documents)
        assert (result.visits_added, result.patients_added) == (2, 1)
        again = everything(empty)
        assert again == documents
        answers = again[0]["answers"]
        assert answers["hip.abduction_force"] == {"left": 182.123456789, "right": 0.1 + 0.2}
        assert type(answers["history.duration_weeks"]) is int
        assert all(not v.signed for v in empty.visits.for_patient(1))  # imported as drafts


def test_importing_twice_adds_nothing(filled: Store, tmp_path: Path) -> None:
    documents = everything(filled)
    with Store.open(tmp_path / "other.sqlite3", hasher=FAST_HASHER) as other:
        import_documents(other, documents)
        second = import_documents(other, documents)
        assert (second.visits_added, second.visits_already_present) == (0, 2)
        assert len(other.visits.for_patient(1)) == 2


def test_bad_document_imports_nothing(filled: Store, tmp_path: Path) -> None:
    documents = everything(filled)
    documents[1]["answers"]["body_mass"] = 900
    with Store.open(tmp_path / "other.sqlite3", hasher=FAST_HASHER) as other:
        with pytest.raises(InvalidValueError) as info:
            import_documents(other, documents)
        assert "document 2: body_mass" in info.value.what
        assert other.patients.count() == 0


def test_chart_number_of_another_patient_imports_nothing(filled: Store, tmp_path: Path) -> None:
    documents = everything(filled)
    with Store.open(tmp_path / "other.sqlite3", hasher=FAST_HASHER) as other:
        other.patients.create(chart_number="KD-00123", given_name="Someone", family_name="Else")
        with pytest.raises(InvalidValueError) as info:
            import_documents(other, documents)
        assert "belongs to Else, Someone" in info.value.what
        assert other.patients.count() == 1
        assert other.visits.for_patient(1) == []


def test_a_document_newer_than_the_store_uses_is_refused_whole(
    filled: Store, tmp_path: Path
) -> None:
    # A store that only knows v1 (as the app did before v2) imports nothing from a set that
    # holds a v2 document; the app's store imports it, v1 documents alongside.
    documents = everything(filled)
    assert {d["protocol_version"] for d in documents} == {2}  # new visits follow v2
    documents[1]["protocol_version"] = 1
    with Store.open(
        tmp_path / "old.sqlite3", hasher=FAST_HASHER, newest_protocol=ProtocolRef("runners-knee", 1)
    ) as old:
        with pytest.raises(InvalidValueError) as info:
            import_documents(old, documents)
        assert "version 2" in info.value.what
        assert old.patients.count() == 0
    with Store.open(tmp_path / "new.sqlite3", hasher=FAST_HASHER) as new:
        import_documents(new, documents)
        versions = sorted(d["protocol_version"] for d in everything(new))
        assert versions == sorted(d["protocol_version"] for d in documents)
