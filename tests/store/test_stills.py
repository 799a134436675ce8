"""Stills kept with a visit: kept, edited, removed, audited, and refused once signed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from stored_stills import FPPA, TRUNK, make_still

from kneedesk.core.angles import View
from kneedesk.core.stills import image_digest
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import ConsentRequiredError, InvalidValueError, VisitSignedError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@pytest.fixture
def filming(store: Store, draft: Visit, clinician: Clinician) -> Visit:
    store.stills.set_consent(draft.id, True, clinician.id)
    return draft


def test_a_kept_still_comes_back_as_kept(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    given = make_still()
    kept = store.stills.add(filming.id, given, clinician.id)
    assert kept.uid
    assert kept.jpeg == given.jpeg
    assert kept.image_sha256 == image_digest(given.jpeg)
    assert kept.created_at == "2026-11-20T09:00:00.000000+00:00"
    assert (kept.item_id, kept.side, kept.view) == ("hip.step_down", "left", View.FRONT)
    assert kept.marks == (FPPA,)
    assert kept.source == given.source
    assert kept.note == "knee in at the lowest point"
    assert not kept.altered
    assert store.stills.get(kept.uid) == kept
    assert store.stills.visit_of(kept.uid) == filming.id
    assert store.stills.for_visit(filming.id) == [kept]


def test_stills_are_listed_in_the_order_kept(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    colours = [(250, 0, 0), (0, 250, 0), (0, 0, 250)]
    uids = [store.stills.add(filming.id, make_still(colour=c), clinician.id).uid for c in colours]
    store.stills.delete(uids[1], clinician.id)
    fourth = store.stills.add(filming.id, make_still(colour=(9, 9, 9)), clinician.id)
    assert [s.uid for s in store.stills.for_visit(filming.id)] == [uids[0], uids[2], fourth.uid]


def test_points_view_printing_and_note_are_edited_and_audited(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    uid = store.stills.add(filming.id, make_still(), clinician.id).uid
    store.stills.update_marks(uid, [FPPA, TRUNK], clinician.id)
    store.stills.update_view(uid, View.BACK, clinician.id)
    store.stills.update_printing(uid, on_handout=True, hide_face=False, actor_id=clinician.id)
    edited = store.stills.update_note(uid, "second attempt", clinician.id)
    assert edited.marks == (FPPA, TRUNK)
    assert edited.view is View.BACK
    assert (edited.on_handout, edited.hide_face) == (True, False)
    assert edited.note == "second attempt"
    assert set(edited.angles()) == {"angle.fppa", "angle.trunk_lean"}
    rows = [e for e in reversed(store.audit.entries()) if "still" in e.detail]
    assert [(e.action, e.detail.get("changed")) for e in rows] == [
        ("create", None),
        ("edit", "marks"),
        ("edit", "view"),
        ("edit", "printing"),
        ("edit", "note"),
    ]
    assert all(e.detail["still"] == uid and e.actor_id == clinician.id for e in rows)
    assert (rows[2].detail["before"], rows[2].detail["after"]) == ("front", "back")
    assert rows[4].detail == {
        "still": uid,
        "changed": "note",
        "before": "knee in at the lowest point",
        "after": "second attempt",
    }
    assert all("jpeg" not in str(e.detail) and 'image"' not in str(e.detail) for e in rows)


def test_removing_a_still_keeps_what_it_held_in_the_audit_log(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    kept = store.stills.add(filming.id, make_still(), clinician.id)
    store.stills.delete(kept.uid, clinician.id)
    assert store.stills.for_visit(filming.id) == []
    assert store.stills.get(kept.uid) is None
    last = store.audit.entries()[0]  # newest first
    assert last.detail["deleted"] is True
    assert last.detail["image_sha256"] == kept.image_sha256
    assert last.detail["marks"] == [
        {"angle": "angle.fppa", "points": [[20.0, 5.0], [26.0, 30.0], [20.0, 45.0]]}
    ]


def test_a_kept_still_survives_closing_and_reopening(
    reopen: Callable[[], Store], store: Store, filming: Visit, clinician: Clinician
) -> None:
    kept = store.stills.add(filming.id, make_still(), clinician.id)
    store.stills.update_marks(kept.uid, [TRUNK], clinician.id)
    store.close()
    with reopen() as reopened:
        (again,) = reopened.stills.for_visit(filming.id)
        assert again.jpeg == kept.jpeg
        assert again.marks == (TRUNK,)
        assert reopened.stills.consent(filming.id) == "2026-11-20T09:00:00.000000+00:00"


@pytest.mark.parametrize("kind", ["video", "photo"])
def test_no_still_without_the_patients_consent(
    store: Store, draft: Visit, clinician: Clinician, kind: str
) -> None:
    with pytest.raises(ConsentRequiredError, match="not agreed to be filmed"):
        store.stills.add(draft.id, make_still(kind=kind), clinician.id)
    assert store.stills.for_visit(draft.id) == []


def test_consent_cannot_be_taken_back_while_stills_are_kept(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    kept = store.stills.add(filming.id, make_still(), clinician.id)
    with pytest.raises(ConsentRequiredError, match="keeps 1 still"):
        store.stills.set_consent(filming.id, False, clinician.id)
    store.stills.delete(kept.uid, clinician.id)
    store.stills.set_consent(filming.id, False, clinician.id)
    assert store.stills.consent(filming.id) is None
    consents = [e.detail for e in reversed(store.audit.entries()) if "filming_consent" in e.detail]
    assert [d["filming_consent"]["after"] is None for d in consents] == [False, True]


def test_a_still_must_be_of_an_item_of_the_visit(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    with pytest.raises(InvalidValueError, match="not an item of protocol") as caught:
        store.stills.add(filming.id, make_still(item_id="hip.hop_test"), clinician.id)
    assert caught.value.field == "item"


def test_points_outside_the_image_are_refused(
    store: Store, filming: Visit, clinician: Clinician
) -> None:
    uid = store.stills.add(filming.id, make_still(), clinician.id).uid
    outside = type(FPPA)(
        "angle.fppa", (FPPA.points[0], FPPA.points[1], type(FPPA.points[0])(90, 10))
    )
    with pytest.raises(InvalidValueError, match="outside the 64x48 image"):
        store.stills.update_marks(uid, [outside], clinician.id)
    assert store.stills.get(uid).marks == (FPPA,)  # type: ignore[union-attr]


def test_an_image_too_large_is_refused(store: Store, filming: Visit, clinician: Clinician) -> None:
    still = make_still()
    big = type(still)(**{**still.__dict__, "jpeg": still.jpeg + b"\0" * 300_000})
    with pytest.raises(InvalidValueError, match="at most 300,000"):
        store.stills.add(filming.id, big, clinician.id)


@pytest.fixture
def signed_with_still(store: Store, filming: Visit, clinician: Clinician) -> tuple[Visit, str]:
    uid = store.stills.add(filming.id, make_still(), clinician.id).uid
    store.visits.sign(filming.id, clinician.id, [], {"items": []})
    return filming, uid


def test_a_signed_visit_refuses_every_change_to_its_stills(
    store: Store, signed_with_still: tuple[Visit, str], clinician: Clinician
) -> None:
    visit, uid = signed_with_still
    attempts = [
        lambda: store.stills.add(visit.id, make_still(colour=(1, 2, 3)), clinician.id),
        lambda: store.stills.update_marks(uid, [TRUNK], clinician.id),
        lambda: store.stills.update_view(uid, View.BACK, clinician.id),
        lambda: store.stills.update_printing(
            uid, on_handout=True, hide_face=True, actor_id=clinician.id
        ),
        lambda: store.stills.update_note(uid, "changed", clinician.id),
        lambda: store.stills.delete(uid, clinician.id),
        lambda: store.stills.set_consent(visit.id, False, clinician.id),
    ]
    for attempt in attempts:
        with pytest.raises(VisitSignedError, match="add an addendum"):
            attempt()
    (still,) = store.stills.for_visit(visit.id)
    assert (still.uid, still.marks, still.note) == (uid, (FPPA,), "knee in at the lowest point")


def test_the_database_itself_refuses_changes_to_a_signed_visits_stills(
    raw_sql: Callable[[], Any], store: Store, signed_with_still: tuple[Visit, str]
) -> None:
    visit, uid = signed_with_still
    store.close()
    conn = raw_sql()
    try:
        statements = [
            ("UPDATE visit_stills SET note = 'x' WHERE uid = ?", [uid]),
            ("DELETE FROM visit_stills WHERE uid = ?", [uid]),
            (
                "INSERT INTO visit_stills (uid, visit_id, position, item_id, side, view, jpeg, "
                "width, height, image_sha256, marks, source, created_at, updated_at) "
                "SELECT 'other', visit_id, 9, item_id, side, view, jpeg, width, height, "
                "image_sha256, marks, source, created_at, updated_at FROM visit_stills "
                "WHERE uid = ?",
                [uid],
            ),
            ("UPDATE visits SET filming_consent = NULL WHERE id = ?", [visit.id]),
        ]
        for sql, args in statements:
            with pytest.raises(sqlite3.IntegrityError, match="is signed"):
                conn.execute(sql, args)
    finally:
        conn.close()


def test_a_stills_image_never_changes_even_on_a_draft(
    raw_sql: Callable[[], Any], store: Store, filming: Visit, clinician: Clinician
) -> None:
    uid = store.stills.add(filming.id, make_still(), clinician.id).uid
    store.close()
    conn = raw_sql()
    try:
        for column, value in [
            ("jpeg", make_still(colour=(0, 0, 0)).jpeg),
            ("image_sha256", "0" * 64),
            ("source", '{"kind":"photo"}'),
            ("uid", "renamed"),
        ]:
            with pytest.raises(sqlite3.IntegrityError, match="image and source never change"):
                conn.execute(f"UPDATE visit_stills SET {column} = ? WHERE uid = ?", [value, uid])
        conn.execute("UPDATE visit_stills SET note = 'draft note' WHERE uid = ?", [uid])
    finally:
        conn.close()


def test_earlier_stills_of_the_same_test_newest_first(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    kept = {}
    for day in ("2026-09-01", "2026-10-01", "2026-11-01"):
        visit = store.visits.create_draft(patient.id, visit_date=day, clinician_id=clinician.id)
        store.stills.set_consent(visit.id, True, clinician.id)
        kept[day] = store.stills.add(visit.id, make_still(), clinician.id)
        store.stills.add(visit.id, make_still(side="right"), clinician.id)
        store.stills.add(visit.id, make_still(view=View.BACK), clinician.id)
        last = visit
    found = store.stills.earlier(patient.id, last.id, "hip.step_down", "left", View.FRONT)
    assert [(date, still.uid) for _, date, still in found] == [
        ("2026-10-01", kept["2026-10-01"].uid),
        ("2026-09-01", kept["2026-09-01"].uid),
    ]
