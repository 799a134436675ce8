"""How backups read on screen: times, ages, sizes and the messages after a backup."""

from __future__ import annotations

from datetime import date, datetime

from kneedesk.store.backup_schedule import BackupOutcome, LastBackup, last_backup_age
from kneedesk.store.errors import StoreError


def when_text(moment: datetime) -> str:
    """A time as a clinician reads it, in this computer's time zone: "20 Nov 2026, 09:12"."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{local.day} {local:%b %Y, %H:%M}"


def day_text(iso_date: str | None) -> str:
    """An ISO date as "18 Nov 2026" (or "none")."""
    if not iso_date:
        return "none"
    try:
        day = date.fromisoformat(iso_date)
    except ValueError:
        return iso_date
    return f"{day.day} {day:%b %Y}"


def size_text(size: int) -> str:
    """A file size in kB, MB or GB."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    if size < 1_000_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1_000_000_000:.2f} GB"


def age_text(last: LastBackup | None, now: datetime) -> str:
    """ "today", "yesterday" or "9 days ago" for the last backup."""
    age = last_backup_age(last, now)
    if last is None or age is None:
        return "never"
    days = (now.date() - last.at.astimezone(now.tzinfo).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def last_backup_text(last: LastBackup | None, now: datetime) -> str:
    """One line about the last verified backup."""
    if last is None:
        return "This database has not been backed up yet."
    return f"Last verified backup: {when_text(last.at)} ({age_text(last, now)})."


def reminder_text(last: LastBackup | None, now: datetime) -> str:
    """The banner's reminder when backups are overdue."""
    if last is None:
        return (
            "KneeDesk has not been backed up yet. Back up now, and keep backups on a USB "
            "drive or a network share so the records survive a broken computer."
        )
    return (
        f"The last backup was made {age_text(last, now)} ({when_text(last.at)}). Back up now "
        "so this week's visits are safe too."
    )


def success_text(outcome: BackupOutcome) -> str:
    """What the status bar says after a verified backup."""
    counts = outcome.info.counts
    kind = "Daily backup" if outcome.automatic else "Backup"
    text = (
        f"{kind} made and verified at {outcome.made_at:%H:%M}: {outcome.info.path.name} in "
        f"{outcome.info.path.parent} ({counts.get('patients', 0)} patients, "
        f"{counts.get('visits', 0)} visits). Audit head {outcome.info.short_head}."
    )
    if outcome.delete_problems:
        text += f" Old backups that could not be deleted: {'; '.join(outcome.delete_problems)}."
    return text


def status_text(outcome: BackupOutcome) -> str:
    """The status bar's one line after a verified backup (Settings > Backups has the file and
    the audit head; a line longer than the window would be cut off)."""
    counts = outcome.info.counts
    kind = "Daily backup" if outcome.automatic else "Backup"
    text = (
        f"{kind} made and verified at {outcome.made_at:%H:%M} ({counts.get('patients', 0)} "
        f"patients, {counts.get('visits', 0)} visits). Details in Settings > Backups."
    )
    if outcome.delete_problems:
        text += f" Old backups that could not be deleted: {'; '.join(outcome.delete_problems)}."
    return text


def failure_text(exc: StoreError) -> str:
    """What the banner says after a backup failed: what happened, then what to do."""
    return f"The backup was not made. {exc.what} {exc.todo}".strip()
