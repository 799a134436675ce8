"""The report view: one visit's patient handout or clinician summary, previewed, printed,
saved as PDF, and reprinted from the copies kept with the visit.

What is printed or saved is exactly the previewed PDF; its bytes are kept with the visit
(`ReportRepo.store`), so Reprint gives the identical file. Only signed visits are printed
or saved; a draft can be previewed (see docs/handout.md).

This module keeps the view's state (the visit, the chosen kind, the rendered PDFs) and
decides what may be given out; `panels` builds its bars, `actions` does the printing,
saving and reprinting.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui import layout_memory
from kneedesk.gui.background import BackgroundJob, start_job
from kneedesk.gui.languages import gui_language
from kneedesk.gui.reports.actions import Issuable, ReportIssuer, ReportRefusedError
from kneedesk.gui.reports.panels import ActionPanel, DocumentBar, ReportHeader
from kneedesk.gui.reports.preview import PdfPreview
from kneedesk.gui.visit.page import local_time
from kneedesk.services.report_render import render_report
from kneedesk.services.visit_report import ReportUnavailableError, VisitReport, visit_report
from kneedesk.store.reports import ReportInfo, ReportKind
from kneedesk.store.store import Store

__all__ = ["ReportRefusedError", "ReportView"]

RENDER_LANE = "reportlab"
"""Renders take turns: reportlab's font registry is shared by every document."""

PREVIEW_MIN_WIDTH = 320
"""Narrower than this, a page of the preview is too small to read."""


class ReportView(QWidget):
    """Preview, Print..., Save as PDF... and the kept copies of one visit's reports."""

    backRequested = Signal(int)  # patient id
    previewReady = Signal(int)  # page count of the document now shown

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportView")
        self._store = store
        self.report: VisitReport | None = None  # the handout's, in the patient's language
        self._summary: VisitReport | None = None  # the summary's, in the clinician's
        self._visit_id: int | None = None
        self._patient_id = -1
        self.kind = ReportKind.HANDOUT
        # For the visit shown: finished PDFs, render failures, and renders still running
        # (cancelled when another visit is opened: the one opened last wins).
        self._pdfs: dict[ReportKind, bytes] = {}
        self._failures: dict[ReportKind, str] = {}
        self._renders: dict[ReportKind, BackgroundJob] = {}
        self.issuer = ReportIssuer(store, self, note=self._note)

        header = ReportHeader()
        header.back_button.clicked.connect(self._back)
        self.title, self.status = header.title, header.status

        self.banner = QFrame()
        self.banner.setObjectName("reportBanner")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("reportBannerText")
        self.banner_text.setWordWrap(True)
        QHBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.hide()

        bar = DocumentBar(self.kind)
        self.kind_buttons, self.busy, self.pages = bar.kind_buttons, bar.busy, bar.pages
        bar.kindChosen.connect(self.set_kind)
        self.fit_width_button, self.fit_page_button = bar.fit_width_button, bar.fit_page_button
        self.preview = PdfPreview(self)
        self.fit_width_button.clicked.connect(self.preview.fit_width)
        self.fit_page_button.clicked.connect(self.preview.fit_page)
        self.preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
        left_pane = QWidget()
        left = QVBoxLayout(left_pane)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(bar)
        left.addWidget(self.preview, 1)

        side = ActionPanel(store)
        self.print_button, self.save_button = side.print_button, side.save_button
        self.reason, self.stored = side.reason, side.stored
        self.language = side.language
        self.language.chosen.connect(self._set_handout_language)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.stored.reprintRequested.connect(self.reprint)

        # The clinician can widen the panel for long lists of kept copies (kept per clinician).
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("reportSplitter")
        self.body.addWidget(left_pane)
        self.body.addWidget(side)
        self.body.setStretchFactor(0, 1)
        layout_memory.remember(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addWidget(header)
        outer.addWidget(self.banner)
        outer.addWidget(self.body, 1)
        self._update_actions()

    # --- showing a visit --------------------------------------------------------------------

    def open_visit(self, visit_id: int) -> None:
        """Read the visit and start preparing the chosen document."""
        self._visit_id = visit_id
        self.report = self._summary = None
        self._pdfs.clear()
        self._failures.clear()
        self.cancel_renders()
        self.preview.clear()
        self.pages.setText("")
        self.stored.show_visit(visit_id)
        try:
            self.report = visit_report(self._store, visit_id)
            mine = gui_language()
            same = mine == self.report.language
            self._summary = self.report if same else visit_report(self._store, visit_id, mine)
        except ReportUnavailableError as exc:
            visit = self._store.visits.get(visit_id)
            self._patient_id = visit.patient_id
            self.title.setText(self.tr("Handout and summary"))
            self.status.setText("")
            self._show_banner(f"{exc.what} {exc.todo}", danger=True)
            self._update_actions()
            return
        report = self.report
        self._patient_id = report.visit.patient_id
        clinic = self._store.settings.read().handout_language
        self.language.show_language(report.patient.handout_language, clinic)
        self.title.setText(
            self.tr("{given} {family} - screen of {date} ({visit})").format(
                given=report.patient.given_name,
                family=report.patient.family_name,
                date=report.visit.visit_date,
                visit=self._visit_number(visit_id),
            )
        )
        if report.signed:
            self.status.setText(
                self.tr("Signed by {name}").format(
                    name=report.data.signed_by or report.visit.clinician_name
                )
            )
        else:
            self.status.setText(self.tr("Draft (not signed)"))
        if report.altered:
            self._show_banner(
                self.tr(
                    "ALTERED RECORD: this signed visit no longer matches its signature. Every "
                    "page prints with a warning bar; restore from a backup and tell your "
                    "administrator."
                ),
                danger=True,
            )
        elif not report.signed:
            self._show_banner(
                self.tr(
                    "Draft: preview only. Sign the visit to print or save it, so that what the "
                    "patient takes home is the signed record and can be reprinted exactly."
                ),
                danger=False,
            )
        else:
            self.banner.hide()
        self._render()

    def reload(self) -> None:
        """Read the visit shown again and prepare its documents anew (the clinic's settings
        changed: letterhead, paper, units or thresholds)."""
        if self._visit_id is not None:
            self.open_visit(self._visit_id)

    def set_kind(self, kind: ReportKind | str) -> None:
        """Show the patient handout or the clinician summary."""
        self.kind = ReportKind(kind)
        for button in self.kind_buttons.buttons():
            button.setChecked(button.objectName() == f"kind_{self.kind.value}")
        if self.report is not None:
            self._render()

    def current_pdf(self) -> bytes | None:
        """The bytes now previewed (and printed or saved by the buttons), once rendered."""
        return self._pdfs.get(self.kind)

    def page_count(self) -> int:
        """Pages of the document now previewed."""
        return self.preview.page_count()

    def wait_for_render(self, msecs: int = -1) -> bool:
        """Block until the renders still wanted have finished and been shown (for tests)."""
        return all(job.wait(msecs) for job in list(self._renders.values()))

    def cancel_renders(self) -> None:
        """Drop the renders still running: their documents are no longer wanted."""
        for job in self._renders.values():
            job.cancel()
        self._renders.clear()

    # --- print, save, reprint (the work is done by `ReportIssuer`) --------------------------

    def print_report(self) -> None:
        """Print... : the print dialog, then the previewed pages, then keep the bytes."""
        pdf = self._issuable_pdf()
        if pdf is None:
            return
        printer = self.issuer.ask_printer(pdf, self._doc_title())
        if printer is None:
            return
        self.issuer.run(lambda: self.print_to(printer))

    def print_to(self, printer: QPrinter) -> ReportInfo:
        """Print the previewed document on a chosen printer and keep its bytes (audited)."""
        issuable = self._require_issuable()
        info = self.issuer.print_and_keep(issuable, printer)
        if issuable.kind is ReportKind.SUMMARY:
            note = self.tr("Clinician summary printed and kept with the visit.")
        else:
            note = self.tr("Patient handout printed and kept with the visit.")
        self._kept(issuable, note)
        return info

    def save_report(self) -> None:
        """Save as PDF... : a file dialog, then the previewed bytes written and kept."""
        if self._issuable_pdf() is None or self.report is None:
            return
        path = self.issuer.ask_pdf_path(self.report.file_name(self.kind))
        if path is None:
            return
        self.issuer.run(lambda: self.save_to(path))

    def save_to(self, path: Path | str) -> ReportInfo:
        """Write the previewed bytes to a file (atomically) and keep them (audited as export)."""
        issuable = self._require_issuable()
        target = Path(path)
        info = self.issuer.save_and_keep(issuable, target)
        if issuable.kind is ReportKind.SUMMARY:
            note = self.tr("Clinician summary saved as {file} and kept with the visit.")
        else:
            note = self.tr("Patient handout saved as {file} and kept with the visit.")
        self._kept(issuable, note.format(file=target.name))
        return info

    def reprint(self, report_id: int) -> None:
        """Reprint... : check the kept copy, ask for a printer, print it again byte for byte."""
        try:
            stored = self.issuer.kept_copy(report_id)
        except ReportRefusedError as exc:
            QMessageBox.warning(self, self.tr("Reprint refused"), str(exc))
            return
        printer = self.issuer.ask_printer(
            stored.pdf, self.tr("{title} (reprint)").format(title=self._title(stored.info.kind))
        )
        if printer is None:
            return
        self.issuer.run(lambda: self.reprint_to(report_id, printer))

    def reprint_to(self, report_id: int, printer: QPrinter) -> bytes:
        """Print a kept copy exactly as kept; returns the bytes printed (audited as a reprint)."""
        stored = self.issuer.reprint_kept(report_id, printer)
        self.stored.show_visit(stored.info.visit_id)
        if stored.info.kind is ReportKind.SUMMARY:
            note = self.tr("Clinician summary of {time} reprinted.")
        else:
            note = self.tr("Patient handout of {time} reprinted.")
        self._note(note.format(time=local_time(stored.info.created_at)))
        return stored.pdf

    # --- internals ------------------------------------------------------------------------------

    def _render(self) -> None:
        """Show the chosen kind: from the finished PDFs, or once its render is done."""
        if self.report is None:
            return
        pdf = self._pdfs.get(self.kind)
        if pdf is not None:
            self._show(pdf)
            return
        self.preview.clear()
        if self.kind in self._failures:
            self._show_failure(self._failures[self.kind])
            return
        if self.kind is ReportKind.SUMMARY:
            self.pages.setText(self.tr("Preparing the clinician summary..."))
        else:
            self.pages.setText(self.tr("Preparing the patient handout..."))
        if self.kind not in self._renders:
            self._renders[self.kind] = self._start_render(self.report_for(self.kind), self.kind)
        self._update_actions()

    def report_for(self, kind: ReportKind) -> VisitReport:
        """The visit read for one kind of document: the handout in the patient's language,
        the summary in the clinician's."""
        assert self.report is not None
        return self._summary if kind is ReportKind.SUMMARY and self._summary else self.report

    def _set_handout_language(self, code: str) -> None:
        """Keep the language chosen with the patient and prepare the handout in it."""
        if self.report is None:
            return
        self._store.patients.set_handout_language(self.report.patient.id, code or None)
        self.reload()

    def _start_render(self, report: VisitReport, kind: ReportKind) -> BackgroundJob:
        data, language = report.data, report.language

        def rendered(pdf: bytes) -> None:
            self._renders.pop(kind, None)
            self._pdfs[kind] = pdf
            if kind is self.kind:
                self._render()

        def failed(exc: Exception) -> None:  # shown in the view; the app keeps running
            self._renders.pop(kind, None)
            self._failures[kind] = "".join(traceback.format_exception(exc))
            if kind is self.kind:
                self._render()

        return start_job(
            lambda _: render_report(data, kind, language), rendered, failed, lane=RENDER_LANE
        )

    def _show(self, pdf: bytes) -> None:
        count = self.preview.show_pdf(pdf)
        # Plural forms come from the catalogue; untranslated (English), English's rule.
        text = self.tr("{count} pages", "", count)
        if count == 1 and text == "{count} pages":
            text = "{count} page"
        self.pages.setText(text.format(count=count))
        self._update_actions()
        self.previewReady.emit(count)

    def _show_failure(self, error: str) -> None:
        self.pages.setText("")
        self._show_banner(
            self.tr("The document could not be prepared. This is a bug; please report it.")
            + "\n"
            + error.strip().splitlines()[-1],
            danger=True,
        )
        self._update_actions()

    def _rendering(self) -> bool:
        return self.report is not None and self.kind in self._renders

    def _action_problem(self) -> str:
        """Why Print and Save are unavailable now ("" when they are available)."""
        if self.report is None:
            return self.tr("This visit cannot be reported on (see above).")
        if not self.report.signed:
            return self.tr("Sign the visit to print or save it.")
        if self._rendering():
            return self.tr("Preparing the document...")
        if self.current_pdf() is None:
            return self.tr("The document could not be prepared (see above).")
        if self._store.current is None:
            return self.tr("Log in to print or save.")
        return ""

    def _update_actions(self) -> None:
        problem = self._action_problem()
        for button in (self.print_button, self.save_button):
            button.setEnabled(not problem)
        self.reason.setText(
            problem or self.tr("A copy of what you print or save is kept with the visit.")
        )
        self.busy.setVisible(self._rendering())

    def _issuable_pdf(self) -> bytes | None:
        if self._action_problem():
            return None
        return self.current_pdf()

    def _require_issuable(self) -> Issuable:
        problem = self._action_problem()
        pdf = self.current_pdf()
        me = self._store.current
        if problem or self.report is None or pdf is None or me is None:
            raise ReportRefusedError(problem or self.tr("Nothing to print yet."))
        return Issuable(self.report_for(self.kind), self.kind, pdf, me.id)

    def _kept(self, issuable: Issuable, note: str) -> None:
        """A copy was just kept: list it and say so."""
        self.stored.show_visit(issuable.report.visit.id)
        self._note(note)

    def _visit_number(self, visit_id: int) -> str:
        """The visit's place among the patient's visits ("visit 6 of 6"), as a clinician
        counts them; the database id means nothing to a reader."""
        visits = self._store.visits.for_patient(self._patient_id)
        ids = [v.id for v in visits]
        if visit_id not in ids:
            return self.tr("visit")
        return self.tr("visit {number} of {total}").format(
            number=ids.index(visit_id) + 1, total=len(ids)
        )

    def _doc_title(self) -> str:
        title = self._title(self.kind)
        if self.report is None:
            return title
        p = self.report.patient
        return self.tr("{title} - {given} {family}, {date}").format(
            title=title, given=p.given_name, family=p.family_name, date=self.report.visit.visit_date
        )

    def _title(self, kind: ReportKind) -> str:
        """The document's name: "Patient handout" or "Clinician summary"."""
        if kind is ReportKind.SUMMARY:
            return self.tr("Clinician summary")
        return self.tr("Patient handout")

    def _show_banner(self, text: str, *, danger: bool) -> None:
        self.banner.setProperty("role", "danger-banner" if danger else "warning-banner")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner_text.setText(text)
        self.banner.show()

    def _note(self, text: str) -> None:
        self.reason.setText(text)

    def _back(self) -> None:
        self.backRequested.emit(self._patient_id)
