"""The clinic details form (name, address, phone, logo), shared by first run and Settings."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kneedesk.core.units import ForceUnit
from kneedesk.gui.settings.fields import prepare_error_label, show_field_problem
from kneedesk.gui.settings.logo import LogoError, image_file_filter, load_logo, logo_pixmap
from kneedesk.gui.start_folder import documents_folder
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.store.clinic_settings import ClinicDetails

# The labels are translated when a combo is filled (`fill_combo`), in the context "ClinicFields".
UNIT_CHOICES = (
    ("metric", QT_TRANSLATE_NOOP("ClinicFields", "Metric (kg, cm, km)")),
    ("us", QT_TRANSLATE_NOOP("ClinicFields", "US (lb, in, mi)")),
)
PAPER_CHOICES = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("ClinicFields", "US Letter")))
FORCE_CHOICES = (
    (ForceUnit.NEWTON.value, QT_TRANSLATE_NOOP("ClinicFields", "Newtons (N)")),
    (ForceUnit.KILOGRAM_FORCE.value, QT_TRANSLATE_NOOP("ClinicFields", "Kilogram-force (kgf)")),
    (ForceUnit.POUND_FORCE.value, QT_TRANSLATE_NOOP("ClinicFields", "Pound-force (lbf)")),
)
MAX_NAME = 120
MAX_PHONE = 40
MAX_ADDRESS = 400
PREVIEW = QSize(160, 64)


class ClinicForm(Protocol):
    """The widgets a clinic form has (generated from ui/clinic_setup.ui or ui/settings.ui)."""

    clinicName: QLineEdit
    clinicNameError: QLabel
    address: QPlainTextEdit
    addressError: QLabel
    phone: QLineEdit
    phoneError: QLabel
    logoPreview: QLabel
    logoButton: QPushButton
    logoClear: QPushButton
    logoError: QLabel


def fill_combo(combo: QComboBox, choices: tuple[tuple[str, str], ...], current: str) -> None:
    """Fill a combo with (value, label) pairs and select `current` (else the first)."""
    combo.clear()
    for value, label in choices:
        combo.addItem(QCoreApplication.translate("ClinicFields", label), value)
    combo.setCurrentIndex(max(combo.findData(current), 0))


def locale_defaults() -> tuple[str, str]:
    """(units, paper) a new clinic most likely wants: US and Letter in the US, else metric, A4."""
    if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "us", "letter"
    return "metric", "a4"


class ClinicFields:
    """Loads, checks and collects the clinic details, and picks, previews or removes the logo."""

    def __init__(
        self,
        ui: ClinicForm,
        owner: QWidget,
        choose_file: Callable[[], str] | None = None,
    ) -> None:
        self.ui = ui
        self._owner = owner
        self._choose_file = choose_file or self._ask_for_file
        self._original = ClinicDetails()
        self.logo_png: bytes | None = None
        ui.clinicName.setMaxLength(MAX_NAME)
        ui.phone.setMaxLength(MAX_PHONE)
        ui.clinicName.setPlaceholderText(
            QCoreApplication.translate("ClinicFields", "As printed on letterheads and handouts")
        )
        ui.address.setPlaceholderText(
            QCoreApplication.translate("ClinicFields", "Street, town, postcode")
        )
        for label in self._error_labels():
            prepare_error_label(label)
        ui.logoPreview.setMinimumSize(PREVIEW)
        ui.logoPreview.setProperty("role", "muted")
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.logoClear.clicked.connect(self.clear_logo)
        ui.clinicName.textEdited.connect(self._recheck_name)
        self._show_logo()

    def _error_labels(self) -> tuple[QLabel, ...]:
        ui = self.ui
        return (ui.clinicNameError, ui.addressError, ui.phoneError, ui.logoError)

    def load(self, clinic: ClinicDetails) -> None:
        """Show stored clinic details."""
        self._original = clinic
        self.ui.clinicName.setText(clinic.name)
        self.ui.address.setPlainText(clinic.address)
        self.ui.phone.setText(clinic.phone)
        self.logo_png = clinic.logo_png
        self._show_logo()

    def values(self) -> ClinicDetails:
        """The details as the form holds them (what the clinic stored but the form does not
        show is kept)."""
        return dataclasses.replace(
            self._original,
            name=self.ui.clinicName.text().strip(),
            address=self.ui.address.toPlainText().strip(),
            phone=self.ui.phone.text().strip(),
            logo_png=self.logo_png or None,
        )

    def problems(self) -> dict[str, str]:
        """Field -> what to fix ("name", "address")."""
        found: dict[str, str] = {}
        if not self.ui.clinicName.text().strip():
            found["name"] = QCoreApplication.translate(
                "ClinicFields", "Enter the clinic's name; it heads every report and handout."
            )
        if len(self.ui.address.toPlainText()) > MAX_ADDRESS:
            found["address"] = QCoreApplication.translate(
                "ClinicFields", "Shorten the address to {n} characters or fewer."
            ).format(n=MAX_ADDRESS)
        return found

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each problem at its field (and clear the others)."""
        ui = self.ui
        show_field_problem(ui.clinicName, ui.clinicNameError, problems.get("name"))
        show_field_problem(ui.address, ui.addressError, problems.get("address"))
        show_field_problem(ui.phone, ui.phoneError, problems.get("phone"))

    def first_invalid(self, problems: dict[str, str]) -> QWidget | None:
        """The input to focus for the first problem."""
        if "name" in problems:
            return self.ui.clinicName
        if "address" in problems:
            return self.ui.address
        return None

    def choose_logo(self) -> None:
        """Ask for an image file and use it as the logo."""
        path = self._choose_file()
        if path:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: str) -> bool:
        """Use the image at `path` as the logo; show why not at the field if it cannot be."""
        try:
            png = load_logo(path)
        except LogoError as exc:
            show_field_problem(None, self.ui.logoError, str(exc))
            return False
        show_field_problem(None, self.ui.logoError, None)
        self.logo_png = png
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        """Remove the logo."""
        self.logo_png = None
        show_field_problem(None, self.ui.logoError, None)
        self._show_logo()

    def _show_logo(self) -> None:
        preview = self.ui.logoPreview
        pixmap = logo_pixmap(self.logo_png, PREVIEW) if self.logo_png else None
        if pixmap is not None and not pixmap.isNull():
            preview.setPixmap(pixmap)
            preview.setToolTip(
                QCoreApplication.translate("ClinicFields", "The logo printed at the top of reports")
            )
        else:
            preview.clear()
            preview.setText(QCoreApplication.translate("ClinicFields", "No logo"))
            preview.setToolTip("")
        self.ui.logoClear.setEnabled(self.logo_png is not None)
        self.ui.logoButton.setText(
            QCoreApplication.translate("ClinicFields", "Change logo...")
            if self.logo_png
            else QCoreApplication.translate("ClinicFields", "Choose logo...")
        )

    def _recheck_name(self) -> None:
        if self.ui.clinicNameError.text():
            show_field_problem(
                self.ui.clinicName, self.ui.clinicNameError, self.problems().get("name")
            )

    def _ask_for_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self._owner,
            QCoreApplication.translate("ClinicFields", "Choose the clinic logo"),
            str(documents_folder()),
            image_file_filter(),
        )
        return path
