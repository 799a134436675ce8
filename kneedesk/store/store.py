"""The Store: an open database with its repositories, handed to the GUI's composition root."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from sqlite_utils import Database

from kneedesk.core.i18n import _
from kneedesk.core.protocol import NEW_VISIT_PROTOCOL, ProtocolRef, visit_protocol
from kneedesk.store.accounts import AccountRepo
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.backup import BackupInfo, backup_to
from kneedesk.store.canonical import Clock, utc_now
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.db import close_db, db_path, open_db, run_deferred_check
from kneedesk.store.dialect import SQLITE, StoreDatabase, engine
from kneedesk.store.errors import BackupError, ServerUnavailableError, StoreError
from kneedesk.store.offline_session import OfflineSession
from kneedesk.store.paths import location_warnings
from kneedesk.store.patients import PatientRepo
from kneedesk.store.postgres.restore_guide import server_restore_refusal
from kneedesk.store.postgres.settings import ServerSettings
from kneedesk.store.presence import Presence
from kneedesk.store.reports import ReportRepo
from kneedesk.store.restore import RestoreResult, restore_open_database
from kneedesk.store.session import SessionGuard
from kneedesk.store.settings import SettingsRepo
from kneedesk.store.signing import Signing
from kneedesk.store.stills import StillRepo
from kneedesk.store.visit_drafts import DraftSummary
from kneedesk.store.visits import ProtocolSource, VisitRepo

if TYPE_CHECKING:
    from kneedesk.store.changes import Change
    from kneedesk.store.postgres.listen import ChangeListener


class Store:
    """One open clinic database and the repositories over it.

    Use from one writer thread (the GUI thread or a single worker); `backup_to` may run on
    another thread. The signed-in clinician (see `sign_in`) is the actor of audit rows.
    """

    def __init__(
        self,
        db: StoreDatabase,
        *,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        protocols: ProtocolSource | None = None,
        require_session: bool = False,
        newest_protocol: ProtocolRef = NEW_VISIT_PROTOCOL,
    ) -> None:
        """`newest_protocol` is the protocol new drafts follow and the newest one visits may
        use. It is NEW_VISIT_PROTOCOL for the app; a store opened with a newer one (tests of
        runners-knee 2 before the switch) opts in to that version explicitly."""
        self.db = db
        self.engine = engine(db)
        # A SQLite file's path; the server's has none (`location` names either).
        self.path = db_path(self.file_db) if self.engine == SQLITE else Path()
        self.location = str(self.path) if self.engine == SQLITE else str(getattr(db, "label", ""))
        self.warnings: tuple[str, ...] = (
            tuple(location_warnings(self.path)) if self.engine == SQLITE else ()
        )
        self.current: Clinician | None = None
        self.clock = clock
        self.offline = OfflineSession()
        """Who may unlock while the clinic server cannot be reached, and what to audit then."""
        self.guard = SessionGuard(
            lambda: self.current,
            lambda: self.accounts.has_accounts(),
            required=require_session,
        )
        self.audit = AuditLog(db, clock=clock, actor=self.guard.actor_id)
        self.patients = PatientRepo(db, self.audit, clock=clock)
        # Signed visits (signatures, addenda, verification) and a draft's summary notes (next
        # visit, edited plan) have repositories of their own; visits use signing to sign.
        self.signing = Signing(db, self.audit, clock=clock, guard=self.guard)
        self.drafts = DraftSummary(db, self.audit, clock=clock)
        self.visits = VisitRepo(
            db,
            self.audit,
            clock=clock,
            protocols=protocols or partial(visit_protocol, newest=newest_protocol),
            signing=self.signing,
            newest=newest_protocol,
        )
        # Stills kept from videos of the tests, and the visit's consent to filming.
        self.stills = StillRepo(db, self.audit, clock=clock, protocols=self.visits.protocols)
        self.reports = ReportRepo(db, self.audit, clock=clock)
        self.accounts = AccountRepo(db, self.audit, clock=clock, hasher=hasher, guard=self.guard)
        self.settings = SettingsRepo(db, self.audit, clock=clock, guard=self.guard)
        # Who has which draft open on the other workstations (clinic server mode only).
        self.presence = Presence(db)
        self.server: tuple[ServerSettings, str | None] | None = None
        """Where the clinic server is and the app role's password (clinic server mode)."""

    @property
    def file_db(self) -> Database:
        """The SQLite database, for what only a file has (its checks, copies, restore)."""
        if not isinstance(self.db, Database):
            raise StoreError(
                _("This works on a database file; KneeDesk is connected to the clinic server."),
                _("Ask the person who looks after the clinic server."),
            )
        return self.db

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        require_session: bool = False,
        newest_protocol: ProtocolRef = NEW_VISIT_PROTOCOL,
        defer_check: bool = False,
    ) -> Store:
        """Open (or create) the database at `path` (default: the user's) with every check.

        `defer_check` (the app) leaves the whole-file check for `check_integrity`, run on a
        worker while the login screen is up; every write waits for its verdict.

        Raises the StoreError subclasses of `open_db`. Check `warnings` afterwards and show
        them: they say when the file is on a network share or in a cloud-synced folder.
        `require_session` (the app) refuses every write while nobody is signed in, and
        administrators' tasks to anyone else (see `kneedesk.store.session`).
        """
        return cls(
            open_db(path, defer_check=defer_check),
            clock=clock,
            hasher=hasher,
            require_session=require_session,
            newest_protocol=newest_protocol,
        )

    @classmethod
    def open_server(
        cls,
        settings: ServerSettings,
        password: str | None,
        *,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        require_session: bool = False,
        newest_protocol: ProtocolRef = NEW_VISIT_PROTOCOL,
    ) -> Store:
        """Connect to the clinic server (clinic server mode) with the app's role.

        Raises ServerSetupError for a server not set up or not upgraded, DatabaseTooNewError
        for one a newer KneeDesk upgraded, ServerUnavailableError when it cannot be reached.
        """
        # psycopg is loaded only here: a workstation on its own file never needs it.
        from kneedesk.store.postgres.connect import open_server

        store = cls(
            open_server(settings, password),
            clock=clock,
            hasher=hasher,
            require_session=require_session,
            newest_protocol=newest_protocol,
        )
        store.server = (settings, password)
        return store

    def change_listener(
        self,
        deliver: Callable[[Change], None],
        on_state: Callable[[bool], None] | None = None,
    ) -> ChangeListener | None:
        """A listener for the other workstations' changes, not yet started (None on a SQLite
        file: nobody else writes to it). It also keeps this workstation's presence fresh;
        changes this store made are marked `own`."""
        if self.server is None:
            return None
        from kneedesk.store.postgres.listen import ChangeListener

        settings, password = self.server
        db = self.db
        return ChangeListener(
            settings,
            password,
            deliver,
            own_pid=lambda: _backend_pid(db),
            beat=self.presence.beat,
            on_state=on_state,
        )

    def reconnect(self) -> int:
        """After the clinic server was out of reach: connect again (if the connection was
        lost) and write the audit rows of a lock or unlock made meanwhile; how many. Raises
        ServerUnavailableError while it still cannot be reached. Nothing to do on a file."""
        reconnect = getattr(self.db, "reconnect", None)
        if reconnect is None:
            return 0
        reconnect()
        return self.offline.write_events(self)

    def check_integrity(self) -> None:
        """Run the check `open(defer_check=True)` left, or wait for its verdict.

        Raises CorruptDatabaseError (a StoreError) for a damaged file, as opening it would
        have; from then on every use of the store raises it. Safe to call on a worker.
        """
        if self.engine == SQLITE:
            run_deferred_check(self.file_db)

    def sign_in(self, username: str, password: str) -> Clinician:
        """Check the password and make this clinician the actor of what follows.

        While the clinic server cannot be reached, only the clinician who was signed in may
        come back (see `offline_session`)."""
        try:
            clinician = self.accounts.login(username, password)
        except ServerUnavailableError:
            self.current = self.offline.come_back(self, username, password)
            return self.current
        self.current = clinician
        if self.server is not None:
            self.offline.remember(self, clinician)
        self.audit.remember_head()
        return clinician

    def sign_out(self) -> None:
        """Forget the signed-in clinician (audited), e.g. on logout or idle lock. Never
        waits for the clinic server: a logout it cannot hear now is audited when it is back."""
        if self.current is not None:
            self.offline.logged_out(self, self.current)
            with suppress(ServerUnavailableError):
                self.audit.remember_head()
        self.current = None

    def backup_to(self, target: Path | str, *, overwrite: bool = False) -> BackupInfo:
        """Write a verified backup of the open database (the in-app backup).

        On the clinic server it is a verified pg_dump archive, and never replaces a file.
        """
        if self.engine != SQLITE:
            from kneedesk.store.postgres.backup import backup_server

            info = backup_server(self.db, target).info  # type: ignore[arg-type]
        else:
            info = backup_to(self.file_db, target, overwrite=overwrite)
        with self.db.atomic():
            self.audit.record(
                Action.BACKUP,
                Entity.DATABASE,
                None,
                {"file": str(info.path), **info.head_detail()},
                system=True,
            )
        self.audit.remember_head()
        return info

    def restore_from(self, source: Path | str) -> RestoreResult:
        """Replace every record with a verified backup, in place (administrators only).

        A verified copy of the current records is kept beside the database file first. The
        accounts are now the backup's, so no one stays signed in afterwards. On the clinic
        server it is refused with the steps for the person who looks after the server.
        """
        if self.engine != SQLITE:
            raise server_restore_refusal(Path(source))
        who = self.current
        if who is None or who.role is not Role.ADMIN or not who.active:
            raise BackupError(
                _("Only an administrator can restore a backup."),
                _(
                    "Ask an administrator of this clinic to log in and restore it. Nothing was "
                    "changed."
                ),
            )
        result = restore_open_database(self.file_db, source, {"by": who.username})
        self.audit.remember_head()
        self.current = None
        return result

    def close(self) -> None:
        """Close cleanly, leaving a single file with no -wal behind."""
        with suppress(sqlite3.Error, StoreError):  # a damaged file's refusal included
            self.audit.remember_head()
        with suppress(sqlite3.Error, StoreError):
            self.presence.close()
        if isinstance(self.db, Database):
            close_db(self.db)
        else:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _backend_pid(db: StoreDatabase) -> int | None:
    """The server process serving the store's connection (None once it is closed)."""
    conn = getattr(db, "conn", None)
    try:
        return int(conn.info.backend_pid) if conn is not None and not conn.closed else None
    except Exception:  # noqa: BLE001 - a connection gone has no process
        return None
