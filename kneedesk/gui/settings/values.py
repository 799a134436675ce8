"""Settings keys the GUI owns, and small pure readers the main window calls.

The readers shared with reports (clinic, logo, units, thresholds) live in
`kneedesk.store.settings_values`, which describes those keys; they are re-exported here so
GUI code keeps one place to import from. The GUI's own key:

- ``"auto_lock_minutes"``: int, default 10, 0 means never lock, at most 120.

Every reader falls back to the default when a stored value is missing or unusable, so a
damaged setting never stops the app from starting.
"""

from __future__ import annotations

from kneedesk.store.settings_values import (
    CLINIC_FIELDS,
    CLINIC_KEY,
    FORCE_UNIT_KEY,
    PNG_SIGNATURE,
    SettingsReader,
    clinic_logo_bytes,
    clinic_name,
    decode_logo,
    encode_logo,
    read_clinic,
    read_display_units,
    read_force_unit,
    read_thresholds,
    read_unit_system,
    threshold_names,
)

__all__ = [
    "AUTO_LOCK_KEY",
    "CLINIC_FIELDS",
    "CLINIC_KEY",
    "DEFAULT_AUTO_LOCK_MINUTES",
    "FORCE_UNIT_KEY",
    "MAX_AUTO_LOCK_MINUTES",
    "MAX_LOGO_FILE_BYTES",
    "MAX_LOGO_PIXELS",
    "PNG_SIGNATURE",
    "SettingsReader",
    "auto_lock_minutes",
    "auto_lock_ms",
    "check_auto_lock_minutes",
    "clinic_logo_bytes",
    "clinic_name",
    "decode_logo",
    "encode_logo",
    "read_clinic",
    "read_display_units",
    "read_force_unit",
    "read_thresholds",
    "read_unit_system",
    "threshold_names",
]

AUTO_LOCK_KEY = "auto_lock_minutes"

DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 120
MAX_LOGO_PIXELS = 600
MAX_LOGO_FILE_BYTES = 5 * 1024 * 1024


def auto_lock_minutes(settings: SettingsReader) -> int:
    """Minutes without input before the lock (0 = never); the default when unusable."""
    value = settings.get(AUTO_LOCK_KEY, DEFAULT_AUTO_LOCK_MINUTES)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_AUTO_LOCK_MINUTES
    if not 0 <= value <= MAX_AUTO_LOCK_MINUTES:
        return DEFAULT_AUTO_LOCK_MINUTES
    return value


def auto_lock_ms(settings: SettingsReader) -> int:
    """The idle time for `IdleWatcher.set_timeout` in milliseconds (0 = never lock)."""
    return auto_lock_minutes(settings) * 60_000


def check_auto_lock_minutes(minutes: int) -> str | None:
    """What is wrong with an auto-lock time, or None when it can be stored."""
    if not 0 <= minutes <= MAX_AUTO_LOCK_MINUTES:
        return f"Choose 0 (never) to {MAX_AUTO_LOCK_MINUTES} minutes."
    return None
