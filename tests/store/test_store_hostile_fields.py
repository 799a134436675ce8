"""Smaller defects of hostile input, checked where the store stands guard.

Invisible characters in names and chart numbers are refused by the store itself (whatever
calls it), and the user's data folder is user-only even when something made it before.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import InvalidValueError
from kneedesk.store.paths import default_data_dir
from kneedesk.store.store import Store

HOSTILE = [
    ("given_name", "An\x00a", "U+0000 (NUL) at character 3"),
    ("family_name", "Ruiz\u202eelif.exe", "U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5"),
    ("family_name", "Berg\x1b[2J", "U+001B (ESCAPE) at character 5"),
    ("chart_number", "KD-\u20661", "U+2066"),
    ("chart_number", "KD\x00-1", "U+0000 (NUL) at character 3"),
]
LABELS = {
    "given_name": "The given name",
    "family_name": "The family name",
    "chart_number": "The chart number",
}


@pytest.mark.parametrize(("field", "value", "fragment"), HOSTILE)
def test_invisible_characters_are_refused_when_a_patient_is_added(
    store: Store, field: str, value: str, fragment: str
) -> None:
    details = {"chart_number": "KD-1", "given_name": "Ana", "family_name": "Ruiz", field: value}
    with pytest.raises(InvalidValueError) as info:
        store.patients.create(**details)
    assert info.value.what.startswith(f"{LABELS[field]} has the invisible character ")
    assert fragment in info.value.what
    assert "retype the text" in info.value.todo
    assert info.value.field == field
    assert store.patients.count() == 0


@pytest.mark.parametrize(("field", "value", "fragment"), HOSTILE)
def test_invisible_characters_are_refused_when_a_patient_is_changed(
    store: Store, field: str, value: str, fragment: str
) -> None:
    patient = store.patients.create(chart_number="KD-1", given_name="Ana", family_name="Ruiz")
    with pytest.raises(InvalidValueError) as info:
        store.patients.update(patient.id, **{field: value})
    assert fragment in info.value.what
    assert store.patients.get(patient.id) == patient


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders and POSIX modes")
def test_a_data_folder_made_readable_by_others_is_made_user_only_at_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    folder = default_data_dir()
    folder.mkdir(parents=True, mode=0o755)  # as `kneedesk demo --db` made it before
    folder.chmod(0o755)
    (folder / "notes.txt").write_text("left alone")
    db = open_db(folder / "demo.kneedesk")
    close_db(db)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "notes.txt").read_text() == "left alone"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX modes")
def test_another_folder_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    close_db(open_db(folder / "clinic.sqlite3"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755  # the user chose this folder
