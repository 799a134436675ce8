"""The patient's details at the top of their record: chart number, date of birth, sex and
handout language, with Edit details and Archive beside them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneedesk.gui.handout_language import HandoutLanguageBox
from kneedesk.gui.patients.list_model import age_on
from kneedesk.store.patients import Patient


class PatientCard(QFrame):
    """The details as labels (`details` by key), the handout language chooser and the two
    buttons; the record page connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        grid = QGridLayout(self)
        self.details: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(
            (
                ("chart", self.tr("Chart number")),
                ("birth", self.tr("Date of birth")),
                ("sex", self.tr("Sex")),
            )
        ):
            name = QLabel(label)
            name.setProperty("role", "muted")
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.details[key] = value
        self.handout_language = HandoutLanguageBox()
        language_label = QLabel(self.tr("&Handout language"))
        language_label.setProperty("role", "muted")
        language_label.setBuddy(self.handout_language)
        grid.addWidget(language_label, 3, 0)
        grid.addWidget(self.handout_language, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        self.edit_button = QPushButton(self.tr("Edit details"))
        self.edit_button.setObjectName("editPatient")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archivePatient")
        # The buttons stack in a column of their own, so the detail rows keep one height.
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 0, 3, 5, 1)
        grid.setRowStretch(4, 1)  # spare height goes below the rows, not between them

    def show_patient(self, p: Patient, clinic_language: str) -> None:
        """Fill in one patient's details (`clinic_language`: the clinic's handout default)."""
        self.details["chart"].setText(p.chart_number)
        age = age_on(p.birth_date, date.today())
        if not p.birth_date:
            birth = self.tr("not recorded")
        elif age is None:
            birth = p.birth_date
        else:
            birth = self.tr("{date}  (age {age})").format(date=p.birth_date, age=age)
        self.details["birth"].setText(birth)
        self.details["sex"].setText(self._sex_label(p.sex))
        self.handout_language.show_language(p.handout_language, clinic_language)
        self.archive_button.setText(
            self.tr("Restore from archive") if p.archived else self.tr("Archive patient")
        )

    def _sex_label(self, sex: str | None) -> str:
        labels = {
            "female": self.tr("Female"),
            "male": self.tr("Male"),
            "other": self.tr("Other"),
        }
        return labels.get(sex or "", self.tr("Not stated"))
