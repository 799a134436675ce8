"""The patient's handout language: one chooser, on the patient's record and on the report view.

"Clinic's language (English)" keeps the patient on the clinic's default (stored as no
language of their own, so a later change of the default reaches them); a language picked here
is stored with the patient and audited, and every handout printed or saved after it is in
that language (each kept copy remembers its own).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kneedesk.core.i18n import LANGUAGES


class HandoutLanguageBox(QComboBox):
    """Languages by their own names, after "Clinic's language (…)"; `chosen(code or "")`
    when the clinician picks one (not when `show_language` sets it)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutLanguage")
        self.setAccessibleName(self.tr("Handout language"))
        self.setToolTip(
            self.tr("The language this patient's handout prints in. Saved with the patient.")
        )
        self._clinic = "en"
        self._fill()
        self.activated.connect(lambda _index: self.chosen.emit(self.language() or ""))

    def _fill(self) -> None:
        self.blockSignals(True)
        current = self.currentData() if self.count() else ""
        self.clear()
        self.addItem(
            self.tr("Clinic's language ({language})").format(language=LANGUAGES[self._clinic]),
            "",
        )
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def show_language(self, patient_language: str | None, clinic_language: str) -> None:
        """Show the patient's stored choice (None: the clinic's) and name the clinic's."""
        if clinic_language != self._clinic:
            self._clinic = clinic_language if clinic_language in LANGUAGES else "en"
            self._fill()
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(patient_language or ""), 0))
        self.blockSignals(False)

    def language(self) -> str | None:
        """The patient's own language, or None for the clinic's."""
        return str(self.currentData()) or None

    def effective(self) -> str:
        """The language the handout prints in now."""
        return self.language() or self._clinic
