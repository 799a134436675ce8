"""Start-up stays light: the charts, PDF and PDF-preview libraries load only when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

HEAVY = ("pyqtgraph", "reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets")

START_UP = textwrap.dedent(
    """
    import json, sys
    from argon2 import PasswordHasher
    from PySide6.QtWidgets import QApplication
    from kneedesk.gui.app import make_application
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.accounts import Role
    from kneedesk.store.store import Store

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    store = Store.open(sys.argv[1], hasher=hasher)
    store.accounts.create("ana", "Ana Ruiz", "correct horse battery", Role.ADMIN)
    store.patients.create(chart_number="A-1", given_name="Zoë", family_name="Ångström")
    app = make_application(sys.argv[:1])
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText("correct horse battery")
    window.login.attempt()
    window.show_patients()
    window.patients.search.setText("zo")
    app.processEvents()
    assert window.front.currentWidget() is window.work, "not logged in"
    assert window.patients.model.rowCount() == 1, "the patient list is not showing"
    print(json.dumps(sorted(sys.modules)))
    window.close()
    store.close()
    """
)


def test_start_up_to_the_patient_list_loads_no_chart_or_pdf_library(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START_UP, str(tmp_path / "clinic.kneedesk")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    loaded = [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert loaded == []
