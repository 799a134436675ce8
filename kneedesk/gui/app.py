"""The composition root: open the database before any window, then hand out repositories."""

from __future__ import annotations

import logging
import sys
from enum import Enum, auto
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kneedesk.gui.background import run_in_background, wait_for_background_work
from kneedesk.gui.clinic_server.startup import (
    UseFile,
    instance_key,
    open_server_store,
    show_server_status,
)
from kneedesk.gui.clinic_server.workstation import read_choice
from kneedesk.gui.errors import ExceptionHook, show_store_error
from kneedesk.gui.fault_log import enable_fault_log
from kneedesk.gui.languages import install_language, system_language
from kneedesk.gui.single_instance import FOREIGN_MESSAGE, InstanceServer, Running, notify_running
from kneedesk.gui.theme import follow_system
from kneedesk.store.errors import StoreError
from kneedesk.store.paths import default_data_dir, default_db_path
from kneedesk.store.postgres.settings import ServerSettings
from kneedesk.store.store import Store

log = logging.getLogger(__name__)
APP_NAME = "KneeDesk"
DESKTOP_ID = "org.kneedesk.KneeDesk"


def cannot_open_title() -> str:
    """The title of the message when the database cannot be opened."""
    return QCoreApplication.translate("App", "KneeDesk cannot open the database")


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (a hard crash's trace too, copied in
    at the next start); return its path."""
    folder = Path(user_log_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kneedesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    enable_fault_log(folder)
    return path


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with KneeDesk's name, icon and appearance (light or dark, as the OS)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # No setApplicationVersion: nothing asks Qt for it, and reading the version costs 20-40 ms
    # of every start (`kneedesk.version`). Crash reports read it when they are written.
    app.setOrganizationName(APP_NAME)
    # Wayland matches the window to packaging/linux/org.kneedesk.KneeDesk.desktop (and its icon).
    app.setDesktopFileName(DESKTOP_ID)
    follow_system(app)  # the stylesheet and palette, again whenever the OS switches
    # The computer's language until a clinician signs in (then theirs: MainWindow).
    install_language(system_language())
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def app_icon() -> QIcon | None:
    """The bundled application icon (read into memory, so it works from any install)."""
    from importlib.resources import files

    resource = files("kneedesk.resources").joinpath("icons", "kneedesk.svg")
    if not resource.is_file():
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(resource.read_bytes(), "SVG"):
        return None
    return QIcon(pixmap)


def demo_db_path() -> Path:
    """Where `kneedesk --demo` keeps the demo clinic (apart from real records)."""
    return default_data_dir() / "demo.kneedesk"


class Switched(Enum):
    """The first-run set-up connected this workstation to the clinic server instead."""

    TO_SERVER = auto()


def run_gui(db: str | None = None, *, demo: bool = False, argv: list[str] | None = None) -> int:
    """Start the desktop app on a database; return the exit status."""
    log_path = setup_logging()
    app = make_application(argv if argv is not None else sys.argv[:1])
    hook = ExceptionHook(str(log_path))
    hook.install()
    try:
        status = _start(app, db, demo)
        while status is Switched.TO_SERVER:  # open the clinic server now, as set up
            status = _start(app, db, demo)
        return status
    finally:
        hook.uninstall()


def _start(app: QApplication, db: str | None, demo: bool) -> int | Switched:
    """Open the store this workstation uses and run the app on it."""
    path = Path(db) if db else (demo_db_path() if demo else default_db_path())
    # Clinic server mode, as this workstation's settings say (a file named on the command
    # line, or the demo, is always that file).
    choice = read_choice() if not db and not demo else None
    server = choice.server if choice is not None and choice.uses_server else None
    if server is not None:
        path = instance_key(server)  # one KneeDesk per workstation and server
    running = notify_running(path)
    if running is Running.KNEEDESK:
        log.info("KneeDesk is already open on %s; brought it to the front", path)
        return 0
    if running is Running.FOREIGN:
        log.warning("another program holds the single-instance name for %s", path)
        QMessageBox.warning(
            None, APP_NAME, QCoreApplication.translate("SingleInstance", FOREIGN_MESSAGE)
        )
    hint = ""
    try:
        if demo:
            from kneedesk.gui.demo_progress import build_demo_clinic
            from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME

            if db:  # the demo's own folder is the user's data folder, made user-only
                path.parent.mkdir(parents=True, exist_ok=True)
            build_demo_clinic(path)  # with a progress dialog: the first time takes seconds
            hint = QCoreApplication.translate(
                "App", "Demo clinic: log in as {username} with password {password}"
            ).format(username=DEMO_USERNAME, password=DEMO_PASSWORD)
        opened = open_server_store(choice) if choice is not None and server else None
        if server is not None and opened is None:
            return 0  # "Quit" at the clinic server's dialog
        if isinstance(opened, Store):
            store = opened
        else:  # this workstation's file (or switched back to it at start-up)
            if isinstance(opened, UseFile):
                server, path = None, default_db_path()
            # The whole-file check runs on a worker while the login screen is up (see
            # _check_while_login_shows); every write waits for its verdict.
            store = Store.open(path, require_session=True, defer_check=True)
    except StoreError as exc:
        show_store_error(None, exc, cannot_open_title())
        return 1
    instance = InstanceServer(path)
    if not instance.listen():
        log.warning("could not listen for second launches on %s", instance.name)
    try:
        return _run_with_store(app, store, instance, hint, clinic_server=server)
    except StoreError as exc:  # damage met before the start-up check's verdict
        show_store_error(None, exc, cannot_open_title())
        return 1
    finally:
        instance.close()
        wait_for_background_work()  # a backup may still be reading the database
        store.close()


def _run_with_store(
    app: QApplication,
    store: Store,
    server: InstanceServer,
    hint: str,
    *,
    clinic_server: ServerSettings | None = None,
) -> int | Switched:
    from kneedesk.gui.main_thread_gc import MainThreadGarbageCollector
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.gui.window_geometry import show_restored

    if not store.accounts.has_accounts():
        from kneedesk.gui.setup_dialog import ClinicSetupDialog

        setup = ClinicSetupDialog(store, offer_server=clinic_server is None)
        if not setup.exec():
            return Switched.TO_SERVER if setup.chose_server else 0
    window = MainWindow(store, login_hint=hint)
    server.activated.connect(window.bring_to_front)
    hook = sys.excepthook
    if isinstance(hook, ExceptionHook) and window.server_link is not None:
        hook.server_unreachable = window.server_link.lost  # a banner, not a crash report
    for warning in store.warnings:
        QMessageBox.warning(window, APP_NAME, warning)
    if clinic_server is not None:
        show_server_status(window, clinic_server)
    show_restored(window)  # as last left, or fitted to the screen (maximised on a laptop)
    if store.current is not None:  # the set-up dialog signed the new administrator in
        window.start_session(store.current)
    window.backups.start()  # the day's backup, then the reminder if backups are overdue
    # Last: the GUI thread has done its start-up reads, so none waits for the check.
    check = _check_while_login_shows(app, window, store)
    collector = MainThreadGarbageCollector(app)  # never collect Qt objects on a worker
    try:
        status = app.exec()
        if check.refused:
            status = 1
        # While the window (and so the backup's callbacks) still exists: finish and record.
        wait_for_background_work()
    finally:
        collector.stop()
    return status


class _DeferredCheck:
    """The start-up check of the whole database file, on a worker thread."""

    def __init__(self, app: QApplication, window: QWidget, store: Store) -> None:
        self.refused = False
        self._app = app
        self._window = window
        self.job = run_in_background(store.check_integrity, self._ok, self._refuse)

    def _ok(self, _result: object) -> None:
        log.info("the database passed its start-up check")

    def _refuse(self, exc: Exception) -> None:
        """A damaged file: nothing was written to it; say so and close."""
        self.refused = True
        self._window.hide()
        if isinstance(exc, StoreError):
            show_store_error(None, exc, cannot_open_title())
        else:  # pragma: no cover - the check turns every failure into a StoreError
            log.error("the database check failed: %s", exc)
        self._app.exit(1)


def _check_while_login_shows(app: QApplication, window: QWidget, store: Store) -> _DeferredCheck:
    """Start SQLite's quick_check of the file on a worker, on the store's connection.

    The check reads the whole file (about 3 ms per MB), so it no longer delays the login
    screen. The store makes every write wait for the verdict (a login records itself), and
    refuses a damaged file before anything is written; here the window then closes with
    the same message the check at open gave.
    """
    return _DeferredCheck(app, window, store)
