"""The Thresholds tab: one row per `Thresholds` field, checked as typed, with a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from kneedesk.core.thresholds import Thresholds
from kneedesk.gui.settings.fields import prepare_error_label, show_field_problem
from kneedesk.gui.settings.threshold_info import (
    ThresholdInfo,
    format_number,
    parse_threshold,
    threshold_infos,
)

EDIT_WIDTH = 110


class _Row:
    """The widgets of one threshold."""

    def __init__(self, info: ThresholdInfo, parent: QWidget) -> None:
        self.info = info
        self.field = QWidget(parent)
        self.field.setObjectName(f"{info.name}Field")
        grid = QGridLayout(self.field)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.edit = QLineEdit(self.field)
        self.edit.setObjectName(info.name)
        self.edit.setFixedWidth(EDIT_WIDTH)
        self.edit.setAccessibleName(info.label_with_unit)
        self.edit.setAccessibleDescription(info.help)
        self.edit.setToolTip(info.help)
        self.default = QLabel(self.field)
        self.default.setProperty("role", "muted")
        self.help = QLabel(info.help, self.field)
        self.help.setProperty("role", "muted")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(info.help))
        self.error = QLabel(self.field)
        self.error.setObjectName(f"{info.name}Error")
        prepare_error_label(self.error)
        grid.addWidget(self.edit, 0, 0)
        grid.addWidget(self.default, 0, 1)
        grid.addWidget(self.help, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.label = QLabel(info.label_with_unit, parent)
        self.label.setBuddy(self.edit)
        # Line the label up with the input, not with the help text below it.
        self.label.setFixedHeight(self.edit.sizeHint().height())

    def parsed(self) -> tuple[float | None, str | None]:
        """The typed value, or what is wrong with it."""
        return parse_threshold(self.info, self.edit.text())

    def show_default_note(self) -> None:
        """Say the default, and whether the typed value differs from it."""
        value, _ = self.parsed()
        default = format_number(self.info.default)
        changed = value is not None and value != self.info.default
        self.default.setText(f"Changed; default {default}" if changed else f"Default {default}")


class ThresholdsTab:
    """Fills `form` with a row per threshold; loads, checks, collects and resets the values."""

    def __init__(self, form: QFormLayout, content: QWidget, reset: QPushButton, status: QLabel):
        self._status = status
        self.rows: dict[str, _Row] = {}
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for info in threshold_infos():
            row = _Row(info, content)
            form.addRow(row.label, row.field)
            row.edit.textEdited.connect(lambda _text, r=row: self._edited(r))
            self.rows[info.name] = row
        reset.clicked.connect(self.reset_to_defaults)

    def load(self, thresholds: Thresholds) -> None:
        """Show the clinic's thresholds."""
        values = thresholds.to_dict()
        for name, row in self.rows.items():
            row.edit.setText(format_number(values[name]))
            show_field_problem(row.edit, row.error, None)
            row.show_default_note()
        self._update_status()

    def reset_to_defaults(self) -> None:
        """Put every default back in the form (stored when the dialog is saved)."""
        self.load(Thresholds())

    def problems(self) -> dict[str, str]:
        """Threshold name -> what is wrong with the typed value."""
        found = {}
        for name, row in self.rows.items():
            _, problem = row.parsed()
            if problem:
                found[name] = problem
        return found

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem at its threshold and clear the others."""
        for name, row in self.rows.items():
            show_field_problem(row.edit, row.error, problems.get(name))

    def first_invalid(self, problems: dict[str, str]) -> QLineEdit | None:
        """The first input with a problem, in form order."""
        return next((row.edit for name, row in self.rows.items() if name in problems), None)

    def thresholds(self) -> Thresholds:
        """The typed thresholds (call only when `problems()` is empty)."""
        values = {name: row.parsed()[0] for name, row in self.rows.items()}
        return Thresholds.from_dict(values)

    def _edited(self, row: _Row) -> None:
        _, problem = row.parsed()
        show_field_problem(row.edit, row.error, problem)
        row.show_default_note()
        self._update_status()

    def _update_status(self) -> None:
        changed = sum(
            1
            for row in self.rows.values()
            if (value := row.parsed()[0]) is not None and value != row.info.default
        )
        self._status.setText(
            "All thresholds are at their defaults."
            if changed == 0
            else f"{changed} threshold{'s' if changed != 1 else ''} changed from the default."
        )
