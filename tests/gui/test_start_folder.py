"""Save and export dialogs start in the user's Documents folder (or home), never in the
program's working folder, which an installed app's upgrade replaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from dialog_helpers import when_modal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui.progress.save_dialog import ask_export_path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new account's home folder (no Documents yet); the app runs from its program folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    program = tmp_path / "Programs" / "KneeDesk"
    program.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.chdir(program)
    return folder


def folder_of_next_dialog() -> list[Path]:
    """The folder the next modal file dialog opens in (the dialog is then cancelled)."""
    seen: list[Path] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    when_modal(look)
    return seen


@pytest.mark.parametrize("documents", [True, False])
def test_chart_export_starts_in_documents_or_home(
    qtbot: QtBot, home: Path, documents: bool
) -> None:
    if documents:
        (home / "Documents").mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = folder_of_next_dialog()
    assert ask_export_path(parent, "Kujala score", "png") is None
    assert seen == [home / "Documents" if documents else home]


def test_chart_export_starts_where_the_last_one_went(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = folder_of_next_dialog()
    ask_export_path(parent, "Kujala score", "svg", str(tmp_path))
    assert seen == [tmp_path]
    # A last folder since removed (a USB stick) falls back to home, not the working folder.
    seen = folder_of_next_dialog()
    ask_export_path(parent, "Kujala score", "svg", str(tmp_path / "unplugged"))
    assert seen == [home]
