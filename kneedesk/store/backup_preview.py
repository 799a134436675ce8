"""What a backup holds, read before restoring it: patients, visits, dates, the clinic's name."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from kneedesk.store.backup import verify_database_file
from kneedesk.store.backup_schedule import parse_backup_name
from kneedesk.store.canonical import parse_timestamp
from kneedesk.store.clinic_settings import SettingKey, clinic_name_in
from kneedesk.store.connection import bound_work, connect
from kneedesk.store.errors import BackupError
from kneedesk.store.postgres.restore_guide import is_server_dump, server_restore_refusal


@dataclass(frozen=True)
class RecordSummary:
    """Counts and dates of the records in a database, to compare a backup with the current one."""

    patients: int
    visits: int
    signed_visits: int
    newest_visit: str | None
    clinic_name: str
    last_change: datetime | None

    @property
    def draft_visits(self) -> int:
        """Visits not signed yet."""
        return self.visits - self.signed_visits


@dataclass(frozen=True)
class BackupPreview:
    """A verified backup file and what it holds."""

    path: Path
    size: int
    made_at: datetime | None
    modified: datetime
    schema_version: int
    records: RecordSummary


def preview_backup(path: Path | str) -> BackupPreview:
    """Check a backup file in full (read-only, never changed) and summarise what it holds.

    Raises a StoreError (not a KneeDesk file, damaged, from a newer KneeDesk) that says what
    to do (a backup of the clinic server is refused with the steps to restore it on the
    server). `made_at` comes from the name KneeDesk gives its backups (local time), if it has one.
    """
    path = Path(path)
    if is_server_dump(path):
        raise server_restore_refusal(path)
    info = verify_database_file(path)
    try:
        conn = connect(path, closed_file=True)
        try:
            # The file was checked through another connection; it may have changed since.
            bound_work(conn, max(1, path.stat().st_size // 512))
            records = summarize(conn)
        finally:
            conn.close()
        stat = path.stat()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"The file {path} could not be read: {exc}.", "Use another backup file.", path
        ) from exc
    parsed = parse_backup_name(path.name)
    return BackupPreview(
        path=path,
        size=stat.st_size,
        made_at=parsed[0] if parsed else None,
        modified=datetime.fromtimestamp(stat.st_mtime).astimezone(),
        schema_version=info.schema_version,
        records=records,
    )


def current_summary(db: Database) -> RecordSummary:
    """The same summary for the open database."""
    return summarize(db.conn)


def summarize(conn: sqlite3.Connection) -> RecordSummary:
    """Count patients and visits and find the newest visit and change (read-only queries)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    patients = 0
    if "patients" in tables:
        patients = int(conn.execute("SELECT count(*) FROM patients").fetchone()[0])
    visits = signed = 0
    newest: str | None = None
    if "visits" in tables:
        visits, signed, newest = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE status = 'signed'), max(visit_date) "
            "FROM visits"
        ).fetchone()
    last_change: datetime | None = None
    if "audit_log" in tables:
        row = conn.execute("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        last_change = parse_timestamp(row[0]) if row and isinstance(row[0], str) else None
    clinic = ""
    if "settings" in tables:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", [SettingKey.CLINIC.value]
        ).fetchone()
        clinic = clinic_name_in(row[0] if row else None)
    return RecordSummary(
        patients=patients,
        visits=int(visits),
        signed_visits=int(signed),
        newest_visit=str(newest) if newest else None,
        clinic_name=clinic,
        last_change=last_change,
    )
