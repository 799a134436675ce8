"""The Backups tab's widgets and layout (the tab's logic is in backups_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.settings.fields import prepare_error_label
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.store.backup_schedule import MAX_KEEP

# Translated where they are shown, in the context "BackupsTab" (as the tab's own text).
INTRO = QT_TRANSLATE_NOOP(
    "BackupsTab",
    "A backup is a verified copy of every patient, visit, signature and setting. Keep backups "
    "on a USB drive or a network share: a backup on this computer is lost with it if the disk "
    "fails or the computer is stolen. Changes on this tab take effect at once.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsTab", "Made"),
    QT_TRANSLATE_NOOP("BackupsTab", "Size"),
    QT_TRANSLATE_NOOP("BackupsTab", "From"),
    QT_TRANSLATE_NOOP("BackupsTab", "File"),
)


class BackupsTabUi:
    """Builds the tab's widgets onto a QWidget, like the forms compiled from ui/*.ui."""

    def setup(self, tab: QWidget) -> None:
        """Create the widgets and lay them out on `tab`."""
        column = QVBoxLayout(tab)
        column.setSpacing(8)
        intro = QLabel(QCoreApplication.translate("BackupsTab", INTRO))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        column.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(QCoreApplication.translate("BackupsTab", "Backup folder"))
        self.choose = QPushButton(QCoreApplication.translate("BackupsTab", "Choose..."))
        self.choose.setObjectName("chooseBackupFolder")
        self.use_default = QPushButton(QCoreApplication.translate("BackupsTab", "Use default"))
        self.use_default.setObjectName("useDefaultBackupFolder")
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        folder_row.addWidget(self.use_default)
        # The fields with wrapped notes are widgets, not bare layouts: QFormLayout asks a
        # widget how tall it is at its width, but gives a nested layout only its size hint,
        # which squeezed the folder note onto one cut-off line.
        folder_box = QWidget()
        folder_field = QVBoxLayout(folder_box)
        folder_field.setContentsMargins(0, 0, 0, 0)
        folder_field.setSpacing(4)
        folder_field.addLayout(folder_row)
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        self.folder_note.setProperty("role", "muted")
        folder_field.addWidget(self.folder_note)
        self.folder_error = QLabel()
        prepare_error_label(self.folder_error)
        folder_field.addWidget(self.folder_error)
        form.addRow(QCoreApplication.translate("BackupsTab", "Backup folder"), folder_box)
        self.automatic = QCheckBox(
            QCoreApplication.translate(
                "BackupsTab", "Back up automatically on the first start of each day"
            )
        )
        self.automatic.setObjectName("dailyBackup")
        form.addRow(QCoreApplication.translate("BackupsTab", "Daily backup"), self.automatic)
        keep_row = QHBoxLayout()
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setAccessibleName(
            QCoreApplication.translate("BackupsTab", "Number of backups to keep")
        )
        self.keep.setRange(1, MAX_KEEP)
        # Translators: after the number of backups kept; keep the leading space.
        self.keep.setSuffix(QCoreApplication.translate("BackupsTab", " backups"))
        self.keep.setKeyboardTracking(False)
        self.keep.setMinimumWidth(140)
        keep_row.addWidget(self.keep)
        # Translators: follows "<n> backups" in the Keep row.
        keep_note = QLabel(
            QCoreApplication.translate(
                "BackupsTab", "the newest; older backups of this database in the folder are deleted"
            )
        )
        keep_note.setWordWrap(True)
        keep_note.setProperty("role", "muted")
        keep_row.addWidget(keep_note, 1)
        keep_box = QWidget()
        keep_field = QVBoxLayout(keep_box)
        keep_field.setContentsMargins(0, 0, 0, 0)
        keep_field.setSpacing(4)
        keep_field.addLayout(keep_row)
        self.keep_error = QLabel()
        prepare_error_label(self.keep_error)
        keep_field.addWidget(self.keep_error)
        form.addRow(QCoreApplication.translate("BackupsTab", "Keep"), keep_box)
        column.addLayout(form)

        now_row = QHBoxLayout()
        self.back_up = QPushButton(QCoreApplication.translate("BackupsTab", "Back up now"))
        self.back_up.setObjectName("backUpNowInSettings")
        now_row.addWidget(self.back_up)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        now_row.addWidget(self.last, 1)
        column.addLayout(now_row)
        self.result = QLabel()
        self.result.setObjectName("backupResult")
        self.result.setWordWrap(True)
        self.result.setProperty("role", "muted")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.result)
        self.backup_error = QLabel()
        self.backup_error.setObjectName("backupError")
        prepare_error_label(self.backup_error)
        column.addWidget(self.backup_error)

        heading = QLabel(QCoreApplication.translate("BackupsTab", "Backups in this folder"))
        heading.setProperty("role", "subtitle")
        column.addWidget(heading)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(
            QCoreApplication.translate("BackupsTab", "Backups in the backup folder")
        )
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("BackupsTab", text) for text in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for n in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)

        restore_row = QHBoxLayout()
        self.restore_chosen = QPushButton(
            QCoreApplication.translate("BackupsTab", "Restore selected...")
        )
        self.restore_chosen.setObjectName("restoreSelected")
        self.restore_other = QPushButton(
            QCoreApplication.translate("BackupsTab", "Restore from another file...")
        )
        self.restore_other.setObjectName("restoreFromFile")
        self.restore_note = QLabel()
        self.restore_note.setWordWrap(True)
        self.restore_note.setProperty("role", "muted")
        restore_row.addWidget(self.restore_chosen)
        restore_row.addWidget(self.restore_other)
        restore_row.addWidget(self.restore_note, 1)
        column.addLayout(restore_row)
        self.restore_error = QLabel()
        self.restore_error.setObjectName("restoreError")
        prepare_error_label(self.restore_error)
        column.addWidget(self.restore_error)
