"""The PDF preview: QtPdf's view over a document loaded from bytes in memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


class PdfPreview(QPdfView):
    """Shows PDF bytes page after page, fitted to the width by default."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setAccessibleName(self.tr("Report preview"))
        # The document and its bytes belong to the parent, created after this view, so the
        # view is destroyed first: a QPdfView destroyed after its own child document
        # crashes (Qt 6.11).
        self._owner = parent
        self.pdf_document = QPdfDocument(parent)
        self._buffer: QBuffer | None = None
        self.setDocument(self.pdf_document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def show_pdf(self, pdf: bytes) -> int:
        """Show these bytes; returns the page count (0 if they could not be read)."""
        self.pdf_document.close()
        buffer = QBuffer(self._owner)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        self._drop_buffer()
        self._buffer = buffer
        return self.page_count()

    def clear(self) -> None:
        """Show nothing."""
        self.pdf_document.close()
        self._drop_buffer()

    def page_count(self) -> int:
        """Pages of the document shown (0 when none or unreadable)."""
        if self.pdf_document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.pdf_document.pageCount()

    def fit_width(self) -> None:
        """Zoom so a page fills the width."""
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        """Zoom so a whole page is in view."""
        self.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _drop_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
