"""The plan editor on the summary page: the suggested plan, then the clinician's own choices.

Until the clinician edits it, the plan follows the findings; after an edit it is theirs and
"Reset to suggested" brings the findings' plan back. ``plan()`` is JSON data:
``[{"id": "wall_sit", "dose": "3 x 45 s, daily", "note": ""}, ...]``.

Like every input of the screen it saves by itself: each added, removed or reset item and each
finished cell goes to the saver at once, and a dose or note being typed is saved after a
short pause, without leaving the cell. ``flush()`` saves what is still being typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.exercises import load_exercises
from kneedesk.core.plan import PLAN_ITEMS, PlanKind
from kneedesk.core.plan_record import PLAN_DOSE_MAX_LENGTH, PLAN_NOTE_MAX_LENGTH
from kneedesk.gui import theme
from kneedesk.gui.screen.editor import IDLE_SAVE_MS
from kneedesk.gui.screen.recorder import SINK_ERRORS
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

KIND_WORDS = {
    PlanKind.EXERCISE: QT_TRANSLATE_NOOP("PlanEditor", "Exercise"),
    PlanKind.RUNNING: QT_TRANSLATE_NOOP("PlanEditor", "Training adjustment"),
    PlanKind.EDUCATION: QT_TRANSLATE_NOOP("PlanEditor", "Education"),
    PlanKind.ADJUNCT: QT_TRANSLATE_NOOP("PlanEditor", "Short-term help, with exercise"),
}
# The same kinds inside a line of the "add" list: "Wall sit (exercise)".
KIND_WORDS_INLINE = {
    PlanKind.EXERCISE: QT_TRANSLATE_NOOP("PlanEditor", "exercise"),
    PlanKind.RUNNING: QT_TRANSLATE_NOOP("PlanEditor", "training adjustment"),
    PlanKind.EDUCATION: QT_TRANSLATE_NOOP("PlanEditor", "education"),
    PlanKind.ADJUNCT: QT_TRANSLATE_NOOP("PlanEditor", "short-term help, with exercise"),
}
TITLE, KIND, DOSE, NOTE = range(4)
MAX_LENGTHS = {DOSE: PLAN_DOSE_MAX_LENGTH, NOTE: PLAN_NOTE_MAX_LENGTH}


def default_dose(item_id: str) -> str:
    """The library's dose of a plan item, which the handout prints when none is typed."""
    entry = load_exercises().get(item_id)
    return entry.dose if entry is not None else ""


PlanSaver = Callable[[list[dict[str, str]], bool], None]
"""Stores the plan rows and whether they are the clinician's own (False: they follow the
findings); raises like an `AnswerSink` (ValueError, OSError, sqlite3.Error)."""


class CellDelegate(QStyledItemDelegate):
    """Dose and note cells: limited to what the store keeps, and handed to the table after a
    pause in typing, so a dose being typed is saved without leaving the cell."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_LENGTHS.get(index.column(), PLAN_NOTE_MAX_LENGTH))
            timer = QTimer(editor)  # goes with the editor when the cell closes
            timer.setSingleShot(True)
            timer.setInterval(IDLE_SAVE_MS)
            timer.timeout.connect(lambda: self.commitData.emit(editor))
            editor.textEdited.connect(lambda _text: timer.start())
        return editor

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        for timer in editor.findChildren(QTimer):
            timer.stop()  # the cell is closing: what it held was committed or given up
        super().destroyEditor(editor, index)


class PlanEditor(QWidget):
    """A table of plan items (dose and note editable) with add, remove and reset."""

    planChanged = Signal()
    saved = Signal()  # the plan as shown is now stored

    def __init__(
        self,
        read_only: bool = False,
        parent: QWidget | None = None,
        *,
        saver: PlanSaver | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.read_only = read_only
        self.saver = saver
        self.edited = False
        self._unsaved = False  # the clinician changed the plan since it was last saved
        self._suggested: tuple[str, ...] = ()
        self._suggestion_known = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("plan_table")
        self.table.setAccessibleName(self.tr("Plan"))
        self.table.setAccessibleDescription(
            self.tr("Plan items; dose and note can be edited (F2 or type)")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Plan item"), self.tr("Type"), self.tr("Dose"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DOSE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        # Doses and notes wrap, and rows grow to fit them: a dose must be read in full.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegate = CellDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        self.error = QLabel(self)
        self.error.setObjectName("plan_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.empty = QLabel(self.tr("No plan items."), self)
        self.empty.setProperty("role", "caption")
        layout.addWidget(self.empty)
        # The editing controls live in one row widget, so a signed plan hides them all and
        # nothing is left drawn over the table.
        self.controls = QWidget(self)
        self.controls.setObjectName("plan_actions")
        rows = QVBoxLayout(self.controls)
        rows.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.add_combo = QComboBox(self.controls)
        self.add_combo.setObjectName("plan_add_combo")
        self.add_combo.setAccessibleName(self.tr("Plan item to add from the library"))
        self.add_combo.setMinimumContentsLength(28)
        self.add_button = QPushButton(self.tr("Add"), self.controls)
        self.add_button.setObjectName("plan_add")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove selected"), self.controls)
        self.remove_button.setObjectName("plan_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Reset to suggested"), self.controls)
        self.reset_button.setObjectName("plan_reset")
        self.reset_button.clicked.connect(self.reset)
        actions.addWidget(QLabel(self.tr("Add from the library:"), self.controls))
        # The list takes the row's width: library names run long (and longer translated), so
        # removing and resetting have a row of their own below it.
        actions.addWidget(self.add_combo, 1)
        actions.addWidget(self.add_button)
        edits = QHBoxLayout()
        edits.addStretch(1)
        edits.addWidget(self.remove_button)
        edits.addWidget(self.reset_button)
        rows.addLayout(actions)
        rows.addLayout(edits)
        layout.addWidget(self.controls)
        self.controls.setVisible(not read_only)
        self._fill_combo()
        theme.changed().changed.connect(self._recolour)

    # --- data -------------------------------------------------------------------------------

    def plan(self) -> list[dict[str, str]]:
        """The plan as shown: [{id, dose, note}] in table order."""
        rows = []
        for row in range(self.table.rowCount()):
            rows.append(
                {
                    "id": self._id(row),
                    "dose": self._dose(row),
                    "note": self._text(row, NOTE),
                }
            )
        return rows

    def set_plan(self, plan: Sequence[Mapping[str, str]]) -> None:
        """Show a saved plan (it counts as the clinician's own); nothing is saved."""
        self.restore(plan, edited=True)

    def restore(self, plan: Sequence[Mapping[str, str]], edited: bool) -> None:
        """Show a plan saved with a draft without saving it again.

        ``edited`` False: the plan follows the findings, keeping the doses and notes saved
        for the items they suggest.
        """
        self._show(plan)
        self.edited = edited
        self._unsaved = False
        if not edited and self._suggestion_known:
            self._show_suggested()

    def set_suggested(self, ids: Sequence[str]) -> None:
        """The findings' plan; shown unless the clinician has edited the plan."""
        self._suggested = tuple(ids)
        self._suggestion_known = True
        if not self.edited:
            self._show_suggested()

    def reset(self) -> None:
        """Go back to the findings' plan, keeping doses and notes already typed."""
        self.edited = False
        self._show_suggested()
        self._unsaved = True
        self.planChanged.emit()
        self.commit()

    def commit(self) -> None:
        """Save the plan if the clinician changed it since the last save.

        A refusal is shown under the table and the change stays pending, so the next change
        or `flush` tries again.
        """
        if self.read_only or not self._unsaved:
            return
        try:
            if self.saver is not None:
                self.saver(self.plan(), self.edited)
        except SINK_ERRORS as exc:
            reason = str(exc).strip() or type(exc).__name__
            self.show_error(self.tr("Plan not saved: {reason}").format(reason=reason))
            return
        self._unsaved = False
        self.show_error(None)
        self.saved.emit()

    def flush(self) -> None:
        """Take a dose or note still being typed into the plan, close its cell and save."""
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.commit()

    def show_error(self, message: str | None) -> None:
        """Show why the plan was not saved, or hide the message."""
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def add(self, item_id: str) -> None:
        """Add a library item (ignored if already in the plan)."""
        if item_id not in PLAN_ITEMS or item_id in {p["id"] for p in self.plan()}:
            return
        self._append({"id": item_id, "dose": "", "note": ""})
        self._changed()
        self.table.setCurrentCell(self.table.rowCount() - 1, DOSE)

    def remove_selected(self) -> None:
        """Remove the selected plan item; afterwards nothing is selected, so a second click
        removes nothing until the clinician selects another row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.table.removeRow(rows[0].row())
        # Qt moves the selection to the next row; clear it so it is not removed by mistake.
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._changed()

    # --- internals --------------------------------------------------------------------------

    def _id(self, row: int) -> str:
        cell = self.table.item(row, TITLE)
        return str(cell.data(Qt.ItemDataRole.UserRole)) if cell else ""

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell else ""

    def _dose(self, row: int) -> str:
        """The typed dose, or "" when the cell shows the library's default dose."""
        dose = self._text(row, DOSE)
        return "" if dose == default_dose(self._id(row)) else dose

    def _show_dose(self, cell: QTableWidgetItem, item_id: str) -> None:
        """An empty dose shows the library's default; the cell's look tells which it is."""
        default = default_dose(item_id)
        if not cell.text().strip() and default:
            cell.setText(default)
        is_default = bool(default) and cell.text().strip() == default
        # A library dose (printed as is until changed) is muted.
        cell.setForeground(QBrush(QColor(theme.active().muted)) if is_default else QBrush())
        cell.setToolTip(
            self.tr("{dose}\n(library dose, printed on the handout; type to change it)").format(
                dose=cell.text()
            )
            if is_default
            else cell.text()
        )

    def _recolour(self, _scheme: object) -> None:
        """Library doses in the new appearance's muted colour (not an edit: no save)."""
        blocker = QSignalBlocker(self.table)
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, DOSE)
            if cell is not None:
                self._show_dose(cell, self._id(row))
        blocker.unblock()

    def _show_suggested(self) -> None:
        kept = {p["id"]: p for p in self.plan()}
        self._show([kept.get(i, {"id": i, "dose": "", "note": ""}) for i in self._suggested])

    def _show(self, plan: Sequence[Mapping[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for entry in plan:
            if entry.get("id") in PLAN_ITEMS:
                self._append(entry, fit=False)
        self._after_rows()  # once for the whole plan: each fit measures every row

    def _append(self, entry: Mapping[str, str], *, fit: bool = True) -> None:
        item = PLAN_ITEMS[entry["id"]]
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(item.title)
        title.setData(Qt.ItemDataRole.UserRole, item.id)
        kind = QTableWidgetItem(self.tr(KIND_WORDS[item.kind]))
        for fixed in (title, kind):
            fixed.setFlags(fixed.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, TITLE, title)
        self.table.setItem(row, KIND, kind)
        dose = QTableWidgetItem(entry.get("dose", ""))
        self._show_dose(dose, item.id)
        self.table.setItem(row, DOSE, dose)
        self.table.setItem(row, NOTE, QTableWidgetItem(entry.get("note", "")))
        self.table.blockSignals(False)
        if fit:
            self._after_rows()

    def _after_rows(self) -> None:
        self._fit_rows()
        self.empty.setVisible(self.table.rowCount() == 0)
        self._fill_combo()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped dose and note; the table as tall as its rows."""
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(max(height, 60))

    def _fill_combo(self) -> None:
        present = {self._id(r) for r in range(self.table.rowCount())}
        chosen = self.add_combo.currentData()  # kept: the list does not jump on its own
        self.add_combo.clear()
        for item in PLAN_ITEMS.values():
            if item.id not in present:
                kind = self.tr(KIND_WORDS_INLINE[item.kind])
                self.add_combo.addItem(f"{item.title} ({kind})", item.id)
        kept = self.add_combo.findData(chosen) if chosen else -1
        self.add_combo.setCurrentIndex(max(kept, 0) if self.add_combo.count() else -1)
        self.add_button.setEnabled(self.add_combo.count() > 0 and not self.read_only)

    def _add_clicked(self) -> None:
        item_id = self.add_combo.currentData()
        if item_id:
            self.add(str(item_id))

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if cell.column() == DOSE:
            # A cleared dose goes back to the library's, which is what the handout prints.
            self.table.blockSignals(True)
            self._show_dose(cell, self._id(cell.row()))
            self.table.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self.edited = True
        self._unsaved = True
        self._after_rows()
        self.planChanged.emit()
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the selected plan item when no cell is being edited."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not self.read_only
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
