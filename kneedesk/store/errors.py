"""Errors the store raises: each says what happened and what the user can do about it."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class StoreError(Exception):
    """Base of every store error; `what` says what happened and `todo` what to do next."""

    def __init__(self, what: str, todo: str = "", path: Path | None = None) -> None:
        self.what = what
        self.todo = todo
        self.path = path
        super().__init__(f"{what} {todo}".strip())


# --- opening the database file ---------------------------------------------------------------


class NotKneeDeskDatabaseError(StoreError):
    """The file is not a KneeDesk database: another program's SQLite file, or not SQLite at all."""


class CorruptDatabaseError(StoreError):
    """The file is a KneeDesk database but is truncated or damaged."""


class StaleWalError(CorruptDatabaseError):
    """A leftover write-ahead log (-wal) next to the database does not fit the database."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer KneeDesk than this one."""


class ReadOnlyLocationError(StoreError):
    """The database file or its folder cannot be written to."""


class MissingDirectoryError(StoreError):
    """The folder that should hold the database does not exist."""


class DatabaseInUseError(StoreError):
    """Another KneeDesk (or another program) has the database open."""


class MissingDatabaseError(StoreError):
    """The clinic's file is gone but a copy KneeDesk moved aside is beside it: no new clinic.

    `copy` is the newest such copy (a dated "before-..." copy or an unfinished restore).
    """

    def __init__(self, what: str, todo: str, path: Path, copy: Path) -> None:
        super().__init__(what, todo, path)
        self.copy = copy


# --- while working -----------------------------------------------------------------------------


class DiskFullError(StoreError):
    """The disk (or the database's size limit) is full; the last change was not saved."""


class StorageFailureError(StoreError):
    """The operating system reported a read or write error; the last change was not saved."""


class ServerUnavailableError(StoreError):
    """The clinic server cannot be reached (network down, server restarting): nothing was
    saved by the call that raised it; what was saved before is safe on the server."""


class ServerSetupError(StoreError):
    """The clinic server is not set up, not upgraded, or its settings are incomplete."""


class ServerLoginError(ServerSetupError):
    """The clinic server refused the user name or password (or none was given)."""


class ServerAccessRefusedError(ServerSetupError):
    """The clinic server's rules (pg_hba.conf) do not let this user in from this computer."""


class ServerDatabaseMissingError(ServerSetupError):
    """The clinic server has no database of the name in the settings."""


class ServerCertificateError(ServerSetupError):
    """The clinic server's TLS certificate could not be verified (another CA, another name),
    or the server does not offer TLS at all: nothing was sent to it."""


class BackupError(StoreError):
    """A backup or restore could not be made or did not verify."""


class BackupBusyError(BackupError):
    """Another workstation is backing up the clinic server right now."""


class NotFoundError(StoreError, LookupError):
    """A patient, visit, report or account with that id does not exist."""


class InvalidValueError(StoreError, ValueError):
    """A value cannot be stored (wrong kind, out of range, unknown item); names the item.

    `field` names the form field at fault when there is one (e.g. "family_name"), so a
    dialog can show the message under it.
    """

    def __init__(
        self, what: str, todo: str = "", path: Path | None = None, *, field: str | None = None
    ) -> None:
        super().__init__(what, todo, path)
        self.field = field


class DuplicateChartNumberError(StoreError, ValueError):
    """Another patient already has this chart number."""


class ConflictError(StoreError):
    """Another workstation saved this field after this one was shown it: nothing was saved.

    `field` names the field (an answer's item id, with `side`; or a patient's column),
    `mine` is the value the clinician typed, `theirs` the value stored now (None: emptied;
    `theirs_not_tested` holds the reason when it was marked not tested), `by` who stored it
    (a display name, "" when unknown) and `at` when (a stored UTC timestamp). `version` is
    the field's version now: a save based on it keeps the typed value ("Keep mine").
    """

    def __init__(
        self,
        what: str,
        todo: str = "",
        *,
        field: str,
        mine: Any,
        theirs: Any,
        by: str,
        at: str,
        version: int,
        side: str | None = None,
        theirs_not_tested: str | None = None,
    ) -> None:
        super().__init__(what, todo)
        self.field = field
        self.side = side
        self.mine = mine
        self.theirs = theirs
        self.theirs_not_tested = theirs_not_tested
        self.by = by
        self.at = at
        self.version = version


class SignConflictError(StoreError):
    """The draft changed (on another workstation) after the summary being signed was shown:
    nothing was signed. `revision` is the draft's revision now."""

    def __init__(self, what: str, todo: str = "", *, revision: int) -> None:
        super().__init__(what, todo)
        self.revision = revision


class VisitSignedError(StoreError):
    """The visit is signed and therefore read-only; corrections go in an addendum."""


class ConsentRequiredError(StoreError):
    """A still of the patient needs the visit's "patient agreed to be filmed" tick first, or
    the tick cannot be taken back while stills are kept."""


class NotSignedInError(StoreError):
    """A write was attempted while no clinician is signed in (the app is locked or logged out)."""


class PermissionDeniedError(StoreError):
    """The signed-in clinician may not do this (an administrator's task, or another's name)."""


class LoginFailedError(StoreError):
    """The user name or password is wrong, or the account is inactive."""


class AccountLockedError(LoginFailedError):
    """Too many wrong passwords in a row: the account is locked for a while."""


_FULL_CODES = {"SQLITE_FULL"}
_IO_PREFIX = "SQLITE_IOERR"
_CORRUPT_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_BUSY_CODES = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_READONLY_PREFIX = "SQLITE_READONLY"


def translate(exc: sqlite3.Error, path: Path | None, doing: str) -> StoreError | None:
    """The StoreError matching a low-level SQLite error, or None if it is a programming error.

    `doing` completes "KneeDesk could not ..." (e.g. "save the answer for body_mass").
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    if isinstance(exc, sqlite3.IntegrityError) and "is signed" in str(exc):
        # Raised by the triggers that guard signed visits (a check the code above missed).
        return VisitSignedError(
            f"KneeDesk could not {doing}: {exc}.",
            "A signed visit is read-only; add an addendum to correct it.",
            path,
        )
    where = f" ({path})" if path else ""
    if name in _FULL_CODES:
        return DiskFullError(
            f"KneeDesk could not {doing}: the disk is full{where}. This change was not saved; "
            "everything saved before it is safe.",
            "Free some disk space (or move the database to a larger disk), then try again.",
            path,
        )
    if name.startswith(_IO_PREFIX):
        return StorageFailureError(
            f"KneeDesk could not {doing}: the disk reported an error{where} ({exc}). This change "
            "was not saved; everything saved before it is safe.",
            "Check that the disk is not full, removed or failing, then try again. If it keeps "
            "happening, make a backup and run 'kneedesk check'.",
            path,
        )
    if name in _CORRUPT_CODES:
        return CorruptDatabaseError(
            f"KneeDesk could not {doing}: the database file is damaged{where} ({exc}).",
            "Do not keep working in this file. Run 'kneedesk check' for details and restore the "
            "latest backup with 'kneedesk restore'.",
            path,
        )
    if name in _BUSY_CODES:
        return DatabaseInUseError(
            f"KneeDesk could not {doing}: the database is in use by another program{where}.",
            "Close the other KneeDesk window (or the other program) and try again.",
            path,
        )
    if name.startswith(_READONLY_PREFIX):
        return ReadOnlyLocationError(
            f"KneeDesk could not {doing}: the database cannot be written to{where}.",
            "Check that the disk is not write-protected and that your account may change the "
            "file and its folder.",
            path,
        )
    return None


# errno values that mean "no room": a full disk, a full quota, or a file size limit.
_NO_ROOM_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def translate_os_error(exc: OSError, path: Path | None, doing: str) -> StoreError:
    """The StoreError for a failed file operation (copy, create, rename) by the store itself."""
    where = f" ({path})" if path else ""
    reason = exc.strerror or str(exc)
    if exc.errno in _NO_ROOM_ERRNOS:
        return DiskFullError(
            f"KneeDesk could not {doing}: the disk is full{where} ({reason}). Nothing was changed.",
            "Free some disk space (or move the database to a larger disk), then try again.",
            path,
        )
    return StorageFailureError(
        f"KneeDesk could not {doing}: the disk reported an error{where} ({reason}). Nothing "
        "was changed.",
        "Check that the disk is not full, removed or failing, then try again.",
        path,
    )


@contextmanager
def translated(path: Path | None, doing: str) -> Iterator[None]:
    """Re-raise SQLite errors caused by the disk or the file as clear StoreErrors."""
    try:
        yield
    except sqlite3.Error as exc:
        store_error = translate(exc, path, doing)
        if store_error is None:
            raise
        raise store_error from exc


# The name the login screen was written against; the same class.
LoginFailed = LoginFailedError
