"""Giving a report out: Print..., Save as PDF... and Reprint..., each kept with the visit.

What is printed or saved is exactly the previewed PDF; its bytes are kept with the visit
(`ReportRepo.store`, audited as a print or an export naming the file), so Reprint gives the
identical file. A reprint prints the kept bytes again once their SHA-256 still matches; it
is audited as a reprint and keeps no new copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kneedesk.gui.errors import show_store_error
from kneedesk.gui.reports.print_progress import print_pdf
from kneedesk.gui.reports.printing import PrintCancelledError, PrintError, choose_printer
from kneedesk.gui.start_folder import documents_folder
from kneedesk.services.report_files import write_atomically
from kneedesk.services.visit_report import VisitReport
from kneedesk.store.errors import StoreError
from kneedesk.store.reports import ReportInfo, ReportKind, StoredReport
from kneedesk.store.store import Store


class ReportRefusedError(Exception):
    """A report cannot be given out now; the message says why, for the clinician."""


@dataclass(frozen=True)
class Issuable:
    """The previewed document of a signed visit, about to be given out by a clinician."""

    report: VisitReport
    kind: ReportKind
    pdf: bytes
    clinician_id: int


class ReportIssuer:
    """Prints, saves and reprints reports; its dialogs and message boxes open over `parent`,
    and `note` shows a line of news beside the buttons (a cancelled print)."""

    def __init__(self, store: Store, parent: QWidget, note: Callable[[str], None]) -> None:
        self._store = store
        self._parent = parent
        self._note = note

    # --- asking ----------------------------------------------------------------------------

    def ask_printer(self, pdf: bytes, title: str) -> QPrinter | None:
        """The system's print dialog for this document; None when cancelled."""
        return choose_printer(self._parent, pdf, title)

    def ask_pdf_path(self, suggested_name: str) -> Path | None:
        """A Save dialog in the Documents folder; None when cancelled."""
        folder = documents_folder()
        dialog = QFileDialog(
            self._parent,
            QCoreApplication.translate("ReportIssuer", "Save as PDF"),
            str(folder / suggested_name),
        )
        dialog.setObjectName("savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(QCoreApplication.translate("ReportIssuer", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    # --- giving out ------------------------------------------------------------------------

    def print_and_keep(self, issuable: Issuable, printer: QPrinter) -> ReportInfo:
        """Print the document on a chosen printer, then keep its bytes (audited as a print)."""
        print_pdf(issuable.pdf, printer, self._parent)
        return self._store.reports.store(
            issuable.report.visit.id,
            issuable.kind,
            issuable.pdf,
            created_by=issuable.clinician_id,
            language=issuable.report.language,
        )

    def save_and_keep(self, issuable: Issuable, path: Path) -> ReportInfo:
        """Write the bytes to a file (atomically), then keep them (audited as an export)."""
        write_atomically(path, issuable.pdf)
        return self._store.reports.store(
            issuable.report.visit.id,
            issuable.kind,
            issuable.pdf,
            created_by=issuable.clinician_id,
            saved_as=str(path.resolve()),
            language=issuable.report.language,
        )

    def reprint_kept(self, report_id: int, printer: QPrinter) -> StoredReport:
        """Print a kept copy exactly as kept, then audit the reprint."""
        stored = self.kept_copy(report_id)
        print_pdf(stored.pdf, printer, self._parent)
        self._store.reports.record_reprint(report_id)
        return stored

    def kept_copy(self, report_id: int) -> StoredReport:
        """A kept copy whose bytes still match their fingerprint, or ReportRefusedError."""
        stored = self._store.reports.get(report_id)
        if not stored.intact:
            raise ReportRefusedError(
                QCoreApplication.translate(
                    "ReportIssuer",
                    "This kept copy no longer matches the fingerprint (SHA-256) recorded when it "
                    "was printed: it was changed outside KneeDesk, so it was not printed. Print "
                    "the document again from the preview, run 'kneedesk check', and tell your "
                    "administrator.",
                )
            )
        return stored

    def run(self, action: Callable[[], object]) -> None:
        """Run a print or save started from a button, showing any failure in a message box."""
        try:
            action()
        except PrintCancelledError as exc:
            self._note(str(exc))
        except (PrintError, ReportRefusedError) as exc:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("ReportIssuer", "Not printed"), str(exc)
            )
        except OSError as exc:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("ReportIssuer", "Not saved"),
                QCoreApplication.translate(
                    "ReportIssuer", "The file could not be written: {reason}"
                ).format(reason=exc.strerror or exc),
            )
        except StoreError as exc:
            show_store_error(self._parent, exc)
