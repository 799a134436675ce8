"""The copies kept for a visit: every printed or saved report, newest first, for reprinting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.visit.page import local_time
from kneedesk.services.report_render import TITLES
from kneedesk.store.audit import Action, Entity
from kneedesk.store.errors import NotFoundError
from kneedesk.store.reports import ReportInfo
from kneedesk.store.store import Store

ReportIdRole = Qt.ItemDataRole.UserRole + 20


class StoredReports(QWidget):
    """A list of the visit's kept copies and a Reprint button; emits the chosen copy's id.

    Each entry reads "Patient handout, printed" over "2026-11-25 10:45, Ana Ruiz".
    """

    reprintRequested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.reports: list[ReportInfo] = []
        title = QLabel("Kept copies")
        title.setProperty("role", "subtitle")
        hint = QLabel("What is printed or saved is kept as it was: Reprint gives the same file.")
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("storedReports")
        self.list.setAccessibleName("Kept copies of printed and saved reports")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item: self._reprint())
        self.empty = QLabel("Nothing printed or saved yet.")
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rows = QStackedWidget()
        self.rows.addWidget(self.list)
        self.rows.addWidget(self.empty)
        self.reprint_button = QPushButton("Reprint...")
        self.reprint_button.setObjectName("reprintReport")
        self.reprint_button.setToolTip("Print the selected kept copy again, byte for byte")
        self.reprint_button.clicked.connect(self._reprint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.reprint_button)
        self._update()

    def show_visit(self, visit_id: int) -> None:
        """List the copies kept for a visit, newest first."""
        self.reports = list(reversed(self._store.reports.for_visit(visit_id)))
        self.list.clear()
        names: dict[int | None, str] = {}
        for info in self.reports:
            if info.created_by not in names:
                names[info.created_by] = self._name(info.created_by)
            who = names[info.created_by]
            item = QListWidgetItem(
                f"{TITLES[info.kind]}, {self._how(info.id)}\n"
                f"{local_time(info.created_at)}" + (f", {who}" if who else "")
            )
            item.setData(ReportIdRole, info.id)
            self.list.addItem(item)
        if self.reports:
            self.list.setCurrentRow(0)
        self._update()

    def entry_text(self, row: int) -> str:
        """What the list shows for one kept copy (row 0 is the newest)."""
        item = self.list.item(row)
        return item.text() if item is not None else ""

    def selected_id(self) -> int | None:
        """The id of the highlighted copy, if any."""
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(ReportIdRole))

    def _how(self, report_id: int) -> str:
        """How the copy was made ("printed" or "saved as PDF") and how often it was reprinted."""
        rows = self._store.audit.entries(entity=Entity.REPORT, entity_id=report_id, limit=1000)
        if not rows:
            return "kept"
        first = rows[-1]
        how = "saved as PDF" if first.action == Action.EXPORT else "printed"
        reprints = sum(1 for r in rows if r.detail.get("reprint"))
        return f"{how}, reprinted {reprints}x" if reprints else how

    def _name(self, clinician_id: int | None) -> str:
        if clinician_id is None:
            return ""
        try:
            return self._store.accounts.get(clinician_id).display_name
        except NotFoundError:
            return f"clinician {clinician_id}"

    def _update(self) -> None:
        self.rows.setCurrentWidget(self.list if self.reports else self.empty)
        self.reprint_button.setEnabled(self.selected_id() is not None)

    def _reprint(self) -> None:
        report_id = self.selected_id()
        if report_id is not None:
            self.reprintRequested.emit(report_id)
