"""One print job: a PDF's pages prepared on a worker thread, then painted onto a QPrinter.

A printer cannot take a page back: `QPrinter.abort()` does nothing for Windows printers and
for CUPS and PDF output (Qt 6.11), and ending the painter hands over every page painted.
So a job has two stages, and only the first can be cancelled:

1. Preparing: a background job (`kneedesk.gui.background`) renders every page with QtPdf
   at the printer's resolution (at most 300 dpi) and keeps it compressed: a page is 35 MB
   as an image and about 0.5 MB compressed, so a long handout does not hold hundreds of
   megabytes. The printer has not been touched, so a cancel prints nothing.
2. Printing: the printer is started and the pages are painted on the GUI thread, which
   owns the printer, one page per event-loop turn so the window and the progress dialog
   stay live. From here the job is committed.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from enum import Enum
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from kneedesk.gui.background import BackgroundJob, JobControl, start_job
from kneedesk.gui.reports.printing import MAX_DPI, PrintCancelledError, PrintError, open_pdf

POINTS_PER_INCH = 72
COMPRESSION_LEVEL = 1  # fastest: a page is mostly blank paper, which any level shrinks


class Stage(Enum):
    """Where a print job is: pages being prepared (cancellable), or going to the printer."""

    PREPARING = "Preparing"
    PRINTING = "Printing"


@dataclass(frozen=True)
class PrintProgress:
    """The page a job is working on now (1-based) in its stage, out of the page count."""

    stage: Stage
    page: int
    pages: int

    @property
    def text(self) -> str:
        """For the progress dialog: "Printing page 3 of 10"."""
        if self.stage is Stage.PRINTING:
            text = QCoreApplication.translate("PrintProgress", "Printing page {page} of {pages}")
        else:
            text = QCoreApplication.translate("PrintProgress", "Preparing page {page} of {pages}")
        return text.format(page=self.page, pages=self.pages)


@dataclass(frozen=True)
class PreparedPage:
    """One page rendered for the printer, kept compressed until it is painted."""

    points: tuple[float, float]  # the page's width and height in the PDF
    width: int
    height: int
    bytes_per_line: int
    image_format: QImage.Format
    data: bytes

    @classmethod
    def of(cls, image: QImage, points: QSizeF) -> PreparedPage:
        """Compress a rendered page (on the worker thread)."""
        return cls(
            (points.width(), points.height()),
            image.width(),
            image.height(),
            image.bytesPerLine(),
            image.format(),
            zlib.compress(image.constBits(), COMPRESSION_LEVEL),
        )

    def image(self) -> QImage:
        """The page as rendered (the image keeps its decompressed bytes alive)."""
        raw = zlib.decompress(self.data)
        return QImage(raw, self.width, self.height, self.bytes_per_line, self.image_format)

    def size(self) -> QSizeF:
        """The page's size in points."""
        return QSizeF(*self.points)


def page_pixels(points: QSizeF, dpi: int) -> QSize:
    """The image size of a page of this size (in points) at this resolution."""
    scale = dpi / POINTS_PER_INCH
    return QSize(round(points.width() * scale), round(points.height() * scale))


def fitted(points: QSizeF, sheet: QRectF) -> QRectF:
    """The page's rectangle on the sheet: as large as fits, centred, proportions kept."""
    scale = min(sheet.width() / points.width(), sheet.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    return QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)


def prepare_pages(pdf: bytes, dpi: int, control: JobControl) -> None:
    """On a worker thread: report the page count, then every page prepared, in order.

    Stops at the next page once the job is cancelled."""
    # Made and destroyed on this thread; QtPdf serialises its calls into PDFium.
    document, buffer = open_pdf(pdf)
    try:
        control.report(document.pageCount())
        for index in range(document.pageCount()):
            if control.cancelled:
                return
            points = document.pagePointSize(index)
            image = document.render(index, page_pixels(points, dpi))
            if image.isNull():
                raise PrintError(
                    QCoreApplication.translate(
                        "PrintJob", "Page {page} could not be prepared for printing."
                    ).format(page=index + 1)
                )
            control.report(PreparedPage.of(image, points))
    finally:
        document.close()
        buffer.close()


class PrintJob(QObject):
    """Prints PDF bytes on a chosen printer; `progressed(PrintProgress)` for every page."""

    progressed = Signal(object)
    ended = Signal()

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pdf = pdf
        self._printer = printer
        self._job: BackgroundJob | None = None  # preparing the pages
        self._pages: list[PreparedPage | None] = []
        self._page_count = 0
        self._painter: QPainter | None = None
        self._ended = False
        self._error: BaseException | None = None
        self.cancelled = False
        self.printed = 0  # pages painted onto the printer

    @property
    def committed(self) -> bool:
        """Whether the printer has been started: from then on the job cannot be cancelled."""
        return self._painter is not None

    @property
    def over(self) -> bool:
        """Whether the job has ended: printed, cancelled or failed."""
        return self._ended

    def run(self) -> int:
        """Print, running the event loop until done; returns the number of pages printed.

        Raises PrintCancelledError when cancelled (nothing was printed), PrintError when the
        document or the printer failed, and anything unexpected from the worker as raised.
        """
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        dpi = min(self._printer.resolution(), MAX_DPI)
        job = start_job(
            partial(prepare_pages, self._pdf, dpi),
            self._all_prepared,
            self._failed,
            on_progress=self._prepared_so_far,
        )
        self._job = job
        if not self._ended:
            loop.exec()
        if not self._ended:  # the event loop was told to quit: the application is closing
            self._fail(PrintError(self.tr("Printing was interrupted before the last page.")))
        job.wait()  # a cancel stops the worker after the page it is on
        if self._error is not None:
            raise self._error
        if self.cancelled:
            raise PrintCancelledError(
                self.tr("Printing was cancelled; nothing was sent to the printer.")
            )
        return self.printed

    def cancel(self) -> bool:
        """Stop before anything reaches the printer; False once the printer has started."""
        if self.committed or self._ended:
            return False
        self.cancelled = True
        self._stop_preparing()
        self._end()
        return True

    # --- preparing (worker results, on the GUI thread) -------------------------------------

    def _prepared_so_far(self, news: int | PreparedPage) -> None:
        """The page count once the document is open, then each page prepared."""
        if self._ended:
            return
        if isinstance(news, int):  # at least one page (see open_pdf)
            self._page_count = news
            self.progressed.emit(PrintProgress(Stage.PREPARING, 1, news))
            return
        self._pages.append(news)
        done = len(self._pages)
        if done < self._page_count:
            self.progressed.emit(PrintProgress(Stage.PREPARING, done + 1, self._page_count))

    def _all_prepared(self, _result: None) -> None:
        if self._ended:
            return
        try:
            self._start_printing()
        except Exception as exc:  # raised again by run(), which would otherwise wait forever
            self._fail(exc)

    def _failed(self, error: Exception) -> None:
        if not self._ended:
            self._fail(error)

    # --- printing ---------------------------------------------------------------------------

    def _start_printing(self) -> None:
        self._printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(self._printer):
            self._fail(
                PrintError(
                    self.tr("The printer could not be started; check that it is on and connected.")
                )
            )
            return
        self._painter = painter
        self._announce_next_page()

    def _announce_next_page(self) -> None:
        """Say which page is next, then paint it on the next event-loop turn (so it shows)."""
        self.progressed.emit(PrintProgress(Stage.PRINTING, self.printed + 1, self._page_count))
        QTimer.singleShot(0, self, self._paint_next_page)

    def _paint_next_page(self) -> None:
        if self._ended:
            return
        try:
            self._paint_page(self.printed)
        except Exception as exc:  # raised again by run(), which would otherwise wait forever
            self._fail(exc)
            return
        if self.printed < self._page_count:
            self._announce_next_page()
        else:
            self._end()

    def _paint_page(self, index: int) -> None:
        painter, page = self._painter, self._pages[index]
        assert painter is not None
        assert page is not None
        if index and not self._printer.newPage():
            raise PrintError(
                self.tr("The printer stopped before page {page}.").format(page=index + 1)
            )
        sheet = self._printer.paperRect(QPrinter.Unit.DevicePixel)
        painter.drawImage(fitted(page.size(), sheet), page.image())
        self._pages[index] = None  # painted: its memory can go
        self.printed += 1

    # --- ending -----------------------------------------------------------------------------

    def _fail(self, error: BaseException) -> None:
        self._error = error
        self._stop_preparing()
        self._end()

    def _stop_preparing(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _end(self) -> None:
        """Hand the painted pages to the printer (if it was started) and finish."""
        if self._ended:
            return
        self._ended = True
        self._pages = []
        if self._painter is not None:
            self._painter.end()
        self.ended.emit()
