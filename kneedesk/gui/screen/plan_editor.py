"""The plan editor on the summary page: the suggested plan, then the clinician's own choices.

Until the clinician edits it, the plan follows the findings; after an edit it is theirs and
"Reset to suggested" brings the findings' plan back. ``plan()`` is JSON data:
``[{"id": "wall_sit", "dose": "3 x 45 s, daily", "note": ""}, ...]``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.plan import PLAN_ITEMS, PlanKind

KIND_WORDS = {
    PlanKind.EXERCISE: "Exercise",
    PlanKind.RUNNING: "Training adjustment",
    PlanKind.EDUCATION: "Education",
}
TITLE, KIND, DOSE, NOTE = range(4)


class PlanEditor(QWidget):
    """A table of plan items (dose and note editable) with add, remove and reset."""

    planChanged = Signal()

    def __init__(self, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.read_only = read_only
        self.edited = False
        self._suggested: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("plan_table")
        self.table.setAccessibleName("Plan")
        self.table.setAccessibleDescription("Plan items; dose and note can be edited (F2 or type)")
        self.table.setHorizontalHeaderLabels(["Plan item", "Type", "Dose", "Note"])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DOSE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        self.empty = QLabel("No plan items.", self)
        self.empty.setProperty("role", "caption")
        layout.addWidget(self.empty)
        actions = QHBoxLayout()
        self.add_combo = QComboBox(self)
        self.add_combo.setObjectName("plan_add_combo")
        self.add_combo.setAccessibleName("Plan item to add from the library")
        self.add_combo.setMinimumContentsLength(28)
        self.add_button = QPushButton("Add", self)
        self.add_button.setObjectName("plan_add")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton("Remove selected", self)
        self.remove_button.setObjectName("plan_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton("Reset to suggested", self)
        self.reset_button.setObjectName("plan_reset")
        self.reset_button.clicked.connect(self.reset)
        actions.addWidget(QLabel("Add from the library:", self))
        actions.addWidget(self.add_combo)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.reset_button)
        if not read_only:
            layout.addLayout(actions)
        else:
            for w in (self.add_combo, self.add_button, self.remove_button, self.reset_button):
                w.hide()
        self._fill_combo()

    # --- data -------------------------------------------------------------------------------

    def plan(self) -> list[dict[str, str]]:
        """The plan as shown: [{id, dose, note}] in table order."""
        rows = []
        for row in range(self.table.rowCount()):
            rows.append(
                {
                    "id": self._id(row),
                    "dose": self._text(row, DOSE),
                    "note": self._text(row, NOTE),
                }
            )
        return rows

    def set_plan(self, plan: Sequence[Mapping[str, str]]) -> None:
        """Show a saved plan (it counts as the clinician's own)."""
        self._show(plan)
        self.edited = True

    def set_suggested(self, ids: Sequence[str]) -> None:
        """The findings' plan; shown unless the clinician has edited the plan."""
        self._suggested = tuple(ids)
        if not self.edited:
            self._show_suggested()

    def reset(self) -> None:
        """Go back to the findings' plan, keeping doses and notes already typed."""
        self.edited = False
        self._show_suggested()
        self.planChanged.emit()

    def add(self, item_id: str) -> None:
        """Add a library item (ignored if already in the plan)."""
        if item_id not in PLAN_ITEMS or item_id in {p["id"] for p in self.plan()}:
            return
        self._append({"id": item_id, "dose": "", "note": ""})
        self._changed()
        self.table.setCurrentCell(self.table.rowCount() - 1, DOSE)

    def remove_selected(self) -> None:
        """Remove the selected plan item."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._changed()

    # --- internals --------------------------------------------------------------------------

    def _id(self, row: int) -> str:
        cell = self.table.item(row, TITLE)
        return str(cell.data(Qt.ItemDataRole.UserRole)) if cell else ""

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell else ""

    def _show_suggested(self) -> None:
        kept = {p["id"]: p for p in self.plan()}
        self._show([kept.get(i, {"id": i, "dose": "", "note": ""}) for i in self._suggested])

    def _show(self, plan: Sequence[Mapping[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for entry in plan:
            if entry.get("id") in PLAN_ITEMS:
                self._append(entry)
        self._after_rows()

    def _append(self, entry: Mapping[str, str]) -> None:
        item = PLAN_ITEMS[entry["id"]]
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(item.title)
        title.setData(Qt.ItemDataRole.UserRole, item.id)
        kind = QTableWidgetItem(KIND_WORDS[item.kind])
        for fixed in (title, kind):
            fixed.setFlags(fixed.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, TITLE, title)
        self.table.setItem(row, KIND, kind)
        self.table.setItem(row, DOSE, QTableWidgetItem(entry.get("dose", "")))
        self.table.setItem(row, NOTE, QTableWidgetItem(entry.get("note", "")))
        self.table.blockSignals(False)
        self._after_rows()

    def _after_rows(self) -> None:
        rows = self.table.rowCount()
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(max(height, 60))
        self.empty.setVisible(rows == 0)
        self._fill_combo()

    def _fill_combo(self) -> None:
        present = {self._id(r) for r in range(self.table.rowCount())}
        self.add_combo.clear()
        for item in PLAN_ITEMS.values():
            if item.id not in present:
                self.add_combo.addItem(f"{item.title} ({KIND_WORDS[item.kind].lower()})", item.id)
        self.add_button.setEnabled(self.add_combo.count() > 0 and not self.read_only)

    def _add_clicked(self) -> None:
        item_id = self.add_combo.currentData()
        if item_id:
            self.add(str(item_id))

    def _cell_edited(self, _item: QTableWidgetItem) -> None:
        self._changed()

    def _changed(self) -> None:
        self.edited = True
        self._after_rows()
        self.planChanged.emit()

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
