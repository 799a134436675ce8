"""Backups made from the app: their folder, names, when one is due, and which old ones to delete.

Settings keys (one JSON value each, through `SettingsRepo`):

- ``"backup_folder"``: the folder as text; absent means `default_backup_folder` (a
  ``Backups`` folder beside the database, created when needed).
- ``"backup_keep"``: how many of this database's backups to keep in the folder (default 14).
- ``"backup_automatic"``: back up on the first start of each day (default true).
- ``"database_id"``: 8 hex digits naming this database's backup files, made at the first
  backup, so two databases backing up into one folder never delete each other's files.

The last successful backup is the newest ``backup`` row of the audit log: it is written only
after the copy has been verified, in the same transaction as nothing else.

In clinic server mode the same settings, schedule and names hold (the settings and the
audit log are the server's, so the first workstation started each day makes the day's
backup), but a backup is a `pg_dump` archive named ``...kneedesk-server.dump``
(`kneedesk.store.postgres.backup`), and the default folder is in this workstation's data
folder.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kneedesk.core.i18n import _
from kneedesk.store.audit import Action, Entity
from kneedesk.store.backup import BackupInfo, backup_to
from kneedesk.store.canonical import parse_timestamp
from kneedesk.store.dialect import SQLITE, StoreDatabase, is_postgres
from kneedesk.store.errors import BackupError, InvalidValueError, MissingDirectoryError
from kneedesk.store.paths import default_db_path, ensure_private_dir
from kneedesk.store.settings import SettingsRepo
from kneedesk.store.store import Store

FOLDER_KEY = "backup_folder"
KEEP_KEY = "backup_keep"
AUTOMATIC_KEY = "backup_automatic"
DATABASE_ID_KEY = "database_id"

DEFAULT_KEEP = 14
MAX_KEEP = 365
REMINDER_AFTER = timedelta(days=7)
SUFFIX = ".kneedesk-backup"
SERVER_SUFFIX = ".kneedesk-server.dump"
"""A backup of the clinic server (a pg_dump custom-format archive)."""
DEFAULT_FOLDER_NAME = "Backups"

_NAME = re.compile(
    r"^kneedesk-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})-(?P<id>[0-9a-f]{8})(?:-(?P<n>[1-9]\d{0,3}))?"
    + f"(?P<suffix>{re.escape(SUFFIX)}|{re.escape(SERVER_SUFFIX)})$"
)
_STAMP = "%Y-%m-%d-%H%M%S"
_ID = re.compile(r"^[0-9a-f]{8}$")


@dataclass(frozen=True)
class BackupPlan:
    """Where and how this database is backed up, as read from its settings."""

    folder: Path
    is_default_folder: bool
    keep: int
    automatic: bool
    database_id: str


@dataclass(frozen=True)
class BackupFile:
    """A backup file KneeDesk made, found in a folder."""

    path: Path
    made_at: datetime
    size: int
    database_id: str

    @property
    def is_server(self) -> bool:
        """Whether it is a backup of the clinic server (restored on the server, not here)."""
        return self.path.name.endswith(SERVER_SUFFIX)


@dataclass(frozen=True)
class LastBackup:
    """The newest verified backup recorded in the audit log."""

    at: datetime
    file: str


@dataclass(frozen=True)
class BackupOutcome:
    """What one backup did: the verified file, its time, and the old files deleted."""

    info: BackupInfo
    made_at: datetime
    automatic: bool
    deleted: tuple[Path, ...] = ()
    delete_problems: tuple[str, ...] = ()


# --- settings --------------------------------------------------------------------------------


def default_backup_folder(db_file: Path) -> Path:
    """The ``Backups`` folder beside the database (safe from KneeDesk, not from a broken disk)."""
    return db_file.parent / DEFAULT_FOLDER_NAME


def read_keep(settings: SettingsRepo) -> int:
    """How many backups to keep; the default when unset or unusable."""
    value = settings.get(KEEP_KEY, DEFAULT_KEEP)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_KEEP:
        return DEFAULT_KEEP
    return value


def read_automatic(settings: SettingsRepo) -> bool:
    """Whether the first start of each day makes a backup (default yes)."""
    value = settings.get(AUTOMATIC_KEY, True)
    return value if isinstance(value, bool) else True


def read_folder(settings: SettingsRepo, db_file: Path) -> tuple[Path, bool]:
    """The backup folder and whether it is the default one."""
    value = settings.get(FOLDER_KEY)
    if isinstance(value, str) and value.strip():
        return Path(value), False
    return default_backup_folder(db_file), True


def database_id(settings: SettingsRepo) -> str:
    """This database's backup-name id, made (and stored) the first time it is needed."""
    value = settings.get(DATABASE_ID_KEY)
    if isinstance(value, str) and _ID.match(value):
        return value
    new = secrets.token_hex(4)
    settings.set(DATABASE_ID_KEY, new, system=True)
    return new


def folder_base(store: Store) -> Path:
    """The database file the default backup folder is beside: in clinic server mode, where
    this workstation's own database file would be (its KneeDesk data folder)."""
    return store.path if store.engine == SQLITE else default_db_path()


def read_plan(store: Store) -> BackupPlan:
    """The backup settings of an open store (call on the writer thread: may store the id)."""
    folder, is_default = read_folder(store.settings, folder_base(store))
    return BackupPlan(
        folder=folder,
        is_default_folder=is_default,
        keep=read_keep(store.settings),
        automatic=read_automatic(store.settings),
        database_id=database_id(store.settings),
    )


def set_folder(settings: SettingsRepo, folder: Path | None) -> None:
    """Back up into `folder` from now on (None: the default folder beside the database).

    The folder must exist and be writable: a missing one usually means a drive that is not
    plugged in, and KneeDesk does not create folders on someone else's disk.
    """
    if folder is None:
        if settings.get(FOLDER_KEY) is not None:
            settings.set(FOLDER_KEY, None)
        return
    folder = Path(folder)
    if not folder.is_absolute():
        raise InvalidValueError(
            _("{folder} is not a full folder path.").format(folder=folder),
            _("Choose the folder with Choose..."),
        )
    check_folder(folder)
    if settings.get(FOLDER_KEY) != str(folder):
        settings.set(FOLDER_KEY, str(folder))


def set_keep(settings: SettingsRepo, keep: int) -> None:
    """Keep the newest `keep` backups (1 to MAX_KEEP)."""
    if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        raise InvalidValueError(
            # Translators: {keep} is the value given, as Python writes it.
            _("Keep {keep} backups is not a number from 1 to {n}.").format(
                keep=repr(keep), n=MAX_KEEP
            ),
            _("Choose one."),
        )
    if read_keep(settings) != keep or settings.get(KEEP_KEY) is None:
        settings.set(KEEP_KEY, keep)


def set_automatic(settings: SettingsRepo, automatic: bool) -> None:
    """Turn the daily backup on or off."""
    if read_automatic(settings) != automatic or settings.get(AUTOMATIC_KEY) is None:
        settings.set(AUTOMATIC_KEY, bool(automatic))


def check_folder(folder: Path) -> None:
    """Raise a StoreError saying what to do if backups cannot be written into `folder`."""
    if not folder.is_dir():
        raise MissingDirectoryError(
            _("The backup folder {folder} is not available.").format(folder=folder),
            _(
                "Plug in the backup drive or connect the network share, or choose another folder "
                "in Settings > Backups."
            ),
            folder,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(
            _("KneeDesk may not write in the backup folder {folder}.").format(folder=folder),
            _("Choose another folder in Settings > Backups, or ask your administrator for access."),
            folder,
        )


# --- when -------------------------------------------------------------------------------------


def last_backup(db: StoreDatabase) -> LastBackup | None:
    """The newest verified backup of this database, from the audit log (None: never)."""
    row = db.execute(
        "SELECT at, detail FROM audit_log WHERE entity = ? AND action = ? ORDER BY id DESC LIMIT 1",
        [str(Entity.DATABASE), str(Action.BACKUP)],
    ).fetchone()
    if row is None:
        return None
    detail = _json_dict(row[1])
    return LastBackup(parse_timestamp(row[0]), str(detail.get("file", "")))


def is_daily_backup_due(last: LastBackup | None, now: datetime) -> bool:
    """True when no backup was made yet on `now`'s calendar day (in `now`'s time zone)."""
    if last is None:
        return True
    return last.at.astimezone(now.tzinfo).date() < now.date()


def last_backup_age(last: LastBackup | None, now: datetime) -> timedelta | None:
    """How long ago the last backup was made (None: never; never negative)."""
    if last is None:
        return None
    return max(now - last.at, timedelta(0))


def needs_reminder(last: LastBackup | None, now: datetime) -> bool:
    """True when there is no backup, or the last one is older than a week."""
    age = last_backup_age(last, now)
    return age is None or age > REMINDER_AFTER


# --- files ------------------------------------------------------------------------------------


def backup_file_name(db_id: str, when: datetime, n: int = 1, suffix: str = SUFFIX) -> str:
    """``kneedesk-<date>-<time>-<id>[-n].kneedesk-backup`` in `when`'s own time zone (with
    `SERVER_SUFFIX`, the name of a backup of the clinic server)."""
    extra = f"-{n}" if n > 1 else ""
    return f"kneedesk-{when.strftime(_STAMP)}-{db_id}{extra}{suffix}"


def next_backup_path(folder: Path, db_id: str, when: datetime, suffix: str = SUFFIX) -> Path:
    """A free file name in `folder` for a backup made at `when`."""
    n = 1
    while (candidate := folder / backup_file_name(db_id, when, n, suffix)).exists():
        n += 1
    return candidate


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(time made, database id) for a backup file name KneeDesk makes; None for any other."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return made, match["id"]


def list_backups(folder: Path, db_id: str | None = None) -> list[BackupFile]:
    """KneeDesk's backup files in `folder` (only `db_id`'s when given), newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or (db_id is not None and parsed[1] != db_id):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            size = entry.stat(follow_symlinks=False).st_size
        except OSError:
            continue
        found.append(BackupFile(Path(entry.path), parsed[0], size, parsed[1]))
    found.sort(key=lambda f: (f.made_at, _copy_number(f.path.name)), reverse=True)
    return found


def prune_backups(
    folder: Path, db_id: str, keep: int, protect: Path
) -> tuple[list[Path], list[str]]:
    """Delete this database's backups beyond the newest `keep`; never `protect` or other files.

    Only backups of `protect`'s kind count: a clinic server and a KneeDesk file moved onto
    it share their database id, and the server's backups never delete the file's.
    Returns the files deleted and a line for each one that could not be deleted.
    """
    keep = max(1, keep)
    deleted: list[Path] = []
    problems: list[str] = []
    server = protect.name.endswith(SERVER_SUFFIX)
    same_kind = [f for f in list_backups(folder, db_id) if f.is_server == server]
    for old in same_kind[keep:]:
        if old.path == protect:
            continue
        try:
            old.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            problems.append(f"{old.path.name}: {exc.strerror or exc}")
        else:
            deleted.append(old.path)
    return deleted, problems


def make_backup(
    db: StoreDatabase, plan: BackupPlan, now: datetime, *, automatic: bool
) -> BackupOutcome:
    """Write a verified backup into the plan's folder, then delete the oldest beyond `keep`.

    Writes nothing to the database, so it may run on a worker thread; call `record_backup` on
    the writer thread afterwards. Raises a StoreError that says what to do.
    """
    if plan.is_default_folder:
        try:
            ensure_private_dir(plan.folder)
        except OSError as exc:
            raise BackupError(
                # Translators: {reason} is the operating system's own words.
                _("KneeDesk could not create the backup folder {folder}: {reason}.").format(
                    folder=plan.folder, reason=exc.strerror or exc
                ),
                _("Choose another folder in Settings > Backups."),
                plan.folder,
            ) from exc
    check_folder(plan.folder)
    if is_postgres(db):
        from kneedesk.store.postgres.backup import backup_server  # psycopg: server mode only

        target = next_backup_path(plan.folder, plan.database_id, now, SERVER_SUFFIX)
        info = backup_server(db, target).info  # type: ignore[arg-type]
    else:
        assert isinstance(db, Database)
        target = next_backup_path(plan.folder, plan.database_id, now)
        info = backup_to(db, target)
    deleted, problems = prune_backups(plan.folder, plan.database_id, plan.keep, target)
    return BackupOutcome(info, now, automatic, tuple(deleted), tuple(problems))


def record_backup(store: Store, outcome: BackupOutcome) -> None:
    """Record a verified backup in the audit log (on the writer thread)."""
    counts = outcome.info.counts
    detail: dict[str, Any] = {
        "file": str(outcome.info.path),
        "automatic": outcome.automatic,
        "patients": counts.get("patients", 0),
        "visits": counts.get("visits", 0),
        **outcome.info.head_detail(),
    }
    if outcome.deleted:
        detail["deleted"] = [p.name for p in outcome.deleted]
    with store.db.atomic():
        store.audit.record(Action.BACKUP, Entity.DATABASE, None, detail, system=True)
    store.audit.remember_head()


def _copy_number(name: str) -> int:
    match = _NAME.match(name)
    return int(match["n"]) if match and match["n"] else 1


def _json_dict(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
