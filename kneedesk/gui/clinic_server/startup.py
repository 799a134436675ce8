"""Opening the clinic server at start-up, and what the workstation shows while connected.

A server that cannot be reached is a dialog (Try again, Server settings…, Quit): never a
traceback, and never an empty file opened in its place, which would look like a clinic
without patients.
"""

from __future__ import annotations

import hashlib
import logging
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.clinic_server.diagnosis import Problem, classify
from kneedesk.gui.clinic_server.messages import problem_text
from kneedesk.gui.clinic_server.workstation import KeychainError, StoreChoice, read_password
from kneedesk.gui.settings.fields import fit_bold_text
from kneedesk.gui.settings.server_tab import ServerTab
from kneedesk.store.errors import StoreError
from kneedesk.store.paths import default_data_dir
from kneedesk.store.postgres.settings import ServerSettings
from kneedesk.store.store import Store

log = logging.getLogger(__name__)


class Answer(Enum):
    TRY_AGAIN = auto()
    SETTINGS = auto()
    QUIT = auto()


class UseFile:
    """The workstation was switched back to its own file at start-up."""


def instance_key(server: ServerSettings) -> Path:
    """What a second KneeDesk on this workstation and server is recognised by (see
    `single_instance`): a path of its own under the data folder, never opened as a file."""
    digest = hashlib.sha256(server.keyring_name.encode()).hexdigest()[:16]
    return default_data_dir() / f"clinic-server-{digest}"


def host_and_database(server: ServerSettings) -> tuple[str, str]:
    """The server's name ("this computer" over the local socket) and the database's."""
    # Translators: in "Clinic server: this computer/kneedesk", a server on the same computer.
    here = QCoreApplication.translate("ClinicServer", "this computer")
    return (here if server.local_socket else server.host), server.database


def server_place(server: ServerSettings) -> str:
    """ "Clinic server: host/database" as the status bar shows it."""
    host, database = host_and_database(server)
    # Translators: the status bar in clinic server mode, e.g. "Clinic server: db1/kneedesk".
    place = QCoreApplication.translate("ClinicServer", "Clinic server: {host}/{database}")
    return place.format(host=host, database=database)


def show_server_status(window: QMainWindow, server: ServerSettings) -> QLabel:
    """A permanent note in the window's status bar naming the server the records are on."""
    label = QLabel(server_place(server), window)
    label.setObjectName("clinicServerStatus")
    label.setToolTip(server.label)
    window.statusBar().addPermanentWidget(label)
    return label


def failure_text(exc: StoreError, server: ServerSettings) -> str:
    """What is wrong, for the start-up dialog: the connection test's words when it knows the
    problem, otherwise the store's own message."""
    found = classify(exc)
    if found.problem is Problem.OTHER:
        return f"{exc.what} {exc.todo}".strip()
    return problem_text(found, server.user)


class ServerDownDialog(QMessageBox):
    """The clinic server cannot be reached (or refused this workstation) at start-up."""

    def __init__(self, server: ServerSettings, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("serverDownDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("KneeDesk")
        self.setText(
            self.tr("KneeDesk cannot connect to the clinic server ({place}).").format(
                place="/".join(host_and_database(server))
            )
        )
        self.setInformativeText(
            self.tr(
                "{reason}\n\nThe clinic's records are kept on the server; nothing on this "
                "computer was changed."
            ).format(reason=reason)
        )
        self.try_again = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.settings = self.addButton(
            self.tr("Server settings…"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.try_again)
        self.setEscapeButton(self.quit)
        fit_bold_text(self.try_again)

    def ask(self) -> Answer:
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.try_again:
            return Answer.TRY_AGAIN
        if clicked is self.settings:
            return Answer.SETTINGS
        return Answer.QUIT


class ServerSettingsDialog(QDialog):
    """The Clinic server tab on its own, for start-up (before anyone can sign in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverSettingsDialog")
        self.setWindowTitle(self.tr("Clinic server"))
        self.tab = ServerTab(self)
        self.save_error = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        fit_bold_text(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self.try_save)
        self.finished.connect(self.tab.stop_test)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tab, 1)
        column.addWidget(buttons)
        self.resize(780, 560)

    def try_save(self) -> bool:
        problems = self.tab.problems()
        self.tab.show_problems(problems)
        if problems or not self.tab.save():
            return False
        self.accept()
        return True


def open_server_store(choice: StoreChoice) -> Store | UseFile | None:
    """The clinic server's store; `UseFile` when switched to this workstation's file, None
    to quit. Asks again (Try again, Server settings…, Quit) for as long as it fails."""
    server = choice.server
    while True:
        try:
            password = read_password(server)
        except KeychainError as exc:
            log.warning("the keychain could not be read: %s", exc)
            password = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to the timeout
        try:
            return Store.open_server(server, password, require_session=True)
        except StoreError as exc:
            log.warning("could not open the clinic server %s: %s", server.label, exc)
            reason = failure_text(exc, server)
        finally:
            QApplication.restoreOverrideCursor()
        answer = ServerDownDialog(server, reason).ask()
        if answer is Answer.QUIT:
            return None
        if answer is Answer.SETTINGS:
            dialog = ServerSettingsDialog()
            if dialog.exec():
                changed = dialog.tab.choice()
                if not changed.uses_server:
                    return UseFile()
                server = changed.server
