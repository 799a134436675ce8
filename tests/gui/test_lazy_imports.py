"""Start-up stays light: the charts, PDF and PDF-preview libraries are not loaded until the
patient list accepts input; the charts are then loaded ahead while the app is idle, so the
first chart view does not wait for them (the PDF libraries load when first used)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

HEAVY = ("pyqtgraph", "reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets")

START_UP = textwrap.dedent(
    """
    import json, sys
    from argon2 import PasswordHasher
    from PySide6.QtWidgets import QApplication
    from kneedesk.gui.app import make_application
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.clinicians import Role
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


def run_script(script: str, database: Path) -> Any:
    """Run `script` in a fresh offscreen interpreter on `database`; the JSON it printed last."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_start_up_to_the_patient_list_loads_no_chart_or_pdf_library(tmp_path: Path) -> None:
    modules = run_script(START_UP, tmp_path / "clinic.kneedesk")
    loaded = [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert loaded == []


PAGES_ON_FIRST_USE = textwrap.dedent(
    """
    import json, sys
    from argon2 import PasswordHasher
    from kneedesk.gui.app import make_application
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.clinicians import Role
    from kneedesk.store.store import Store

    def loaded():
        return sorted(m for m in sys.modules if m.startswith(("kneedesk", "importlib.metadata")))

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    store = Store.open(sys.argv[1], hasher=hasher)
    store.accounts.create("ana", "Ana Ruiz", "correct horse battery", Role.ADMIN)
    app = make_application(sys.argv[:1])
    window = MainWindow(store)
    window.show()
    app.processEvents()

    def log_in():
        window.login.ui.username.setText("ana")
        window.login.ui.password.setText("correct horse battery")
        window.login.attempt()
        app.processEvents()
        assert window.front.currentWidget() is window.work, "not logged in"

    log_in()
    window.lock()  # neither page made yet: locking, unlocking and logging out still work
    log_in()
    window.logout()
    log_in()
    at_start = loaded()
    patient = store.patients.create(chart_number="A-1", given_name="Zoë", family_name="Ångström")
    visit = store.visits.create_draft(patient.id, visit_date="2026-11-20")
    window.show_patient(patient.id)
    window.record.wait_until_loaded()
    app.processEvents()
    assert window.work.currentWidget() is window.record
    window.open_visit(visit.id)
    app.processEvents()
    assert window.work.currentWidget() is window.visit, "the visit page is not shown"
    assert window.visit.visit is not None and window.visit.visit.id == visit.id
    assert window.visit.wizard is not None, "no wizard"
    window.show_patients()  # closes the visit, back to its patient
    app.processEvents()
    assert window.work.currentWidget() is window.record
    window.open_visit(visit.id)
    window.lock()
    log_in()
    assert window.work.currentWidget() is window.visit, "unlocking left the visit"
    window.close()
    store.close()
    print(json.dumps(at_start))
    """
)


def test_record_and_visit_pages_are_made_when_first_used(tmp_path: Path) -> None:
    at_start = run_script(PAGES_ON_FIRST_USE, tmp_path / "clinic.kneedesk")
    assert "kneedesk.gui.main_window" in at_start
    later = (
        "kneedesk.gui.visit.page",
        "kneedesk.gui.patients.record_page",
        # needed only when a patient is added or edited, a visit started or amended
        "kneedesk.gui.patients.dialog",
        "kneedesk.services.today_draft",
        "kneedesk.services.addendum",
    )
    assert [m for m in at_start if m in later or m.startswith("kneedesk.gui.screen")] == []
    assert "importlib.metadata" not in at_start  # the version is read only when asked for


CHARTS_AHEAD = textwrap.dedent(
    """
    import json, sys, time
    from argon2 import PasswordHasher
    from kneedesk.gui.app import make_application
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.accounts import Role
    from kneedesk.store.store import Store

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    store = Store.open(sys.argv[1], hasher=hasher)
    store.accounts.create("ana", "Ana Ruiz", "correct horse battery", Role.ADMIN)
    app = make_application(sys.argv[:1])
    window = MainWindow(store)
    window.show()
    app.processEvents()
    before_login = "pyqtgraph" in sys.modules
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText("correct horse battery")
    window.login.attempt()
    deadline = time.monotonic() + 60
    while "kneedesk.gui.progress.view" not in sys.modules and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    result = {
        "before_login": before_login,
        "loaded": sorted(
            m for m in ("pyqtgraph", "kneedesk.gui.progress.view") if m in sys.modules
        ),
        "record_page_made": window._record is not None,
    }
    window.close()
    store.close()
    print(json.dumps(result))
    """
)


def test_charts_are_loaded_ahead_once_the_signed_in_app_is_idle(tmp_path: Path) -> None:
    seen = run_script(CHARTS_AHEAD, tmp_path / "clinic.kneedesk")
    assert seen["before_login"] is False  # not while the login screen is up
    assert seen["loaded"] == ["kneedesk.gui.progress.view", "pyqtgraph"]
    assert seen["record_page_made"] is False  # loaded ahead, not by opening a chart


LIST_AFTER_LOGIN_PAINT = textwrap.dedent(
    """
    import json, sys, time
    from argon2 import PasswordHasher
    from kneedesk.gui.app import make_application
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.clinicians import Role
    from kneedesk.store.store import Store

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    store = Store.open(sys.argv[1], hasher=hasher)
    store.accounts.create("ana", "Ana Ruiz", "correct horse battery", Role.ADMIN)
    store.patients.create(chart_number="A-1", given_name="Zoë", family_name="Ångström")
    app = make_application(sys.argv[:1])
    window = MainWindow(store)
    before_shown = "kneedesk.gui.patients.list_page" in sys.modules
    window.show()
    deadline = time.monotonic() + 60
    while "kneedesk.gui.patients.list_page" not in sys.modules and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    made_at_login_screen = window.front.currentWidget() is window.login
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText("correct horse battery")
    window.login.attempt()
    app.processEvents()
    result = {
        "before_shown": before_shown,
        "made_at_login_screen": made_at_login_screen,
        "list_shown": window.work.currentWidget() is window.patients,
        "rows": window.patients.model.rowCount(),
    }
    window.close()
    store.close()
    print(json.dumps(result))
    """
)


def test_patient_list_is_made_after_the_login_screen_painted(tmp_path: Path) -> None:
    """The list is not seen until the login: it does not delay the login screen, and is made
    while the clinician types, so the login still opens straight onto it."""
    seen = run_script(LIST_AFTER_LOGIN_PAINT, tmp_path / "clinic.kneedesk")
    assert seen == {
        "before_shown": False,
        "made_at_login_screen": True,
        "list_shown": True,
        "rows": 1,
    }
