"""Printing a PDF's own pages: the printer chosen here, every page rendered by QtPdf and
painted onto the QPrinter by a `print_job.PrintJob` under a `print_progress` dialog.

The dialog (`choose_printer`) is kept apart from the painting, so the painting can be tested
with a QPrinter writing a PDF file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# Above 300 dpi a page image costs tens of megabytes and prints no sharper on office printers.
MAX_DPI = 300


class PrintError(Exception):
    """The PDF could not be printed; the message says why, in words for the clinician."""


class PrintCancelledError(Exception):
    """The clinician cancelled printing before anything was sent to the printer."""


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A loaded QPdfDocument over the bytes (keep the buffer alive as long as the document)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The document could not be read for printing; nothing was printed."
            )
        )
    return document, buffer


def page_size_of(pdf: bytes) -> QPageSize:
    """The paper of the PDF's first page (Letter or A4 for KneeDesk's reports)."""
    document, _buffer = open_pdf(pdf)
    return QPageSize(document.pagePointSize(0), QPageSize.Unit.Point)


def choose_printer(parent: QWidget, pdf: bytes, title: str) -> QPrinter | None:
    """Ask for a printer with the system's print dialog; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(page_size_of(pdf))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print {title}").format(title=title)
    )
    # The whole document is printed and kept: a page range would make the kept copy differ.
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer
