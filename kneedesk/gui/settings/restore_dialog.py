"""Before a restore: what the backup holds, how it compares with now, and a typed confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from kneedesk.store.backup_preview import BackupPreview, RecordSummary

CONFIRM_WORD = "RESTORE"


def visits_text(records: RecordSummary) -> str:
    """ "105 (98 signed, 7 drafts)"."""
    drafts = records.draft_visits
    return (
        f"{records.visits} ({records.signed_visits} signed, "
        f"{drafts} draft{'s' if drafts != 1 else ''})"
    )


def comparison_text(backup: RecordSummary, now: RecordSummary) -> str:
    """What changes for the clinic if this backup replaces the current records."""
    lines = [
        f"KneeDesk holds {now.patients} patients and {now.visits} visits now "
        f"(newest visit {day_text(now.newest_visit)})."
    ]
    fewer_patients = now.patients - backup.patients
    fewer_visits = now.visits - backup.visits
    if fewer_patients > 0 or fewer_visits > 0:
        lines.append(
            f"The backup has {max(fewer_patients, 0)} fewer patients and "
            f"{max(fewer_visits, 0)} fewer visits."
        )
    if backup.clinic_name and now.clinic_name and backup.clinic_name != now.clinic_name:
        lines.append(f"The backup is from another clinic: {backup.clinic_name}.")
    lines.append(
        "Everything entered after the backup was made will no longer appear. The current "
        "records are first kept as a verified copy beside the database, so nothing is "
        "deleted. Everyone is logged out afterwards."
    )
    return " ".join(lines)


class RestorePreviewDialog(QDialog):
    """Shows a verified backup's contents and restores only after the word is typed."""

    def __init__(
        self, preview: BackupPreview, current: RecordSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RestorePreviewDialog")
        self.setWindowTitle("Restore from backup")
        self.setMinimumWidth(680)
        self.preview = preview
        records = preview.records
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel("Replace the records with this backup?")
        title.setProperty("role", "title")
        layout.addWidget(title)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        made = preview.made_at or preview.modified
        self.facts: dict[str, QLabel] = {}
        for key, label, value in (
            ("file", "File", preview.path.name),
            ("folder", "Folder", str(preview.path.parent)),
            ("clinic", "Clinic", records.clinic_name or "(no clinic name)"),
            ("made", "Backup made", when_text(made)),
            ("patients", "Patients", str(records.patients)),
            ("visits", "Visits", visits_text(records)),
            ("newest", "Newest visit", day_text(records.newest_visit)),
            (
                "changed",
                "Last change recorded",
                when_text(records.last_change) if records.last_change else "none",
            ),
            ("checked", "Checked", f"intact, {size_text(preview.size)}"),
        ):
            text = QLabel(value)
            text.setObjectName(f"preview_{key}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", text)
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
        self.confirm.setAccessibleName(f"Type {CONFIRM_WORD} to confirm")
        self.confirm.textChanged.connect(self._update)
        confirm_form.addRow(f"Type {CONFIRM_WORD} to confirm:", self.confirm)
        layout.addLayout(confirm_form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            "Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("confirmRestore")
        self.restore_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.confirm.setFocus()

    def confirmed(self) -> bool:
        """True once the confirmation word is typed."""
        return self.confirm.text().strip().upper() == CONFIRM_WORD

    def accept(self) -> None:
        if self.confirmed():
            super().accept()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.confirmed())
