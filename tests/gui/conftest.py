"""Shared GUI fixtures: a real store on disk and a logged-in main window."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from clipping import app_style
from dialog_helpers import cancel_pending_modals
from leak_guard import fail_on_leaks
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneedesk.gui import languages
from kneedesk.gui.background import wait_for_background_work
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Role
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"
STYLED = {"styled", "appearance"}  # fixtures that apply the app's appearance (see below)


def fast_hasher() -> PasswordHasher:
    """Cheap argon2id parameters so tests do not spend seconds hashing."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the application's stylesheet run first.

    Setting and clearing the application's stylesheet re-polishes every widget alive, and GUI
    tests keep their windows to the end of the session (deleting them freed chart items
    twice): late in the suite one `styled` test re-polished thousands of widgets. Run first,
    they meet few. The order within each group is kept.
    """
    items.sort(key=lambda item: 0 if STYLED & set(getattr(item, "fixturenames", ())) else 1)


@pytest.fixture(autouse=True)
def nothing_left_running(qapp: QApplication) -> Iterator[None]:
    """Fails a test that leaves a thread running or a window open (see `leak_guard`).

    First among the function fixtures, so its check runs after every other fixture has torn
    down (and after pytest-qt closed the widgets given to `qtbot.addWidget`)."""
    with fail_on_leaks():
        yield


@pytest.fixture(autouse=True, scope="session")
def qt_file_dialogs(qapp: QApplication) -> Iterator[None]:
    """The app uses the system's file dialogs; tests use Qt's own, which they can answer."""
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


@pytest.fixture(autouse=True)
def own_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Window sizes and places are remembered in a folder of this test, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_computer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tests' computer speaks English whatever this machine's locale, and a test that
    switched the GUI's language leaves it English for the next."""
    monkeypatch.setattr(languages, "system_language", lambda: "en")
    yield
    languages.install_language("en")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Each test's garbage is collected here, on the GUI thread (see the session fixture)."""
    yield
    gc.collect()


@pytest.fixture(autouse=True, scope="session")
def main_thread_gc_for_the_session() -> Iterator[None]:
    """As in the app (`kneedesk.gui.main_thread_gc`): no automatic collection, which could
    run on a render or backup worker and delete a Qt object there; each test's teardown
    collects on the GUI thread instead."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def no_waiting_for_dialogs() -> Iterator[None]:
    """A test's waits for dialogs that never opened end with it, so none answers a later
    test's dialog."""
    yield
    cancel_pending_modals()


def hand_back_without_password(window: MainWindow) -> None:
    """Leave patient mode without the prompt, so closing the window at the end of a test does
    not wait on a password nobody types."""
    page = window._visit  # not `visit`: closing must not make the page
    if page is not None and page.wizard is not None:
        page.wizard.leave_patient_mode()


@pytest.fixture
def styled() -> Iterator[QApplication]:
    """The application's light appearance (stylesheet, palette) for the test's duration, as
    users see it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with app_style():
        yield app


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new clinic database with an administrator account 'ana'."""
    s = Store.open(tmp_path / "clinic.kneedesk", hasher=fast_hasher())
    s.settings.save_one(SettingKey.CLINIC, {"name": "Riverside Sports Clinic"})
    s.accounts.create(username="ana", display_name="Ana Ruiz", password=PASSWORD, role=Role.ADMIN)
    s.accounts.create(username="ben", display_name="Ben Ode", password=PASSWORD)
    yield s
    s.close()


def log_in(window: MainWindow, username: str = "ana", password: str = PASSWORD) -> None:
    """Type credentials into the login screen and submit."""
    window.login.ui.username.setText(username)
    window.login.ui.password.setText(password)
    window.login.attempt()


@pytest.fixture
def login() -> Callable[..., None]:
    """The log_in helper, for tests that lock and unlock."""
    return log_in


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    """The main window, logged in as 'ana', on the patient list.

    Closed at the end as the app closes it: then the jobs it started (a render, a backup) are
    waited for and their results delivered, before the database closes."""
    w = MainWindow(store)
    qtbot.addWidget(w, before_close_func=hand_back_without_password)
    w.resize(1366, 768)
    w.show()
    log_in(w)
    assert w.front.currentWidget() is w.work
    yield w
    wait_for_background_work()  # after pytest-qt closed the window, as `gui.app` does
