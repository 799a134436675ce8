"""Clinic settings: the Settings dialog (`kneedesk.gui.settings.dialog.SettingsDialog`), its
tabs, and the readers below for the stored values (see `values` for every key)."""

from kneedesk.gui.settings.values import (
    auto_lock_minutes,
    auto_lock_ms,
    clinic_logo_bytes,
    clinic_name,
    read_display_units,
    read_thresholds,
)

__all__ = [
    "auto_lock_minutes",
    "auto_lock_ms",
    "clinic_logo_bytes",
    "clinic_name",
    "read_display_units",
    "read_thresholds",
]
