"""The new-account fields (name, user name, password twice), shared by first run and Settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kneedesk.gui.settings.fields import prepare_error_label, show_field_problem
from kneedesk.store.accounts import AccountRepo
from kneedesk.store.errors import InvalidValueError, StoreError
from kneedesk.store.password_policy import MIN_PASSWORD_LENGTH
from kneedesk.store.password_policy import password_problem as policy_problem

MAX_USERNAME = 64
FIELDS = ("display_name", "username", "password", "confirm")


class AccountForm(Protocol):
    """The widgets an account form has (ui/clinic_setup.ui, ui/account_dialog.ui)."""

    displayName: QLineEdit
    displayNameError: QLabel
    username: QLineEdit
    usernameError: QLabel
    password: QLineEdit
    passwordError: QLabel
    confirm: QLineEdit
    confirmError: QLabel


def password_problem(password: str, names: list[tuple[str, str]] | None = None) -> str | None:
    """What is wrong with a new password under the store's rules, or None.

    `names` are the names the password must not be built on (see `AccountRepo.names_to_avoid`).
    """
    if not password:
        return QCoreApplication.translate(
            "AccountFields", "Enter a password of at least {n} characters."
        ).format(n=MIN_PASSWORD_LENGTH)
    problem = policy_problem(password, names or [])
    return f"{problem[0]} {problem[1]}" if problem else None


def confirm_problem(password: str, confirm: str) -> str | None:
    """What is wrong with the repeated password, or None."""
    if confirm != password:
        return QCoreApplication.translate(
            "AccountFields", "The two passwords differ; type the same password again."
        )
    return None


def store_error_field(exc: StoreError) -> str | None:
    """The account field a store error is about ("username", "password", ...), if any.

    Known by the error's `field`, never by its words: the store words its messages in the
    clinician's language. Any other error (a full disk, a refused permission) is the form's.
    """
    if isinstance(exc, InvalidValueError) and exc.field in FIELDS:
        return exc.field
    return None


class AccountFields:
    """Checks the new-account fields at each field, against the store's rules."""

    def __init__(
        self,
        ui: AccountForm,
        accounts: AccountRepo,
        *,
        with_identity: bool = True,
        identity: Callable[[], tuple[str, str]] | None = None,
        clinic_name: Callable[[], str] | None = None,
    ):
        """`identity` gives (display name, user name) of an existing account whose password
        is being set; `clinic_name` the clinic's name as typed (default: as stored)."""
        self.ui = ui
        self._accounts = accounts
        self._with_identity = with_identity
        self._identity = identity
        self._clinic_name = clinic_name or accounts.clinic_name
        ui.username.setMaxLength(MAX_USERNAME)
        ui.password.setPlaceholderText(
            QCoreApplication.translate("AccountFields", "At least {n} characters").format(
                n=MIN_PASSWORD_LENGTH
            )
        )
        ui.confirm.setPlaceholderText(
            QCoreApplication.translate("AccountFields", "The same password again")
        )
        for field in (ui.password, ui.confirm):  # each hint whole, however long translated
            field.ensurePolished()  # measured in the stylesheet's font
            room = field.fontMetrics().horizontalAdvance(field.placeholderText()) + 32
            field.setMinimumWidth(max(field.minimumWidth(), room))
        for label in self._labels().values():
            prepare_error_label(label)
        # Once a field has shown a problem, it is checked again as the user types.
        for name, widget in self._widgets().items():
            widget.textEdited.connect(lambda _text, n=name: self._recheck(n))
        ui.username.editingFinished.connect(lambda: self._check_now("username"))

    def _widgets(self) -> dict[str, QLineEdit]:
        ui = self.ui
        widgets = {"password": ui.password, "confirm": ui.confirm}
        if self._with_identity:
            widgets = {"display_name": ui.displayName, "username": ui.username, **widgets}
        return widgets

    def _labels(self) -> dict[str, QLabel]:
        ui = self.ui
        labels = {"password": ui.passwordError, "confirm": ui.confirmError}
        if self._with_identity:
            labels = {"display_name": ui.displayNameError, "username": ui.usernameError, **labels}
        return labels

    def values(self) -> tuple[str, str, str]:
        """(display name, user name, password) as typed (names trimmed)."""
        ui = self.ui
        return ui.displayName.text().strip(), ui.username.text().strip(), ui.password.text()

    def problem(self, field: str) -> str | None:
        """What is wrong with one field, or None."""
        name, username, password = self.values()
        if field == "display_name" and not name:
            return QCoreApplication.translate(
                "AccountFields", "Enter the clinician's full name, as printed on handouts."
            )
        if field == "username":
            if not username:
                return QCoreApplication.translate(
                    "AccountFields",
                    "Enter a user name to log in with (e.g. first name or initials).",
                )
            taken = self._accounts.by_username(username)
            if taken is not None:
                # Translators: {username} comes with its quotes, e.g. 'jo'.
                return QCoreApplication.translate(
                    "AccountFields",
                    "The user name {username} is already taken by {name}. "
                    "Choose another user name.",
                ).format(username=repr(username), name=taken.display_name)
        if field == "password":
            if self._identity is not None:
                name, username = self._identity()
            names = self._accounts.names_to_avoid(username, name)
            names[-1] = ("clinic's name", self._clinic_name())
            return password_problem(password, names)
        if field == "confirm":
            return confirm_problem(password, self.ui.confirm.text())
        return None

    def problems(self) -> dict[str, str]:
        """Field -> what to fix, for every field with a problem."""
        found = {name: self.problem(name) for name in self._widgets()}
        return {name: text for name, text in found.items() if text}

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem at its field and clear the others."""
        widgets = self._widgets()
        for name, label in self._labels().items():
            show_field_problem(widgets[name], label, problems.get(name))

    def show_store_error(self, exc: StoreError) -> bool:
        """Show a store error at the field it is about; False if it is about none of them."""
        field = store_error_field(exc)
        if field is None or field not in self._widgets():
            return False
        self.show_problems({field: f"{exc.what} {exc.todo}".strip()})
        return True

    def first_invalid(self, problems: dict[str, str]) -> QWidget | None:
        """The input to focus for the first problem."""
        widgets = self._widgets()
        return next((widgets[n] for n in widgets if n in problems), None)

    def _recheck(self, field: str) -> None:
        labels = self._labels()
        if field == "password" and labels["confirm"].text():
            self._recheck("confirm")
        if labels[field].text():
            show_field_problem(self._widgets()[field], labels[field], self.problem(field))

    def _check_now(self, field: str) -> None:
        widget = self._widgets()[field]
        # Focus also leaves the field when its window closes; nothing to check then.
        if widget.text().strip() and widget.window().isVisible():
            show_field_problem(widget, self._labels()[field], self.problem(field))
