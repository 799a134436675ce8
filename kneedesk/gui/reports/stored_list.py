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

from kneedesk.core.i18n import LANGUAGES, SOURCE_LANGUAGE
from kneedesk.gui.visit.page import local_time
from kneedesk.store.audit import Action, Entity
from kneedesk.store.errors import NotFoundError
from kneedesk.store.reports import ReportInfo, ReportKind
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
        title = QLabel(self.tr("Kept copies"))
        title.setProperty("role", "subtitle")
        hint = QLabel(
            self.tr("What is printed or saved is kept as it was: Reprint gives the same file.")
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("storedReports")
        self.list.setAccessibleName(self.tr("Kept copies of printed and saved reports"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item: self._reprint())
        self.empty = QLabel(self.tr("Nothing printed or saved yet."))
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rows = QStackedWidget()
        self.rows.addWidget(self.list)
        self.rows.addWidget(self.empty)
        self.reprint_button = QPushButton(self.tr("Reprint..."))
        self.reprint_button.setObjectName("reprintReport")
        self.reprint_button.setToolTip(self.tr("Print the selected kept copy again, byte for byte"))
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
            when = local_time(info.created_at)
            how = self._how(info.kind, info.id)
            if info.language != SOURCE_LANGUAGE:  # printed in another language: say which
                language = LANGUAGES.get(info.language, info.language)
                how = self.tr("{copy}, in {language}").format(copy=how, language=language)
            item = QListWidgetItem(
                how
                + "\n"
                + (self.tr("{time}, {name}").format(time=when, name=who) if who else when)
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

    def _how(self, kind: ReportKind, report_id: int) -> str:
        """The copy's document, how it was made ("printed" or "saved as PDF") and how often it
        was reprinted: "Patient handout, printed, reprinted 2x"."""
        rows = self._store.audit.entries(entity=Entity.REPORT, entity_id=report_id, limit=1000)
        summary = kind is ReportKind.SUMMARY
        if not rows:
            return (
                self.tr("Clinician summary, kept") if summary else self.tr("Patient handout, kept")
            )
        saved = rows[-1].action == Action.EXPORT
        if saved:
            how = (
                self.tr("Clinician summary, saved as PDF")
                if summary
                else self.tr("Patient handout, saved as PDF")
            )
        else:
            how = (
                self.tr("Clinician summary, printed")
                if summary
                else self.tr("Patient handout, printed")
            )
        reprints = sum(1 for r in rows if r.detail.get("reprint"))
        if not reprints:
            return how
        # Translators: {copy} is e.g. "Patient handout, printed"; "{count}x" means "{count} times".
        return self.tr("{copy}, reprinted {count}x").format(copy=how, count=reprints)

    def _name(self, clinician_id: int | None) -> str:
        if clinician_id is None:
            return ""
        try:
            return self._store.accounts.get(clinician_id).display_name
        except NotFoundError:
            return self.tr("clinician {number}").format(number=clinician_id)

    def _update(self) -> None:
        self.rows.setCurrentWidget(self.list if self.reports else self.empty)
        self.reprint_button.setEnabled(self.selected_id() is not None)

    def _reprint(self) -> None:
        report_id = self.selected_id()
        if report_id is not None:
            self.reprintRequested.emit(report_id)
