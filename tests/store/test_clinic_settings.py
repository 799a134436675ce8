"""The clinic's settings read as one typed object, and written back only where they change."""

from __future__ import annotations

import dataclasses
from typing import Any

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.store.clinic_settings import (
    ClinicDetails,
    ClinicSettings,
    SettingKey,
    changed_settings,
    clinic_name_in,
    read_clinic_settings,
)
from kneedesk.store.store import Store

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


class Stored(dict[str, Any]):
    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(key, default)


def test_a_new_clinic_reads_every_default(store: Store) -> None:
    settings = store.settings.read()
    assert settings.clinic == ClinicDetails()
    assert settings.units == DisplayUnits(UnitSystem.METRIC, ForceUnit.NEWTON)
    assert (settings.paper, settings.thresholds) == ("a4", Thresholds())
    assert (settings.auto_lock_minutes, settings.auto_lock_ms) == (10, 600_000)


def test_everything_stored_comes_back_typed(store: Store) -> None:
    wanted = ClinicSettings(
        clinic=ClinicDetails("Harbour Physio", "1 Quay St", "555 0100", PNG),
        units=DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE),
        paper="letter",
        thresholds=dataclasses.replace(Thresholds(), lsi_min_percent=85.0),
        auto_lock_minutes=0,
    )
    store.settings.save({key: value for key, value in wanted.stored().items()})
    assert store.settings.read() == wanted
    assert store.settings.get("thresholds") == {"lsi_min_percent": 85.0}  # only what differs


def test_keys_the_app_does_not_know_are_kept_through_a_save(store: Store) -> None:
    store.settings.save_one(SettingKey.CLINIC, {"name": "Old name", "email": "desk@example.org"})
    before = store.settings.read()
    after = dataclasses.replace(before, clinic=dataclasses.replace(before.clinic, name="New"))
    store.settings.save(changed_settings(store.settings, before, after))
    assert store.settings.get("clinic") == {"name": "New", "email": "desk@example.org"}


def test_an_untouched_form_writes_nothing_and_a_change_writes_only_itself() -> None:
    stored = Stored(clinic={"name": "Riverside"})
    current = read_clinic_settings(stored)
    assert changed_settings(stored, current, current) == {}
    letter = dataclasses.replace(current, paper="letter")
    assert changed_settings(stored, current, letter) == {SettingKey.PAPER: "letter"}


def test_the_clinic_name_is_read_the_same_way_from_raw_json() -> None:
    assert clinic_name_in('{"name": " Riverside "}') == "Riverside"
    assert clinic_name_in('{"name": 5}') == ""
    assert clinic_name_in("not json") == ""
    assert clinic_name_in(None) == ""


def test_the_media_folder_is_kept_and_an_unusable_one_reads_as_none(store: Store) -> None:
    assert store.settings.read().media_folder == ""
    store.settings.save_one(SettingKey.MEDIA_FOLDER, "/srv/clinic/videos")
    assert store.settings.read().media_folder == "/srv/clinic/videos"
    # Written by hand outside the app: not text, or absurdly long.
    assert read_clinic_settings(Stored({"media_folder": 12})).media_folder == ""
    assert read_clinic_settings(Stored({"media_folder": "x" * 5000})).media_folder == ""
