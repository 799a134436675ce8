"""The report view: preview, print through QPrinter, save as PDF, kept copies and reprint."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from dialog_helpers import when_modal
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from visit_reports import add_example_patient

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.audit import Action, Entity
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

RENDER_TIMEOUT_MS = 120_000  # a generous limit for a loaded machine, not a speed check


def ana_id(store: Store) -> int:
    account = store.accounts.by_username("ana")
    assert account is not None
    return account.id


def open_reports(qtbot: QtBot, window: MainWindow, visit: Visit, kind: str = "handout") -> None:
    """Open the view through the record page's signal and wait for the preview."""
    window.show_patient(visit.patient_id)
    window.record.wait_until_loaded()
    window.record.reportsRequested.emit(visit.id)
    view = window.reports
    assert view is not None
    assert window.work.currentWidget() is view
    if view.kind != ReportKind(kind):
        view.set_kind(kind)
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def dark_pixels(image: QImage) -> int:
    """Pixels clearly darker than paper, sampled on a grid."""
    found = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if QColor(image.pixel(x, y)).lightness() < 128:
                found += 1
    return found


def rendered_pages(pdf: bytes) -> list[QImage]:
    from PySide6.QtCore import QSize

    from kneedesk.gui.reports.printing import open_pdf

    document, _buffer = open_pdf(pdf)
    return [document.render(i, QSize(170, 220)) for i in range(document.pageCount())]


@pytest.fixture
def visits(store: Store) -> list[Visit]:
    return add_example_patient(store, ana_id(store))


@pytest.mark.parametrize("kind", ["handout", "summary"])
def test_preview_shows_every_page(
    qtbot: QtBot, window: MainWindow, visits: list[Visit], kind: str
) -> None:
    open_reports(qtbot, window, visits[-1], kind)
    view = window.reports
    assert view is not None
    pdf = view.current_pdf()
    assert pdf is not None
    assert view.page_count() == page_count(pdf) > 1
    assert view.pages.text() == f"{page_count(pdf)} pages"
    assert "Ana Ruiz" in view.title.text()
    assert view.print_button.isEnabled()
    assert view.save_button.isEnabled()


def test_back_returns_to_the_record(qtbot: QtBot, window: MainWindow, visits: list[Visit]) -> None:
    open_reports(qtbot, window, visits[-1])
    assert window.reports is not None
    window.reports.findChild(type(window.reports.print_button), "backToRecord").click()
    assert window.work.currentWidget() is window.record
    window.record.wait_until_loaded()
    assert window.record.patient is not None
    assert window.record.patient.id == visits[-1].patient_id


def test_save_as_pdf_writes_the_kept_bytes_and_audits_an_export(
    qtbot: QtBot, window: MainWindow, store: Store, visits: list[Visit], tmp_path: Path
) -> None:
    open_reports(qtbot, window, visits[-1], "summary")
    view = window.reports
    assert view is not None
    target = tmp_path / "summary.pdf"
    info = view.save_to(target)
    kept = store.reports.get(info.id)
    assert target.read_bytes() == kept.pdf == view.current_pdf()
    assert kept.info.kind is ReportKind.SUMMARY
    assert kept.info.created_by == ana_id(store)
    rows = store.audit.entries(entity=Entity.REPORT, entity_id=info.id)
    assert [(r.action, r.detail["file"]) for r in rows] == [(Action.EXPORT, str(target))]
    assert rows[0].actor_id == ana_id(store)
    assert view.stored.list.count() == 1
    assert view.stored.entry_text(0).startswith("Clinician summary, saved as PDF\n")
    assert "Ana Ruiz" in view.stored.entry_text(0)


def test_print_paints_the_same_pages_through_qprinter(
    qtbot: QtBot, window: MainWindow, store: Store, visits: list[Visit], tmp_path: Path
) -> None:
    open_reports(qtbot, window, visits[-1])
    view = window.reports
    assert view is not None
    printed = tmp_path / "printed.pdf"
    info = view.print_to(pdf_printer(printed))
    pdf = view.current_pdf()
    assert pdf is not None
    assert page_count(printed.read_bytes()) == page_count(pdf) == view.page_count()
    pages = rendered_pages(printed.read_bytes())
    assert all(dark_pixels(page) > 20 for page in pages)
    assert store.reports.get(info.id).pdf == pdf
    rows = store.audit.entries(entity=Entity.REPORT, entity_id=info.id)
    assert [r.action for r in rows] == [Action.PRINT]
    assert view.stored.entry_text(0).startswith("Patient handout, printed\n")


def test_reprint_gives_the_identical_file_and_is_audited(
    qtbot: QtBot, window: MainWindow, store: Store, visits: list[Visit], tmp_path: Path
) -> None:
    open_reports(qtbot, window, visits[-1])
    view = window.reports
    assert view is not None
    first = view.print_to(pdf_printer(tmp_path / "first.pdf"))
    view.set_kind("summary")
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    again = view.reprint_to(first.id, pdf_printer(tmp_path / "again.pdf"))
    assert hashlib.sha256(again).hexdigest() == first.sha256
    assert again == store.reports.latest(visits[-1].id, ReportKind.HANDOUT).pdf  # type: ignore[union-attr]
    assert page_count((tmp_path / "again.pdf").read_bytes()) == page_count(again)
    rows = store.audit.entries(entity=Entity.REPORT, entity_id=first.id, action=Action.PRINT)
    assert [r.detail.get("reprint", False) for r in rows] == [True, False]
    assert len(store.reports.for_visit(visits[-1].id)) == 1  # a reprint keeps no new copy
    assert view.stored.entry_text(0).startswith("Patient handout, printed, reprinted 1x\n")


def test_a_changed_kept_copy_is_not_reprinted(
    qtbot: QtBot, window: MainWindow, store: Store, visits: list[Visit], tmp_path: Path
) -> None:
    from kneedesk.gui.reports.view import ReportRefusedError

    open_reports(qtbot, window, visits[-1])
    view = window.reports
    assert view is not None
    first = view.print_to(pdf_printer(tmp_path / "first.pdf"))
    kept = bytearray(store.reports.get(first.id).pdf)
    kept[len(kept) // 2] ^= 0x01  # one bit, same length: only the SHA-256 can tell
    store.db.execute("DROP TRIGGER reports_no_update")
    store.db.execute("UPDATE reports SET pdf = ? WHERE id = ?", [bytes(kept), first.id])
    out = tmp_path / "again.pdf"
    with pytest.raises(ReportRefusedError, match="SHA-256"):
        view.reprint_to(first.id, pdf_printer(out))
    assert not out.exists()
    rows = store.audit.entries(entity=Entity.REPORT, entity_id=first.id)
    assert not any(r.detail.get("reprint") for r in rows)


def test_a_draft_is_previewed_but_not_printed_or_saved(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    from kneedesk.gui.reports.view import ReportRefusedError

    _, draft = add_example_patient(store, ana_id(store), sign=(True, False))
    open_reports(qtbot, window, draft)
    view = window.reports
    assert view is not None
    assert view.page_count() > 1
    assert not view.print_button.isEnabled()
    assert not view.save_button.isEnabled()
    assert "Sign the visit" in view.reason.text()
    assert view.banner.isVisible()
    assert "Draft" in view.banner_text.text()
    with pytest.raises(ReportRefusedError):
        view.save_to(tmp_path / "draft.pdf")
    assert not (tmp_path / "draft.pdf").exists()
    assert store.reports.for_visit(draft.id) == []


def test_starting_the_app_loads_neither_qtpdf_nor_reportlab(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kneedesk.gui.main_window import MainWindow\n"
        "from kneedesk.store.store import Store\n"
        "app = QApplication([])\n"
        f"store = Store.open({str(tmp_path / 'c.kneedesk')!r})\n"
        "window = MainWindow(store)\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6.QtPdf', 'reportlab'))]\n"
        "store.close()\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_switching_visits_while_rendering_shows_only_the_visit_opened_last(
    qtbot: QtBot, window: MainWindow, store: Store, visits: list[Visit]
) -> None:
    from kneedesk.services.report_render import render_report
    from kneedesk.services.visit_report import visit_report

    first, second = visits
    window.show_reports(first.id)
    view = window.reports
    assert view is not None
    view.set_kind("summary")  # a second request for the first visit, still running
    window.show_reports(second.id)
    view.wait_for_render()
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    assert view.current_pdf() == render_report(visit_report(store, second.id).data, "summary")
    view.set_kind("handout")
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    assert view.current_pdf() == render_report(visit_report(store, second.id).data, "handout")


def test_the_title_counts_the_patients_visits_not_database_ids(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # Another patient's visits come first, so the example patient's ids are 4 and 5.
    other = store.patients.create(chart_number="X-1", given_name="Ivan", family_name="Petrov")
    for day in ("2026-01-05", "2026-02-05", "2026-03-05"):
        store.visits.create_draft(other.id, visit_date=day)
    visits = add_example_patient(store, ana_id(store))
    assert [v.id for v in visits] == [4, 5]
    open_reports(qtbot, window, visits[-1])
    view = window.reports
    assert view is not None
    title = view.title.text()
    assert f"screen of {visits[-1].visit_date} (visit 2 of 2)" in title
    assert "visit 5" not in title
    open_reports(qtbot, window, visits[0])
    assert f"screen of {visits[0].visit_date} (visit 1 of 2)" in view.title.text()


@pytest.mark.parametrize("has_documents", [True, False])
def test_save_as_pdf_starts_in_documents_or_home_not_the_working_folder(
    qtbot: QtBot,
    window: MainWindow,
    visits: list[Visit],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    has_documents: bool,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    if has_documents:
        (home / "Documents").mkdir()
    program = tmp_path / "Programs" / "KneeDesk"
    program.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    monkeypatch.chdir(program)  # an installed app's working folder
    open_reports(qtbot, window, visits[-1])
    view = window.reports
    assert view is not None
    opened: list[tuple[str, str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        opened.append((dialog.directory().absolutePath(), dialog.selectedFiles()[0]))
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    expected = home / "Documents" if has_documents else home
    folder, file = opened[0]
    assert Path(folder) == expected
    assert Path(file).parent == expected
    assert Path(file).name.endswith(".pdf")
