"""The record page's visit history: one row per visit, or a placeholder while it is read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kneedesk.core.locale_format import local_number
from kneedesk.services.patient_record import HistoryEntry

COLUMN_COUNT = 5
VisitIdRole = Qt.ItemDataRole.UserRole + 10


class VisitHistoryTable(QTableWidget):
    """The visits, newest first, with their Kujala total and worst pain; read-only."""

    def __init__(self) -> None:
        super().__init__(0, COLUMN_COUNT)
        self.setObjectName("visitHistory")
        self.setAccessibleName(self.tr("Visit history"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Clinician"),
                self.tr("Status"),
                "Kujala",  # the score's name, the same in every language
                self.tr("Worst pain"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def loading_text(self) -> str:
        """ "Loading the record...", while the record is read."""
        return self.tr("Loading the record…")

    def show_loading(self) -> None:
        """One row across the table saying the record is being read (nothing to select)."""
        self.clearSpans()
        self.setRowCount(1)
        self.setSpan(0, 0, 1, COLUMN_COUNT)
        placeholder = QTableWidgetItem(self.loading_text())
        placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: no visit behind it
        placeholder.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(0, 0, placeholder)

    def clear_rows(self) -> None:
        """No rows (the record could not be read)."""
        self.clearSpans()
        self.setRowCount(0)

    def fill(self, entries: Sequence[HistoryEntry]) -> None:
        """One row per visit, in the order given; the first is selected."""
        self.clearSpans()
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            visit, total, worst = entry.visit, entry.kujala, entry.worst_pain
            cells = (
                visit.visit_date,
                visit.clinician_name,
                entry.status,
                "-" if total is None else f"{total}/100",
                "-" if worst is None else local_number(f"{worst:g}/10"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(VisitIdRole, visit.id)
                self.setItem(row, col, item)
        if entries:
            self.selectRow(0)
