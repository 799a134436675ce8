"""Clinic settings: one JSON value per key (clinic details, units, paper, thresholds)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kneedesk.core.i18n import LANGUAGES, _
from kneedesk.core.units import ForceUnit, UnitSystem
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, json_value, timestamp, utc_now
from kneedesk.store.clinic_settings import (
    PAPERS,
    ClinicSettings,
    SettingKey,
    check_auto_lock_minutes,
    check_media_folder,
    read_clinic_settings,
)
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import InvalidValueError, translated

# Settings only an administrator may change (the Settings dialog shows them read-only to
# others); the backup keys are named in kneedesk.store.backup_schedule.
ADMIN_ONLY = frozenset(
    {SettingKey.THRESHOLDS.value, "backup_folder", "backup_keep", "backup_automatic"}
)

if TYPE_CHECKING:
    from kneedesk.store.session import SessionGuard


class SettingsRepo:
    """Reads and writes clinic settings; every change is audited with its old value."""

    def __init__(
        self,
        db: StoreDatabase,
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

    def read(self) -> ClinicSettings:
        """The clinic's settings, typed and defaulted (see `kneedesk.store.clinic_settings`)."""
        return read_clinic_settings(self)

    def save(self, changes: Mapping[SettingKey, Any]) -> None:
        """Store several clinic settings in one transaction, each checked first.

        Values are in their stored form (`ClinicSettings.stored`); nothing is written when
        one of them is unusable.
        """
        for key, value in changes.items():
            _check(SettingKey(key), value)
        with self.db.atomic():
            for key, value in changes.items():
                self.set(key, value)

    def save_one(self, key: SettingKey, value: Any) -> None:
        """Store one clinic setting (its stored form), checked first."""
        self.save({key: value})


def _check(key: SettingKey, value: Any) -> None:
    allowed: dict[SettingKey, tuple[str, ...]] = {
        SettingKey.UNITS: tuple(UnitSystem),
        SettingKey.FORCE_UNIT: tuple(ForceUnit),
        SettingKey.PAPER: PAPERS,
        SettingKey.HANDOUT_LANGUAGE: tuple(LANGUAGES),
    }
    if key in allowed and value not in allowed[key]:
        raise InvalidValueError(
            f"{key.value.replace('_', ' ').capitalize()} {value!r} is not one of "
            f"{', '.join(allowed[key])}.",
            "Choose one of them.",
        )
    if key in (SettingKey.CLINIC, SettingKey.THRESHOLDS) and not isinstance(value, dict):
        raise InvalidValueError(f"The {key.value} setting must be a set of values.", "")
    if key is SettingKey.AUTO_LOCK_MINUTES:
        problem = check_auto_lock_minutes(value) if isinstance(value, int) else _("Use minutes.")
        if problem:
            raise InvalidValueError(
                # Translators: {value} is the typed number (or text), as Python writes it.
                _("Auto-lock time {value} cannot be used.").format(value=repr(value)),
                problem,
            )
    if key is SettingKey.MEDIA_FOLDER:
        problem = check_media_folder(value)
        if problem:
            raise InvalidValueError(_("The media folder cannot be used."), problem)
