"""Readers for the clinic settings that reports and screens both use (no Qt).

Keys and their values (all stored through `SettingsRepo`, one JSON value per key):

- ``"clinic"``: ``{"name": str, "address": str, "phone": str, "logo_png": str}``.
  ``logo_png`` is base64 of a PNG at most 600 x 600 px; the key is absent when the clinic
  has no logo. Other keys in the dict are kept as they are when the dialogs save.
- ``"units"``: ``"metric"`` or ``"us"`` (see `SettingsRepo.units`).
- ``"force_unit"``: the dynamometer's unit, ``"N"``, ``"kgf"`` or ``"lbf"`` (default ``"N"``).
- ``"paper"``: ``"a4"`` or ``"letter"`` (see `SettingsRepo.paper`).
- ``"thresholds"``: only the finding thresholds that differ from `Thresholds()`.

Every reader falls back to the default when a stored value is missing or unusable, so a
damaged setting never stops the app from starting or a handout from printing.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from typing import Any, Protocol

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem

CLINIC_KEY = "clinic"
FORCE_UNIT_KEY = "force_unit"
CLINIC_FIELDS = ("name", "address", "phone", "logo_png")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class SettingsReader(Protocol):
    """What the readers need from `SettingsRepo` (a plain dict-backed fake works too)."""

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value for a key, or `default`."""


def read_force_unit(settings: SettingsReader) -> ForceUnit:
    """The dynamometer unit; newtons when unset or unknown."""
    try:
        return ForceUnit(settings.get(FORCE_UNIT_KEY, ForceUnit.NEWTON.value))
    except ValueError:
        return ForceUnit.NEWTON


def read_unit_system(settings: SettingsReader) -> UnitSystem:
    """Metric or US display units; metric when unset or unknown."""
    try:
        return UnitSystem(settings.get("units", UnitSystem.METRIC.value))
    except ValueError:
        return UnitSystem.METRIC


def read_display_units(settings: SettingsReader) -> DisplayUnits:
    """The units the screen shows and accepts values in."""
    return DisplayUnits(system=read_unit_system(settings), force=read_force_unit(settings))


def read_clinic(settings: SettingsReader) -> dict[str, Any]:
    """The clinic dict (empty until the first run saves it)."""
    value = settings.get(CLINIC_KEY, {})
    return dict(value) if isinstance(value, dict) else {}


def clinic_name(settings: SettingsReader) -> str:
    """The clinic's name for window titles and the login screen ("" until set)."""
    name = read_clinic(settings).get("name", "")
    return name if isinstance(name, str) else ""


def decode_logo(text: object) -> bytes | None:
    """PNG bytes from a stored ``logo_png`` value, or None if absent or not a PNG."""
    if not isinstance(text, str) or not text:
        return None
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return data if data.startswith(PNG_SIGNATURE) else None


def encode_logo(png: bytes) -> str:
    """The stored form of PNG bytes (base64 text)."""
    return base64.b64encode(png).decode("ascii")


def clinic_logo_bytes(settings: SettingsReader) -> bytes | None:
    """The clinic logo as PNG bytes for letterheads and the login screen, or None."""
    return decode_logo(read_clinic(settings).get("logo_png"))


def read_thresholds(settings: SettingsReader) -> Thresholds:
    """The clinic's thresholds; a stored value that is unusable falls back to its default."""
    stored = settings.get("thresholds", {})
    if not isinstance(stored, dict):
        return Thresholds()
    try:
        return Thresholds.from_dict(stored)
    except ValueError:
        good: dict[str, Any] = {}
        for key, value in stored.items():
            try:
                Thresholds.from_dict({key: value})
            except ValueError:
                continue
            good[key] = value
        return Thresholds.from_dict(good)


def threshold_names() -> tuple[str, ...]:
    """The names of every threshold, in the order the core declares them."""
    return tuple(f.name for f in dataclasses.fields(Thresholds))
