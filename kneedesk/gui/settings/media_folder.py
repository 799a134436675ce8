"""The Settings dialog's Videos tab: the clinic's media folder, where the original videos and
photos are kept (KneeDesk only reads there; the stills it keeps are in the database)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.start_folder import start_folder
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

NOTE = QT_TRANSLATE_NOOP(
    "MediaFolderTab",
    "Where the clinic keeps its phone videos and photos. “Video or photo…” on the screen "
    "starts there, and a still's original is found there again even if it was renamed. "
    "KneeDesk never copies the videos into its database.",
)


def ask_for_media_folder(parent: QWidget, start: str) -> str:
    """The system's folder dialog; "" when cancelled."""
    return QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "MediaFolderTab", "Choose the folder where the clinic keeps its videos"
        ),
        str(start_folder(start)),
        QFileDialog.Option.ShowDirsOnly,
    )


class MediaFolderTab(QWidget):
    """The folder's path (chosen, not typed), "Choose folder…", "No folder" and a note."""

    def __init__(self, parent: QWidget, choose: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._choose = choose or (lambda start: ask_for_media_folder(self, start))
        self.path = QLineEdit(self)
        self.path.setObjectName("mediaFolder")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No folder chosen"))
        self.path.setAccessibleName(self.tr("Media folder"))
        self.choose_button = QPushButton(self.tr("Choose folder…"), self)
        self.choose_button.setObjectName("chooseMediaFolder")
        self.choose_button.clicked.connect(self._pick)
        self.clear_button = QPushButton(self.tr("No folder"), self)
        self.clear_button.setObjectName("clearMediaFolder")
        self.clear_button.clicked.connect(lambda: self.set_folder(""))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Media folder"), self)
        label.setBuddy(self.choose_button)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.note = QLabel(self.tr(NOTE), self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addStretch(1)

    def set_folder(self, folder: str) -> None:
        self.path.setText(folder)
        self.path.setToolTip(folder)
        self.clear_button.setEnabled(bool(folder))

    def folder(self) -> str:
        return self.path.text()

    def _pick(self) -> None:
        chosen = self._choose(self.folder())
        if chosen:
            self.set_folder(str(Path(chosen)))
