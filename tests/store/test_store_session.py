"""The app's store refuses writes from a locked screen or the wrong clinician, by itself.

A window left open over the lock screen must not be able to write: the store checks who is
signed in, and their role, on every write (`Store.open(..., require_session=True)`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_helpers import FAST_HASHER, PASSWORD, FakeClock, sqlite_only

from kneedesk.store.backup_schedule import make_backup, read_plan, record_backup
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import NotSignedInError, PermissionDeniedError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


def audit_rows(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])


@pytest.fixture
def app_store(reopen: Callable[..., Store]) -> Iterator[Store]:
    """A store as the app opens it (on each engine), set up with an administrator and a
    clinician."""
    s = reopen(require_session=True)
    # First-time set-up needs nobody: the clinic and the first administrator.
    s.settings.save_one(SettingKey.CLINIC, {"name": "Riverside Sports Clinic"})
    s.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    s.sign_in("ana", PASSWORD)
    s.accounts.create("ben", "Ben Ode", PASSWORD)
    yield s
    s.close()


@pytest.fixture
def patient(app_store: Store) -> Patient:
    return app_store.patients.create(
        chart_number="KD-1", given_name="Zoë", family_name="Ruiz", birth_date="1994-03-02"
    )


@pytest.fixture
def draft(app_store: Store, patient: Patient) -> Visit:
    me = app_store.current
    assert me is not None
    return app_store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=me.id)


def ben(store: Store) -> Clinician:
    found = store.accounts.by_username("ben")
    assert found is not None
    return found


def test_first_time_set_up_needs_nobody_signed_in(app_store: Store) -> None:
    assert app_store.settings.get(SettingKey.CLINIC, {})["name"] == "Riverside Sports Clinic"
    assert {c.username for c in app_store.accounts.accounts()} == {"ana", "ben"}


def test_a_locked_app_can_write_nothing(app_store: Store, patient: Patient, draft: Visit) -> None:
    app_store.sign_out()  # what the idle lock does
    before = audit_rows(app_store)
    attempts = [
        lambda: app_store.patients.create(
            chart_number="KD-2", given_name="Eve", family_name="Passer", birth_date="1990-01-01"
        ),
        lambda: app_store.patients.update(patient.id, family_name="Changed"),
        lambda: app_store.patients.archive(patient.id),
        lambda: app_store.visits.save_answer(draft.id, "body_mass", "whole", 70.0),
        lambda: app_store.visits.create_draft(patient.id, visit_date="2026-11-21"),
        lambda: app_store.settings.save_one(SettingKey.CLINIC, {"name": "Hijacked"}),
        lambda: app_store.accounts.create("mallory", "Mallory", PASSWORD, Role.ADMIN),
        lambda: app_store.accounts.set_password(1, "a brand new password"),
        lambda: app_store.accounts.deactivate(2),
    ]
    for attempt in attempts:
        with pytest.raises(NotSignedInError) as refused:
            attempt()
        assert "Log in again" in refused.value.todo
    assert audit_rows(app_store) == before
    assert app_store.patients.get(patient.id).family_name == "Ruiz"
    assert app_store.patients.by_chart_number("KD-2") is None
    assert app_store.accounts.by_username("mallory") is None
    assert app_store.visits.answers(draft.id) == {}
    assert app_store.settings.get(SettingKey.CLINIC, {})["name"] == "Riverside Sports Clinic"


def test_an_addendum_or_signature_needs_the_signed_in_clinicians_own_name(
    app_store: Store, draft: Visit
) -> None:
    ana = app_store.current
    assert ana is not None
    app_store.sign_out()
    app_store.sign_in("ben", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        app_store.visits.sign(draft.id, ana.id, [], {"items": [], "review": ""})
    assert not app_store.visits.get(draft.id).signed
    signed = app_store.visits.sign(draft.id, ben(app_store).id, [], {"items": [], "review": ""})
    assert signed.signed_by == ben(app_store).id
    with pytest.raises(PermissionDeniedError):
        app_store.signing.add_addendum(draft.id, ana.id, "typo", "Pain was 4, not 5.")
    app_store.sign_out()
    with pytest.raises(NotSignedInError):
        app_store.signing.add_addendum(draft.id, ana.id, "typo", "Pain was 4, not 5.")
    assert app_store.signing.addenda(draft.id) == []


def test_administrators_tasks_are_refused_to_a_clinician(app_store: Store) -> None:
    app_store.sign_out()
    app_store.sign_in("ben", PASSWORD)
    with pytest.raises(PermissionDeniedError):
        app_store.accounts.create("mallory", "Mallory", PASSWORD, Role.ADMIN)
    with pytest.raises(PermissionDeniedError):
        app_store.accounts.set_password(1, "a brand new password")
    with pytest.raises(PermissionDeniedError):
        app_store.accounts.deactivate(1)
    with pytest.raises(PermissionDeniedError):
        app_store.settings.save_one(SettingKey.THRESHOLDS, {"hip_abduction_pct_bw": 1.0})
    with pytest.raises(PermissionDeniedError):
        app_store.settings.set("backup_folder", "/tmp")
    assert app_store.accounts.by_username("mallory") is None
    # What any clinician may do: their own password, the letterhead, seeing patients.
    app_store.accounts.set_password(ben(app_store).id, "ben's own new password")
    app_store.settings.save_one(
        SettingKey.CLINIC, {"name": "Riverside Sports Clinic", "phone": "555 0100"}
    )
    assert app_store.settings.get(SettingKey.CLINIC, {})["phone"] == "555 0100"


def test_an_administrator_may_do_all_of_it(app_store: Store) -> None:
    carol = app_store.accounts.create("carol", "Carol Diaz", PASSWORD, Role.ADMIN)
    app_store.accounts.set_password(ben(app_store).id, "a brand new password")
    app_store.accounts.deactivate(carol.id)
    app_store.settings.set("backup_keep", 7)
    assert app_store.settings.get("backup_keep") == 7


@sqlite_only("backs up the SQLite file; the server's scheduled backups have tests of their own")
def test_the_scheduled_backup_still_runs_while_locked(app_store: Store, tmp_path: Path) -> None:
    app_store.sign_out()
    plan = read_plan(app_store)  # makes the database id: a value KneeDesk sets itself
    outcome = make_backup(app_store.db, plan, FakeClock()(), automatic=True)
    record_backup(app_store, outcome)
    last = app_store.audit.entries(limit=1)[0]
    assert (last.action, last.actor_id) == ("backup", None)


def test_the_command_line_acts_without_a_session(tmp_path: Path) -> None:
    with Store.open(tmp_path / "cli.kneedesk", hasher=FAST_HASHER) as cli_store:
        cli_store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
        created = cli_store.patients.create(
            chart_number="KD-9", given_name="Ola", family_name="Nord", birth_date="1980-05-05"
        )
        assert cli_store.patients.get(created.id).family_name == "Nord"
