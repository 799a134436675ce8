"""The main window: login and lock screen in front, the patient workspace behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from kneedesk.gui import layout_memory, window_geometry
from kneedesk.gui.first_paint import AfterFirstPaint
from kneedesk.gui.idle import IdleWatcher
from kneedesk.gui.languages import language_for, speak
from kneedesk.gui.lock_guard import SessionGate, run_dialog
from kneedesk.gui.login import LoginWidget
from kneedesk.gui.main_toolbar import MainToolbar
from kneedesk.gui.progress.preload import preload_charts
from kneedesk.gui.retired_notice import show_retired_notice
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import ServerUnavailableError
from kneedesk.store.store import Store

APP_NAME = "KneeDesk"

if TYPE_CHECKING:
    from kneedesk.gui.patients.list_page import PatientListPage
    from kneedesk.gui.patients.record_page import PatientRecordPage
    from kneedesk.gui.reports.view import ReportView
    from kneedesk.gui.visit.page import VisitPage


class MainWindow(QMainWindow):
    """Holds the pages; locking hides every patient detail behind the login screen.

    Only the login screen is made before the window first shows; the patient list is made
    in the first idle moment after the login screen has painted (`patients`, at once if asked
    for sooner). The record page and the visit page (with the screen wizard) are imported and
    made when first used: `record` and `visit` make them on first access.
    """

    def __init__(self, store: Store, *, login_hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        settings = store.settings.read()  # once: each read is a query and a parse
        name = settings.clinic.name
        self.set_title(name)
        self.setObjectName("MainWindow")
        self._locked_clinician: Clinician | None = None
        self.gate = SessionGate(self)  # hides open dialogs on lock, gives them back after
        self._patient_mode = False  # the patient has the screen: no chrome, no shortcuts

        self.login = LoginWidget(store.sign_in, name or APP_NAME, hint=login_hint)
        self.login.loggedIn.connect(self.start_session)
        self._patients: PatientListPage | None = None  # made once the login screen shows
        self._record: PatientRecordPage | None = None  # made on first use (see `record`)
        self._visit: VisitPage | None = None  # made on first use (see `visit`)
        self.reports: ReportView | None = None  # made on first use: it loads QtPdf and reportlab
        self.work = QStackedWidget()
        self.work.setObjectName("Canvas")
        self.front = QStackedWidget()
        self.front.addWidget(self.login)
        self.front.addWidget(self.work)
        self.setCentralWidget(self.front)

        self.toolbar = MainToolbar(
            self,
            patients=self.show_patients,
            settings=self.open_settings,
            lock=self.lock,
            logout=self.logout,
        )
        self.addToolBar(self.toolbar)
        self.act_patients, self.act_settings = self.toolbar.act_patients, self.toolbar.act_settings
        self.act_lock, self.act_logout = self.toolbar.act_lock, self.toolbar.act_logout
        self.act_quit, self.who = self.toolbar.act_quit, self.toolbar.who

        self.idle = IdleWatcher(settings.auto_lock_ms, self)
        self.idle.idle.connect(self.lock)
        self.idle.pause()
        self._show_front(locked=True)
        # Made now, not on its first message, so showing one never makes the window taller.
        self.statusBar().setObjectName("mainStatusBar")
        for warning in store.warnings:
            self.statusBar().showMessage(warning)
        self._attach_backups()
        # The patient list is not seen until a clinician logs in: it is made in the first idle
        # moment after the login screen has painted, while they type (or at the login, if
        # that comes first), so it does not delay the login screen.
        self._list_ahead = AfterFirstPaint(self.login, lambda: self.patients)
        # Clinic server mode: what other workstations change shows here as they save it.
        from kneedesk.gui.live_updates import LiveUpdates

        self.live = LiveUpdates.attach(self)
        # Clinic server mode: the banner and the retries while the server is out of reach.
        from kneedesk.gui import server_link

        self.server_link = server_link.attach(self)

    # --- pages made on first use ------------------------------------------------------------

    @property
    def patients(self) -> PatientListPage:
        """The patient list, made (and its signals connected) on first access."""
        if self._patients is None:
            from kneedesk.gui.patients.list_page import PatientListPage

            page = PatientListPage(self.store)
            page.openPatient.connect(self.show_patient)
            page.newPatientRequested.connect(self.new_patient)
            self.work.insertWidget(0, page)
            self._patients = page
        return self._patients

    @property
    def record(self) -> PatientRecordPage:
        """The patient record page, made (and its signals connected) on first access."""
        if self._record is None:
            from kneedesk.gui.patients.record_page import PatientRecordPage

            record = PatientRecordPage(self.store)
            record.backRequested.connect(self.show_patients)
            record.editRequested.connect(self.edit_patient)
            record.newVisitRequested.connect(self.new_visit)
            record.openVisitRequested.connect(self.open_visit)
            record.addendumRequested.connect(self.add_addendum)
            record.reportsRequested.connect(self.show_reports)
            self.work.addWidget(record)
            self._restore_layout(record)
            self._record = record
        return self._record

    @property
    def visit(self) -> VisitPage:
        """The visit page (the screen wizard), made on first access: the first visit opened."""
        if self._visit is None:
            from kneedesk.gui.visit.page import VisitPage

            settings = self.store.settings.read()
            visit = VisitPage(self.store, settings.units, settings.thresholds)
            visit.closed.connect(self.show_patient)
            visit.patientModeChanged.connect(self._patient_mode_changed)
            self.work.addWidget(visit)
            self._visit = visit
        return self._visit

    def _open_visit_page(self) -> VisitPage | None:
        """The visit page if it is the page shown (None when it was never made)."""
        shown = self._visit is not None and self.work.currentWidget() is self._visit
        return self._visit if shown else None

    # --- chrome ---------------------------------------------------------------------------

    def _show_front(self, *, locked: bool) -> None:
        self.front.setCurrentWidget(self.login if locked else self.work)
        chrome = not locked and not self._patient_mode
        self.toolbar.setVisible(chrome)  # the backup banner follows it
        self.toolbar.toggleViewAction().setEnabled(chrome)
        for action in self.toolbar.actions():  # its shortcuts, and what it holds
            action.setEnabled(chrome)
        self.act_quit.setEnabled(not self._patient_mode)  # the lock screen can be quit

    def _patient_mode_changed(self, on: bool) -> None:
        """In patient mode only the questionnaire and "hand back" can be reached; the app does
        not lock itself while the patient reads (the lock screen would be a way out)."""
        self._patient_mode = on
        locked = self.front.currentWidget() is self.login
        self._show_front(locked=locked)
        if on:
            self.idle.pause()
        elif not locked:
            self.idle.restart()

    def _attach_backups(self) -> None:
        """Backups: a reminder under the toolbar; a restore closes the visit and logs out."""
        from kneedesk.gui.backup_center import BackupCenter
        from kneedesk.gui.backup_reminder import BackupBanner

        self.backups = BackupCenter(self.store, self)
        self.backup_banner = BackupBanner(self.backups, self, follow=self.toolbar)
        self.backups.aboutToRestore.connect(self.show_patients)  # may reopen the record
        self.backups.aboutToRestore.connect(self._stop_record_read)  # so after it
        self.backups.restored.connect(self.logout)

    def set_title(self, clinic: str) -> None:
        """The clinic's name as the title: Qt adds " — KneeDesk" (the application's display
        name) itself, so the title never names the app twice."""
        self.setWindowTitle(clinic)

    def bring_to_front(self) -> None:
        """Raise the window (a second launch asked for it)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # --- login and lock -------------------------------------------------------------------

    def start_session(self, clinician: Clinician) -> None:
        """Show the workspace for a clinician who just logged in or unlocked."""
        previous = self._locked_clinician
        self._locked_clinician = None
        # Dialogs open at the lock come back to the same clinician and to no one else.
        self.gate.resume(previous is not None and previous.id == clinician.id)
        if previous is None or previous.id != clinician.id:
            # A different clinician: start from the patient list, not the other's screen.
            if (page := self._open_visit_page()) is not None:
                page.close_visit()
            if speak(language_for(clinician.language)):  # their language, if not the last one's
                self.drop_pages()
                self.toolbar.retranslate()
            self.show_patients()
            if self.isVisible():
                window_geometry.restore(self, clinician.username)  # as they left it
            layout_memory.restore(self, clinician.username)  # panes and record tab too
        self.toolbar.show_clinician(clinician)
        self._show_front(locked=False)
        preload_charts()  # the first chart view then does not wait for pyqtgraph
        try:
            self.idle.set_timeout(self.store.settings.read().auto_lock_ms)
            # Clinical content v2, 10.6: once, to an administrator, if retired thresholds
            # were set.
            admin = clinician.role is Role.ADMIN
            self.retired_notice = show_retired_notice(self.store.settings, self) if admin else None
        except ServerUnavailableError as exc:  # unlocked while the server is out of reach
            self.idle.restart()  # the idle lock keeps its last setting
            if self.server_link is not None:
                self.server_link.lost(exc)
        if (page := self._open_visit_page()) is not None:
            page.resume_sending()  # what was typed before the lock and kept meanwhile

    def drop_pages(self) -> None:
        """Forget the pages made so far (none may hold an open visit): each is made again on
        its first use, in the language the GUI speaks then."""
        for name in ("_patients", "_record", "_visit", "reports"):
            page = getattr(self, name)
            if page is not None:
                self.work.removeWidget(page)
                page.deleteLater()
                setattr(self, name, None)

    def lock(self) -> None:
        """Hide patient data behind the lock screen; the same clinician returns to this place.
        Not in patient mode: the patient is answering, and only the hand-back prompt ends it."""
        if self.store.current is None or self._patient_mode:
            return
        if (page := self._open_visit_page()) is not None:
            page.flush()
        me = self.store.current
        window_geometry.save(self, me.username)
        layout_memory.save(self, me.username)
        self._locked_clinician = me
        self.store.sign_out()
        self.idle.pause()
        self.login.lock_to(me.username, me.display_name)
        self._show_front(locked=True)
        self.gate.lock()

    def logout(self) -> None:
        """End this clinician's session and go back to a plain login screen."""
        self.gate.resume(False)
        if (page := self._open_visit_page()) is not None:
            page.close_visit()
        self._stop_record_read()  # closing the visit went back to its record
        self._save_geometry()
        self.store.sign_out()
        self._locked_clinician = None
        self.idle.pause()
        self.login.reset()
        self.show_patients()
        self._show_front(locked=True)

    def _stop_record_read(self) -> None:
        """No record read may go on while the records are replaced or nobody is signed in."""
        if self._record is not None:
            self._record.stop_loading()

    # --- navigation -----------------------------------------------------------------------

    def show_patients(self) -> None:
        """The patient list with the search field focused."""
        page = self._open_visit_page()
        if page is not None and page.visit is not None:
            page.close_visit()
            return
        self.patients.refresh()
        self.work.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def show_patient(self, patient_id: int) -> None:
        """One patient's record."""
        if patient_id < 0:
            self.show_patients()
            return
        self.record.show_patient(patient_id, name=self.patients.known_name(patient_id))
        self.work.setCurrentWidget(self.record)
        self.record.history.setFocus()

    def new_patient(self) -> None:
        """Add a patient, then open their record."""
        from kneedesk.gui.patients.dialog import PatientDialog  # not needed to start up

        dialog = PatientDialog(self.store.patients, parent=self)
        if run_dialog(dialog) and dialog.saved is not None:
            self.show_patient(dialog.saved.id)

    def edit_patient(self, patient_id: int) -> None:
        """Change a patient's details."""
        from kneedesk.gui.patients.dialog import PatientDialog

        dialog = PatientDialog(
            self.store.patients, self.store.patients.get(patient_id), parent=self
        )
        if run_dialog(dialog):
            self.record.reload()

    def new_visit(self, patient_id: int) -> None:
        """Start today's screen for a patient (or continue today's draft)."""
        from kneedesk.services.today_draft import start_or_continue_today

        self.open_visit(start_or_continue_today(self.store, patient_id).id)

    def open_visit(self, visit_id: int) -> None:
        """Open a visit in the wizard (read-only when signed)."""
        settings = self.store.settings.read()
        self.visit.units = settings.units
        self.visit.thresholds = settings.thresholds
        self.visit.open_visit(visit_id)
        self.work.setCurrentWidget(self.visit)

    def show_reports(self, visit_id: int) -> None:
        """A visit's handout and summary: preview, print, save and reprint."""
        if self.reports is None:
            from kneedesk.gui.reports.view import ReportView

            self.reports = ReportView(self.store)
            self.reports.backRequested.connect(self.show_patient)
            self.work.addWidget(self.reports)
            self._restore_layout(self.reports)
        self.reports.open_visit(visit_id)
        self.work.setCurrentWidget(self.reports)

    def add_addendum(self, visit_id: int) -> None:
        """Add a correction to a signed visit."""
        from kneedesk.gui.visit.dialogs import AddendumDialog
        from kneedesk.services.addendum import add_addendum

        visit = self.store.visits.get(visit_id)
        dialog = AddendumDialog(visit.visit_date, self)
        if self.store.current is not None and run_dialog(dialog):
            add_addendum(self.store, visit_id, dialog.reason.text(), dialog.text.toPlainText())
            self.record.reload()

    def open_settings(self) -> None:
        """Clinic settings; units, thresholds, the clinic and the lock time apply at once."""
        from kneedesk.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self, backups=self.backups)
        run_dialog(dialog)
        saved = dialog.saved_keys
        dialog.deleteLater()
        settings = self.store.settings.read()
        self.idle.set_timeout(settings.auto_lock_ms)
        self.set_title(settings.clinic.name)
        if saved:
            self.show_new_settings()

    def show_new_settings(self) -> None:
        """Redraw the page on screen in the new units, thresholds and letterhead (the record
        with its Progress tab, now if shown or else when next shown). The other pages read
        the settings again when they are next opened."""
        page = self.work.currentWidget()
        if self._record is not None and page is self._record:  # not made yet: nothing to redraw
            self._record.reload()
        elif self.reports is not None and page is self.reports:
            self.reports.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close, except in patient mode without the clinician's password."""
        page = self._open_visit_page()
        locked = self.front.currentWidget() is self.login
        in_patient_mode = page is not None and not locked and page.in_patient_mode()
        if in_patient_mode and page is not None:
            # A patient's close is refused; the clinician's password hands the screen back
            # to the visit, as the prompt says. Closing after that is the clinician's choice.
            event.ignore()
            page.end_patient_mode()
            return
        self.gate.resume(False)
        if page is not None:
            page.flush()
        self.idle.stop()
        self._save_geometry()
        if self.server_link is not None:
            self.server_link.stop()  # saves under way are answered while still signed in
        self.store.sign_out()
        if self.live is not None:
            self.live.stop()
        event.accept()

    def _save_geometry(self) -> None:
        """Remember the window and its pages' layout for whoever is (or was, if locked) in."""
        who = self.store.current or self._locked_clinician
        username = who.username if who is not None else None
        layout_memory.save(self, username)
        if self.isVisible():
            window_geometry.save(self, username)

    def _restore_layout(self, page: QWidget) -> None:
        """A page made now is laid out as the clinician signed in left it."""
        me = self.store.current
        layout_memory.restore(page, me.username if me is not None else None)
