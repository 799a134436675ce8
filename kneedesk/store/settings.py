"""Clinic settings: one JSON value per key (clinic details, units, paper, thresholds)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal, cast

from sqlite_utils import Database

from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, json_value, timestamp, utc_now
from kneedesk.store.errors import InvalidValueError, translated

Units = Literal["metric", "us"]
Paper = Literal["a4", "letter"]
UNITS: tuple[Units, ...] = ("metric", "us")
PAPERS: tuple[Paper, ...] = ("a4", "letter")

CLINIC = "clinic"
UNITS_KEY = "units"
PAPER_KEY = "paper"
THRESHOLDS = "thresholds"
# Settings only an administrator may change (the Settings dialog shows them read-only to
# others); the backup keys are named in kneedesk.store.backup_schedule.
ADMIN_ONLY = frozenset({THRESHOLDS, "backup_folder", "backup_keep", "backup_automatic"})

if TYPE_CHECKING:
    from kneedesk.store.session import SessionGuard


class SettingsRepo:
    """Reads and writes clinic settings; every change is audited with its old value."""

    def __init__(
        self,
        db: Database,
        audit: AuditLog,
        *,
        clock: Clock = utc_now,
        guard: SessionGuard | None = None,
    ) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.guard = guard

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value for a key, or `default` when it was never set."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any, *, system: bool = False) -> None:
        """Store a JSON value under a key.

        `system` marks a value KneeDesk sets itself (the database id made at the first
        backup, which may run while the app is locked); anything else needs the signed-in
        clinician, and an administrator for the keys in ADMIN_ONLY.
        """
        if self.guard is not None and not system and key in ADMIN_ONLY:
            self.guard.require_admin("change this setting")
        if not key or len(key) > 100:
            raise InvalidValueError(
                f"Setting name {key!r} is empty or too long.", "Use a short name."
            )
        try:
            text = json_value(value)
        except ValueError as exc:
            raise InvalidValueError(f"Setting {key}: {exc}.", "Nothing was changed.") from exc
        with translated(None, f"save the setting {key}"), self.db.atomic():
            before = self.get(key)
            self.db.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                [key, text, timestamp(self.clock())],
            )
            self.audit.record(
                Action.EDIT,
                Entity.SETTINGS,
                key,
                {"before": before, "after": json.loads(text)},
                system=system,
            )

    def all(self) -> dict[str, Any]:
        """Every stored setting."""
        return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM settings")}

    def clinic(self) -> dict[str, Any]:
        """Clinic details for letterheads (name, address, phone, ...); empty until set."""
        value = self.get(CLINIC, {})
        return dict(value) if isinstance(value, dict) else {}

    def set_clinic(self, details: dict[str, Any]) -> None:
        """Store the clinic details."""
        self.set(CLINIC, dict(details))

    def units(self) -> Units:
        """How measurements are shown: "metric" (default) or "us"."""
        value = self.get(UNITS_KEY, "metric")
        return cast(Units, value) if value in UNITS else "metric"

    def set_units(self, units: Units) -> None:
        """Choose metric or US units for display (values are always stored metric)."""
        if units not in UNITS:
            raise InvalidValueError(f"Units {units!r} are not metric or us.", "Choose one of them.")
        self.set(UNITS_KEY, units)

    def paper(self) -> Paper:
        """The paper size for printing: "a4" (default) or "letter"."""
        value = self.get(PAPER_KEY, "a4")
        return cast(Paper, value) if value in PAPERS else "a4"

    def set_paper(self, paper: Paper) -> None:
        """Choose A4 or US letter paper."""
        if paper not in PAPERS:
            raise InvalidValueError(f"Paper {paper!r} is not a4 or letter.", "Choose one of them.")
        self.set(PAPER_KEY, paper)

    def thresholds(self, defaults: dict[str, Any] | None = None) -> dict[str, Any]:
        """The clinic's finding thresholds over the given defaults (from the core)."""
        stored = self.get(THRESHOLDS, {})
        return {**(defaults or {}), **(stored if isinstance(stored, dict) else {})}

    def set_thresholds(self, thresholds: dict[str, Any]) -> None:
        """Store the clinic's finding thresholds (only the ones that differ need be given)."""
        self.set(THRESHOLDS, dict(thresholds))
