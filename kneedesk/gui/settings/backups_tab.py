"""The Backups tab: folder, daily backup and how many to keep, Back up now, and restore.

Changes on this tab take effect at once (like the Clinicians tab): the folder, the daily
backup and the number kept are stored as soon as they are changed, not by the dialog's Save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from kneedesk.gui.background import BackgroundJob, run_in_background
from kneedesk.gui.backup_center import BackupCenter
from kneedesk.gui.backup_text import failure_text, last_backup_text, size_text, success_text
from kneedesk.gui.lock_guard import open_resumable
from kneedesk.gui.settings.backups_tab_ui import BackupsTabUi
from kneedesk.gui.settings.fields import grow_to_fit, show_field_problem
from kneedesk.gui.settings.restore_dialog import RestorePreviewDialog
from kneedesk.gui.start_folder import start_folder
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.store.backup_preview import BackupPreview, current_summary, preview_backup
from kneedesk.store.backup_schedule import (
    DATABASE_ID_KEY,
    SUFFIX,
    BackupFile,
    BackupOutcome,
    default_backup_folder,
    list_backups,
    read_automatic,
    read_folder,
    read_keep,
    set_automatic,
    set_folder,
    set_keep,
)
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import BackupError, StoreError
from kneedesk.store.store import Store

# Translated where they are shown (`self.tr`), in the context "BackupsTab".
DEFAULT_NOTE = QT_TRANSLATE_NOOP(
    "BackupsTab",
    "This is the default folder, on this computer beside the database. A USB drive or a "
    "network share is safer.",
)
CHOSEN_NOTE = QT_TRANSLATE_NOOP(
    "BackupsTab", "If this is a USB drive, keep it plugged in when KneeDesk starts."
)
NOT_ADMIN_NOTE = QT_TRANSLATE_NOOP("BackupsTab", "Only an administrator can restore a backup.")
NOT_ADMIN_SETTINGS = QT_TRANSLATE_NOOP(
    "BackupsTab", "Only an administrator can change the backup folder and schedule."
)
ADMIN_NOTE = QT_TRANSLATE_NOOP(
    "BackupsTab", "Restoring replaces every record; the current ones are kept as a copy first."
)
SERVER_NOTE = QT_TRANSLATE_NOOP(
    "BackupsTab",
    "KneeDesk is connected to the clinic server: its records are backed up on the server, "
    "not in a file on this computer.",
)
FILE_PATTERNS = f"*{SUFFIX} *.kneedesk *.sqlite3"


def file_filter() -> str:
    """The open dialog's filter for backups, in the interface's language."""
    # Translators: a file dialog's filter: keep {patterns}, the ";;" and the "(*)".
    return QCoreApplication.translate(
        "BackupsTab", "KneeDesk backups ({patterns});;All files (*)"
    ).format(patterns=FILE_PATTERNS)


class BackupsTab(QWidget):
    """Backs up now or daily into a chosen folder, lists the backups there, and restores one."""

    def __init__(
        self,
        store: Store,
        center: BackupCenter,
        parent: QWidget | None = None,
        *,
        choose_folder: Callable[[str], str] | None = None,
        choose_file: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsTab")
        self._store = store
        self.center = center
        self._choose_folder = choose_folder or self._ask_for_folder
        self._choose_file = choose_file or self._ask_for_file
        self.preview_job: BackgroundJob | None = None
        self.preview_dialog: RestorePreviewDialog | None = None
        self._files: list[BackupFile] = []
        current = store.current
        self.is_admin = current is not None and current.role is Role.ADMIN and current.active
        self.ui = BackupsTabUi()
        self.ui.setup(self)
        self._connect()
        self.ui.restore_note.setText(self.tr(ADMIN_NOTE if self.is_admin else NOT_ADMIN_NOTE))
        self.ui.restore_other.setEnabled(self.is_admin)
        # Where copies of the records go, and how many are kept, is the administrators' call.
        self.ui.folder.setReadOnly(not self.is_admin)
        for widget in (self.ui.choose, self.ui.use_default, self.ui.automatic, self.ui.keep):
            widget.setEnabled(self.is_admin)
        center.started.connect(self._started)
        center.succeeded.connect(self._succeeded)
        center.failed.connect(self._failed)
        self.load()
        if not center.backs_up_file:  # clinic server mode: no file to copy or replace here
            for child in self.findChildren(QWidget):
                child.setEnabled(False)
            self.ui.last.setText(self.tr(SERVER_NOTE))
            self.ui.last.setEnabled(True)

    def detach(self) -> None:
        """Stop following backups (the dialog closed)."""
        for signal, slot in (
            (self.center.started, self._started),
            (self.center.succeeded, self._succeeded),
            (self.center.failed, self._failed),
        ):
            signal.disconnect(slot)

    # --- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.folder.editingFinished.connect(self.apply_folder)
        ui.choose.clicked.connect(self.choose_folder)
        ui.use_default.clicked.connect(self.reset_folder)
        ui.automatic.toggled.connect(self._automatic_changed)
        ui.keep.valueChanged.connect(self._keep_changed)
        ui.back_up.clicked.connect(self.back_up_now)
        ui.table.itemSelectionChanged.connect(self._update_buttons)
        ui.table.doubleClicked.connect(lambda _index: self.restore_selected())
        ui.restore_chosen.clicked.connect(self.restore_selected)
        ui.restore_other.clicked.connect(self.restore_from_file)

    # --- model -> widgets -------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored backup settings, the last backup and the folder's backups."""
        settings = self._store.settings
        folder, is_default = read_folder(settings, self._store.path)
        self.ui.folder.setText(str(folder))
        note = self.tr(DEFAULT_NOTE if is_default else CHOSEN_NOTE)
        self.ui.folder_note.setText(
            note if self.is_admin else f"{note} {self.tr(NOT_ADMIN_SETTINGS)}"
        )
        self.ui.use_default.setEnabled(self.is_admin and not is_default)
        self.ui.automatic.blockSignals(True)
        self.ui.automatic.setChecked(read_automatic(settings))
        self.ui.automatic.blockSignals(False)
        self.ui.keep.blockSignals(True)
        self.ui.keep.setValue(read_keep(settings))
        self.ui.keep.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Update the last-backup line and the list of backups in the folder."""
        self.ui.last.setText(last_backup_text(self.center.last_backup(), self.center.clock()))
        busy = self.center.busy
        self.ui.back_up.setEnabled(not busy)
        self.ui.back_up.setText(self.tr("Backing up...") if busy else self.tr("Back up now"))
        folder, _ = read_folder(self._store.settings, self._store.path)
        own = self._store.settings.get(DATABASE_ID_KEY)
        self._files = list_backups(folder)
        self.ui.table.setRowCount(len(self._files))
        for row, backup in enumerate(self._files):
            cells = (
                f"{backup.made_at:%Y-%m-%d %H:%M}",
                size_text(backup.size),
                self.tr("This database")
                if backup.database_id == own
                else self.tr("Another database"),
                backup.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.ui.table.setItem(row, col, item)
        self._update_buttons()

    def backups(self) -> list[BackupFile]:
        """The backups listed, in row order (newest first)."""
        return list(self._files)

    # --- settings ---------------------------------------------------------------------------

    def apply_folder(self) -> bool:
        """Store the folder typed in the field (empty: the default); show why if it cannot be."""
        if not self.is_admin:
            return False
        text = self.ui.folder.text().strip()
        default = default_backup_folder(self._store.path)
        folder = None if not text or Path(text) == default else Path(text)
        try:
            set_folder(self._store.settings, folder)
        except StoreError as exc:
            self._show_problem(
                self.ui.folder, self.ui.folder_error, f"{exc.what} {exc.todo}".strip()
            )
            return False
        self._show_problem(self.ui.folder, self.ui.folder_error, None)
        self.load()
        return True

    def choose_folder(self) -> None:
        """Pick the backup folder (a USB drive or a network share)."""
        chosen = self._choose_folder(self.ui.folder.text())
        if chosen:
            self.ui.folder.setText(chosen)
            self.apply_folder()

    def reset_folder(self) -> None:
        """Back up into the default folder beside the database again."""
        self.ui.folder.clear()
        self.apply_folder()

    def _automatic_changed(self, on: bool) -> None:
        if self.is_admin:
            self._save(lambda: set_automatic(self._store.settings, on), self.ui.keep_error)

    def _keep_changed(self, keep: int) -> None:
        if self.is_admin:
            self._save(lambda: set_keep(self._store.settings, keep), self.ui.keep_error)

    def _save(self, write: Callable[[], None], error: QLabel) -> None:
        try:
            write()
        except StoreError as exc:
            not_saved = self.tr("Not saved.")
            self._show_problem(None, error, f"{not_saved} {exc.what} {exc.todo}".strip())
        else:
            self._show_problem(None, error, None)

    # --- back up ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Write and verify a backup into the folder (on a worker thread)."""
        stored = read_folder(self._store.settings, self._store.path)[0]
        if (
            self.is_admin
            and self.ui.folder.text().strip() != str(stored)
            and not self.apply_folder()
        ):
            return
        self.center.back_up_now()

    def _started(self, _plan: object) -> None:
        self.ui.result.setText(self.tr("Backing up..."))
        self._show_problem(None, self.ui.backup_error, None)
        self.refresh()

    def _succeeded(self, outcome: BackupOutcome) -> None:
        self.ui.result.setText(success_text(outcome))
        self._show_problem(None, self.ui.backup_error, None)
        self.refresh()

    def _failed(self, exc: StoreError) -> None:
        self.ui.result.clear()
        self._show_problem(None, self.ui.backup_error, failure_text(exc))
        self.refresh()

    # --- restore ----------------------------------------------------------------------------

    def selected(self) -> BackupFile | None:
        """The backup selected in the list."""
        rows = self.ui.table.selectionModel().selectedRows()
        return self._files[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        """Check the selected backup and show what it holds before restoring it."""
        chosen = self.selected()
        if chosen is not None:
            self.check_backup(chosen.path)

    def restore_from_file(self) -> None:
        """Pick any backup file, check it and show what it holds before restoring it."""
        path = self._choose_file(self.ui.folder.text())
        if path:
            self.check_backup(Path(path))

    def check_backup(self, path: Path) -> None:
        """Verify the file in full on a worker thread, then show the preview dialog."""
        if not self.is_admin or self.preview_job is not None:
            return
        self._show_problem(None, self.ui.restore_error, None)
        self.ui.restore_note.setText(self.tr("Checking {file}...").format(file=path.name))
        self.preview_job = run_in_background(
            lambda: preview_backup(path), self._show_preview, self._preview_failed
        )

    def _show_preview(self, preview: object) -> None:
        self.preview_job = None
        self.ui.restore_note.setText(self.tr(ADMIN_NOTE))
        assert isinstance(preview, BackupPreview)
        dialog = RestorePreviewDialog(preview, current_summary(self._store.file_db), self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self.restore(preview.path))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._forget_dialog)
        open_resumable(dialog)

    def _forget_dialog(self) -> None:
        self.preview_dialog = None

    def _preview_failed(self, exc: Exception) -> None:
        self.preview_job = None
        self.ui.restore_note.setText(self.tr(ADMIN_NOTE))
        if not isinstance(exc, StoreError):
            exc = BackupError(
                self.tr("The file could not be checked: {error}.").format(error=exc),
                self.tr("Use another backup."),
            )
        not_restored = self.tr("Not restored.")
        self._show_problem(
            None, self.ui.restore_error, f"{not_restored} {exc.what} {exc.todo}".strip()
        )

    def restore(self, path: Path) -> bool:
        """Replace every record with the backup (after the preview was confirmed)."""
        # On the GUI thread on purpose: nothing else may use the connection meanwhile. Say so
        # first, since a large clinic takes a while (about 20 s for 200 MB).
        self.ui.restore_note.setText(
            self.tr(
                "Restoring {file}... This can take a minute for a large clinic; do not "
                "close KneeDesk."
            ).format(file=path.name)
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            self.center.restore(path)
        except StoreError as exc:
            not_restored = self.tr("Not restored.")
            self._show_problem(
                None, self.ui.restore_error, f"{not_restored} {exc.what} {exc.todo}".strip()
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
            self.ui.restore_note.setText(self.tr(ADMIN_NOTE))
        return True

    def _show_problem(self, field: QWidget | None, label: QLabel, problem: str | None) -> None:
        """Show (or clear) a problem; the Settings window grows so the message shows whole."""
        show_field_problem(field, label, problem)
        if problem:
            grow_to_fit(self.window())

    def _update_buttons(self) -> None:
        self.ui.restore_chosen.setEnabled(self.is_admin and self.selected() is not None)

    # --- file dialogs -----------------------------------------------------------------------

    def _ask_for_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the backup folder"),
            str(start_folder(start)),
            QFileDialog.Option.ShowDirsOnly,
        )

    def _ask_for_file(self, start: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup to restore"),
            str(start_folder(start)),
            file_filter(),
        )
        return path
