"""How backups read on screen: times, ages, sizes and the messages after a backup."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kneedesk.core.locale_format import local_number, short_date
from kneedesk.store.backup_schedule import BackupOutcome, LastBackup, last_backup_age
from kneedesk.store.errors import StoreError


def when_text(moment: datetime) -> str:
    """A time as a clinician reads it, in this computer's time zone: "20 Nov 2026, 09:12"."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{short_date(local.date())}, {local:%H:%M}"


def day_text(iso_date: str | None) -> str:
    """An ISO date as "18 Nov 2026" (or "none")."""
    if not iso_date:
        # Translators: no date (e.g. no visit yet).
        return QCoreApplication.translate("BackupText", "none")
    try:
        day = date.fromisoformat(iso_date)
    except ValueError:
        return iso_date
    return short_date(day)


def size_text(size: int) -> str:
    """A file size in kB, MB or GB."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    if size < 1_000_000_000:
        return f"{local_number(f'{size / 1_000_000:.1f}')} MB"
    return f"{local_number(f'{size / 1_000_000_000:.2f}')} GB"


def age_text(last: LastBackup | None, now: datetime) -> str:
    """ "today", "yesterday" or "9 days ago" for the last backup."""
    age = last_backup_age(last, now)
    if last is None or age is None:
        # Translators: when the last backup was made: never.
        return QCoreApplication.translate("BackupText", "never")
    days = (now.date() - last.at.astimezone(now.tzinfo).date()).days
    if days <= 0:
        # Translators: when the last backup was made.
        return QCoreApplication.translate("BackupText", "today")
    if days == 1:
        # Translators: when the last backup was made.
        return QCoreApplication.translate("BackupText", "yesterday")
    # Translators: when the last backup was made; {days} is 2 or more.
    return QCoreApplication.translate("BackupText", "{days} days ago").format(days=days)


def last_backup_text(last: LastBackup | None, now: datetime) -> str:
    """One line about the last verified backup."""
    if last is None:
        return QCoreApplication.translate("BackupText", "This database has not been backed up yet.")
    # Translators: {when} is a date and time, {age} "today", "yesterday" or "9 days ago".
    return QCoreApplication.translate("BackupText", "Last verified backup: {when} ({age}).").format(
        when=when_text(last.at), age=age_text(last, now)
    )


def reminder_text(last: LastBackup | None, now: datetime) -> str:
    """The banner's reminder when backups are overdue."""
    if last is None:
        return QCoreApplication.translate(
            "BackupText",
            "KneeDesk has not been backed up yet. Back up now, and keep backups on a USB "
            "drive or a network share so the records survive a broken computer.",
        )
    # Translators: {age} is "today", "yesterday" or "9 days ago"; {when} a date and time.
    return QCoreApplication.translate(
        "BackupText",
        "The last backup was made {age} ({when}). Back up now so this week's visits are safe too.",
    ).format(age=age_text(last, now), when=when_text(last.at))


def success_text(outcome: BackupOutcome) -> str:
    """What the status bar says after a verified backup."""
    counts = outcome.info.counts
    if outcome.automatic:
        text = QCoreApplication.translate(
            "BackupText",
            "Daily backup made and verified at {time}: {file} in {folder} ({patients} patients, "
            "{visits} visits). Audit head {head}.",
        )
    else:
        text = QCoreApplication.translate(
            "BackupText",
            "Backup made and verified at {time}: {file} in {folder} ({patients} patients, "
            "{visits} visits). Audit head {head}.",
        )
    text = text.format(
        time=f"{outcome.made_at:%H:%M}",
        file=outcome.info.path.name,
        folder=outcome.info.path.parent,
        patients=counts.get("patients", 0),
        visits=counts.get("visits", 0),
        head=outcome.info.short_head,
    )
    return text + _delete_problems_text(outcome)


def _delete_problems_text(outcome: BackupOutcome) -> str:
    """ " Old backups that could not be deleted: ...", or "" when all were deleted."""
    if not outcome.delete_problems:
        return ""
    problems = "; ".join(outcome.delete_problems)
    return " " + QCoreApplication.translate(
        "BackupText", "Old backups that could not be deleted: {problems}."
    ).format(problems=problems)


def status_text(outcome: BackupOutcome) -> str:
    """The status bar's one line after a verified backup (Settings > Backups has the file and
    the audit head; a line longer than the window would be cut off)."""
    counts = outcome.info.counts
    if outcome.automatic:
        text = QCoreApplication.translate(
            "BackupText",
            "Daily backup made and verified at {time} ({patients} patients, {visits} visits). "
            "Details in Settings > Backups.",
        )
    else:
        text = QCoreApplication.translate(
            "BackupText",
            "Backup made and verified at {time} ({patients} patients, {visits} visits). "
            "Details in Settings > Backups.",
        )
    text = text.format(
        time=f"{outcome.made_at:%H:%M}",
        patients=counts.get("patients", 0),
        visits=counts.get("visits", 0),
    )
    return text + _delete_problems_text(outcome)


def failure_text(exc: StoreError) -> str:
    """What the banner says after a backup failed: what happened, then what to do."""
    not_made = QCoreApplication.translate("BackupText", "The backup was not made.")
    return f"{not_made} {exc.what} {exc.todo}".strip()
