"""The Settings dialog's Language tab: the signed-in clinician's own language and the language
the clinic's handouts print in unless a patient has their own."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from kneedesk.core.i18n import LANGUAGES
from kneedesk.gui.languages import system_language


def fill_languages(combo: QComboBox, *, first: tuple[str, str] | None = None) -> None:
    """Each shipped language by its own name ("Español"), its code as the item's data; with
    `first`, an extra first item (text, data "") such as "Same as this computer"."""
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)


def select_data(combo: QComboBox, data: str) -> None:
    """Select the item whose data is `data` (the first item when there is none)."""
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class LanguageTab(QWidget):
    """ "Your language" (this clinician: a language or the computer's) and "Patient handouts"
    (the clinic's default; administrators only)."""

    def __init__(self, parent: QWidget | None = None, *, can_edit_clinic: bool = True) -> None:
        super().__init__(parent)
        computer = LANGUAGES[system_language()]
        self.mine = QComboBox(self)
        self.mine.setObjectName("myLanguage")
        fill_languages(
            self.mine,
            first=(self.tr("Same as this computer ({language})").format(language=computer), ""),
        )
        self.mine_note = QLabel(
            self.tr(
                "The language of KneeDesk's screens for you on every computer of the clinic. "
                "It takes effect the next time you sign in."
            ),
            self,
        )
        self.handouts = QComboBox(self)
        self.handouts.setObjectName("clinicHandoutLanguage")
        fill_languages(self.handouts)
        self.handouts.setEnabled(can_edit_clinic)
        self.handouts_note = QLabel(
            self.tr(
                "The language patient handouts print in, unless a patient has a language of "
                "their own (on the patient's record or the report view). The clinician "
                "summary always prints in the language of the clinician who prints it."
            ),
            self,
        )
        if not can_edit_clinic:
            self.handouts.setToolTip(self.tr("Only an administrator can change this."))
        mine_label = QLabel(self.tr("&Your language"), self)
        mine_label.setBuddy(self.mine)
        handouts_label = QLabel(self.tr("&Patient handouts"), self)
        handouts_label.setBuddy(self.handouts)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(mine_label, 0, 0)
        grid.addWidget(self.mine, 0, 1)
        grid.addWidget(self.mine_note, 1, 1)
        grid.setRowMinimumHeight(2, 12)  # a gap between the two choices
        grid.addWidget(handouts_label, 3, 0)
        grid.addWidget(self.handouts, 3, 1)
        grid.addWidget(self.handouts_note, 4, 1)
        grid.setColumnStretch(1, 1)
        for note in (self.mine_note, self.handouts_note):
            note.setWordWrap(True)
            note.setProperty("role", "muted")
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addStretch(1)

    def load(self, mine: str | None, handouts: str) -> None:
        """Show the clinician's choice (None: the computer's) and the clinic's default."""
        select_data(self.mine, mine or "")
        select_data(self.handouts, handouts)

    def my_language(self) -> str | None:
        """The clinician's choice; None for "same as this computer"."""
        return str(self.mine.currentData()) or None

    def handout_language(self) -> str:
        """The clinic's default handout language."""
        return str(self.handouts.currentData())
