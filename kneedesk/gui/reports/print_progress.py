"""Printing with a progress dialog: "Preparing page 2 of 8", then "Printing page 5 of 8".

Cancel (or Esc, or closing the dialog) stops the job while its pages are being prepared,
and nothing is printed. Once the printer has been started the job cannot be taken back
(see `print_job`), so the button is turned off and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.reports.print_job import PrintJob, PrintProgress, Stage

SENDING_NOTE = "The pages are going to the printer; this can no longer be cancelled."
"""The note once printing has started, in English (the dialog shows it translated)."""


class PrintProgressDialog(QDialog):
    """Shows a print job's progress; window-modal, so nothing else starts meanwhile."""

    def __init__(self, job: PrintJob, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrintProgressDialog")
        self.setWindowTitle(self.tr("Printing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._job = job
        what = printer.docName() or self.tr("The document")
        where = printer.printerName()
        self.document = QLabel(
            self.tr("{document} on {printer}").format(document=what, printer=where)
            if where
            else what
        )
        self.document.setObjectName("printDocument")
        self.document.setWordWrap(True)
        self.step = QLabel(self.tr("Opening the document..."))
        self.step.setObjectName("printStep")
        self.step.setProperty("role", "subtitle")
        self.bar = QProgressBar()
        self.bar.setObjectName("printProgress")
        self.bar.setRange(0, 0)  # busy until the page count is known
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Printing progress"))
        self.note = QLabel(self.tr("Nothing has been sent to the printer yet."))
        self.note.setObjectName("printNote")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelPrint")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.addWidget(self.document)
        column.addWidget(self.step)
        column.addWidget(self.bar)
        column.addWidget(self.note)
        column.addLayout(buttons)
        job.progressed.connect(self.show_progress)

    def show_progress(self, progress: PrintProgress) -> None:
        """Name the page being worked on; the bar counts preparing and printing each page."""
        self.step.setText(progress.text)
        printing = progress.stage is Stage.PRINTING
        self.bar.setRange(0, 2 * progress.pages)
        self.bar.setValue(progress.page - 1 + (progress.pages if printing else 0))
        if printing and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.note.setText(
                self.tr("The pages are going to the printer; this can no longer be cancelled.")
            )

    def reject(self) -> None:
        """Cancel, Esc and closing the window: cancel the job while nothing has been sent;
        refused while the pages are going to the printer, and just closes once it is over."""
        if self._job.over or self._job.cancel():
            super().reject()


def print_pdf(pdf: bytes, printer: QPrinter, parent: QWidget | None = None) -> int:
    """Print every page of the PDF with a progress dialog; returns the number of pages printed.

    Each page is rendered by QtPdf at the printer's resolution (at most 300 dpi) and drawn
    over the whole sheet, scaled to fit if the printer's paper differs from the PDF's.
    Runs the event loop until the job is done. Raises PrintCancelledError when cancelled
    (nothing was printed) and PrintError when the document or the printer failed.
    """
    job = PrintJob(pdf, printer)
    dialog = PrintProgressDialog(job, printer, parent)
    dialog.show()
    try:
        return job.run()
    finally:
        dialog.hide()
        dialog.deleteLater()
