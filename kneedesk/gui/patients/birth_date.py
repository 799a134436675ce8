"""The date-of-birth field: typed as a person types it (YYYY-MM-DD, with or without separators),
or picked on a calendar; an impossible or future date is explained at the field.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QTableView, QToolButton

from kneedesk.core.locale_format import month_name

EARLIEST = date(1900, 1, 1)
EXAMPLE = "1992-03-14"
# Digits and the usual separators only: letters cannot end up in the field.
TYPED = QRegularExpression(r"[0-9 ./-]{0,10}")
_GROUPS = re.compile(r"^(\d{4})[ ./-]+(\d{1,2})[ ./-]+(\d{1,2})$")


def _plausible(year: str, month: str, day: str) -> bool:
    """Whether the parts make a date from 1900 on (the future is checked later)."""
    try:
        return date(int(year), int(month), int(day)) >= EARLIEST
    except ValueError:
        return False


def shown_format() -> str:
    """The field's placeholder: the order of year, month and day, in the clinician's letters."""
    # Translators: the placeholder of the date-of-birth field; keep the order year-month-day.
    return QCoreApplication.translate("BirthDateField", "YYYY-MM-DD")


def format_help() -> str:
    """How to type a date of birth, with an example."""
    return QCoreApplication.translate(
        "BirthDateField", "Type the date as year-month-day ({format}), for example {example}."
    ).format(format=shown_format(), example=EXAMPLE)


def _month_name(month: int) -> str:
    return month_name(month)


class BirthDateError(ValueError):
    """Why a typed date of birth cannot be used, worded for the field's message."""


def parse_birth_date(text: str, today: date) -> date | None:
    """The date typed (None when blank); raises BirthDateError saying what to fix.

    Accepts year-month-day with any of - / . or space between the parts, or 8 digits
    (19920314); a one-digit month or day is fine with separators (1992-3-4).
    """
    typed = text.strip()
    if not typed:
        return None
    if typed.isdigit() and len(typed) == 8:
        parts = (typed[:4], typed[4:6], typed[6:])
        if not _plausible(*parts) and _plausible(typed[4:], typed[2:4], typed[:2]):
            turned = f"{typed[4:]}-{typed[2:4]}-{typed[:2]}"
            raise BirthDateError(
                QCoreApplication.translate(
                    "BirthDateField",
                    "{typed} is not a date in {format}: type the year first, e.g. {turned}.",
                ).format(typed=typed, format=shown_format(), turned=turned)
            )
    elif (match := _GROUPS.match(typed)) is not None:
        parts = (match.group(1), match.group(2), match.group(3))
    else:
        raise BirthDateError(
            QCoreApplication.translate("BirthDateField", "{typed} is not a date. {help}").format(
                typed=typed, help=format_help()
            )
        )
    year, month, day = (int(p) for p in parts)
    if not 1 <= month <= 12:
        raise BirthDateError(
            QCoreApplication.translate(
                "BirthDateField", "{typed}: there is no month {month}; the month is 01 to 12."
            ).format(typed=typed, month=month)
        )
    if year < EARLIEST.year:
        raise BirthDateError(
            QCoreApplication.translate(
                "BirthDateField", "{typed} is before {year}; check the year."
            ).format(typed=typed, year=EARLIEST.year)
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise BirthDateError(
            # Translators: {month} is the month's name, e.g. "February 1993 has days 01 to 28".
            QCoreApplication.translate(
                "BirthDateField", "{typed}: {month} {year} has days 01 to {last}."
            ).format(typed=typed, month=_month_name(month), year=year, last=last)
        )
    born = date(year, month, day)
    if born > today:
        raise BirthDateError(
            QCoreApplication.translate(
                "BirthDateField", "{typed} is in the future; check the year."
            ).format(typed=typed)
        )
    return born


def _fit_calendar(popup: QCalendarWidget) -> None:
    """Make the popup tall enough for six weeks: its size hint ignores the app's font size."""
    table = popup.findChild(QTableView)
    if table is not None:
        need = table.verticalHeader().length() + 2 * table.frameWidth()
        table.setMinimumHeight(need)
    popup.adjustSize()


class BirthDateField(QObject):
    """Wires the line edit and the calendar button; reports problems through `show_problem`."""

    def __init__(
        self,
        edit: QLineEdit,
        button: QToolButton,
        today: Callable[[], date],
        show_problem: Callable[[str], None],
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.button = button
        self._today = today
        self._show_problem = show_problem
        edit.setValidator(QRegularExpressionValidator(TYPED, edit))
        edit.setPlaceholderText(shown_format())
        edit.setToolTip(format_help())
        edit.editingFinished.connect(self.check)
        edit.installEventFilter(self)
        button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None

    def value(self) -> date | None:
        """The date typed, or None when blank (raises BirthDateError when unusable)."""
        return parse_birth_date(self.edit.text(), self._today())

    def set_value(self, born: date | None) -> None:
        """Show a stored date (or blank)."""
        self.edit.setText(born.isoformat() if born else "")

    def check(self) -> None:
        """On leaving the field: show the date in the shown format, or say what is wrong."""
        try:
            born = self.value()
        except BirthDateError as problem:
            self._show_problem(str(problem))
            return
        if born is not None:
            self.edit.setText(born.isoformat())
        self._show_problem("")

    def open_calendar(self) -> None:
        """A calendar under the field, on the typed date (or 1990 when blank or unusable)."""
        try:
            born = self.value()
        except BirthDateError:
            born = None
        start = born or date(1990, 1, 1)
        now = self._today()
        popup = self.calendar
        if popup is None:
            popup = QCalendarWidget(self.edit)
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setObjectName("birthDatePicker")
            popup.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
            popup.clicked.connect(self._picked)
            popup.activated.connect(self._picked)
            self.calendar = popup
        popup.setMaximumDate(QDate(now.year, now.month, now.day))
        popup.setSelectedDate(QDate(start.year, start.month, start.day))
        popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        popup.show()
        _fit_calendar(popup)
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, picked: QDate) -> None:
        self.edit.setText(picked.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.close()  # kept for the next time; a popup only hides on close
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down in the field opens the calendar, as in a date box."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)
