"""The report view: one visit's patient handout or clinician summary, previewed, printed,
saved as PDF, and reprinted from the copies kept with the visit.

What is printed or saved is exactly the previewed PDF; its bytes are kept with the visit
(`ReportRepo.store`), so Reprint gives the identical file. Only signed visits are printed
or saved; a draft can be previewed (see docs/handout.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.errors import show_store_error
from kneedesk.gui.reports.preview import PdfPreview
from kneedesk.gui.reports.printing import PrintError, choose_printer, print_pdf
from kneedesk.gui.reports.render_worker import Rendered, ReportRenderer
from kneedesk.gui.reports.stored_list import StoredReports
from kneedesk.gui.visit.page import local_time
from kneedesk.reporting.files import write_atomically
from kneedesk.reporting.render import TITLES
from kneedesk.reporting.source import ReportUnavailableError, VisitReport, visit_report
from kneedesk.store.errors import StoreError
from kneedesk.store.reports import ReportInfo, ReportKind, StoredReport
from kneedesk.store.store import Store

DRAFT_REASON = (
    "Draft: preview only. Sign the visit to print or save it, so that what the patient "
    "takes home is the signed record and can be reprinted exactly."
)
ALTERED_NOTE = (
    "ALTERED RECORD: this signed visit no longer matches its signature. Every page prints "
    "with a warning bar; restore from a backup and tell your administrator."
)

# The switch's chosen side, in the app's accent colour (see ui/kneedesk.qss).
KIND_BUTTON_STYLE = (
    "QPushButton:checked { background: #1d5f8a; color: #ffffff; border: 1px solid #174c6e; }"
)


class ReportRefusedError(Exception):
    """A kept copy cannot be reprinted; the message says why, for the clinician."""


class ReportView(QWidget):
    """Preview, Print..., Save as PDF... and the kept copies of one visit's reports."""

    backRequested = Signal(int)  # patient id
    previewReady = Signal(int)  # page count of the document now shown

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportView")
        self._store = store
        self.report: VisitReport | None = None
        self._patient_id = -1
        self.kind = ReportKind.HANDOUT
        # For the visit shown: finished PDFs, render failures, and requests still running
        # (by request number; answers to requests made for another visit are dropped).
        self._pdfs: dict[ReportKind, bytes] = {}
        self._failures: dict[ReportKind, str] = {}
        self._requests: dict[int, ReportKind] = {}
        self._renderer = ReportRenderer(self)
        self._renderer.finished.connect(self._rendered)

        back = QPushButton("< Back to record")
        back.setObjectName("backToRecord")
        back.setToolTip("Back to the patient's record (Esc)")
        back.setShortcut("Esc")
        back.clicked.connect(self._back)
        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.title.setProperty("role", "subtitle")
        self.status = QLabel()
        self.status.setObjectName("reportVisitStatus")
        self.status.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)

        self.banner = QFrame()
        self.banner.setObjectName("reportBanner")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("reportBannerText")
        self.banner_text.setWordWrap(True)
        QHBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.hide()

        self.kind_buttons = QButtonGroup(self)  # a two-way switch: the checked one is filled
        self.kind_buttons.setExclusive(True)
        kinds = QHBoxLayout()
        for kind, text in (
            (ReportKind.HANDOUT, "Patient &handout"),
            (ReportKind.SUMMARY, "Clinician &summary"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"kind_{kind.value}")
            button.setCheckable(True)
            button.setChecked(kind is self.kind)
            button.setStyleSheet(KIND_BUTTON_STYLE)
            button.clicked.connect(lambda _checked=False, k=kind: self.set_kind(k))
            self.kind_buttons.addButton(button)
            kinds.addWidget(button)
        self.busy = QProgressBar()
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName("Preparing the document")
        self.pages = QLabel()
        self.pages.setObjectName("reportPages")
        self.pages.setProperty("role", "muted")
        self.fit_width_button = QPushButton("Fit width")
        self.fit_width_button.setObjectName("fitWidth")
        self.fit_page_button = QPushButton("Whole page")
        self.fit_page_button.setObjectName("fitPage")
        kinds.addStretch(1)
        kinds.addWidget(self.busy)
        kinds.addWidget(self.pages)
        kinds.addSpacing(8)
        kinds.addWidget(self.fit_width_button)
        kinds.addWidget(self.fit_page_button)

        self.preview = PdfPreview(self)
        self.fit_width_button.clicked.connect(self.preview.fit_width)
        self.fit_page_button.clicked.connect(self.preview.fit_page)
        left = QVBoxLayout()
        left.addLayout(kinds)
        left.addWidget(self.preview, 1)

        side = QFrame()
        side.setProperty("role", "card")
        side.setFixedWidth(340)
        self.print_button = QPushButton("Print...")
        self.print_button.setObjectName("printReport")
        self.print_button.setProperty("role", "primary")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip("Print this document and keep a copy with the visit (Ctrl+P)")
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton("Save as PDF...")
        self.save_button.setObjectName("saveReport")
        self.save_button.setToolTip("Save as a PDF file; a copy is kept with the visit")
        self.save_button.clicked.connect(self.save_report)
        self.reason = QLabel()
        self.reason.setObjectName("reportActionReason")
        self.reason.setProperty("role", "muted")
        self.reason.setWordWrap(True)
        self.stored = StoredReports(store)
        self.stored.reprintRequested.connect(self.reprint)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.print_button)
        side_layout.addWidget(self.save_button)
        side_layout.addWidget(self.reason)
        side_layout.addSpacing(12)
        side_layout.addWidget(self.stored, 1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addLayout(top)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        self._update_actions()

    # --- showing a visit --------------------------------------------------------------------

    def open_visit(self, visit_id: int) -> None:
        """Read the visit and start preparing the chosen document."""
        self.report = None
        self._pdfs.clear()
        self._failures.clear()
        self._requests.clear()
        self.preview.clear()
        self.pages.setText("")
        self.stored.show_visit(visit_id)
        try:
            self.report = visit_report(self._store, visit_id)
        except ReportUnavailableError as exc:
            visit = self._store.visits.get(visit_id)
            self._patient_id = visit.patient_id
            self.title.setText("Handout and summary")
            self.status.setText("")
            self._show_banner(f"{exc.what} {exc.todo}", danger=True)
            self._update_actions()
            return
        report = self.report
        self._patient_id = report.visit.patient_id
        self.title.setText(
            f"{report.patient.given_name} {report.patient.family_name} - "
            f"screen of {report.visit.visit_date} (visit {report.visit.id})"
        )
        if report.signed:
            self.status.setText(f"Signed by {report.data.signed_by or report.visit.clinician_name}")
        else:
            self.status.setText("Draft (not signed)")
        if report.altered:
            self._show_banner(ALTERED_NOTE, danger=True)
        elif not report.signed:
            self._show_banner(DRAFT_REASON, danger=False)
        else:
            self.banner.hide()
        self._render()

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
        """Block until rendering has finished (for shutdown and tests)."""
        return self._renderer.wait(msecs)

    # --- print, save, reprint -----------------------------------------------------------------

    def print_report(self) -> None:
        """Print... : the print dialog, then the previewed pages, then keep the bytes."""
        pdf = self._issuable_pdf()
        if pdf is None:
            return
        printer = choose_printer(self, pdf, self._doc_title())
        if printer is None:
            return
        self._interactive(lambda: self.print_to(printer))

    def print_to(self, printer: QPrinter) -> ReportInfo:
        """Print the previewed document on a chosen printer and keep its bytes (audited)."""
        report, pdf, me = self._require_issuable()
        with _WaitCursor():
            print_pdf(pdf, printer)
        info = self._store.reports.store(report.visit.id, self.kind, pdf, created_by=me)
        self.stored.show_visit(report.visit.id)
        self._note(f"{TITLES[self.kind]} printed and kept with the visit.")
        return info

    def save_report(self) -> None:
        """Save as PDF... : a file dialog, then the previewed bytes written and kept."""
        if self._issuable_pdf() is None or self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self, "Save as PDF", str(Path(folder) / self.report.file_name(self.kind))
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter("PDF documents (*.pdf)")
        dialog.setDefaultSuffix("pdf")
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        path = Path(dialog.selectedFiles()[0])
        self._interactive(lambda: self.save_to(path))

    def save_to(self, path: Path | str) -> ReportInfo:
        """Write the previewed bytes to a file (atomically) and keep them (audited as export)."""
        report, pdf, me = self._require_issuable()
        target = Path(path)
        write_atomically(target, pdf)
        info = self._store.reports.store(
            report.visit.id, self.kind, pdf, created_by=me, saved_as=str(target.resolve())
        )
        self.stored.show_visit(report.visit.id)
        self._note(f"{TITLES[self.kind]} saved as {target.name} and kept with the visit.")
        return info

    def reprint(self, report_id: int) -> None:
        """Reprint... : check the kept copy, ask for a printer, print it again byte for byte."""
        try:
            stored = self._kept_copy(report_id)
        except ReportRefusedError as exc:
            QMessageBox.warning(self, "Reprint refused", str(exc))
            return
        title = f"{TITLES[stored.info.kind]} (reprint)"
        printer = choose_printer(self, stored.pdf, title)
        if printer is None:
            return
        self._interactive(lambda: self.reprint_to(report_id, printer))

    def reprint_to(self, report_id: int, printer: QPrinter) -> bytes:
        """Print a kept copy exactly as kept; returns the bytes printed (audited as a reprint)."""
        stored = self._kept_copy(report_id)
        with _WaitCursor():
            print_pdf(stored.pdf, printer)
        self._store.reports.record_reprint(report_id)
        self.stored.show_visit(stored.info.visit_id)
        self._note(f"{TITLES[stored.info.kind]} of {local_time(stored.info.created_at)} reprinted.")
        return stored.pdf

    # --- internals ------------------------------------------------------------------------------

    def _kept_copy(self, report_id: int) -> StoredReport:
        stored = self._store.reports.get(report_id)
        if not stored.intact:
            raise ReportRefusedError(
                "This kept copy no longer matches the fingerprint (SHA-256) recorded when it "
                "was printed: it was changed outside KneeDesk, so it was not printed. Print "
                "the document again from the preview, run 'kneedesk check', and tell your "
                "administrator."
            )
        return stored

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
        self.pages.setText(f"Preparing the {TITLES[self.kind].lower()}...")
        if self.kind not in self._requests.values():
            self._requests[self._renderer.render(self.report.data, self.kind)] = self.kind
        self._update_actions()

    def _rendered(self, result: Rendered) -> None:
        kind = self._requests.pop(result.token, None)
        if kind is None:  # asked for before another visit was opened
            return
        if result.error:
            self._failures[kind] = result.error
        else:
            self._pdfs[kind] = result.pdf
        if kind is self.kind:
            self._render()

    def _show(self, pdf: bytes) -> None:
        count = self.preview.show_pdf(pdf)
        self.pages.setText(f"{count} page" + ("" if count == 1 else "s"))
        self._update_actions()
        self.previewReady.emit(count)

    def _show_failure(self, error: str) -> None:
        self.pages.setText("")
        self._show_banner(
            "The document could not be prepared. This is a bug; please report it.\n"
            + error.strip().splitlines()[-1],
            danger=True,
        )
        self._update_actions()

    def _rendering(self) -> bool:
        return self.report is not None and self.kind in self._requests.values()

    def _action_problem(self) -> str:
        """Why Print and Save are unavailable now ("" when they are available)."""
        if self.report is None:
            return "This visit cannot be reported on (see above)."
        if not self.report.signed:
            return "Sign the visit to print or save it."
        if self._rendering():
            return "Preparing the document..."
        if self.current_pdf() is None:
            return "The document could not be prepared (see above)."
        if self._store.current is None:
            return "Log in to print or save."
        return ""

    def _update_actions(self) -> None:
        problem = self._action_problem()
        for button in (self.print_button, self.save_button):
            button.setEnabled(not problem)
        self.reason.setText(problem or "A copy of what you print or save is kept with the visit.")
        self.busy.setVisible(self._rendering())

    def _issuable_pdf(self) -> bytes | None:
        if self._action_problem():
            return None
        return self.current_pdf()

    def _require_issuable(self) -> tuple[VisitReport, bytes, int]:
        problem = self._action_problem()
        pdf = self.current_pdf()
        me = self._store.current
        if problem or self.report is None or pdf is None or me is None:
            raise ReportRefusedError(problem or "Nothing to print yet.")
        return self.report, pdf, me.id

    def _doc_title(self) -> str:
        name = ""
        if self.report is not None:
            p = self.report.patient
            name = f" - {p.given_name} {p.family_name}, {self.report.visit.visit_date}"
        return f"{TITLES[self.kind]}{name}"

    def _interactive(self, action: Callable[[], object]) -> None:
        """Run a print or save started from a button, showing any failure in a message box."""
        try:
            action()
        except (PrintError, ReportRefusedError) as exc:
            QMessageBox.warning(self, "Not printed", str(exc))
        except OSError as exc:
            QMessageBox.warning(
                self, "Not saved", f"The file could not be written: {exc.strerror or exc}"
            )
        except StoreError as exc:
            show_store_error(self, exc)

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


class _WaitCursor:
    """A busy cursor while the printer is fed (it can take a few seconds)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
