"""The first hour on a new computer: `kneedesk` with no arguments on an empty account goes
through the clinic's set-up to the patient list, and the demo clinic shows its progress."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dialog_helpers import when_modal
from platformdirs import user_log_dir
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

import kneedesk.__main__
from kneedesk.gui import app as app_module
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.setup_dialog import ClinicSetupDialog
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.paths import default_db_path
from kneedesk.store.store import Store

PASSWORD = "knee over toes 42"
ROOT = Path(kneedesk.__main__.__file__).resolve().parents[1]


@pytest.fixture
def empty_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user account nothing has run on: empty home and XDG folders; the log handler the
    app adds is taken away again afterwards."""
    home = tmp_path / "home"
    for name, folder in {
        "HOME": home,
        "XDG_DATA_HOME": tmp_path / "xdg-data",
        "XDG_CONFIG_HOME": tmp_path / "xdg-config",
        "XDG_CACHE_HOME": tmp_path / "xdg-cache",
    }.items():
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)  # the log goes under the new home
    handlers = list(logging.getLogger().handlers)
    yield tmp_path
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def fill_in_set_up(qtbot: QtBot, dialog: QDialog) -> None:
    """Type the clinic and its first administrator into the set-up dialog, as a person would."""
    if not isinstance(dialog, ClinicSetupDialog):
        return  # the app stopped before set-up: the test's checks say how
    ui = dialog.ui
    qtbot.keyClicks(ui.clinicName, "Riverside Sports Physio")
    qtbot.keyClicks(ui.displayName, "Ana Ruiz")
    qtbot.keyClicks(ui.username, "ana")
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClicks(ui.confirm, PASSWORD)
    ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders and POSIX modes")
def test_first_start_on_a_new_account_reaches_the_patient_list(
    qtbot: QtBot, qapp: QApplication, empty_account: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = empty_account / "xdg-data" / "KneeDesk" / "kneedesk.sqlite3"
    assert default_db_path() == database  # where platformdirs puts it on this account
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: errors.append(box.text()) or 0)
    seen: dict[str, object] = {}

    def event_loop() -> int:
        """Instead of app.exec(): note what the clinician now sees, then close the app."""
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        page = window.patients
        seen.update(
            visible=window.isVisible(),
            front=window.front.currentWidget() is window.work,
            page=window.work.currentWidget() is page,
            who=window.who.text(),
            hint=page.empty_hint.text() if page.empty_hint.isVisible() else "",
        )
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", event_loop)
    # The crash trace file is noted, not armed: faulthandler is pytest's for the session
    # (tests/gui/test_crash_hooks.py arms it in a process of its own).
    fault_logs: list[Path] = []
    monkeypatch.setattr(app_module, "enable_fault_log", fault_logs.append)
    when_modal(lambda dialog: fill_in_set_up(qtbot, dialog))
    status = kneedesk.__main__.main([])  # `python -m kneedesk`, as `make run` starts it

    assert errors == []
    assert status == 0
    assert fault_logs == [Path(user_log_dir("KneeDesk", appauthor=False))]  # beside the log
    assert seen == {
        "visible": True,
        "front": True,
        "page": True,
        "who": "Ana Ruiz (admin)",
        "hint": "No patients yet. Choose New patient (Ctrl+N) to add the first one.",
    }
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700  # as the README says
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    with Store.open(database) as store:
        assert store.settings.get(SettingKey.CLINIC, {})["name"] == "Riverside Sports Physio"


# In a process of its own: a dialog of its own event loop, and no windows left by other tests.
BUILD_DEMO = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kneedesk.services import demo
from kneedesk.gui import demo_progress

app = QApplication([])
demo.NAMES = demo.NAMES[:4]
demo_progress.SHOW_AFTER_MS = 0
steps = []
original = demo_progress.DemoProgressDialog.advance

def advance(dialog, done, total):
    original(dialog, done, total)
    steps.append([done, total, dialog.isVisible(), dialog.labelText()])

demo_progress.DemoProgressDialog.advance = advance
made = demo_progress.build_demo_clinic(Path(sys.argv[1]))
again = demo_progress.build_demo_clinic(Path(sys.argv[1]))
print(json.dumps({"made": made, "again": again, "steps": steps}))
"""


def test_building_the_demo_clinic_shows_progress_and_keeps_the_app_responsive(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", BUILD_DEMO, str(tmp_path / "demo.kneedesk")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    steps = seen["steps"]
    # Each step reaches the dialog as a queued signal handled by the GUI thread's event loop
    # while the worker goes on with the next runner: the app kept handling events.
    assert [(made, total) for made, total, _, _ in steps] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert all(visible for _, _, visible, _ in steps)
    assert steps[-1][3].startswith("Preparing the demo clinic")
    assert steps[-1][3].endswith("4 of 4 runners")
    assert seen["made"] is True
    assert seen["again"] is False  # a second start finds it there and makes nothing
