"""Locking and unlocking while the clinic server cannot be reached.

A workstation locks (by hand or when idle) and its clinician comes back as usual when the
server is out of reach: the lock never waits for the network, and the clinician who locked
the screen unlocks it with their password, checked against the password hash read when
they signed in (kept in memory only, never on disk). Nobody else can sign in until the
server answers, and five wrong passwords refuse even that clinician until it does. The
audit rows of these lock and unlock events are written once the server is back, saying
when they happened and that the server was out of reach.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from kneedesk.core.i18n import _
from kneedesk.store.accounts import LoginAttempt
from kneedesk.store.audit import Action, Entity
from kneedesk.store.canonical import timestamp
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import LoginFailedError, ServerUnavailableError

if TYPE_CHECKING:
    from kneedesk.store.store import Store

MAX_OFFLINE_FAILURES = 5


@dataclass
class OfflineEvent:
    """A login or logout that happened while the server could not be reached."""

    action: Action
    clinician_id: int
    at: datetime


@dataclass
class OfflineSession:
    """The clinician who may come back while the server is out of reach, and what to audit."""

    clinician: Clinician | None = None
    password_hash: str | None = None
    failures: int = 0
    events: list[OfflineEvent] = field(default_factory=list)

    def remember(self, store: Store, clinician: Clinician) -> None:
        """After a sign-in on the server: keep what unlocking offline needs."""
        self.failures = 0
        try:
            row = store.db.execute(
                "SELECT password_hash FROM clinicians WHERE id = ?", [clinician.id]
            ).fetchone()
        except ServerUnavailableError:
            row = None
        self.clinician = clinician
        self.password_hash = None if row is None else str(row[0])

    def forget(self) -> None:
        """Someone else signed in, or the app signs out for good: no offline return."""
        self.clinician = None
        self.password_hash = None

    def logged_out(self, store: Store, clinician: Clinician) -> None:
        """Audit the logout now, or once the server is back."""
        try:
            store.accounts.record_logout(clinician.id)
        except ServerUnavailableError:
            self.events.append(OfflineEvent(Action.LOGOUT, clinician.id, store.clock()))

    def come_back(self, store: Store, username: str, password: str) -> Clinician:
        """Unlock offline: only the clinician who was signed in, with their password."""
        who, stored = self.clinician, self.password_hash
        if who is None or stored is None or username.strip().casefold() != who.username.casefold():
            raise ServerUnavailableError(
                _(
                    "KneeDesk cannot reach the clinic server, so it cannot check this sign-in. "
                    "Only the clinician who locked this screen can unlock it until the server "
                    "is back."
                ),
                _("Check the network cable or Wi-Fi, or wait for the server, then try again."),
            )
        if self.failures >= MAX_OFFLINE_FAILURES:
            raise LoginFailedError(
                _("Too many wrong passwords while the clinic server cannot be reached."),
                _("Wait until the server is back, then sign in again."),
            )
        attempt = LoginAttempt(who.username, who.id, stored, True, 0, store.accounts.hasher)
        if not attempt.check(password).ok:
            self.failures += 1
            raise LoginFailedError(
                _("The user name or password is not right."),
                _("Check Caps Lock and try again."),
            )
        self.failures = 0
        self.events.append(OfflineEvent(Action.LOGIN, who.id, store.clock()))
        return who

    def write_events(self, store: Store) -> int:
        """Write the audit rows kept while the server was out of reach; how many were written.

        Raises ServerUnavailableError (keeping the rest) if it drops again meanwhile.
        """
        written = 0
        while self.events:
            event = self.events[0]
            with store.db.atomic():
                store.audit.record(
                    event.action,
                    Entity.CLINICIAN,
                    event.clinician_id,
                    {"while_server_unreachable": True, "at": timestamp(event.at)},
                    actor_id=event.clinician_id,
                )
            self.events.pop(0)
            written += 1
        if written:
            store.audit.remember_head()
        return written
