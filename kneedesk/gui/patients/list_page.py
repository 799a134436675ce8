"""The patient list: search as you type, recently seen patients, new patient, archive toggle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.i18n import current_language
from kneedesk.gui.patients.list_model import (
    COL_AGE,
    COL_BIRTH,
    COL_CHART,
    COL_NAME,
    PatientIdRole,
    PatientListModel,
)
from kneedesk.gui.server_link import ServerLink
from kneedesk.store.audit import Action, Entity
from kneedesk.store.errors import ServerUnavailableError
from kneedesk.store.store import Store

RECENT_COUNT = 8
COUNT_LIMIT = 1000
"""Matches are counted up to this many; beyond it the list says "more than 1,000"."""


class PatientListPage(QWidget):
    """Finds a patient; emits `openPatient(id)` or `newPatientRequested()`."""

    openPatient = Signal(int)
    newPatientRequested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PatientListPage")
        self._store = store
        self.model = PatientListModel(
            lambda q, limit, offset, archived: store.patients.search(
                q, limit=limit, offset=offset, include_archived=archived
            )
        )

        title = QLabel(self.tr("Patients"))
        title.setProperty("role", "title")
        self.search = QLineEdit()
        self.search.setObjectName("patientSearch")
        self.search.setPlaceholderText(
            self.tr("Search by name, chart number or date of birth  (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search patients"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.open_current)
        self.search.installEventFilter(self)

        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self._on_archived_toggled)
        self.new_button = QPushButton(self.tr("New patient"))
        self.new_button.setObjectName("newPatient")
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Add a patient (Ctrl+N)"))
        self.new_button.clicked.connect(self.newPatientRequested)

        self.table = QTableView()
        self.table.setObjectName("patientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self._size_columns()
        self.table.activated.connect(self._open_index)
        self.table.setAccessibleName(self.tr("Patients found"))

        # Shown instead of the empty table: what to do next, not a blank grid.
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("patientListEmpty")
        self.empty_hint.setProperty("role", "muted")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty_hint)

        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.count_label.setObjectName("patientCount")

        self.recent = QListWidget()
        self.recent.setObjectName("recentPatients")
        self.recent.setAccessibleName(self.tr("Recently seen patients"))
        self.recent.setMaximumWidth(280)
        # Long names, and the hint in longer languages, wrap inside the narrow column.
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(self._open_recent)
        recent_title = QLabel(self.tr("Recently seen"))
        recent_title.setProperty("role", "subtitle")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.new_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.results, 1)
        left.addWidget(self.count_label)
        right = QVBoxLayout()
        right.addWidget(recent_title)
        right.addWidget(self.recent, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(title)
        outer.addLayout(body, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.newPatientRequested.emit)
        self.setTabOrder(self.search, self.table)

    def _size_columns(self) -> None:
        # Widths from the font, not ResizeToContents: that asks the model for every loaded
        # row's text on each keystroke, which costs more than the search itself.
        self.table.ensurePolished()
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        samples = {COL_CHART: "KD-0000000", COL_BIRTH: "0000-00-00", COL_AGE: "000"}
        headers = self.model.headers()
        for col, sample in samples.items():
            text = max(sample, headers[col], key=metrics.horizontalAdvance)
            padding = 4 * metrics.averageCharWidth()
            header.resizeSection(col, metrics.horizontalAdvance(text) + padding)

    def refresh(self) -> None:
        """Reload the list and the recently seen patients."""

        def read() -> None:
            self.model.refresh()
            self._update_count()
            self._load_recent()

        self._reachable(read)

    def _reachable(self, read: Callable[[], object]) -> bool:
        """Read from the store; while the clinic server is out of reach, keep the rows shown,
        say so under the list (the window's banner tells the rest); whether it was read."""
        try:
            read()
        except ServerUnavailableError as exc:
            self.count_label.setText(
                self.tr("The clinic server cannot be reached: this list is as it was last read.")
            )
            link = ServerLink.of(self)
            if link is not None:
                link.lost(exc)
            return False
        return True

    def refresh_keeping_place(self) -> None:
        """Reload after a change made on another workstation: the search typed, the patient
        selected and the scroll position stay as they were."""
        index = self.table.currentIndex()
        chosen = self.model.patient(index.row()).id if index.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.refresh()
        if chosen is not None:
            for row in range(self.model.rowCount()):
                if self.model.patient(row).id == chosen:
                    self.table.setCurrentIndex(self.model.index(row, index.column()))
                    break
        self.table.verticalScrollBar().setValue(scroll)

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def known_name(self, patient_id: int) -> str | None:
        """The name of a patient among the rows read so far (shown while a record loads)."""
        for row in range(self.model.rowCount()):
            patient = self.model.patient(row)
            if patient.id == patient_id:
                return f"{patient.given_name} {patient.family_name}"
        return None

    def open_current(self) -> None:
        """Open the selected patient, or the first match when nothing is selected."""
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _on_search(self, text: str) -> None:
        def search() -> None:
            self.model.set_query(text)
            self._update_count()

        if self._reachable(search) and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _on_archived_toggled(self, checked: bool) -> None:
        def search() -> None:
            self.model.set_query(self.model.query, include_archived=checked)
            self._update_count()

        self._reachable(search)

    def _update_count(self) -> None:
        # Counted only as far as COUNT_LIMIT: an exact count of a one-letter search would read
        # every match, and nobody scrolls through a thousand names rather than type a letter.
        total = self._store.patients.count(
            self.model.query,
            include_archived=self.show_archived.isChecked(),
            stop_at=COUNT_LIMIT + 1,
        )
        self.count_label.setText(self._count_text(total, searched=bool(self.model.query)))
        self._show_empty_hint(total == 0)

    def _count_text(self, total: int, *, searched: bool) -> str:
        """ "12 patients", "1 patient found", "More than 1,000 patients found"."""
        locale = QLocale(current_language())
        if total > COUNT_LIMIT:
            limit = locale.toString(COUNT_LIMIT)
            if searched:
                return self.tr("More than {limit} patients found").format(limit=limit)
            return self.tr("More than {limit} patients").format(limit=limit)
        count = locale.toString(total)
        # Plural forms come from the catalogue; untranslated (English) gives the plural
        # source text, so English's singular is picked here.
        if searched:
            text = self.tr("{count} patients found", "", total)
            if total == 1 and text == "{count} patients found":
                text = "{count} patient found"
        else:
            text = self.tr("{count} patients", "", total)
            if total == 1 and text == "{count} patients":
                text = "{count} patient"
        return text.format(count=count)

    def _show_empty_hint(self, empty: bool) -> None:
        """Say how to go on when the list is empty: add the first patient, or search again."""
        if not empty:
            self.results.setCurrentWidget(self.table)
            return
        query = self.model.query.strip()
        if query:
            self.empty_hint.setText(
                self.tr(
                    "No patient matches “{query}”. Check the spelling, search by chart "
                    "number or date of birth, or choose New patient (Ctrl+N) to add them."
                ).format(query=query)
            )
        elif not self.show_archived.isChecked() and self._store.patients.count(
            "", include_archived=True, stop_at=1
        ):
            self.empty_hint.setText(
                self.tr(
                    "Every patient is archived. Tick Show archived to see them, or choose "
                    "New patient (Ctrl+N)."
                )
            )
        else:
            self.empty_hint.setText(
                self.tr("No patients yet. Choose New patient (Ctrl+N) to add the first one.")
            )
        self.results.setCurrentWidget(self.empty_hint)

    def _open_index(self, index: QModelIndex) -> None:
        patient_id = self.model.data(index, PatientIdRole)
        if patient_id is not None:
            self.openPatient.emit(int(patient_id))

    def _load_recent(self) -> None:
        self.recent.clear()
        me = self._store.current.id if self._store.current else None
        seen: list[int] = []
        for entry in self._store.audit.entries(
            entity=Entity.PATIENT, action=Action.VIEW, limit=200
        ):
            if entry.actor_id != me or entry.entity_id is None:
                continue
            pid = int(entry.entity_id)
            if pid not in seen:
                seen.append(pid)
            if len(seen) >= RECENT_COUNT:
                break
        for pid in seen:
            p = self._store.patients.get(pid)
            item = QListWidgetItem(f"{p.display_name}\n{p.chart_number}")
            item.setData(PatientIdRole, pid)
            self.recent.addItem(item)
        if not seen:
            placeholder = QListWidgetItem(self.tr("Patients you open appear here."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def _open_recent(self, item: QListWidgetItem) -> None:
        pid = item.data(PatientIdRole)
        if pid is not None:
            self.openPatient.emit(int(pid))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.model.rowCount() > 0  # an empty list is hidden behind its hint
        ):
            # Arrow keys in the search field move the selection in the list.
            self.table.setFocus()
            row = max(0, self.table.currentIndex().row())
            self.table.selectRow(row + (1 if event.key() == Qt.Key.Key_Down else 0))
            return True
        return False
