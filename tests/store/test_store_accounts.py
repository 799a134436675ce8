"""Clinician accounts: argon2id hashes at or above OWASP's minimum, audited logins, lockout."""

from __future__ import annotations

import sqlite3

import pytest
from argon2 import PasswordHasher, extract_parameters
from store_helpers import FAST_HASHER, PASSWORD, FakeClock

from kneedesk.store.accounts import AccountRepo, default_hasher
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import AccountLockedError, InvalidValueError, LoginFailedError
from kneedesk.store.store import Store

# OWASP Password Storage Cheat Sheet: argon2id with at least 19 MiB, 2 iterations, 1 lane.
OWASP_MEMORY_KIB = 19 * 1024
OWASP_TIME_COST = 2


def failed_logins(store: Store) -> list[dict[str, object]]:
    return [e.detail for e in store.audit.entries(action=Action.LOGIN_FAILED)]


def test_stored_hash_is_argon2id_at_or_above_the_owasp_minimum(store: Store) -> None:
    accounts = AccountRepo(store.db, store.audit)  # the real hasher, not the fast test one
    ana = accounts.create("ana", "Ana Ruiz", PASSWORD)
    (stored,) = store.db.execute(
        "SELECT password_hash FROM clinicians WHERE id = ?", [ana.id]
    ).fetchone()
    params = extract_parameters(stored)
    assert stored.startswith("$argon2id$")
    assert params.memory_cost >= OWASP_MEMORY_KIB
    assert params.time_cost >= OWASP_TIME_COST
    assert params.parallelism >= 1
    assert PASSWORD not in stored
    assert accounts.login("ana", PASSWORD) == ana


def test_default_parameters_are_at_or_above_the_owasp_minimum() -> None:
    hasher = default_hasher()
    assert hasher.memory_cost >= OWASP_MEMORY_KIB
    assert hasher.time_cost >= OWASP_TIME_COST


def test_weaker_hash_is_upgraded_at_the_next_login(store: Store) -> None:
    weak = AccountRepo(store.db, store.audit, hasher=FAST_HASHER)
    ana = weak.create("ana", "Ana Ruiz", PASSWORD)
    stronger = PasswordHasher(time_cost=2, memory_cost=OWASP_MEMORY_KIB, parallelism=1)
    accounts = AccountRepo(store.db, store.audit, hasher=stronger)
    assert accounts.login("ana", PASSWORD) == ana
    (stored,) = store.db.execute("SELECT password_hash FROM clinicians").fetchone()
    assert extract_parameters(stored).memory_cost == OWASP_MEMORY_KIB
    assert store.audit.entries(action=Action.LOGIN)[0].detail == {"rehashed": True}
    assert accounts.login("ana", PASSWORD) == ana  # the new hash works
    assert store.audit.entries(action=Action.LOGIN)[0].detail == {"rehashed": False}


def test_login_is_audited(store: Store, clinician: Clinician) -> None:
    assert store.sign_in("ANA", PASSWORD) == clinician  # user names ignore case
    entry = store.audit.entries(action=Action.LOGIN)[0]
    assert (entry.entity, entry.entity_id, entry.actor_id) == ("clinician", str(clinician.id), 1)
    store.sign_out()
    assert store.current is None
    assert store.audit.entries()[0].action == Action.LOGOUT


@pytest.mark.parametrize(
    ("username", "password", "reason"),
    [
        ("ana", "wrong password", "wrong password"),
        ("nobody", PASSWORD, "unknown user name"),
    ],
)
def test_wrong_login_is_refused_and_audited(
    store: Store, clinician: Clinician, username: str, password: str, reason: str
) -> None:
    with pytest.raises(LoginFailedError) as info:
        store.sign_in(username, password)
    assert info.value.what == "The user name or password is not right."  # same for both
    assert store.current is None
    assert failed_logins(store)[0] == {"username": username, "reason": reason}
    assert store.audit.entries(action=Action.LOGIN_FAILED)[0].actor_id is None


def test_deactivated_account_cannot_log_in(store: Store, clinician: Clinician) -> None:
    store.accounts.deactivate(clinician.id)
    with pytest.raises(LoginFailedError):
        store.sign_in("ana", PASSWORD)
    assert failed_logins(store)[0]["reason"] == "account deactivated"
    assert store.accounts.accounts() == []
    store.accounts.reactivate(clinician.id)
    assert store.sign_in("ana", PASSWORD).active


def test_repeated_failures_lock_the_account_for_a_while(
    store: Store, clinician: Clinician, clock: FakeClock
) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailedError) as info:
            store.sign_in("ana", "wrong password")
        assert not isinstance(info.value, AccountLockedError)
    with pytest.raises(AccountLockedError):
        store.sign_in("ana", "wrong password")
    # Locked: even the right password is refused, and that attempt is audited too.
    clock.advance(minutes=4)
    with pytest.raises(AccountLockedError) as locked:
        store.sign_in("ana", PASSWORD)
    assert "Try again after" in locked.value.todo
    assert failed_logins(store)[0]["reason"] == "account locked"
    clock.advance(minutes=1, seconds=1)
    assert store.sign_in("ana", PASSWORD) == clinician


def test_success_resets_the_failure_count(
    store: Store, clinician: Clinician, clock: FakeClock
) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            store.sign_in("ana", "wrong password")
    store.sign_in("ana", PASSWORD)
    for _ in range(4):
        with pytest.raises(LoginFailedError) as info:
            store.sign_in("ana", "wrong password")
        assert not isinstance(info.value, AccountLockedError)


def test_new_password_clears_a_lockout(store: Store, clinician: Clinician) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailedError):
            store.sign_in("ana", "wrong password")
    store.accounts.set_password(clinician.id, "a brand new password")
    assert store.sign_in("ana", "a brand new password") == clinician


@pytest.mark.parametrize(
    ("username", "name", "password"),
    [
        ("", "Ana", PASSWORD),
        ("x" * 65, "Ana", PASSWORD),
        ("bo", " ", PASSWORD),
        ("bo", "Bo", "short"),
    ],
)
def test_account_details_are_checked(store: Store, username: str, name: str, password: str) -> None:
    with pytest.raises(InvalidValueError):
        store.accounts.create(username, name, password)
    assert not store.accounts.has_accounts()


def test_user_names_are_unique_ignoring_case(store: Store, clinician: Clinician) -> None:
    with pytest.raises(InvalidValueError):
        store.accounts.create("ANA", "Another Ana", PASSWORD)


def test_roles_and_listing(store: Store, clinician: Clinician) -> None:
    bo = store.accounts.create("bo", "Bo Li", PASSWORD)
    assert clinician.role == Role.ADMIN
    assert bo.role == Role.CLINICIAN
    assert [c.username for c in store.accounts.accounts()] == ["ana", "bo"]
    assert store.accounts.has_accounts()


def test_accounts_are_never_deleted(store: Store, clinician: Clinician) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="deactivate"):
        store.db.execute("DELETE FROM clinicians")
    assert store.audit.entries(entity=Entity.CLINICIAN)[0].action == Action.CREATE
