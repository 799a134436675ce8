"""The login screen, also used as the lock screen: nothing behind it shows patient data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from kneedesk.gui.forms.ui_login import Ui_LoginForm
from kneedesk.store.errors import (
    CorruptDatabaseError,
    LoginFailedError,
    ServerUnavailableError,
)

# Called with (username, password); returns the clinician or raises LoginFailedError.
Authenticate = Callable[[str, str], Any]


class LoginWidget(QWidget):
    """Username and password; emits `loggedIn(clinician)` on success."""

    loggedIn = Signal(object)
    switchRequested = Signal()

    def __init__(
        self,
        authenticate: Authenticate,
        clinic_name: str,
        *,
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginForm()
        self.ui.setupUi(self)
        self.setObjectName("LoginForm")
        self._authenticate = authenticate
        self.ui.clinicName.setText(clinic_name or "KneeDesk")
        self.ui.error.setProperty("role", "error")
        self.ui.hint.setProperty("role", "muted")
        self.ui.hint.setText(hint)
        self.ui.hint.setVisible(bool(hint))
        self.ui.loginButton.clicked.connect(self.attempt)
        self.ui.password.returnPressed.connect(self.attempt)
        self.ui.username.returnPressed.connect(self.ui.password.setFocus)
        self._locked_user: str | None = None
        self._fit_card()

    def _fit_card(self) -> None:
        """Make the card as tall as its wrapped lines need at its fixed width.

        A layout item centred with an alignment is sized from its size hint, which does not
        ask wrapped labels how tall they are at the real width, so they would be squeezed.
        `totalHeightForWidth` counts the card's own padding (from the stylesheet), which
        narrows the labels and adds to the height; `heightForWidth` would leave it out and
        clip the clinic name's last line.
        """
        layout = self.ui.card.layout()
        if layout is not None:
            self.ui.card.ensurePolished()  # the stylesheet's padding and fonts apply on polish
            width = self.ui.card.minimumWidth()
            self.ui.card.setMinimumHeight(layout.totalHeightForWidth(width))

    def lock_to(self, username: str, display_name: str) -> None:
        """Show as a lock screen for this clinician (another may still log in instead)."""
        self._locked_user = username
        self.ui.heading.setText(
            self.tr("Locked. {name}, enter your password to continue.").format(name=display_name)
        )
        self.ui.username.setText(username)
        self.ui.password.clear()
        self.ui.error.clear()
        self.ui.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_card()

    def reset(self) -> None:
        """Back to a plain login screen."""
        self._locked_user = None
        self.ui.heading.setText(self.tr("Log in to continue"))
        self.ui.username.clear()
        self.ui.password.clear()
        self.ui.error.clear()
        self.ui.username.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_card()

    def attempt(self) -> None:
        """Check the typed credentials; show why on failure."""
        username = self.ui.username.text().strip()
        password = self.ui.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter your username and password."))
            return
        try:
            clinician = self._authenticate(username, password)
        except LoginFailedError as exc:
            self.ui.password.clear()
            self._show_error(f"{exc.what} {exc.todo}".strip())
            self.ui.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except CorruptDatabaseError as exc:  # the start-up check's verdict, waited for
            self.ui.password.clear()
            self._show_error(exc.what)
            return
        except ServerUnavailableError as exc:  # only the clinician who locked may come back
            self.ui.password.clear()
            self._show_error(f"{exc.what} {exc.todo}".strip())
            return
        self.ui.password.clear()
        self.ui.error.clear()
        self._fit_card()
        self.loggedIn.emit(clinician)

    def _show_error(self, text: str) -> None:
        self.ui.error.setText(text)
        self._fit_card()
