"""Keeping a still on a visit, comparing it with an earlier visit's, finding its original."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from kept_stills import fppa_mark, make_still, trunk_mark
from service_helpers import screen

from kneedesk.core.angles import CAMERA_CAUTION, View
from kneedesk.services.signing import sign_visit
from kneedesk.services.stills import (
    AngleChange,
    change_note,
    change_printing,
    comparison,
    degrees_text,
    keep_still,
    locate_original,
    marks_text,
    moved_message,
    remove_still,
    set_consent,
    whole_degrees,
)
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import ConsentRequiredError, StoreError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store


def filmed_visit(store: Store, patient: Patient, day: str, clinician: Clinician) -> int:
    visit = screen(store, patient, day)
    set_consent(store, visit.id, True, clinician.id)
    return visit.id


def test_a_still_needs_the_patients_consent_to_filming(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = screen(store, patient, "2026-10-01")
    with pytest.raises(ConsentRequiredError):
        keep_still(store, visit.id, make_still(fppa_mark(12)), clinician.id)
    assert store.stills.for_visit(visit.id) == []

    set_consent(store, visit.id, True, clinician.id)
    kept = keep_still(store, visit.id, make_still(fppa_mark(12)), clinician.id)
    assert [s.uid for s in store.stills.for_visit(visit.id)] == [kept.uid]
    assert marks_text(kept) == "FPPA 12°"


def test_printing_and_note_changes_are_kept_and_a_still_can_be_removed(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = filmed_visit(store, patient, "2026-10-01", clinician)
    kept = keep_still(store, visit, make_still(fppa_mark(12)), clinician.id)
    assert (kept.on_handout, kept.hide_face) == (False, True)  # the face hidden unless asked

    change_printing(store, kept.uid, on_handout=True, hide_face=False, clinician_id=clinician.id)
    change_note(store, kept.uid, "Knee drifts in on the last two", clinician.id)
    again = store.stills.get(kept.uid)
    assert again is not None
    assert (again.on_handout, again.hide_face, again.note) == (
        True,
        False,
        "Knee drifts in on the last two",
    )
    remove_still(store, kept.uid, clinician.id)
    assert store.stills.for_visit(visit) == []


def test_a_signed_visits_stills_cannot_change(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    visit = filmed_visit(store, patient, "2026-10-01", clinician)
    kept = keep_still(store, visit, make_still(fppa_mark(12)), clinician.id)
    sign_visit(store, visit, clinician.id)
    with pytest.raises(StoreError):
        change_note(store, kept.uid, "after signing", clinician.id)
    with pytest.raises(StoreError):
        keep_still(store, visit, make_still(fppa_mark(3)), clinician.id)


def test_the_comparison_is_with_the_newest_earlier_still_of_the_same_test_side_and_view(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = filmed_visit(store, patient, "2026-10-01", clinician)
    keep_still(store, first, make_still(fppa_mark(25)), clinician.id)
    second = filmed_visit(store, patient, "2026-10-22", clinician)
    keep_still(store, second, make_still(fppa_mark(19), trunk_mark(4)), clinician.id)
    # Not the same: another view, another side, another test.
    keep_still(store, second, make_still(fppa_mark(30), view=View.BACK), clinician.id)
    keep_still(store, second, make_still(fppa_mark(30), side="left"), clinician.id)
    keep_still(store, second, make_still(fppa_mark(30), item_id="hip.step_down"), clinician.id)
    for visit in (first, second):
        sign_visit(store, visit, clinician.id)
    today = filmed_visit(store, patient, "2026-11-12", clinician)
    now = keep_still(store, today, make_still(fppa_mark(14)), clinician.id)

    found = comparison(store, today, now)
    assert found is not None
    assert (found.earlier_visit_id, found.earlier_date, found.today_date) == (
        second,
        "2026-10-22",
        "2026-11-12",
    )
    # Trunk lean was measured on the earlier still only: it is left out.
    assert [c.text for c in found.changes] == ["FPPA 19° → 14° (−5°)"]
    assert found.changes[0].difference == -5
    assert found.caution == CAMERA_CAUTION


def test_no_comparison_without_an_earlier_still_of_the_same_view(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    first = filmed_visit(store, patient, "2026-10-01", clinician)
    keep_still(store, first, make_still(fppa_mark(25), view=View.BACK), clinician.id)
    today = filmed_visit(store, patient, "2026-11-12", clinician)
    now = keep_still(store, today, make_still(fppa_mark(14)), clinician.id)
    assert comparison(store, today, now) is None
    # A later visit's still is never "earlier".
    assert comparison(store, first, store.stills.for_visit(first)[0]) is None


def test_angles_are_shown_in_whole_degrees_with_a_true_minus() -> None:
    assert [whole_degrees(v) for v in (4.5, -4.5, 4.49, -0.4, 0.0)] == [5, -5, 4, 0, 0]
    assert degrees_text(-3) == "−3°"
    assert AngleChange("angle.trunk_lean", -2, 3).text == "Trunk lean −2° → 3° (+5°)"
    assert AngleChange("angle.fppa", 10, 10).text == "FPPA 10° → 10° (0°)"


def test_the_original_is_found_by_its_content_even_renamed(tmp_path: Path) -> None:
    folder = tmp_path / "clinic videos"
    (folder / "October").mkdir(parents=True)
    video = folder / "October" / "squat right.mov"
    video.write_bytes(b"\x00\x00\x00\x18ftypqt  " + b"phone video" * 100)
    digest = hashlib.sha256(video.read_bytes()).hexdigest()
    still = make_still(fppa_mark(14), sha256=digest)

    assert locate_original(folder, still) == video
    assert locate_original("", still) is None  # no media folder set
    assert locate_original(tmp_path / "gone", still) is None

    video.unlink()
    assert locate_original(folder, still) is None
    assert moved_message(still) == (
        "The original video (IMG_0412.MOV) is not in the media folder any more; "
        "the still is kept in KneeDesk."
    )


def test_compare_leaves_out_an_earlier_draft_as_the_handout_does(
    store: Store, patient: Patient, clinician: Clinician
) -> None:
    """A still on an unsigned earlier visit may still change or go: neither the screen's
    Compare… nor the handout sets today's still beside it."""
    before = filmed_visit(store, patient, "2026-10-01", clinician)
    keep_still(store, before, make_still(fppa_mark(19)), clinician.id)
    today = filmed_visit(store, patient, "2026-11-01", clinician)
    kept = keep_still(store, today, make_still(fppa_mark(14)), clinician.id)
    assert comparison(store, today, kept) is None
