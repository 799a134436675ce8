"""Outside the tests, every file dialog is the system's own (Finder, Explorer, the desktop's);
the tests switch to Qt's own for the whole application, which they can answer."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any, cast

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui.progress.save_dialog import ask_export_path
from kneedesk.gui.reports.actions import ReportIssuer
from kneedesk.gui.settings.backups_tab import BackupsTab

QTS_OWN = QFileDialog.Option.DontUseNativeDialog


@pytest.fixture
def asked_for_qts_own(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each file dialog opened (then cancelled): whether it asked for Qt's own dialog."""
    asked: list[bool] = []

    def exec_(dialog: QFileDialog) -> int:
        asked.append(dialog.testOption(QTS_OWN))
        return 0

    def static(result: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            options = kwargs.get("options")
            if options is None:
                options = next((a for a in args if isinstance(a, QFileDialog.Option)), None)
            asked.append(bool(options is not None and options & QTS_OWN))
            return result

        return staticmethod(call)

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", static(("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", static(""))
    return asked


def test_the_app_does_not_turn_native_dialogs_off() -> None:
    # In a process of its own: the app's set-up also styles the whole application.
    code = (
        "from PySide6.QtCore import Qt\n"
        "from kneedesk.gui.app import make_application\n"
        "app = make_application(['kneedesk'])\n"
        "print(app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def test_no_file_dialog_asks_for_qts_own(qtbot: QtBot, asked_for_qts_own: list[bool]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask_export_path(parent, "Kujala score", "png") is None
    issuer = ReportIssuer(cast(Any, None), parent, lambda text: None)
    assert issuer.ask_pdf_path("handout.pdf") is None
    assert BackupsTab._ask_for_folder(cast(Any, parent), "") == ""
    assert BackupsTab._ask_for_file(cast(Any, parent), "") == ""
    assert asked_for_qts_own == [False, False, False, False]
