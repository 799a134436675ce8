"""`kneedesk report --out` never destroys a file it did not write: a database, a text file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hostile_helpers import Outcome, assert_lines_bounded, digest, example_path, run_cli
from pypdf import PdfReader

from kneedesk.services.report_files import is_kneedesk_pdf
from kneedesk.store.store import Store


@pytest.fixture
def clinic_db(tmp_path: Path) -> Path:
    """A clinic database with a signed visit, for reports from the database."""
    path = tmp_path / "clinic.kneedesk"
    with Store.open(path) as store:
        ana = store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
        patient = store.patients.create(
            chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
        )
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=ana.id)
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
        store.visits.sign(visit.id, ana.id, [], {})
    return path


def assert_one_line_refusal(outcome: Outcome, fragment: str) -> None:
    stderr = outcome.stderr
    assert outcome.status == 2, stderr
    assert stderr.count("\n") == 1, stderr
    assert fragment in stderr
    assert_lines_bounded(stderr)


def test_report_from_a_document_refuses_to_overwrite_the_clinic_database(
    clinic_db: Path,
) -> None:
    before = digest(clinic_db)
    for force in ((), ("--force",)):
        outcome = run_cli("report", example_path(), "--out", str(clinic_db), *force)
        assert_one_line_refusal(outcome, "is a database (perhaps the clinic's)")
        assert digest(clinic_db) == before
    with Store.open(clinic_db) as store:
        assert store.patients.count() == 1


def test_report_from_the_database_refuses_to_write_over_that_database(clinic_db: Path) -> None:
    before = digest(clinic_db)
    outcome = run_cli("report", "--db", str(clinic_db), "--visit", "1", "--out", str(clinic_db))
    assert_one_line_refusal(outcome, "a report never replaces it, even with --force")
    assert digest(clinic_db) == before


def test_report_refuses_a_text_file_and_replaces_it_with_force(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Ana's running diary\n", encoding="utf-8")
    outcome = run_cli("report", example_path(), "--out", str(notes))
    assert_one_line_refusal(outcome, "exists and is not a PDF written by KneeDesk")
    assert "--force" in outcome.stderr
    assert notes.read_text(encoding="utf-8") == "Ana's running diary\n"

    forced = run_cli("report", example_path(), "--out", str(notes), "--force")
    assert forced.status == 0, forced.stderr
    assert is_kneedesk_pdf(notes)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no temporary left


def test_another_programs_pdf_is_not_replaced_without_force(tmp_path: Path) -> None:
    other = tmp_path / "scan.pdf"
    other.write_bytes(b"%PDF-1.4\n1 0 obj << /Creator (Scanner) >> endobj\n%%EOF\n")
    outcome = run_cli("report", example_path(), "--out", str(other))
    assert_one_line_refusal(outcome, "is not a PDF written by KneeDesk")
    assert other.read_bytes().startswith(b"%PDF-1.4\n1 0 obj << /Creator (Scanner)")


def test_an_earlier_kneedesk_pdf_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    first = run_cli("report", example_path(), "--out", str(out))
    assert first.status == 0, first.stderr
    inode = out.stat().st_ino
    again = run_cli("report", example_path(), "--out", str(out), "--kind", "summary")
    assert again.status == 0, again.stderr
    text = " ".join(
        page.extract_text() or "" for page in PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    assert "Clinician summary" in " ".join(text.split())
    if os.name == "posix":
        # Replaced by a new file moved into place, never rewritten in place.
        assert out.stat().st_ino != inode


def test_a_folder_is_refused_even_with_force(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    outcome = run_cli("report", example_path(), "--out", str(folder), "--force")
    assert_one_line_refusal(outcome, "is a folder")
