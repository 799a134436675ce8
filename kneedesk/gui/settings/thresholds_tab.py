"""The Thresholds tab: one row per `Thresholds` field, checked as typed, with a reset.

Lengths are shown and typed in the clinic's display units and stored in centimetres.
Only an administrator can change thresholds; anyone else sees them read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, UnitSystem
from kneedesk.gui.settings.fields import prepare_error_label, show_field_problem
from kneedesk.gui.settings.threshold_info import ThresholdField, parse_threshold, threshold_fields
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.store.clinicians import Clinician, Role

EDIT_WIDTH = 110
READ_ONLY_NOTE = QT_TRANSLATE_NOOP("ThresholdsTab", "Only an administrator can change thresholds.")


def can_edit_thresholds(clinician: Clinician | None) -> bool:
    """Whether this clinician may change the clinic's thresholds (active administrators)."""
    return clinician is not None and clinician.role is Role.ADMIN and clinician.active


class _Row:
    """The widgets of one threshold."""

    def __init__(self, field: ThresholdField, parent: QWidget, editable: bool) -> None:
        self.spec = field
        # Text shown -> exact stored value, so a converted value that is not retyped is kept
        # as it was (0.79 in stands for exactly 2 cm, not 2.0066 cm).
        self._exact: dict[str, float] = {}
        self.field = QWidget(parent)
        self.field.setObjectName(f"{field.name}Field")
        grid = QGridLayout(self.field)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.edit = QLineEdit(self.field)
        self.edit.setObjectName(field.name)
        self.edit.setFixedWidth(EDIT_WIDTH)
        self.edit.setReadOnly(not editable)
        self.edit.setAccessibleDescription(field.help)
        self.edit.setToolTip(field.help)
        self.default = QLabel(self.field)
        self.default.setProperty("role", "muted")
        self.help = QLabel(field.help, self.field)
        self.help.setProperty("role", "muted")
        self.help.setWordWrap(True)
        self.error = QLabel(self.field)
        self.error.setObjectName(f"{field.name}Error")
        prepare_error_label(self.error)
        grid.addWidget(self.edit, 0, 0)
        grid.addWidget(self.default, 0, 1)
        grid.addWidget(self.help, 1, 0, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.label = QLabel(parent)
        self.label.setBuddy(self.edit)
        # Line the label up with the input, not with the help text below it.
        self.label.setFixedHeight(self.edit.sizeHint().height())

    def show_value(self, stored: float, units: DisplayUnits) -> None:
        """Show a stored value (and the label) in the display units."""
        label = self.spec.label(units)
        self.label.setText(label)
        self.edit.setAccessibleName(label)
        self._exact = {self.spec.text(self.spec.default, units): self.spec.default}
        text = self.spec.text(stored, units)
        self._exact[text] = stored
        self.edit.setText(text)

    def parsed(self, units: DisplayUnits) -> tuple[float | None, str | None]:
        """The typed value in the stored unit, or what is wrong with it."""
        exact = self._exact.get(self.edit.text().strip().replace(",", "."))
        if exact is not None:
            return exact, None
        return parse_threshold(self.spec, self.edit.text(), units)

    def show_default_note(self, units: DisplayUnits) -> None:
        """Say the default, and whether the typed value differs from it."""
        value, _ = self.parsed(units)
        default = self.spec.text(self.spec.default, units)
        changed = value is not None and value != self.spec.default
        if changed:
            note = QCoreApplication.translate("ThresholdsTab", "Changed; default {default}")
        else:
            note = QCoreApplication.translate("ThresholdsTab", "Default {default}")
        self.default.setText(note.format(default=default))


class ThresholdsTab:
    """Fills `form` with a row per threshold; loads, checks, collects and resets the values.

    `units_combo`, when given, is the dialog's unit-system choice: changing it re-shows the
    lengths in the chosen units. With `editable` False every row is read-only.
    """

    def __init__(
        self,
        form: QFormLayout,
        content: QWidget,
        reset: QPushButton,
        status: QLabel,
        *,
        editable: bool = True,
        units_combo: QComboBox | None = None,
    ) -> None:
        self._status = status
        self.editable = editable
        self.units = DisplayUnits()
        self.rows: dict[str, _Row] = {}
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.note = QLabel(QCoreApplication.translate("ThresholdsTab", READ_ONLY_NOTE), content)
        self.note.setObjectName("thresholdsReadOnlyNote")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.note.setVisible(not editable)
        form.addRow(self.note)
        for field in threshold_fields():
            row = _Row(field, content, editable)
            form.addRow(row.label, row.field)
            row.edit.textEdited.connect(lambda _text, r=row: self._edited(r))
            self.rows[field.name] = row
        reset.setEnabled(editable)
        if not editable:
            reset.setToolTip(QCoreApplication.translate("ThresholdsTab", READ_ONLY_NOTE))
        reset.clicked.connect(self.reset_to_defaults)
        self._units_combo = units_combo
        if units_combo is not None:
            units_combo.currentIndexChanged.connect(lambda _index: self._follow_combo())

    def load(self, thresholds: Thresholds, units: DisplayUnits | None = None) -> None:
        """Show the clinic's thresholds, lengths in `units` (the current units if None)."""
        if units is not None:
            self.units = units
        values = thresholds.to_dict()
        for name, row in self.rows.items():
            row.show_value(values[name], self.units)
            show_field_problem(row.edit, row.error, None)
            row.show_default_note(self.units)
        self._update_status()

    def set_units(self, units: DisplayUnits) -> None:
        """Show the lengths in other units, keeping what was typed (in the stored unit)."""
        if units == self.units:
            return
        for row in self.rows.values():
            value, _ = row.parsed(self.units)
            if value is not None:
                row.show_value(value, units)
            else:
                row.label.setText(row.spec.label(units))
        self.units = units
        for row in self.rows.values():
            if not row.error.isHidden():
                show_field_problem(row.edit, row.error, row.parsed(units)[1])
            row.show_default_note(units)
        self._update_status()

    def reset_to_defaults(self) -> None:
        """Put every default back in the form (stored when the dialog is saved)."""
        if self.editable:
            self.load(Thresholds())

    def problems(self) -> dict[str, str]:
        """Threshold name -> what is wrong with the typed value."""
        found = {}
        for name, row in self.rows.items():
            _, problem = row.parsed(self.units)
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
        """The typed thresholds in stored units (call only when `problems()` is empty)."""
        values = {name: row.parsed(self.units)[0] for name, row in self.rows.items()}
        return Thresholds.from_dict(values)

    def _follow_combo(self) -> None:
        if self._units_combo is None:
            return
        try:
            system = UnitSystem(self._units_combo.currentData())
        except ValueError:
            return
        self.set_units(DisplayUnits(system, self.units.force))

    def _edited(self, row: _Row) -> None:
        _, problem = row.parsed(self.units)
        show_field_problem(row.edit, row.error, problem)
        row.show_default_note(self.units)
        self._update_status()

    def _update_status(self) -> None:
        changed = sum(
            1
            for row in self.rows.values()
            if (value := row.parsed(self.units)[0]) is not None and value != row.spec.default
        )
        if changed == 0:
            text = QCoreApplication.translate(
                "ThresholdsTab", "All thresholds are at their defaults."
            )
        elif changed == 1:
            text = QCoreApplication.translate(
                "ThresholdsTab", "{n} threshold changed from the default."
            )
        else:
            text = QCoreApplication.translate(
                "ThresholdsTab", "{n} thresholds changed from the default."
            )
        self._status.setText(text.format(n=changed))
