"""`kneedesk report --db PATH --visit ID`: a signed visit's report from the clinic database."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from visit_reports import add_example_patient

from kneedesk.cli import main
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.store import Store


def make_clinic(path: Path, *, sign: tuple[bool, bool] = (True, True)) -> list[int]:
    """A database with the example patient's two visits; returns the visit ids."""
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with Store.open(path, hasher=hasher) as store:
        store.settings.save_one(SettingKey.CLINIC, {"name": "Hillside Runners Clinic"})
        lee = store.accounts.create(username="lee", display_name="Lee Park", password="pw-1234567")
        return [v.id for v in add_example_patient(store, lee.id, sign=sign)]


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def test_handout_from_the_database_end_to_end(tmp_path: Path) -> None:
    db = tmp_path / "clinic.kneedesk"
    _, visit_id = make_clinic(db)
    out = tmp_path / "handout.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "kneedesk", "report", "--db", str(db), "--visit", str(visit_id)]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == done.stderr == ""
    text = pdf_text(out.read_bytes())
    assert "Ana Ruiz" in text
    assert "Hillside Runners Clinic" in text
    with Store.open(db) as store:
        content = store.signing.signed_content(visit_id)
        assert content is not None
        sentences = [f["patient_text"] for f in content.findings if f["patient_text"]]
        assert sentences
        assert " ".join(sentences[0].split())[:60] in text
        rows = store.audit.entries(entity=Entity.VISIT, entity_id=visit_id, action=Action.EXPORT)
        assert [(r.detail["report"], r.detail["file"]) for r in rows] == [
            ("handout", str(out.resolve()))
        ]
        assert store.reports.for_visit(visit_id) == []  # an export is not a kept print


def test_summary_from_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.kneedesk"
    _, visit_id = make_clinic(db)
    out = tmp_path / "summary.pdf"
    argv = ["report", "--db", str(db), "--visit", str(visit_id), "--kind", "summary"]
    assert main([*argv, "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Clinician summary" in text
    assert "Signed electronically by Lee Park" in text


def test_an_unknown_visit_id_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.kneedesk"
    make_clinic(db)
    out = tmp_path / "out.pdf"
    assert main(["report", "--db", str(db), "--visit", "999", "--out", str(out)]) == 2
    assert capsys.readouterr().err == f"kneedesk: there is no visit with id 999 in {db}.\n"
    assert not out.exists()


def test_a_draft_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "clinic.kneedesk"
    _, draft = make_clinic(db, sign=(True, False))
    out = tmp_path / "out.pdf"
    assert main(["report", "--db", str(db), "--visit", str(draft), "--out", str(out)]) == 2
    assert "is a draft" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_database_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "nothing.kneedesk"
    assert main(["report", "--db", str(db), "--visit", "1", "--out", str(tmp_path / "o.pdf")]) == 1
    assert capsys.readouterr().err == f"kneedesk: there is no database at {db}.\n"
    assert not db.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give a visit document (VISIT.json) or --visit ID from a database"),
        (["--db", "x.kneedesk"], "--db needs --visit ID"),
        (["visit.json", "--visit", "3"], "not both"),
        (["visit.json", "--db", "x.kneedesk"], "not both"),
        (["--visit", "3", "--paper", "a4"], "--paper applies to a visit document only"),
        (["--visit", "3", "--previous", "a.json"], "--previous applies to a visit document"),
    ],
)
def test_the_visit_must_come_from_exactly_one_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "out.pdf"
    assert main(["report", *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kneedesk: ")
    assert message in err
    assert not out.exists()
