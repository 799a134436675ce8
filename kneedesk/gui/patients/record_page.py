"""One patient: details, then two tabs: the visit history with its actions, and progress.

The record is read on a worker (`record_load.load_record`): the page shows the name the
patient list knows and "Loading the record..." in the history until it arrives, and drops
a result if another patient was opened meanwhile (the latest open wins).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui import layout_memory
from kneedesk.gui.background import BackgroundJob, start_job
from kneedesk.gui.patients.patient_card import PatientCard
from kneedesk.gui.patients.record_load import LoadedRecord, load_record
from kneedesk.gui.patients.visit_history import VisitHistoryTable
from kneedesk.store.errors import StoreError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

if TYPE_CHECKING:  # the Progress view pulls in pyqtgraph, so it is imported when first shown
    from kneedesk.gui.progress.view import ProgressView

RECORD_LANE = "patient-record"  # record reads take turns, so a stale one ends before the next

log = logging.getLogger(__name__)


class PatientRecordPage(QWidget):
    """Shows one patient; emits what the clinician wants to do next."""

    backRequested = Signal()
    editRequested = Signal(int)
    newVisitRequested = Signal(int)
    openVisitRequested = Signal(int)
    addendumRequested = Signal(int)
    reportsRequested = Signal(int)
    loaded = Signal()
    """A record read has ended: the record is shown, or the message saying why it is not."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PatientRecordPage")
        self._store = store
        self.patient: Patient | None = None  # None until the record read arrives
        self.patient_id: int | None = None  # the patient shown or being read
        self._audit_view = True  # whether the record being read is a new look at it (audited)
        self._record: LoadedRecord | None = None
        self._visits: list[Visit] = []
        self._answers: dict[int, dict[str, Any]] = {}  # by visit id, read once per show
        self._job: BackgroundJob | None = None  # the record read in flight
        self.progress: ProgressView | None = None
        self._progress_stale = True
        self._history_stale = False

        back = QPushButton(self.tr("< Patients"))
        back.setObjectName("backToPatients")
        back.setToolTip(self.tr("Back to the patient list (Esc)"))
        back.clicked.connect(self.backRequested)
        back.setShortcut("Esc")
        self.name = QLabel()
        self.name.setObjectName("patientName")
        self.name.setProperty("role", "title")
        self.archived_note = QLabel(self.tr("Archived"))
        self.archived_note.setProperty("role", "error")
        header = QHBoxLayout()
        header.addWidget(back)
        header.addSpacing(12)
        header.addWidget(self.name, 1)
        header.addWidget(self.archived_note)

        self.card = card = PatientCard()
        self.details, self.handout_language = card.details, card.handout_language
        self.edit_button, self.archive_button = card.edit_button, card.archive_button
        self.handout_language.chosen.connect(self._set_handout_language)
        self.edit_button.clicked.connect(self._edit)
        self.archive_button.clicked.connect(self._toggle_archive)

        self.history = VisitHistoryTable()
        self.history.itemSelectionChanged.connect(self._update_actions)
        self.history.itemActivated.connect(lambda _item: self._open_selected())

        self.new_button = QPushButton(self.tr("New screen"))
        self.new_button.setObjectName("newScreen")
        self.new_button.setProperty("role", "primary")
        self.new_button.setShortcut("Ctrl+Shift+N")
        self.new_button.setToolTip(self.tr("Start a new movement screen today (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self._new_visit)
        self.open_button = QPushButton(self.tr("Continue draft"))
        self.open_button.setObjectName("openVisit")
        self.open_button.clicked.connect(self._open_selected)
        self.addendum_button = QPushButton(self.tr("Addendum..."))
        self.addendum_button.setObjectName("addendum")
        self.addendum_button.clicked.connect(self._addendum)
        # Translators: "&&" shows a single "&" on the button (a lone "&" marks a shortcut key).
        self.reports_button = QPushButton(self.tr("Handout && summary..."))
        self.reports_button.setObjectName("reportsButton")
        self.reports_button.setToolTip(
            self.tr("The patient handout and clinician summary of this visit")
        )
        self.reports_button.clicked.connect(self._reports)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.addendum_button)
        actions.addWidget(self.reports_button)
        actions.addStretch(1)

        visits_tab = QWidget()
        visits_tab.setObjectName("visitsTab")
        visits_layout = QVBoxLayout(visits_tab)
        visits_layout.setContentsMargins(0, 8, 0, 0)
        visits_layout.addWidget(self.history, 1)
        self.no_visits = QLabel(
            self.tr(
                "No visits yet. Choose New screen (Ctrl+Shift+N) to start the first movement "
                "screen."
            )
        )
        self.no_visits.setObjectName("noVisits")
        self.no_visits.setProperty("role", "muted")
        self.no_visits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_visits.setWordWrap(True)
        visits_layout.addWidget(self.no_visits, 1)
        self.load_error = QLabel()
        self.load_error.setObjectName("recordLoadError")
        self.load_error.setProperty("role", "error")
        self.load_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.load_error.setWordWrap(True)
        self.load_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_error.hide()
        visits_layout.addWidget(self.load_error, 1)
        visits_layout.addLayout(actions)
        self.progress_tab = QWidget()
        self.progress_tab.setObjectName("progressTab")
        self._progress_layout = QVBoxLayout(self.progress_tab)
        self._progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_loading = QLabel(self.history.loading_text())
        self.progress_loading.setObjectName("progressLoading")
        self.progress_loading.setProperty("role", "muted")
        self.progress_loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_loading.hide()
        self._progress_layout.addWidget(self.progress_loading, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(visits_tab, self.tr("Visits"))
        self.tabs.addTab(self.progress_tab, self.tr("Progress"))
        self.tabs.setTabToolTip(0, self.tr("Visit history and actions (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Charts over the visits (Ctrl+2)"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout_memory.remember(self.tabs)  # each clinician's record opens on their last tab
        # Window-wide, but only while this page is shown (Qt ignores hidden widgets' shortcuts).
        for n, key in enumerate(("Ctrl+1", "Ctrl+2")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addLayout(header)
        outer.addWidget(card)
        outer.addWidget(self.tabs, 1)

    def show_patient(
        self, patient_id: int, *, name: str | None = None, audit_view: bool = True
    ) -> None:
        """Start reading a patient's record on a worker; `loaded` is emitted once it is shown.

        `name` (as the patient list shows it) is shown meanwhile. A read still in flight for
        an earlier open is dropped. The view is audited when the record is shown (not when
        it is shown again because another workstation changed it: `audit_view` False).
        """
        if self._job is not None:
            self._job.cancel()
        same = self.patient_id == patient_id
        self._audit_view = audit_view or not same
        self.patient_id = patient_id
        self.patient = None
        self._record = None
        self._visits, self._answers = [], {}
        if name is not None:
            self.name.setText(name)
        elif not same:
            self.name.clear()
        if not same:
            for label in self.details.values():
                label.clear()
            self.archived_note.hide()
        self._show_loading()
        store = self._store
        job = start_job(
            lambda _control: load_record(store, patient_id),
            lambda record: self._loaded(job, record),
            lambda exc: self._failed(job, exc),
            lane=RECORD_LANE,
        )
        self._job = job

    @property
    def loading(self) -> bool:
        """Whether a record read is in flight."""
        return self._job is not None

    def wait_until_loaded(self, msecs: int = 10_000) -> bool:
        """Block until the record read in flight (if any) has ended and been shown; False
        on a timeout. For tests and shutdown: the GUI thread stands still meanwhile."""
        job = self._job
        return job is None or job.wait(msecs)

    def stop_loading(self) -> None:
        """Drop the record read in flight and wait for its worker to let go of the store
        (before a restore replaces the records, or a logout ends the session)."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
            job.wait()

    def reload(self, *, audit_view: bool = True) -> None:
        """Show the same patient again after a change (`audit_view` False: a change made
        on another workstation, not a new look at the record)."""
        if self.patient_id is not None:
            self.show_patient(self.patient_id, name=self.name.text() or None, audit_view=audit_view)

    def _show_loading(self) -> None:
        self.history.show_loading()
        self.history.show()
        self.no_visits.hide()
        self.load_error.hide()
        if self.progress is not None:
            self.progress.hide()
        # It may still say why the last read failed.
        self.progress_loading.setText(self.history.loading_text())
        self.progress_loading.show()
        self._history_stale = self._progress_stale = False
        self._update_actions()

    def _loaded(self, job: BackgroundJob, record: LoadedRecord) -> None:
        if job is not self._job:  # another patient was opened meanwhile
            return
        try:
            if self._audit_view:
                self._store.patients.record_view(record.patient.id)
            language = self._store.settings.read().handout_language
        except StoreError as exc:  # the clinic server went out of reach meanwhile
            self._failed(job, exc)
            return
        self._job = None
        self._record = record
        self.patient = record.patient
        self._visits = record.visits  # newest first
        # One read of every visit's answers, for the history and the Progress tab alike.
        self._answers = record.answers
        self._fill_details(record.patient, language)
        self.progress_loading.hide()
        if self.progress is not None:
            self.progress.show()
        # Each tab is filled when shown (the other one when the clinician turns to it).
        self._history_stale = True
        self._progress_stale = True
        if self.tabs.currentWidget() is self.progress_tab:
            self._refresh_progress()
        else:
            self._refresh_history()
        self.loaded.emit()

    def _failed(self, job: BackgroundJob, exc: Exception) -> None:
        if job is not self._job:
            return
        self._job = None
        if isinstance(exc, StoreError):
            message = (
                self.tr("This record could not be opened. {what} {todo}")
                .format(what=exc.what, todo=exc.todo)
                .strip()
            )
        else:
            log.error("reading a patient record failed", exc_info=exc)
            message = self.tr(
                "This record could not be opened ({error}). Go back to the patient list and "
                "open it again; if it keeps failing, restart KneeDesk."
            ).format(error=exc)
        self.load_error.setText(message)
        self.history.clear_rows()
        self.history.hide()
        self.no_visits.hide()
        self.load_error.show()
        self.progress_loading.setText(message)
        self._update_actions()
        self.loaded.emit()

    def show_progress(self) -> ProgressView:
        """Switch to the Progress tab (building it on first use) and return its view."""
        self.tabs.setCurrentWidget(self.progress_tab)
        assert self.progress is not None
        return self.progress

    def _tab_changed(self, _index: int) -> None:
        # Keep the keyboard in the tab that is shown, so arrow keys and paging work at once.
        if self.tabs.currentWidget() is self.progress_tab:
            self._refresh_progress()
            assert self.progress is not None
            self.progress.scroll_area.setFocus()
        else:
            self._refresh_history()
            self.history.setFocus()

    def _refresh_history(self) -> None:
        if self._history_stale:
            self._history_stale = False  # first: filling selects a row, which asks for it
            self._fill_history()
            self._update_actions()

    def _refresh_progress(self) -> None:
        if self.progress is None:
            from kneedesk.gui.progress.view import ProgressView

            self.progress = ProgressView(self._store)
            self._progress_layout.addWidget(self.progress)
            self._progress_stale = True
        if self._record is None:  # still loading: the view shows when the record arrives
            self.progress.hide()
        elif self._progress_stale:
            self.progress.show_data(self._record.progress)
            self._progress_stale = False

    def _fill_details(self, p: Patient, language: str) -> None:
        self.name.setText(f"{p.given_name} {p.family_name}")
        self.archived_note.setVisible(p.archived)
        self.card.show_patient(p, language)

    def _fill_history(self) -> None:
        assert self._record is not None
        self.history.fill(self._record.history)
        self.history.setVisible(bool(self._visits))
        self.no_visits.setVisible(not self._visits)

    def selected_visit(self) -> Visit | None:
        """The visit highlighted in the history, if any."""
        self._refresh_history()
        rows = self.history.selectionModel().selectedRows()
        if not rows or not self._visits:
            return None
        return self._visits[rows[0].row()]

    def _update_actions(self) -> None:
        visit = self.selected_visit()
        self.open_button.setEnabled(visit is not None)
        self.open_button.setText(
            self.tr("Open signed visit") if visit and visit.signed else self.tr("Continue draft")
        )
        self.addendum_button.setEnabled(visit is not None and visit.signed)
        self.reports_button.setEnabled(visit is not None)
        shown = self.patient is not None  # not while the record is read, nor after a failure
        self.new_button.setEnabled(shown and not (self.patient and self.patient.archived))
        self.edit_button.setEnabled(shown)
        self.archive_button.setEnabled(shown)

    def _open_selected(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.openVisitRequested.emit(visit.id)

    def _new_visit(self) -> None:
        if self.patient is not None:
            self.newVisitRequested.emit(self.patient.id)

    def _edit(self) -> None:
        if self.patient is not None:
            self.editRequested.emit(self.patient.id)

    def _addendum(self) -> None:
        visit = self.selected_visit()
        if visit is not None and visit.signed:
            self.addendumRequested.emit(visit.id)

    def _reports(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.reportsRequested.emit(visit.id)

    def _set_handout_language(self, code: str) -> None:
        """Keep the language chosen with the patient: their handouts print in it."""
        if self.patient is not None:
            self._store.patients.set_handout_language(self.patient.id, code or None)
            self.reload()

    def _toggle_archive(self) -> None:
        if self.patient is None:
            return
        if self.patient.archived:
            self._store.patients.unarchive(self.patient.id)
        else:
            self._store.patients.archive(self.patient.id)
        self.reload()
