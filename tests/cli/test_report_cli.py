"""`kneedesk report` end to end, in a subprocess, as a clinic's script would run it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader

EXAMPLES = files("kneedesk.resources").joinpath("examples")


def example(name: str) -> str:
    return str(EXAMPLES.joinpath(name))


def kneedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", "report", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
        check=False,
    )


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join((page.extract_text() or "") for page in reader.pages)


def test_handout_with_progress_on_a4(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = kneedesk(
        example("example-followup.json"),
        "--previous",
        example("example-visit.json"),
        "--paper",
        "a4",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.28, abs=0.5)
    text = " ".join(pdf_text(out).split())
    assert "Your progress" in text
    assert "Ana Ruiz" in text
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_summary_in_us_units_with_a_clinic_letterhead(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic.json"
    clinic.write_text(json.dumps({"name": "Hillside Runners Clinic", "phone": "555 0199"}))
    out = tmp_path / "summary.pdf"
    result = kneedesk(
        example("example-visit.json"),
        "--kind",
        "summary",
        "--units",
        "us",
        "--clinic",
        str(clinic),
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out).split())
    assert "Hillside Runners Clinic" in text
    assert "Clinician summary" in text
    assert "lbf" in text


def test_bad_document_prints_one_line_per_problem_and_writes_nothing(tmp_path: Path) -> None:
    data = json.loads(Path(example("example-visit.json")).read_text("utf-8"))
    data["answers"]["body_mass"] = 900
    data["answers"]["symptom_side"] = "middle"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = kneedesk(str(bad), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{bad}: ") for line in lines)
    assert any("body_mass" in line for line in lines)
    assert any("symptom_side" in line for line in lines)
    assert not out.exists()
    assert result.stdout == ""


def test_previous_visit_of_another_patient_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    result = kneedesk(
        example("example-followup.json"),
        "--previous",
        example("example-red-flag.json"),
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "patient.id" in result.stderr
    assert not out.exists()


def test_missing_output_folder_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "out.pdf"
    result = kneedesk(example("example-visit.json"), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_existing_file_is_replaced_whole_with_force(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"old")
    refused = kneedesk(example("example-red-flag.json"), "--out", str(out), cwd=tmp_path)
    assert refused.returncode == 2
    assert out.read_bytes() == b"old"
    result = kneedesk(example("example-red-flag.json"), "--out", str(out), "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "Your clinician will discuss" in " ".join(pdf_text(out).split())
