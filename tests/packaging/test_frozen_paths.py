"""A frozen bundle keeps the clinic's data where the source app keeps it.

The installers replace the program folder on upgrade; the database must stay in the user data
folder whether KneeDesk runs from source, a wheel or a PyInstaller bundle (which sets
sys.frozen and sys._MEIPASS and runs from another executable).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kneedesk.gui.app import demo_db_path
from kneedesk.store.paths import APP_NAME, DB_FILENAME, default_data_dir, default_db_path


def data_paths() -> tuple[Path, Path, Path]:
    return default_data_dir(), default_db_path(), demo_db_path()


def test_frozen_mode_does_not_move_the_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from_source = data_paths()
    bundle = tmp_path / "Programs" / "KneeDesk"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "KneeDesk"))
    monkeypatch.chdir(tmp_path)
    assert data_paths() == from_source
    assert not from_source[0].is_relative_to(bundle)


def test_the_data_folder_is_named_for_the_app_not_the_executable() -> None:
    folder, db, demo = data_paths()
    assert folder.name == APP_NAME
    assert (db.name, demo.name) == (DB_FILENAME, "demo.kneedesk")
    assert db.parent == demo.parent == folder
