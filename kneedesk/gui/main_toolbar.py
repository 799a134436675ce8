"""The main window's tool bar: Patients and Settings on the left; the clinician signed in,
Lock, Log out and Quit on the right, each with its shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar, QWidget

from kneedesk.store.clinicians import Clinician, Role


class MainToolbar(QToolBar):
    """The actions the window's slots answer; `who` names the clinician signed in."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        patients: Callable[[], object],
        settings: Callable[[], object],
        lock: Callable[[], object],
        logout: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Main"))
        self.setObjectName("mainToolbar")
        self.setMovable(False)
        self.act_patients = self._action(self.tr("Patients"), "Ctrl+Shift+P", patients)
        self.act_settings = self._action(self.tr("Settings"), "Ctrl+,", settings)
        self.addSeparator()
        self.who = QLabel()
        self.who.setObjectName("currentClinician")
        self.who.setProperty("role", "muted")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.addWidget(self.who)
        self.act_lock = self._action(self.tr("Lock"), "Ctrl+L", lock)
        self.act_logout = self._action(self.tr("Log out"), "Ctrl+Shift+Q", logout)
        self.act_quit = self._quit_action(window)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.parent())
        action.setShortcut(QKeySequence(shortcut))
        self._tip(action)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _tip(self, action: QAction) -> None:
        # Translators: a tool bar button's tooltip: its name, then its keyboard shortcut.
        action.setToolTip(
            self.tr("{action} ({shortcut})").format(
                action=action.text(), shortcut=action.shortcut().toString()
            )
        )

    def retranslate(self) -> None:
        """The actions' names again, in the language the GUI speaks now."""
        self.setWindowTitle(self.tr("Main"))
        for action, text in (
            (self.act_patients, self.tr("Patients")),
            (self.act_settings, self.tr("Settings")),
            (self.act_lock, self.tr("Lock")),
            (self.act_logout, self.tr("Log out")),
            (self.act_quit, self.tr("Quit")),
        ):
            action.setText(text)
            self._tip(action)

    def show_clinician(self, clinician: Clinician) -> None:
        """Name the clinician signed in, with their role."""
        # Translators: the role beside the name of the clinician signed in, in lower case.
        admin, clinician_role = self.tr("admin"), self.tr("clinician")
        role = admin if clinician.role is Role.ADMIN else clinician_role
        self.who.setText(self.tr("{name} ({role})").format(name=clinician.display_name, role=role))

    def _quit_action(self, window: QMainWindow) -> QAction:
        """Closes as the close button does (`closeEvent`). Ctrl+Q as well as the platform's
        Quit key (none on Windows); the window's own action too, for the lock screen."""
        action = self._action(self.tr("Quit"), "Ctrl+Q", window.close)
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")]
        unique = list(dict.fromkeys(k for k in keys if not k.isEmpty()))  # no key twice
        action.setShortcuts(unique)
        action.setMenuRole(QAction.MenuRole.QuitRole)
        window.addAction(action)
        return action
