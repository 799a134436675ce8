"""Clinician accounts: argon2id password hashes, roles, deactivation, login with lockout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from argon2 import Parameters, PasswordHasher, extract_parameters, profiles
from argon2.exceptions import InvalidHashError, VerificationError

from kneedesk.core.i18n import _
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, parse_timestamp, timestamp, utc_now
from kneedesk.store.clinic_settings import SettingKey, clinic_name_in
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import (
    AccountLockedError,
    InvalidValueError,
    LoginFailedError,
    NotFoundError,
    translated,
)
from kneedesk.store.languages import checked_language
from kneedesk.store.password_policy import check_password

# OWASP's minimum for argon2id is 19 MiB of memory, 2 passes, 1 lane. RFC 9106's
# low-memory profile (64 MiB, 3 passes, 4 lanes) is well above it and takes well under
# a second on a clinic PC, which is fine for a login.
DEFAULT_HASHER_PARAMETERS = profiles.RFC_9106_LOW_MEMORY
MAX_FAILURES = 5
# A hash of no one's password, made with DEFAULT_HASHER_PARAMETERS: a login with an unknown
# user name is verified against it, so it costs what a wrong password costs.
DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$TAdtyEAe0e6n5WR+rfydOQ"
    "$RDoshNwERjlg5HkAT2xyYGFdasbJWDxMWK9agmWLKGk"
)
MAX_UNKNOWN_NAMES = 1000  # unknown user names whose failures are counted (in memory)
LOCKOUT = timedelta(minutes=5)
_COLUMNS = "id, username, display_name, role, active, created_at, language"


if TYPE_CHECKING:
    from kneedesk.store.session import SessionGuard


@dataclass(frozen=True)
class PasswordVerdict:
    """The outcome of a password check: right or not, and an upgraded hash when one is due."""

    ok: bool
    new_hash: str | None = None


@dataclass(frozen=True)
class LoginAttempt:
    """What one login check needs from the database; checking it needs no database."""

    username: str
    account_id: int | None  # None: no such user (checked against a throwaway hash)
    stored_hash: str
    active: bool
    failures: int
    hasher: PasswordHasher

    def check(self, password: str) -> PasswordVerdict:
        """Verify the password (argon2: slow on purpose; safe on any thread)."""
        try:
            ok = self.hasher.verify(self.stored_hash, password)
        except (VerificationError, InvalidHashError):
            return PasswordVerdict(False)
        if ok and self.account_id is not None and self.hasher.check_needs_rehash(self.stored_hash):
            return PasswordVerdict(True, self.hasher.hash(password))
        return PasswordVerdict(ok)


def default_hasher() -> PasswordHasher:
    """The argon2id hasher new passwords are stored with."""
    return PasswordHasher.from_parameters(DEFAULT_HASHER_PARAMETERS)


class AccountRepo:
    """Clinician accounts and the login check (every attempt is audited)."""

    def __init__(
        self,
        db: StoreDatabase,
        audit: AuditLog,
        *,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        max_failures: int = MAX_FAILURES,
        lockout: timedelta = LOCKOUT,
        guard: SessionGuard | None = None,
    ) -> None:
        self.db = db
        self.guard = guard
        self.audit = audit
        self.clock = clock
        self.hasher = hasher or default_hasher()
        self.max_failures = max_failures
        self.lockout = lockout
        self._dummy_hash: str | None = None
        # Failures of user names with no account, counted like an account's so a lockout
        # does not tell which names exist: name -> (failures in a row, locked until).
        self._unknown: dict[str, tuple[int, datetime | None]] = {}

    def create(
        self, username: str, display_name: str, password: str, role: Role = Role.CLINICIAN
    ) -> Clinician:
        """Add an account; user names are unique regardless of case."""
        username, display_name = username.strip(), display_name.strip()
        if not username or len(username) > 64:
            raise InvalidValueError(
                _("The user name is empty or too long."),
                _("Use 1-64 characters."),
                field="username",
            )
        if not display_name:
            raise InvalidValueError(
                _("The clinician's name is missing."),
                _("Enter the full name."),
                field="display_name",
            )
        check_password(password, self.names_to_avoid(username, display_name))
        bootstrap = not self.has_accounts()
        if self.guard is not None and not bootstrap:
            self.guard.require_admin("add a clinician account")
        if self.by_username(username) is not None:
            raise InvalidValueError(
                # Translators: {username} comes with its quotes, e.g. 'jo'.
                _("The user name {username} is already taken.").format(username=repr(username)),
                _("Choose another user name."),
                field="username",
            )
        with translated(None, "add the account"), self.db.atomic():
            account_id = (
                self.db.table("clinicians")
                .insert(
                    {
                        "username": username,
                        "display_name": display_name,
                        "role": str(Role(role)),
                        "password_hash": self.hasher.hash(password),
                        "active": 1,
                        "failed_logins": 0,
                        "locked_until": None,
                        "created_at": timestamp(self.clock()),
                    }
                )
                .last_pk
            )
            assert isinstance(account_id, int)
            self.audit.record(
                Action.CREATE,
                Entity.CLINICIAN,
                account_id,
                {"username": username, "role": role},
                use_current_actor=not bootstrap,
            )
        return self.get(account_id)

    def names_to_avoid(self, username: str, display_name: str) -> list[tuple[str, str]]:
        """The names a password must not be built on: the account's and the clinic's."""
        return [
            ("user name", username),
            ("clinician's name", display_name),
            ("clinic's name", self.clinic_name()),
        ]

    def clinic_name(self) -> str:
        """The clinic's name as set up ("" before that)."""
        row = self.db.execute(
            "SELECT value FROM settings WHERE key = ?", [SettingKey.CLINIC.value]
        ).fetchone()
        return clinic_name_in(row[0] if row else None)

    def get(self, account_id: int) -> Clinician:
        """The account with this id (NotFoundError if none)."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM clinicians WHERE id = ?", [account_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(
                _("There is no clinician account with id {id}.").format(id=account_id)
            )
        return _clinician(row)

    def by_username(self, username: str) -> Clinician | None:
        """The account with this user name (any case), or None."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM clinicians WHERE username = ?", [username.strip()]
        ).fetchone()
        return _clinician(row) if row else None

    def accounts(self, *, include_inactive: bool = False) -> list[Clinician]:
        """Accounts in name order."""
        where = "" if include_inactive else "WHERE active = 1"
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM clinicians {where} ORDER BY display_name, id"
        ).fetchall()
        return [_clinician(row) for row in rows]

    def has_accounts(self) -> bool:
        """True once any account exists (the first start asks for an admin account)."""
        return self.db.execute("SELECT 1 FROM clinicians LIMIT 1").fetchone() is not None

    def set_language(self, account_id: int, language: str | None) -> Clinician:
        """The GUI language this clinician works in (None: the computer's); audited."""
        code = None if language is None else checked_language(language)
        current = self.get(account_id)
        if current.language == code:
            return current
        with translated(None, "save the clinician's language"), self.db.atomic():
            self.db.execute("UPDATE clinicians SET language = ? WHERE id = ?", [code, account_id])
            self.audit.record(Action.EDIT, Entity.CLINICIAN, account_id, {"language": code})
        return self.get(account_id)

    def deactivate(self, account_id: int) -> Clinician:
        """Stop an account from logging in or signing; its past work keeps its name."""
        return self._set_active(account_id, False)

    def reactivate(self, account_id: int) -> Clinician:
        """Allow a deactivated account to log in again."""
        return self._set_active(account_id, True)

    def set_password(self, account_id: int, password: str) -> None:
        """Replace an account's password (and clear any lockout)."""
        account = self.get(account_id)
        check_password(password, self.names_to_avoid(account.username, account.display_name))
        if self.guard is not None:
            self.guard.require_self_or_admin(account_id, "change another clinician's password")
        with translated(None, "change the password"), self.db.atomic():
            self.db.table("clinicians").update(
                account_id,
                {
                    "password_hash": self.hasher.hash(password),
                    "failed_logins": 0,
                    "locked_until": None,
                },
            )
            self.audit.record(Action.EDIT, Entity.CLINICIAN, account_id, {"password": "changed"})

    def login(self, username: str, password: str) -> Clinician:
        """Check a password; return the account or raise LoginFailedError / AccountLockedError.

        Every attempt is audited. After `max_failures` wrong passwords in a row the account is
        locked for `lockout`; a stored hash made with weaker parameters is upgraded on success.
        """
        attempt = self.start_login(username)
        return self.finish_login(attempt, attempt.check(password))

    def start_login(self, username: str) -> LoginAttempt:
        """Read what a login check needs (raises AccountLockedError while locked out).

        The slow part, `LoginAttempt.check`, touches no database, so a window can run it on a
        worker thread and stay responsive; `finish_login` then records the outcome on this
        (the writer) thread.
        """
        now = self.clock()
        row = self.db.execute(
            "SELECT id, password_hash, active, failed_logins, locked_until FROM clinicians "
            "WHERE username = ?",
            [username.strip()],
        ).fetchone()
        if row is None:
            # The same path as a wrong password: the same lockout, and a verify against a
            # hash of the same cost, so neither the message nor the time tells the names.
            failures, until = self._unknown.get(_name_key(username), (0, None))
            if until is not None and until > now:
                self._failed(None, username, "unknown user name, locked")
                raise _locked(until)
            return LoginAttempt(username, None, self.dummy_hash(), False, failures, self.hasher)
        account_id, stored, active, failures, locked_until = row
        if locked_until is not None and parse_timestamp(locked_until) > now:
            self._failed(account_id, username, "account locked")
            raise _locked(parse_timestamp(locked_until))
        return LoginAttempt(username, account_id, stored, bool(active), failures, self.hasher)

    def finish_login(self, attempt: LoginAttempt, verdict: PasswordVerdict) -> Clinician:
        """Record a checked login: the account, or LoginFailedError / AccountLockedError."""
        now = self.clock()
        username, account_id = attempt.username, attempt.account_id
        if account_id is None:
            self._failed(None, username, "unknown user name")
            failures = attempt.failures + 1
            if failures >= self.max_failures:
                self._count_unknown(username, 0, now + self.lockout)
                raise _locked(now + self.lockout)
            self._count_unknown(username, failures, None)
            raise _wrong()
        if not verdict.ok or not attempt.active:
            failures = attempt.failures + 1 if not verdict.ok else attempt.failures
            changes: dict[str, Any] = {"failed_logins": failures}
            if failures >= self.max_failures:
                changes = {"failed_logins": 0, "locked_until": timestamp(now + self.lockout)}
            reason = "wrong password" if not verdict.ok else "account deactivated"
            with translated(None, "record the failed login"), self.db.atomic():
                self.db.table("clinicians").update(account_id, changes)
                self._failed(account_id, username, reason)
            if "locked_until" in changes:
                raise _locked(now + self.lockout)
            raise _wrong()
        changes = {"failed_logins": 0, "locked_until": None}
        if verdict.new_hash is not None:
            changes["password_hash"] = verdict.new_hash
        with translated(None, "record the login"), self.db.atomic():
            self.db.table("clinicians").update(account_id, changes)
            self.audit.record(
                Action.LOGIN,
                Entity.CLINICIAN,
                account_id,
                {"rehashed": "password_hash" in changes},
                actor_id=account_id,
            )
            return self.get(account_id)  # read before the commit, which nothing may follow

    def dummy_hash(self) -> str:
        """A hash of no one's password with the cost of this repository's hashes."""
        if self._dummy_hash is None:
            if _cost(extract_parameters(DUMMY_HASH)) == _cost(self.hasher):
                self._dummy_hash = DUMMY_HASH
            else:  # another cost (tests): made once, with that cost
                self._dummy_hash = self.hasher.hash("not a real password")
        return self._dummy_hash

    def _count_unknown(self, username: str, failures: int, until: datetime | None) -> None:
        key = _name_key(username)
        self._unknown.pop(key, None)
        if len(self._unknown) >= MAX_UNKNOWN_NAMES:
            self._unknown.pop(next(iter(self._unknown)))  # the oldest
        self._unknown[key] = (failures, until)

    def record_logout(self, account_id: int) -> None:
        """Audit a logout or an idle lock."""
        with self.db.atomic():
            self.audit.record(Action.LOGOUT, Entity.CLINICIAN, account_id, actor_id=account_id)

    def _failed(self, account_id: int | None, username: str, reason: str) -> None:
        with self.db.atomic():
            self.audit.record(
                Action.LOGIN_FAILED,
                Entity.CLINICIAN,
                account_id,
                {"username": username.strip()[:64], "reason": reason},
                use_current_actor=False,
            )

    def _set_active(self, account_id: int, active: bool) -> Clinician:
        if self.guard is not None:
            self.guard.require_admin("deactivate or reactivate an account")
        current = self.get(account_id)
        if current.active == active:
            return current
        with translated(None, "change the account"), self.db.atomic():
            self.db.table("clinicians").update(account_id, {"active": int(active)})
            self.audit.record(Action.EDIT, Entity.CLINICIAN, account_id, {"active": active})
        return self.get(account_id)


def _cost(p: Parameters | PasswordHasher) -> tuple[object, ...]:
    return (p.type, p.time_cost, p.memory_cost, p.parallelism, p.hash_len, p.salt_len)


def _name_key(username: str) -> str:
    return username.strip().casefold()[:64]


def _wrong() -> LoginFailedError:
    return LoginFailedError(
        _("The user name or password is not right."),
        _(
            "Check Caps Lock and try again. After {n} wrong tries in a row the account "
            "is locked for a few minutes."
        ).format(n=MAX_FAILURES),
    )


def _locked(until: datetime) -> AccountLockedError:
    local = until.astimezone().strftime("%H:%M")
    return AccountLockedError(
        _("This account is locked after too many wrong passwords."),
        # Translators: {time} is a clock time, e.g. 14:05.
        _("Try again after {time}, or ask an administrator to reset the password.").format(
            time=local
        ),
    )


def _clinician(row: tuple[Any, ...]) -> Clinician:
    account_id, username, display_name, role, active, created_at, language = row
    return Clinician(
        account_id, username, display_name, Role(role), bool(active), created_at, language
    )
