"""Printing a PDF's own pages: every page rendered by QtPdf and painted onto a QPrinter.

The dialog (`choose_printer`) is kept apart from the painting (`print_pdf`), so the
painting can be tested with a QPrinter writing a PDF file.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# Above 300 dpi a page image costs tens of megabytes and prints no sharper on office printers.
MAX_DPI = 300
POINTS_PER_INCH = 72


class PrintError(Exception):
    """The PDF could not be printed; the message says why, in words for the clinician."""


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A loaded QPdfDocument over the bytes (keep the buffer alive as long as the document)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError("The document could not be read for printing; nothing was printed.")
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
    dialog.setWindowTitle(f"Print {title}")
    # The whole document is printed and kept: a page range would make the kept copy differ.
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF onto the printer; returns the number of pages printed.

    Each page is rendered by QtPdf at the printer's resolution (at most 300 dpi) and drawn
    over the whole sheet, scaled to fit if the printer's paper differs from the PDF's.
    """
    document, buffer = open_pdf(pdf)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started; check that it is on and connected.")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(document.pageCount()):
            if index and not printer.newPage():
                raise PrintError(f"The printer stopped before page {index + 1}.")
            points = document.pagePointSize(index)
            image = document.render(index, _pixels(points, dpi))
            if image.isNull():
                raise PrintError(f"Page {index + 1} could not be prepared for printing.")
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(_fitted(points, sheet), image)
    finally:
        painter.end()
        buffer.close()
    return document.pageCount()


def _pixels(points: QSizeF, dpi: int) -> QSize:
    scale = dpi / POINTS_PER_INCH
    return QSize(round(points.width() * scale), round(points.height() * scale))


def _fitted(points: QSizeF, sheet: QRectF) -> QRectF:
    """The page's rectangle on the sheet: as large as fits, centred, proportions kept."""
    scale = min(sheet.width() / points.width(), sheet.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    return QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)
