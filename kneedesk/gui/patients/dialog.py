"""New and edit patient dialog with validation at each field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from kneedesk.gui.forms.ui_patient_dialog import Ui_PatientDialog
from kneedesk.gui.patients.birth_date import BirthDateError, BirthDateField, format_help
from kneedesk.gui.screen.conflict_note import ConflictNote
from kneedesk.store.errors import ConflictError, DuplicateChartNumberError, StoreError
from kneedesk.store.patients import Patient, PatientRepo

SEX_CHOICES = ("not_stated", "female", "male", "other")
MIN_WIDTH = 460


class PatientDialog(QDialog):
    """Collects a patient's details; saves through the repository only when all are valid."""

    def __init__(
        self,
        patients: PatientRepo,
        patient: Patient | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PatientDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit patient") if patient else self.tr("New patient"))
        self._patients = patients
        self._patient = patient
        self._today = today
        self.saved: Patient | None = None
        # A field another workstation changed since the dialog opened: both values, a choice.
        self.conflicts: dict[str, ConflictNote] = {}
        labels = self.sex_labels()
        for key in SEX_CHOICES:
            self.ui.sex.addItem(labels[key], key)
        self.birth_date = BirthDateField(
            self.ui.birthDate, self.ui.birthDateCalendar, today, self._show_birth_date_problem
        )
        for error_label in self._error_labels().values():
            error_label.setProperty("role", "error")
            error_label.setVisible(False)
        self.ui.requiredNote.setProperty("role", "muted")
        if patient is not None:
            self._load(patient)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if patient else self.tr("Add patient")
        )
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(MIN_WIDTH)
        self.adjustSize()  # as tall as the fields; it grows when a message appears

    def sex_labels(self) -> dict[str, str]:
        """The sex choices as the clinician reads them, by stored value."""
        return {
            "not_stated": self.tr("Not stated"),
            "female": self.tr("Female"),
            "male": self.tr("Male"),
            "other": self.tr("Other"),
        }

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "given_name": ui.givenNameError,
            "family_name": ui.familyNameError,
            "birth_date": ui.birthDateError,
            "sex": ui.sexError,
            "chart_number": ui.chartNumberError,
        }

    def _load(self, p: Patient) -> None:
        self.ui.givenName.setText(p.given_name)
        self.ui.familyName.setText(p.family_name)
        self.ui.chartNumber.setText(p.chart_number)
        self.birth_date.set_value(date.fromisoformat(p.birth_date) if p.birth_date else None)
        index = self.ui.sex.findData(p.sex or "not_stated")
        self.ui.sex.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, str | None]:
        """The typed values in the repository's terms."""
        try:
            born = self.birth_date.value()
        except BirthDateError:
            born = None
        birth = born.isoformat() if born else None
        sex = self.ui.sex.currentData()
        if sex == "not_stated" and self._patient is not None and self._patient.sex is None:
            sex = None  # shown as "Not stated": left as it was, not changed
        return {
            "given_name": self.ui.givenName.text().strip(),
            "family_name": self.ui.familyName.text().strip(),
            "birth_date": birth,
            "sex": sex,
            "chart_number": self.ui.chartNumber.text().strip(),
        }

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong and how to fix it."""
        v = self.values()
        found: dict[str, str] = {}
        if not v["given_name"]:
            found["given_name"] = self.tr("Enter the patient's given name.")
        if not v["family_name"]:
            found["family_name"] = self.tr("Enter the patient's family name.")
        try:
            if self.birth_date.value() is None:
                found["birth_date"] = self.tr("Enter the date of birth. {help}").format(
                    help=format_help()
                )
        except BirthDateError as problem:
            found["birth_date"] = str(problem)
        chart = v["chart_number"] or ""
        if not chart:
            found["chart_number"] = self.tr(
                "Enter a chart number; it must be unique in this clinic."
            )
        else:
            other = self._patients.by_chart_number(chart)
            if other is not None and (self._patient is None or other.id != self._patient.id):
                found["chart_number"] = self.tr(
                    "Chart number {chart} already belongs to {name}. "
                    "Use another number, or open that patient instead."
                ).format(chart=chart, name=other.display_name)
        return found

    def _show_birth_date_problem(self, text: str) -> None:
        """The date-of-birth message, shown (or cleared) as the field is left."""
        label = self.ui.birthDateError
        label.setText(text)
        label.setVisible(bool(text))
        self._mark_invalid(self.ui.birthDate, bool(text))
        self.adjustSize()

    @staticmethod
    def _mark_invalid(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem under its field and focus the first one."""
        widgets = {
            "given_name": self.ui.givenName,
            "family_name": self.ui.familyName,
            "birth_date": self.ui.birthDate,
            "chart_number": self.ui.chartNumber,
        }
        for name, label in self._error_labels().items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        for name, widget in widgets.items():
            self._mark_invalid(widget, name in problems)
        self.adjustSize()
        first = next((widgets[n] for n in widgets if n in problems), None)
        if first is not None:
            first.setFocus()

    def try_accept(self) -> None:
        """Save if everything is valid; otherwise show what to fix."""
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return
        v = self.values()
        try:
            if self._patient is None:
                self.saved = self._patients.create(
                    chart_number=v["chart_number"] or "",
                    given_name=v["given_name"] or "",
                    family_name=v["family_name"] or "",
                    birth_date=v["birth_date"],
                    sex=v["sex"],
                )
            else:
                self.saved = self._patients.update(self._patient.id, based_on=self._patient, **v)
        except ConflictError as exc:
            self.show_conflict(exc)
            return
        except DuplicateChartNumberError as exc:
            self.show_problems({"chart_number": f"{exc.what} {exc.todo}".strip()})
            return
        except StoreError as exc:
            # The store names the field at fault when it can (e.g. a control character pasted
            # into the family name); anything else is shown at the top field.
            field = getattr(exc, "field", None)
            if field not in self._error_labels():
                field = "given_name"
            self.show_problems({field: f"{exc.what} {exc.todo}".strip()})
            return
        self.accept()

    # --- another workstation changed a field ---------------------------------------------------

    def shown(self, field: str, value: str | None) -> str:
        """A stored detail as the clinician reads it."""
        if field == "sex":
            return self.sex_labels().get(value or "not_stated", value or "")
        return value or ""

    def show_conflict(self, conflict: ConflictError) -> None:
        """Show at the field what another workstation stored, beside what was typed."""
        field = conflict.field if conflict.field in self._error_labels() else "given_name"
        note = self.conflicts.get(field)
        if note is None:
            note = ConflictNote(field, self)
            label = self._error_labels()[field]
            position = self.ui.form.getWidgetPosition(label)
            row = int(position[0])  # type: ignore[index]
            self.ui.form.insertRow(row + 1, note)
            note.keepMine.connect(lambda f=field: self._keep_mine(f))
            note.useTheirs.connect(lambda f=field: self._use_theirs(f))
            self.conflicts[field] = note
        note.show_conflict(
            conflict, self.shown(field, conflict.theirs), self.shown(field, conflict.mine)
        )
        self.adjustSize()

    def _rebase(self, field: str, conflict: ConflictError) -> None:
        """The dialog now shows this field as stored there (the clinician has seen it)."""
        if self._patient is not None:
            self._patient = replace(self._patient, **{field: conflict.theirs})
        self.conflicts[field].dismiss()

    def _keep_mine(self, field: str) -> None:
        conflict = self.conflicts[field].conflict
        if conflict is None:
            return
        self._rebase(field, conflict)
        self.try_accept()  # saves the typed value over the one stored now

    def _use_theirs(self, field: str) -> None:
        conflict = self.conflicts[field].conflict
        if conflict is None:
            return
        self._rebase(field, conflict)
        theirs = conflict.theirs
        if field == "birth_date":
            self.birth_date.set_value(date.fromisoformat(theirs) if theirs else None)
        elif field == "sex":
            self.ui.sex.setCurrentIndex(max(self.ui.sex.findData(theirs or "not_stated"), 0))
        else:
            {
                "given_name": self.ui.givenName,
                "family_name": self.ui.familyName,
                "chart_number": self.ui.chartNumber,
            }[field].setText(theirs or "")
        self.adjustSize()
