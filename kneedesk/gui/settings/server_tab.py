"""The Settings dialog's Clinic server tab: where this workstation's records are.

"This workstation only" keeps them in the SQLite file on this computer; "Clinic server"
connects to the clinic's PostgreSQL database. The choice and the server's details are kept
in this workstation's settings, the password in the computer's keychain; a change takes
effect the next time KneeDesk starts. "Test connection" connects on a worker thread and
shows what is wrong under the field to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.background import BackgroundJob, run_in_background
from kneedesk.gui.clinic_server.diagnosis import Diagnosis, Field, Problem, diagnose
from kneedesk.gui.clinic_server.messages import problem_text
from kneedesk.gui.clinic_server.workstation import (
    KeychainError,
    StoreChoice,
    StoreMode,
    read_choice,
    read_password,
    save_choice,
    save_password,
)
from kneedesk.gui.settings.fields import prepare_error_label, show_field_problem
from kneedesk.gui.start_folder import start_folder
from kneedesk.store.postgres.settings import ServerSettings


def ask_for_ca_file(parent: QWidget, start: str) -> str:
    """The system's file dialog for the CA certificate; "" when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ServerTab", "Choose the clinic's CA certificate"),
        str(start_folder(start)),
        QCoreApplication.translate("ServerTab", "Certificates (*.pem *.crt *.cer);;All files (*)"),
    )
    return chosen


class ServerTab(QWidget):
    """Where this workstation's records are, and how it reaches the clinic server."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        editable: bool = True,
        choose_ca_file: Callable[[str], str] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverTab")
        self._settings = settings
        self._choose = choose_ca_file or (lambda start: ask_for_ca_file(self, start))
        self.editable = editable
        self.test_job: BackgroundJob | None = None
        self.last_result: Diagnosis | None = None
        self._loaded: tuple[StoreChoice, str] | None = None

        self.file_mode = QRadioButton(
            self.tr("This workstation only (file on this computer)"), self
        )
        self.file_mode.setObjectName("fileMode")
        self.server_mode = QRadioButton(self.tr("Clinic server"), self)
        self.server_mode.setObjectName("serverMode")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.file_mode)
        self.modes.addButton(self.server_mode)
        self.mode_note = QLabel(
            self.tr(
                "With the clinic server, every workstation of the clinic works on the same "
                "patients. A change here takes effect the next time KneeDesk starts."
            ),
            self,
        )

        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. clinic-server.local"))
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setMaximumWidth(110)
        self.database = QLineEdit(self)
        self.database.setObjectName("serverDatabase")
        self.database.setPlaceholderText("kneedesk")
        self.user = QLineEdit(self)
        self.user.setObjectName("serverUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in this computer's keychain"))
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("serverCaFile")
        self.ca_file.setPlaceholderText(self.tr("Not needed for a server on this computer"))
        self.choose_ca = QPushButton(self.tr("Choose…"), self)
        self.choose_ca.setObjectName("chooseCaFile")
        self.choose_ca.clicked.connect(self._pick_ca_file)
        self.test = QPushButton(self.tr("Test connection"), self)
        self.test.setObjectName("testConnection")
        self.test.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)

        self.errors: dict[Field, QLabel] = {}
        for field in Field:
            if field is Field.PORT:
                continue  # a port no server answers at is said at the server's name
            label = QLabel(self)
            label.setObjectName(f"{field.name.lower()}Error")
            prepare_error_label(label)
            self.errors[field] = label
        self.inputs: dict[Field, QWidget] = {
            Field.HOST: self.host,
            Field.PORT: self.port,
            Field.DATABASE: self.database,
            Field.USER: self.user,
            Field.PASSWORD: self.password,
            Field.CA_FILE: self.ca_file,
        }
        self._lay_out()
        self.server_mode.toggled.connect(self._mode_changed)
        if not editable:
            for widget in (self.file_mode, self.server_mode, *self.inputs.values()):
                widget.setEnabled(False)
            self.choose_ca.setEnabled(False)
            self.setToolTip(self.tr("Only an administrator can change this."))
        self.load()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setContentsMargins(24, 0, 0, 0)  # under "Clinic server"
        host_row = QHBoxLayout()
        host_row.setContentsMargins(0, 0, 0, 0)
        host_row.setSpacing(6)
        port_label = QLabel(self.tr("P&ort"), self)
        port_label.setBuddy(self.port)
        host_row.addWidget(self.host, 1)
        host_row.addSpacing(6)
        host_row.addWidget(port_label)
        host_row.addWidget(self.port)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.setSpacing(6)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        rows: list[tuple[str, QWidget, QHBoxLayout | None, Field]] = [
            (self.tr("Ser&ver"), self.host, host_row, Field.HOST),
            (self.tr("&Database"), self.database, None, Field.DATABASE),
            (self.tr("&User"), self.user, None, Field.USER),
            (self.tr("Pass&word"), self.password, None, Field.PASSWORD),
            (self.tr("TLS &CA file"), self.ca_file, ca_row, Field.CA_FILE),
        ]
        for row, (text, widget, layout, field) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 2 * row, 0)
            if layout is not None:
                grid.addLayout(layout, 2 * row, 1)
            else:
                grid.addWidget(widget, 2 * row, 1)
            grid.addWidget(self.errors[field], 2 * row + 1, 1)
        grid.setColumnStretch(1, 1)
        test_row = QHBoxLayout()
        test_row.setContentsMargins(24, 8, 0, 0)
        test_row.setSpacing(12)
        test_row.addWidget(self.test)
        test_row.addWidget(self.result, 1)
        self.mode_note.setWordWrap(True)
        self.mode_note.setProperty("role", "muted")
        body = QWidget(self)
        body.setObjectName("serverTabBody")
        column = QVBoxLayout(body)
        column.setSpacing(6)
        column.addWidget(self.file_mode)
        column.addWidget(self.server_mode)
        column.addLayout(grid)
        column.addLayout(test_row)
        self.errors[Field.GENERAL].setContentsMargins(24, 0, 0, 0)
        column.addWidget(self.errors[Field.GENERAL])
        column.addSpacing(8)
        column.addWidget(self.mode_note)
        column.addStretch(1)
        # Scrolls only when every field has a long message under it at once.
        scroll = QScrollArea(self)
        scroll.setObjectName("serverTabScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)  # on the tab's own background
        body.setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- model -> widgets -------------------------------------------------------------------

    def load(self) -> None:
        """Show this workstation's choice and the password the keychain keeps."""
        choice = read_choice(self._settings)
        (self.server_mode if choice.uses_server else self.file_mode).setChecked(True)
        server = choice.server
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database.setText(server.database)
        self.user.setText(server.user)
        self.ca_file.setText(server.ca_file)
        password = ""
        self._show(Field.PASSWORD, None)
        if server.host and server.database:
            try:
                password = read_password(server) or ""
            except KeychainError as exc:
                self._show(Field.PASSWORD, self._keychain_problem(exc))
        self.password.setText(password)
        self._loaded = (self.choice(), password)
        self._mode_changed(choice.uses_server)

    # --- widgets -> model -------------------------------------------------------------------

    def server_settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            ca_file=self.ca_file.text().strip(),
        )

    def choice(self) -> StoreChoice:
        mode = StoreMode.SERVER if self.server_mode.isChecked() else StoreMode.FILE
        return StoreChoice(mode, self.server_settings())

    def changed(self) -> bool:
        """Whether anything differs from what was loaded."""
        return self._loaded != (self.choice(), self.password.text())

    def problems(self) -> dict[Field, str]:
        """Fields left empty that clinic server mode needs (none in file mode)."""
        if not self.server_mode.isChecked():
            return {}
        found: dict[Field, str] = {}
        settings = self.server_settings()
        blanks = (
            (settings.host, Problem.NO_HOST),
            (settings.database, Problem.NO_DATABASE_NAME),
            (settings.user, Problem.NO_USER),
        )
        for value, problem in blanks:
            if not value:
                found[problem.field] = problem_text(Diagnosis(problem), settings.user)
        return found

    def show_problems(self, problems: dict[Field, str]) -> None:
        for field in self.errors:
            if field is not Field.GENERAL:
                self._show(field, problems.get(field))

    def first_invalid(self, problems: dict[Field, str]) -> QWidget | None:
        return next((self.inputs[f] for f in self.inputs if f in problems), None)

    def save(self) -> bool:
        """Keep the choice (QSettings) and the password (keychain); False if the keychain
        refused, with the problem shown at the password field."""
        if not self.editable or not self.changed():
            return True
        choice = self.choice()
        if choice.uses_server or self.password.text():
            try:
                save_password(choice.server, self.password.text())
            except KeychainError as exc:
                self._show(Field.PASSWORD, self._keychain_problem(exc))
                return False
        save_choice(choice, self._settings)
        self._loaded = (choice, self.password.text())
        return True

    # --- the connection test ----------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect on a worker thread; the answer shows when it comes."""
        if self.test_job is not None:
            return
        settings, password = self.server_settings(), self.password.text()
        self.show_problems({})
        self._show(Field.GENERAL, None)
        self.result.setText(self.tr("Connecting to the clinic server…"))
        self.test.setEnabled(False)
        self.test_job = run_in_background(
            lambda: diagnose(settings, password), self._tested, self._test_failed
        )

    def stop_test(self) -> None:
        """Forget a test still connecting (the dialog closed): its answer is dropped."""
        if self.test_job is not None:
            self.test_job.cancel()
            self.test_job = None

    def _tested(self, found: object) -> None:
        self.test_job = None
        self.test.setEnabled(self.server_mode.isChecked())
        assert found is None or isinstance(found, Diagnosis)
        self.last_result = found
        if found is None:
            self.result.setText(self.tr("Connected: the clinic database is ready for KneeDesk."))
            return
        self.result.setText(self.tr("Not connected."))
        self._show(found.problem.field, problem_text(found, self.user.text().strip()))

    def _test_failed(self, exc: Exception) -> None:  # pragma: no cover - diagnose catches all
        self._tested(Diagnosis(Problem.OTHER, str(exc)))

    # --- helpers ----------------------------------------------------------------------------

    def _show(self, field: Field, problem: str | None) -> None:
        label = self.errors.get(field, self.errors[Field.GENERAL])
        show_field_problem(self.inputs.get(field), label, problem)

    def _keychain_problem(self, exc: KeychainError) -> str:
        return self.tr(
            "This computer's keychain could not be used ({error}). KneeDesk keeps the "
            "server's password only there: ask your IT provider to set one up."
        ).format(error=exc)

    def _mode_changed(self, server: bool) -> None:
        for widget in (*self.inputs.values(), self.choose_ca):
            widget.setEnabled(server and self.editable)
        self.test.setEnabled(server and self.test_job is None)
        if not server:
            self.show_problems({})
            self._show(Field.GENERAL, None)
            self.result.clear()

    def _pick_ca_file(self) -> None:
        chosen = self._choose(self.ca_file.text())
        if chosen:
            self.ca_file.setText(str(Path(chosen)))
