"""New passwords follow a policy with messages saying how to fix them; logins with unknown user
names take the same path as wrong passwords (same hash work, same message, same lockout)."""

from __future__ import annotations

from typing import Any

import pytest
from argon2 import PasswordHasher, extract_parameters
from store_helpers import FAST_HASHER, PASSWORD, FakeClock

from kneedesk.store.accounts import DUMMY_HASH, default_hasher
from kneedesk.store.audit import Action
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import AccountLockedError, InvalidValueError, LoginFailedError
from kneedesk.store.password_policy import common_passwords
from kneedesk.store.store import Store


@pytest.fixture
def clinic(store: Store) -> Store:
    store.settings.save_one(
        SettingKey.CLINIC, {"name": "Riverside Physio", "address": "", "phone": ""}
    )
    return store


@pytest.mark.parametrize(
    ("password", "what", "todo"),
    [
        ("knee pain", "has 9 characters; it needs at least 10", "Choose a longer password"),
        ("aaaaaaaaaaaaaa", "repeats the same few characters", "at least 4 different characters"),
        ("1212121212", "repeats the same few characters", "at least 4 different characters"),
        ("password123", "one of the most common passwords", "adding digits to a common word"),
        ("P@ssw0rd2026!", "one of the most common passwords", "Choose another password"),
        ("qwertyuiop", "one of the most common passwords", "Choose another password"),
        ("iloveyou!!", "one of the most common passwords", "Choose another password"),
        ("Ana.2026.x", "built on the user name", "at least 6 letters or digits besides"),
        ("Ana-Ruiz-1994", "built on the clinician's name", "besides the clinician's name"),
        ("Riverside Physio 1", "built on the clinic's name", "besides the clinic's name"),
    ],
)
def test_a_weak_password_is_refused_saying_how_to_fix_it(
    clinic: Store, password: str, what: str, todo: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        clinic.accounts.create("ana", "Ana Ruiz", password)
    assert what in info.value.what
    assert todo in info.value.todo
    assert info.value.field == "password"  # a dialog shows it at the password field
    assert not clinic.accounts.has_accounts()


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery",
        "ben's own new password",  # the user name inside, with plenty of its own
        "kneedesk-demo",  # the demo clinic's documented password
        "patella tracking",
    ],
)
def test_a_reasonable_password_is_taken(clinic: Store, password: str) -> None:
    ben = clinic.accounts.create("ben", "Ben Ode", password)
    assert clinic.accounts.login("ben", password) == ben


def test_a_reset_password_follows_the_same_rules(clinic: Store, clinician: Clinician) -> None:
    with pytest.raises(InvalidValueError) as info:
        clinic.accounts.set_password(clinician.id, "Ana!Ana!2026")
    assert "built on the user name" in info.value.what
    assert clinic.accounts.login("ana", PASSWORD) == clinician  # the old one still works


def test_the_common_passwords_come_from_the_bundled_list() -> None:
    common = common_passwords()
    assert {"password", "123456", "qwerty", "letmein"} <= common
    assert all(word == word.casefold().strip() and word for word in common)


class CountingHasher(PasswordHasher):
    """A cheap hasher that records each hash it verifies against."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.verified: list[str] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        self.verified.append(hash if isinstance(hash, str) else hash.decode())
        return super().verify(hash, password)


def refusal(store: Store, username: str, password: str) -> tuple[type[Exception], str, str]:
    with pytest.raises(LoginFailedError) as info:
        store.sign_in(username, password)
    return type(info.value), info.value.what, info.value.todo


def test_an_unknown_user_name_runs_the_same_hash_check_and_gets_the_same_message(
    db_path: Any, clock: FakeClock
) -> None:
    hasher = CountingHasher()
    with Store.open(db_path, clock=clock, hasher=hasher) as store:
        store.accounts.create("ana", "Ana Ruiz", PASSWORD)
        wrong = refusal(store, "ana", "not the password")
        assert len(hasher.verified) == 1
        unknown = refusal(store, "nobody", "not the password")
        assert len(hasher.verified) == 2  # the argon2 check ran for the unknown name too
        dummy = hasher.verified[1]
        assert extract_parameters(dummy) == extract_parameters(hasher.verified[0])
        assert unknown == wrong


def test_the_bundled_dummy_hash_costs_what_a_real_hash_costs() -> None:
    made = default_hasher().hash("any password at all")
    assert extract_parameters(DUMMY_HASH) == extract_parameters(made)


def test_an_unknown_user_name_is_locked_out_like_an_account(
    store: Store, clinician: Clinician, clock: FakeClock
) -> None:
    real = [refusal(store, "ana", "not the password") for _ in range(5)]
    unknown = [refusal(store, "nobody", "not the password") for _ in range(5)]
    assert unknown == real
    assert real[-1][0] is AccountLockedError
    # While locked, both refuse at once with the same message, even a "right" password.
    assert refusal(store, "NOBODY ", PASSWORD) == refusal(store, "ana", PASSWORD)
    clock.advance(minutes=5, seconds=1)
    assert refusal(store, "nobody", "not the password")[0] is LoginFailedError
    assert store.sign_in("ana", PASSWORD) == clinician
    reasons = [e.detail["reason"] for e in store.audit.entries(action=Action.LOGIN_FAILED)]
    assert "unknown user name, locked" in reasons


def test_a_fast_hasher_gets_a_dummy_hash_of_its_own_cost(store: Store) -> None:
    assert extract_parameters(store.accounts.dummy_hash()) == extract_parameters(
        FAST_HASHER.hash("x")
    )
