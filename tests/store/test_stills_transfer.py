"""Stills travel with their visit: in visit documents (export and import) and in backups."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from store_helpers import FAST_HASHER, PASSWORD, FakeClock, sqlite_only
from stored_stills import TRUNK, make_still

from kneedesk.core.angles import View
from kneedesk.core.visit_doc import parse_visit_doc
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import InvalidValueError
from kneedesk.store.restore import restore_database
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.transfer import export_patients, import_documents


@pytest.fixture
def clinic(store: Store) -> Store:
    """A signed visit with two stills (one on the handout) and a draft with one."""
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    zoe = store.patients.create(
        chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
    )
    first = store.visits.create_draft(zoe.id, visit_date="2026-10-01", clinician_id=ana.id)
    store.visits.save_answer(first.id, "body_mass", "whole", 61.5)
    store.stills.set_consent(first.id, True, ana.id)
    store.stills.add(first.id, make_still(), ana.id)
    second = store.stills.add(
        first.id,
        make_still(item_id="running.trunk_lean", side="right", view=View.SIDE_FACING_LEFT,
                   colour=(10, 200, 10), marks=(TRUNK,)),
        ana.id,
    )  # fmt: skip
    store.stills.update_printing(second.uid, on_handout=True, hide_face=False, actor_id=ana.id)
    store.visits.sign(first.id, ana.id, [], {"items": []})
    later = store.visits.create_draft(zoe.id, visit_date="2026-11-20", clinician_id=ana.id)
    store.stills.set_consent(later.id, True, ana.id)
    store.stills.add(later.id, make_still(kind="photo", colour=(0, 0, 200)), ana.id)
    return store


def documents(store: Store) -> list[dict[str, object]]:
    return export_patients(store, store.patients.search(limit=10)).documents


def stills_by_date(store: Store) -> dict[str, list[tuple[object, ...]]]:
    (zoe,) = store.patients.search(limit=10)
    return {
        visit.visit_date: [
            (
                s.uid,
                s.jpeg,
                s.image_sha256,
                s.item_id,
                s.side,
                s.view,
                s.marks,
                s.source,
                s.on_handout,
                s.hide_face,
                s.note,
                s.created_at,
            )
            for s in store.stills.for_visit(visit.id)
        ]  # fmt: skip
        for visit in store.visits.for_patient(zoe.id)
    }


def test_export_holds_each_still_and_the_consent(clinic: Store) -> None:
    first, later = documents(clinic)
    assert first["visit"]["filming_consent"] == "2026-11-20T09:00:00.000000+00:00"  # type: ignore[index]
    stills = first["stills"]
    assert isinstance(stills, list)
    assert len(stills) == 2
    kept = clinic.stills.for_visit(1)
    assert base64.b64decode(stills[0]["image"]) == kept[0].jpeg
    assert stills[1]["marks"] == [
        {"angle": "angle.trunk_lean", "points": [[30.0, 40.0], [32.0, 4.5]]}
    ]
    assert stills[1]["source"]["file_name"] == "step-down left.mp4"
    assert (stills[1]["on_handout"], stills[1]["hide_face"]) == (True, False)
    assert len(later["stills"]) == 1  # type: ignore[arg-type]
    json.dumps(first)  # plain JSON
    assert parse_visit_doc(first).stills[1].marks == (TRUNK,)


def test_stills_round_trip_through_export_and_import(clinic: Store, tmp_path: Path) -> None:
    exported = documents(clinic)
    with Store.open(tmp_path / "other.sqlite3", hasher=FAST_HASHER) as other:
        result = import_documents(other, json.loads(json.dumps(exported)))
        assert result.visits_added == 2
        assert stills_by_date(other) == stills_by_date(clinic)
        assert other.stills.consent(1) == clinic.stills.consent(1)
        # Imported visits are drafts (a signature does not travel); signed here, the
        # imported stills are sealed and verify.
        bo = other.accounts.create("bo", "Bo Li", PASSWORD, Role.ADMIN)
        other.visits.sign(1, bo.id, [], {"items": []})
        assert other.signing.verify(1) == SignatureStatus.OK
        again = import_documents(other, exported)
        assert (again.visits_added, again.visits_already_present) == (0, 2)


def test_a_visit_imported_again_with_other_stills_is_added_with_new_uids(
    clinic: Store, tmp_path: Path
) -> None:
    exported = documents(clinic)
    with Store.open(tmp_path / "other.sqlite3", hasher=FAST_HASHER) as other:
        import_documents(other, exported)
        changed = json.loads(json.dumps(exported[1]))
        changed["stills"][0]["note"] = "looked again"
        changed["stills"][0]["view"] = "back"
        assert import_documents(other, [changed]).visits_added == 1
        uids = [s.uid for v in other.visits.for_patient(1) for s in other.stills.for_visit(v.id)]
        assert len(uids) == len(set(uids)) == 4


def test_a_document_whose_image_was_changed_imports_nothing(clinic: Store, tmp_path: Path) -> None:
    exported = documents(clinic)
    still = exported[0]["stills"][0]  # type: ignore[index]
    other_image = base64.b64decode(exported[1]["stills"][0]["image"])  # type: ignore[index]
    still["image"] = base64.b64encode(other_image).decode()
    with Store.open(tmp_path / "other.sqlite3", hasher=FAST_HASHER) as other:
        with pytest.raises(InvalidValueError, match=r"stills\[1\].image: the image does not match"):
            import_documents(other, exported)
        assert other.patients.search() == []


@sqlite_only("restores a SQLite backup file into a new file; the server's backups are pg_dump")
def test_a_backup_restored_elsewhere_keeps_every_still(
    clinic: Store, clock: FakeClock, tmp_path: Path
) -> None:
    if clinic.engine != "sqlite":
        pytest.skip("the server's backups are restored on the server (tests/server)")
    before = stills_by_date(clinic)
    backup = tmp_path / "backup.sqlite3"
    clinic.backup_to(backup)
    target = tmp_path / "new-pc" / "clinic.sqlite3"
    target.parent.mkdir()
    restore_database(backup, target)
    with Store.open(target, clock=clock, hasher=FAST_HASHER) as restored:
        assert stills_by_date(restored) == before
        assert restored.signing.verify(1) == SignatureStatus.OK
        assert restored.stills.consent(2) is not None
