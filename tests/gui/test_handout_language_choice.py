"""The patient's handout language, chosen on the record or above the preview, kept with the
patient and with every copy; the summary stays in the clinician's language."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from visit_reports import add_example_patient

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store

RENDER_TIMEOUT_MS = 120_000  # a generous limit for a loaded machine, not a speed check


def pick(box: QComboBox, code: str) -> None:
    """Choose an item as a clinician does (activated, not only set)."""
    index = box.findData(code)
    assert index >= 0, code
    box.setCurrentIndex(index)
    box.activated.emit(index)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def test_the_record_keeps_the_patients_handout_language(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visits = add_example_patient(store, ana.id)
    window.show_patient(visits[0].patient_id)
    window.record.wait_until_loaded()
    box = window.record.handout_language
    assert box.currentText() == "Clinic's language (English)"
    pick(box, "es")
    assert store.patients.get(visits[0].patient_id).handout_language == "es"
    window.record.wait_until_loaded()
    assert window.record.handout_language.currentText() == "Español"
    pick(window.record.handout_language, "")
    assert store.patients.get(visits[0].patient_id).handout_language is None


def test_the_report_view_prints_the_handout_in_the_language_chosen_there(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visit = add_example_patient(store, ana.id)[-1]
    window.show_patient(visit.patient_id)
    window.record.wait_until_loaded()
    window.record.reportsRequested.emit(visit.id)
    view = window.reports
    assert view is not None
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    assert "Page 1 of" in text_of(view.current_pdf() or b"")
    pick(view.language, "de")
    assert store.patients.get(visit.patient_id).handout_language == "de"
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    german = view.current_pdf()
    assert german is not None
    assert "Seite 1 von" in text_of(german)
    info = view.save_to(tmp_path / "handout.pdf")
    kept = store.reports.get(info.id)
    assert (kept.info.language, kept.pdf) == ("de", german)
    assert view.stored.entry_text(0).startswith("Patient handout, saved as PDF, in Deutsch\n")
    # The clinician summary is in the clinician's language (English here), not the patient's.
    view.set_kind(ReportKind.SUMMARY)
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    assert "Page 1 of" in text_of(view.current_pdf() or b"")
