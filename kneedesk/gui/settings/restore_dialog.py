"""Before a restore: what the backup holds, how it compares with now, and a typed confirmation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.backup_text import day_text, size_text, when_text
from kneedesk.gui.settings.fields import grow_to_fit
from kneedesk.store.backup_preview import BackupPreview, RecordSummary

CONFIRM_WORD = "RESTORE"


def visits_text(records: RecordSummary) -> str:
    """ "105 (98 signed, 7 drafts)"."""
    drafts = records.draft_visits
    if drafts == 1:
        text = QCoreApplication.translate(
            "RestorePreviewDialog", "{visits} ({signed} signed, {drafts} draft)"
        )
    else:
        text = QCoreApplication.translate(
            "RestorePreviewDialog", "{visits} ({signed} signed, {drafts} drafts)"
        )
    return text.format(visits=records.visits, signed=records.signed_visits, drafts=drafts)


def comparison_text(backup: RecordSummary, now: RecordSummary) -> str:
    """What changes for the clinic if this backup replaces the current records."""
    lines = [
        QCoreApplication.translate(
            "RestorePreviewDialog",
            "KneeDesk holds {patients} patients and {visits} visits now (newest visit {newest}).",
        ).format(patients=now.patients, visits=now.visits, newest=day_text(now.newest_visit))
    ]
    fewer_patients = now.patients - backup.patients
    fewer_visits = now.visits - backup.visits
    if fewer_patients > 0 or fewer_visits > 0:
        lines.append(
            QCoreApplication.translate(
                "RestorePreviewDialog",
                "The backup has {patients} fewer patients and {visits} fewer visits.",
            ).format(patients=max(fewer_patients, 0), visits=max(fewer_visits, 0))
        )
    if backup.clinic_name and now.clinic_name and backup.clinic_name != now.clinic_name:
        lines.append(
            QCoreApplication.translate(
                "RestorePreviewDialog", "The backup is from another clinic: {clinic}."
            ).format(clinic=backup.clinic_name)
        )
    lines.append(
        QCoreApplication.translate(
            "RestorePreviewDialog",
            "Everything entered after the backup was made will no longer appear. The current "
            "records are first kept as a verified copy beside the database, so nothing is "
            "deleted. Everyone is logged out afterwards.",
        )
    )
    return " ".join(lines)


class RestorePreviewDialog(QDialog):
    """Shows a verified backup's contents and restores only after the word is typed."""

    def __init__(
        self, preview: BackupPreview, current: RecordSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RestorePreviewDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(680)
        self.preview = preview
        records = preview.records
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Replace the records with this backup?"))
        title.setProperty("role", "title")
        layout.addWidget(title)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        made = preview.made_at or preview.modified
        self.facts: dict[str, QLabel] = {}
        for key, label, value in (
            ("file", self.tr("File:"), preview.path.name),
            ("folder", self.tr("Folder:"), str(preview.path.parent)),
            ("clinic", self.tr("Clinic:"), records.clinic_name or self.tr("(no clinic name)")),
            ("made", self.tr("Backup made:"), when_text(made)),
            ("patients", self.tr("Patients:"), str(records.patients)),
            ("visits", self.tr("Visits:"), visits_text(records)),
            ("newest", self.tr("Newest visit:"), day_text(records.newest_visit)),
            (
                "changed",
                self.tr("Last change recorded:"),
                when_text(records.last_change) if records.last_change else day_text(None),
            ),
            (
                "checked",
                self.tr("Checked:"),
                self.tr("intact, {size}").format(size=size_text(preview.size)),
            ),
        ):
            text = QLabel(value)
            text.setObjectName(f"preview_{key}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, text)
            self.facts[key] = text
        layout.addLayout(form)

        note = QFrame()
        note.setProperty("role", "warning-banner")
        note_layout = QVBoxLayout(note)
        note_layout.setContentsMargins(12, 8, 12, 8)
        self.comparison = QLabel(comparison_text(records, current))
        self.comparison.setObjectName("restoreComparison")
        self.comparison.setWordWrap(True)
        note_layout.addWidget(self.comparison)
        layout.addWidget(note)

        confirm_form = QFormLayout()
        self.confirm = QLineEdit()
        self.confirm.setObjectName("restoreConfirm")
        self.confirm.setAccessibleName(self.tr("Type {word} to confirm").format(word=CONFIRM_WORD))
        self.confirm.textChanged.connect(self._update)
        confirm_form.addRow(
            self.tr("Type {word} to confirm:").format(word=CONFIRM_WORD), self.confirm
        )
        layout.addLayout(confirm_form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("confirmRestore")
        self.restore_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.confirm.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Once laid out at its width, tall enough for every wrapped line (a deep folder, a
        longer language)."""
        super().showEvent(event)
        grow_to_fit(self)

    def confirmed(self) -> bool:
        """True once the confirmation word is typed."""
        return self.confirm.text().strip().upper() == CONFIRM_WORD

    def accept(self) -> None:
        if self.confirmed():
            super().accept()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.confirmed())
