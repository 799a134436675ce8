"""Two workstations on one draft or one patient: a save based on what the other has since
changed is refused with both values, who stored the other and when; different fields both
stay; a signature based on a summary the draft has moved on from is refused.

On the clinic server the other workstation is a second Store on the same database. A
SQLite file has one writer, so there the other's change is made through the same store
with the other clinician signed in, between the first one's reading and saving: the
versions are checked all the same.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from store_helpers import PASSWORD, FakeClock, postgres_only

from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import ConflictError, SignConflictError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@pytest.fixture
def ben(store: Store) -> Clinician:
    return store.accounts.create("ben", "Ben Ortiz", PASSWORD, Role.CLINICIAN)


@pytest.fixture
def here(store: Store, clinician: Clinician) -> Store:
    """This workstation, Ana signed in."""
    store.sign_in("ana", PASSWORD)
    return store


@pytest.fixture
def there(
    engine: str, store: Store, ben: Clinician, reopen: Callable[..., Store]
) -> Iterator[Callable[[], Store]]:
    """The other workstation, Ben signed in (call it before each of its changes)."""
    other = reopen() if engine == "postgresql" else store
    other.sign_in("ben", PASSWORD)

    def at_other() -> Store:
        if other.current is None or other.current.username != "ben":
            other.sign_in("ben", PASSWORD)
        return other

    yield at_other
    if other is not store:
        other.close()


def back_here(store: Store) -> Store:
    """Ana at this workstation again (on a SQLite file, the same store as the other)."""
    if store.current is None or store.current.username != "ana":
        store.sign_in("ana", PASSWORD)
    return store


def test_the_same_answer_saved_at_both_keeps_the_first_and_refuses_the_second(
    here: Store, there: Callable[[], Store], draft: Visit, clock: FakeClock
) -> None:
    shown = here.visits.answer_versions(draft.id).get(("body_mass", "whole"), 0)
    clock.advance(minutes=3)
    there().visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    with pytest.raises(ConflictError) as refused:
        back_here(here).visits.save_answer(draft.id, "body_mass", "whole", 62.5, based_on=shown)
    conflict = refused.value
    assert (conflict.field, conflict.side) == ("body_mass", "whole")
    assert (conflict.mine, conflict.theirs) == (62.5, 61.0)
    assert conflict.by == "Ben Ortiz"
    assert conflict.at == "2026-11-20T09:03:00.000000+00:00"
    assert here.visits.answers(draft.id) == {"body_mass": 61.0}  # nothing silently replaced
    # "Keep mine": saved over the version now stored, once the clinician chose it.
    kept = here.visits.save_answer(draft.id, "body_mass", "whole", 62.5, based_on=conflict.version)
    assert kept.changed
    assert here.visits.answers(draft.id) == {"body_mass": 62.5}
    assert here.visits.answer_versions(draft.id)[("body_mass", "whole")] == kept.version


def test_different_answers_saved_at_both_are_both_kept(
    here: Store, there: Callable[[], Store], draft: Visit
) -> None:
    there().visits.save_answer(draft.id, "symptom_side", "whole", "right", based_on=0)
    back_here(here).visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    there().visits.save_answer(draft.id, "hip.abduction_force", "left", 180.0, based_on=0)
    back_here(here).visits.save_answer(draft.id, "hip.abduction_force", "right", 140.0, based_on=0)
    assert here.visits.answers(draft.id) == {
        "symptom_side": "right",
        "body_mass": 61.0,
        "hip.abduction_force": {"left": 180.0, "right": 140.0},
    }


def test_an_answer_emptied_or_marked_not_tested_elsewhere_is_a_conflict_too(
    here: Store, there: Callable[[], Store], draft: Visit
) -> None:
    first = here.visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    there().visits.clear_answer(draft.id, "body_mass", "whole", based_on=first.version)
    with pytest.raises(ConflictError) as emptied:
        back_here(here).visits.save_answer(
            draft.id, "body_mass", "whole", 63.0, based_on=first.version
        )
    assert (emptied.value.mine, emptied.value.theirs, emptied.value.version) == (63.0, None, 0)
    assert emptied.value.by == "Ben Ortiz"
    there().visits.save_answer(draft.id, "body_mass", "whole", None, "scale broken", based_on=0)
    with pytest.raises(ConflictError) as marked:
        back_here(here).visits.clear_answer(draft.id, "body_mass", "whole", based_on=0)
    assert marked.value.theirs is None
    assert marked.value.theirs_not_tested == "scale broken"
    assert here.visits.not_tested(draft.id) == {"body_mass": "scale broken"}


def test_the_same_value_saved_at_both_is_no_conflict(
    here: Store, there: Callable[[], Store], draft: Visit
) -> None:
    there().visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    same = back_here(here).visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    assert not same.changed
    assert same.version == here.visits.answer_versions(draft.id)[("body_mass", "whole")]


def test_a_signature_racing_an_edit_is_refused_and_nothing_is_lost(
    here: Store, there: Callable[[], Store], draft: Visit, clinician: Clinician
) -> None:
    saved = here.visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    summary_of = saved.revision  # the summary is built from the draft at this revision
    there().visits.save_answer(draft.id, "symptom_side", "whole", "left", based_on=0)
    with pytest.raises(SignConflictError) as refused:
        back_here(here).visits.sign(draft.id, clinician.id, [], {"items": []}, revision=summary_of)
    assert refused.value.revision == summary_of + 1
    assert "changed on another workstation" in refused.value.what
    assert not here.visits.get(draft.id).signed
    assert here.visits.answers(draft.id) == {"body_mass": 61.0, "symptom_side": "left"}
    # Checked again (the summary rebuilt at the new revision), it is signed with both.
    signed = here.visits.sign(
        draft.id, clinician.id, [], {"items": []}, revision=refused.value.revision
    )
    assert signed.signed
    assert here.signing.verify(draft.id).name == "OK"


def test_each_own_save_moves_the_revision_on_by_one(here: Store, draft: Visit) -> None:
    assert here.visits.revision(draft.id) == 0
    one = here.visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)
    two = here.visits.clear_answer(draft.id, "body_mass", "whole", based_on=one.version)
    assert (one.revision, two.revision, two.version) == (1, 2, 0)
    assert here.visits.revision(draft.id) == 2


def test_patient_details_changed_at_both_keep_both_fields(
    here: Store, there: Callable[[], Store], patient: Patient
) -> None:
    shown_here = here.patients.get(patient.id)
    shown_there = there().patients.get(patient.id)
    there().patients.update(patient.id, based_on=shown_there, given_name="Zoe")
    saved = back_here(here).patients.update(
        patient.id, based_on=shown_here, given_name=shown_here.given_name, sex="other"
    )
    assert (saved.given_name, saved.sex, saved.version) == ("Zoe", "other", 2)


def test_the_same_patient_field_changed_at_both_is_refused_with_both_values(
    here: Store, there: Callable[[], Store], patient: Patient, clock: FakeClock
) -> None:
    shown = here.patients.get(patient.id)
    clock.advance(minutes=5)
    there().patients.update(patient.id, based_on=shown, family_name="Angstrom")
    with pytest.raises(ConflictError) as refused:
        back_here(here).patients.update(patient.id, based_on=shown, family_name="Ångström")
    conflict = refused.value
    assert conflict.field == "family_name"
    assert (conflict.mine, conflict.theirs) == ("Ångström", "Angstrom")
    assert (conflict.by, conflict.at) == ("Ben Ortiz", "2026-11-20T09:05:00.000000+00:00")
    assert here.patients.get(patient.id).family_name == "Angstrom"
    # "Keep mine": based on the field as it is stored now.
    now = here.patients.get(patient.id)
    assert here.patients.update(patient.id, based_on=now, family_name="Ångström").family_name == (
        "Ångström"
    )


@postgres_only("two workstations' transactions at once need two connections")
def test_a_save_waiting_on_the_others_transaction_is_refused_when_it_commits(
    here: Store, there: Callable[[], Store], draft: Visit
) -> None:
    other = there()
    outcome: list[BaseException | None] = []
    with other.db.atomic():
        other.visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0)

        def save_here() -> None:
            try:
                here.visits.save_answer(draft.id, "body_mass", "whole", 62.0, based_on=0)
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                outcome.append(exc)

        worker = threading.Thread(target=save_here)
        worker.start()
        worker.join(0.5)
        assert outcome == []  # waits for the other's transaction to end
    worker.join(30)
    assert len(outcome) == 1
    assert isinstance(outcome[0], ConflictError)
    assert (outcome[0].mine, outcome[0].theirs) == (62.0, 61.0)
    assert here.visits.answers(draft.id) == {"body_mass": 61.0}


@postgres_only("a signature waiting on another workstation's save needs two connections")
def test_a_signature_waiting_on_a_save_under_way_is_refused_when_it_commits(
    here: Store, there: Callable[[], Store], draft: Visit, clinician: Clinician
) -> None:
    shown = here.visits.save_answer(draft.id, "body_mass", "whole", 61.0, based_on=0).revision
    other = there()
    outcome: list[BaseException | None] = []
    with other.db.atomic():
        other.visits.save_answer(draft.id, "symptom_side", "whole", "left", based_on=0)

        def sign_here() -> None:
            try:
                here.visits.sign(draft.id, clinician.id, [], {"items": []}, revision=shown)
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                outcome.append(exc)

        worker = threading.Thread(target=sign_here)
        worker.start()
        worker.join(0.5)
        assert outcome == []  # waits for the save under way
    worker.join(30)
    assert len(outcome) == 1
    assert isinstance(outcome[0], SignConflictError)
    assert not here.visits.get(draft.id).signed
    assert here.visits.answers(draft.id) == {"body_mass": 61.0, "symptom_side": "left"}
