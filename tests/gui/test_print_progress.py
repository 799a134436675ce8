"""Printing with progress: pages prepared off the GUI thread, then painted page by page;
Cancel works until the printer is started and prints nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from visit_reports import add_example_patient

from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.reports.print_job import PrintJob, PrintProgress, Stage
from kneedesk.gui.reports.print_progress import SENDING_NOTE, PrintProgressDialog
from kneedesk.gui.reports.printing import PrintCancelledError
from kneedesk.services.report_render import render_report
from kneedesk.services.visit_report import visit_report
from kneedesk.store.audit import Action, Entity
from kneedesk.store.store import Store

RENDER_TIMEOUT_MS = 120_000  # a generous limit for a loaded machine, not a speed check


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName("Patient handout - Ana Ruiz")
    return printer


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def handout(store: Store) -> bytes:
    """The example patient's handout: several pages."""
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visits = add_example_patient(store, ana.id)
    pdf = render_report(visit_report(store, visits[-1].id).data, "handout")
    assert page_count(pdf) > 2
    return pdf


def test_a_multi_page_print_reports_every_page_prepared_then_printed(
    qtbot: QtBot, handout: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    job = PrintJob(handout, printer)
    dialog = PrintProgressDialog(job, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[PrintProgress, str, int, bool]] = []
    job.progressed.connect(
        lambda p: seen.append(
            (p, dialog.step.text(), dialog.bar.value(), dialog.cancel_button.isEnabled())
        )
    )
    pages = page_count(handout)
    assert job.run() == pages
    assert [p for p, *_ in seen] == [
        *(PrintProgress(Stage.PREPARING, n, pages) for n in range(1, pages + 1)),
        *(PrintProgress(Stage.PRINTING, n, pages) for n in range(1, pages + 1)),
    ]
    assert seen[pages + 2][1] == f"Printing page 3 of {pages}"
    assert [value for *_, value, _enabled in seen] == list(range(2 * pages))
    assert [enabled for *_, enabled in seen] == [True] * pages + [False] * pages
    assert dialog.note.text() == SENDING_NOTE
    assert page_count(out.read_bytes()) == pages


def test_cancel_while_preparing_prints_nothing(
    qtbot: QtBot, handout: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "cancelled.pdf"
    printer = pdf_printer(out)
    job = PrintJob(handout, printer)
    dialog = PrintProgressDialog(job, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    job.progressed.connect(lambda _p: dialog.cancel_button.click())  # at "Preparing page 1"
    with pytest.raises(PrintCancelledError, match="nothing was sent"):
        job.run()
    assert job.cancelled
    assert not job.committed
    assert job.printed == 0
    assert not dialog.isVisible()
    assert not out.exists()  # the printer was never started


def test_once_the_printer_is_started_the_job_cannot_be_cancelled(
    qtbot: QtBot, handout: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    job = PrintJob(handout, printer)
    dialog = PrintProgressDialog(job, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    refused: list[bool] = []

    def try_to_cancel(progress: PrintProgress) -> None:
        if progress.stage is Stage.PRINTING and progress.page == 2:
            dialog.reject()  # Esc or the window's close button
            refused.append(dialog.isVisible() and not job.cancelled)

    job.progressed.connect(try_to_cancel)
    assert job.run() == page_count(handout)
    assert refused == [True]
    assert page_count(out.read_bytes()) == page_count(handout)
    dialog.close()  # once printed, the window closes again
    assert not dialog.isVisible()


def test_an_unreadable_document_is_not_printed(qtbot: QtBot, tmp_path: Path) -> None:
    from kneedesk.gui.reports.printing import PrintError

    out = tmp_path / "never.pdf"
    job = PrintJob(b"%PDF-1.4 not really", pdf_printer(out))
    with pytest.raises(PrintError, match="could not be read"):
        job.run()
    assert not out.exists()


def test_a_cancelled_print_keeps_no_copy_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visit = add_example_patient(store, ana.id)[-1]
    window.show_reports(visit.id)
    view = window.reports
    assert view is not None
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    shown = PrintProgressDialog.show_progress

    def cancel_at_once(dialog: PrintProgressDialog, progress: PrintProgress) -> None:
        shown(dialog, progress)
        dialog.cancel_button.click()  # off once printing has started

    monkeypatch.setattr(PrintProgressDialog, "show_progress", cancel_at_once)
    out = tmp_path / "cancelled.pdf"
    view.issuer.run(lambda: view.print_to(pdf_printer(out)))
    assert "cancelled" in view.reason.text()
    assert not out.exists()
    assert store.reports.for_visit(visit.id) == []
    assert store.audit.entries(entity=Entity.REPORT, action=Action.PRINT) == []
    assert QApplication.activeModalWidget() is None  # the progress dialog has gone
