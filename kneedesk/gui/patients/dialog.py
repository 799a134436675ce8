"""New and edit patient dialog with validation at each field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from kneedesk.gui.forms.ui_patient_dialog import Ui_PatientDialog
from kneedesk.store.errors import DuplicateChartNumberError, StoreError
from kneedesk.store.patients import Patient, PatientRepo

SEX_CHOICES = (
    ("not_stated", "Not stated"),
    ("female", "Female"),
    ("male", "Male"),
    ("other", "Other"),
)
EARLIEST = QDate(1900, 1, 1)


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
        self.setWindowTitle("Edit patient" if patient else "New patient")
        self._patients = patients
        self._patient = patient
        self._today = today
        self.saved: Patient | None = None
        for key, label in SEX_CHOICES:
            self.ui.sex.addItem(label, key)
        self.ui.birthDate.setMinimumDate(EARLIEST)
        now = today()
        self.ui.birthDate.setMaximumDate(QDate(now.year, now.month, now.day))
        self.ui.birthDate.setSpecialValueText(" ")  # the minimum date shows as blank: not set
        self.ui.birthDate.setDate(EARLIEST)
        for error_label in self._error_labels().values():
            error_label.setProperty("role", "error")
            error_label.setVisible(False)
        self.ui.requiredNote.setProperty("role", "muted")
        if patient is not None:
            self._load(patient)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            "Save" if patient else "Add patient"
        )
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)

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
        if p.birth_date:
            self.ui.birthDate.setDate(QDate.fromString(p.birth_date, "yyyy-MM-dd"))
        index = self.ui.sex.findData(p.sex or "not_stated")
        self.ui.sex.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, str | None]:
        """The typed values in the repository's terms."""
        qd = self.ui.birthDate.date()
        birth = None if qd == EARLIEST else qd.toString("yyyy-MM-dd")
        return {
            "given_name": self.ui.givenName.text().strip(),
            "family_name": self.ui.familyName.text().strip(),
            "birth_date": birth,
            "sex": self.ui.sex.currentData(),
            "chart_number": self.ui.chartNumber.text().strip(),
        }

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong and how to fix it."""
        v = self.values()
        found: dict[str, str] = {}
        if not v["given_name"]:
            found["given_name"] = "Enter the patient's given name."
        if not v["family_name"]:
            found["family_name"] = "Enter the patient's family name."
        if v["birth_date"] is None:
            found["birth_date"] = "Enter the date of birth (year-month-day)."
        elif date.fromisoformat(v["birth_date"]) > self._today():
            found["birth_date"] = "The date of birth is in the future; check the year."
        chart = v["chart_number"] or ""
        if not chart:
            found["chart_number"] = "Enter a chart number; it must be unique in this clinic."
        else:
            other = self._patients.by_chart_number(chart)
            if other is not None and (self._patient is None or other.id != self._patient.id):
                found["chart_number"] = (
                    f"Chart number {chart} already belongs to {other.display_name}. "
                    "Use another number, or open that patient instead."
                )
        return found

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
            widget.setProperty("invalid", name in problems)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
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
                self.saved = self._patients.update(self._patient.id, **v)
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
