"""The clinic's settings as one typed, read-only object (no Qt).

Every part of the app that needs a clinic setting (the screen's units and thresholds, the
handout's letterhead and paper, the auto-lock time, the window title) reads it from one
`ClinicSettings`, made by `read_clinic_settings` from the stored values. The keys and their
stored values (one JSON value per key, kept by `SettingsRepo`):

- ``clinic``: ``{"name": str, "address": str, "phone": str, "logo_png": str}``.
  ``logo_png`` is base64 of a PNG at most 600 x 600 px; the key is absent when the clinic
  has no logo. Other keys in the dict are kept as they are when the dialogs save.
- ``units``: ``"metric"`` or ``"us"``.
- ``force_unit``: the dynamometer's unit, ``"N"``, ``"kgf"`` or ``"lbf"`` (default ``"N"``).
- ``paper``: ``"a4"`` or ``"letter"``.
- ``thresholds``: only the finding thresholds that differ from `Thresholds()`.
- ``auto_lock_minutes``: minutes without input before the app locks; 0 never, at most 120.
- ``media_folder``: the folder where the clinic keeps its original videos and photos ("" for
  none): where the screen's "Video or photo…" dialog starts, and where a still's original is
  looked for by its content. KneeDesk only reads it; no video is copied into the database.

The backup settings have their own reader (`kneedesk.store.backup_schedule`). Reading never
fails: a value that is missing or unusable reads as its default, so a damaged setting never
stops the app from starting or a handout from printing.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol, TypeVar

from kneedesk.core.i18n import LANGUAGES, SOURCE_LANGUAGE, _
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem

Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")
CLINIC_FIELDS = ("name", "address", "phone", "logo_png")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 120
MAX_FOLDER_CHARS = 1000
E = TypeVar("E", bound=StrEnum)


class SettingKey(StrEnum):
    """The stored name of each clinic setting."""

    CLINIC = "clinic"
    UNITS = "units"
    FORCE_UNIT = "force_unit"
    PAPER = "paper"
    THRESHOLDS = "thresholds"
    AUTO_LOCK_MINUTES = "auto_lock_minutes"
    MEDIA_FOLDER = "media_folder"
    HANDOUT_LANGUAGE = "handout_language"


class SettingsReader(Protocol):
    """What the reader needs from `SettingsRepo` (a plain dict-backed fake works too)."""

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value for a key, or `default`."""


@dataclass(frozen=True)
class ClinicDetails:
    """The clinic's letterhead: name, address, phone and logo (PNG bytes or None)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    logo_png: bytes | None = None
    # Keys of the stored dict that KneeDesk does not use, kept as they are on saving.
    others: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_stored(cls, value: object) -> ClinicDetails:
        """Read the stored ``clinic`` dict; anything unusable reads as empty."""
        if not isinstance(value, dict):
            return cls()

        def text(key: str) -> str:
            found = value.get(key, "")
            return found if isinstance(found, str) else ""

        return cls(
            name=text("name"),
            address=text("address"),
            phone=text("phone"),
            logo_png=decode_logo(value.get("logo_png")),
            others={k: v for k, v in value.items() if k not in CLINIC_FIELDS},
        )

    def stored(self) -> dict[str, Any]:
        """The JSON value kept under ``clinic`` (no key for an empty address, phone or logo)."""
        value: dict[str, Any] = {**self.others, "name": self.name}
        # Empty optional fields are left out, as the first clinic set-up stored them.
        if self.address:
            value["address"] = self.address
        if self.phone:
            value["phone"] = self.phone
        if self.logo_png:
            value["logo_png"] = encode_logo(self.logo_png)
        return value


@dataclass(frozen=True)
class ClinicSettings:
    """Every clinic setting the app reads, each already checked and defaulted."""

    clinic: ClinicDetails = ClinicDetails()
    units: DisplayUnits = DisplayUnits()
    paper: Paper = "a4"
    thresholds: Thresholds = Thresholds()
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    media_folder: str = ""
    # The language a patient's handout prints in unless the patient has one of their own.
    handout_language: str = SOURCE_LANGUAGE

    @property
    def auto_lock_ms(self) -> int:
        """The idle time before the lock in milliseconds (0 = never lock)."""
        return self.auto_lock_minutes * 60_000

    def stored(self) -> dict[SettingKey, Any]:
        """Each setting's JSON value as `SettingsRepo` keeps it."""
        return {
            SettingKey.CLINIC: self.clinic.stored(),
            SettingKey.UNITS: self.units.system.value,
            SettingKey.FORCE_UNIT: self.units.force.value,
            SettingKey.PAPER: self.paper,
            SettingKey.THRESHOLDS: self.thresholds.changed_from_default(),
            SettingKey.AUTO_LOCK_MINUTES: self.auto_lock_minutes,
            SettingKey.MEDIA_FOLDER: self.media_folder,
            SettingKey.HANDOUT_LANGUAGE: self.handout_language,
        }


def read_clinic_settings(settings: SettingsReader) -> ClinicSettings:
    """The clinic's settings; each missing or unusable value reads as its default."""
    return ClinicSettings(
        clinic=ClinicDetails.from_stored(settings.get(SettingKey.CLINIC, {})),
        units=DisplayUnits(
            system=_choice(UnitSystem, settings.get(SettingKey.UNITS), UnitSystem.METRIC),
            force=_choice(ForceUnit, settings.get(SettingKey.FORCE_UNIT), ForceUnit.NEWTON),
        ),
        paper=_paper(settings.get(SettingKey.PAPER)),
        thresholds=_thresholds(settings.get(SettingKey.THRESHOLDS, {})),
        auto_lock_minutes=_auto_lock(settings.get(SettingKey.AUTO_LOCK_MINUTES)),
        media_folder=_folder(settings.get(SettingKey.MEDIA_FOLDER)),
        handout_language=_language(settings.get(SettingKey.HANDOUT_LANGUAGE)),
    )


def changed_settings(
    stored: SettingsReader, before: ClinicSettings, after: ClinicSettings
) -> dict[SettingKey, Any]:
    """The settings `after` would change, as key -> value to store.

    A setting that was never stored reads as its default; it is stored only when `after`
    differs from what the app already uses, so saving an untouched form writes nothing.
    """
    old, new = before.stored(), after.stored()
    return {
        key: value
        for key, value in new.items()
        if value != stored.get(key) and not (stored.get(key) is None and value == old[key])
    }


def clinic_name_in(stored_json: str | None) -> str:
    """The clinic's name from the stored ``clinic`` JSON text, for readers that only have a
    raw connection (a backup being previewed, the password check); "" when unusable."""
    try:
        value = json.loads(stored_json) if stored_json else {}
    except ValueError:
        return ""
    return ClinicDetails.from_stored(value).name.strip()


def check_auto_lock_minutes(minutes: int) -> str | None:
    """What is wrong with an auto-lock time, or None when it can be stored."""
    if not 0 <= minutes <= MAX_AUTO_LOCK_MINUTES:
        return _("Choose 0 (never) to {n} minutes.").format(n=MAX_AUTO_LOCK_MINUTES)
    return None


def check_media_folder(folder: object) -> str | None:
    """What is wrong with a media folder as stored, or None ("" is no folder)."""
    if not isinstance(folder, str):
        return _("Choose a folder.")
    if len(folder) > MAX_FOLDER_CHARS or "\x00" in folder:
        return _("Choose a folder with a shorter name.")
    return None


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


def threshold_names() -> tuple[str, ...]:
    """The names of every threshold, in the order the core declares them."""
    return tuple(f.name for f in dataclasses.fields(Thresholds))


def _choice(kind: type[E], value: object, default: E) -> E:
    if not isinstance(value, str):
        return default
    try:
        return kind(value)
    except ValueError:
        return default


def _paper(value: object) -> Paper:
    return "letter" if value == "letter" else "a4"


def _auto_lock(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_AUTO_LOCK_MINUTES
    return value if 0 <= value <= MAX_AUTO_LOCK_MINUTES else DEFAULT_AUTO_LOCK_MINUTES


def _language(value: object) -> str:
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE


def _folder(value: object) -> str:
    return value if isinstance(value, str) and check_media_folder(value) is None else ""


def _thresholds(stored: object) -> Thresholds:
    """The clinic's thresholds; a stored value that is unusable falls back to its default."""
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
