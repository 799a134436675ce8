"""Hostile documents given to score, import, --thresholds and report: exit 2, never a traceback.

Each shape of the corpus (deep nesting, huge integers, long and path-like protocol ids,
surrogates, control and bidi characters, huge arrays, export files) is run through the
command line in process; a few go through a real subprocess, where printing is strict.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_helpers import (
    MAX_LINE,
    assert_lines_bounded,
    assert_refused_cleanly,
    corpus,
    digest,
    example_data,
    example_path,
    run_cli,
    with_change,
    write_corpus_file,
)

import kneedesk as kneedesk_package
from kneedesk.store.store import Store

CORPUS = corpus()
# The only corpus file import may take: a real export of two visits of one patient.
IMPORTABLE = {"export-file"}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        write_corpus_file(folder, name, text)
    return folder


@pytest.fixture
def clinic_db(tmp_path: Path) -> Path:
    """A clinic database holding one patient, so a refusal can be seen to change nothing."""
    path = tmp_path / "clinic.kneedesk"
    with Store.open(path) as store:
        store.patients.create(
            chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
        )
    return path


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_score_refuses_each_hostile_shape_in_one_short_line_per_problem(
    corpus_dir: Path, name: str
) -> None:
    path = corpus_dir / f"{name}.json"
    outcome = run_cli("score", str(path))
    assert_refused_cleanly(outcome)
    assert outcome.stdout == ""
    lines = [line for line in outcome.stderr.splitlines() if not line.startswith("... and ")]
    assert all(line.startswith(f"{path}: ") for line in lines)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_import_refuses_each_hostile_shape_and_leaves_the_database_alone(
    corpus_dir: Path, clinic_db: Path, name: str
) -> None:
    before = digest(clinic_db)
    outcome = run_cli("import", "--db", str(clinic_db), str(corpus_dir / f"{name}.json"))
    if name in IMPORTABLE:
        assert outcome.crash == ""
        assert outcome.status == 0, outcome.stderr
        return
    assert_refused_cleanly(outcome)
    assert digest(clinic_db) == before


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_thresholds_file_of_each_hostile_shape_is_refused(corpus_dir: Path, name: str) -> None:
    outcome = run_cli("score", example_path(), "--thresholds", str(corpus_dir / f"{name}.json"))
    assert_refused_cleanly(outcome)
    assert outcome.stdout == ""


@pytest.mark.parametrize(
    "name", ["deep-nesting", "deep-nesting-990", "huge-int", "surrogate-key", "duplicate-key"]
)
def test_report_refuses_hostile_visits_and_clinic_files(
    corpus_dir: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "handout.pdf"
    as_visit = run_cli("report", str(corpus_dir / f"{name}.json"), "--out", str(out))
    assert_refused_cleanly(as_visit)
    as_clinic = run_cli(
        "report", example_path(), "--clinic", str(corpus_dir / f"{name}.json"), "--out", str(out)
    )
    assert_refused_cleanly(as_clinic)
    assert not out.exists()


@pytest.mark.parametrize(
    ("clinic", "fragment"),
    [
        ({"name": "N" * 10_000}, "name: is 10000 characters; at most 200"),
        ({"phone": "555\x1b[2J"}, "U+001B (ESCAPE)"),
        ({"logo": "L" * 10_000}, "logo: no file"),
        ({"logo": ["a.png"]}, "logo: must be the file name"),
        ({"x" * 1000: 1}, "unknown key"),
    ],
)
def test_report_refuses_a_clinic_file_with_hostile_values(
    tmp_path: Path, clinic: dict[str, object], fragment: str
) -> None:
    clinic_file = tmp_path / "clinic.json"
    clinic_file.write_text(json.dumps(clinic), encoding="utf-8")
    outcome = run_cli(
        "report", example_path(), "--clinic", str(clinic_file), "--out", str(tmp_path / "h.pdf")
    )
    assert_refused_cleanly(outcome)
    assert fragment in outcome.stderr


def test_an_export_file_given_to_score_is_one_line_pointing_to_import(corpus_dir: Path) -> None:
    outcome = run_cli("score", str(corpus_dir / "export-file.json"))
    assert_refused_cleanly(outcome)
    assert outcome.stderr.count("\n") == 1
    assert "an export file with 2 visit document(s)" in outcome.stderr
    assert "kneedesk import" in outcome.stderr
    assert "Ruiz" not in outcome.stderr  # no patient echoed back


def test_a_huge_array_is_quoted_in_80_characters(corpus_dir: Path) -> None:
    outcome = run_cli("score", str(corpus_dir / "huge-array-answers.json"))
    assert_refused_cleanly(outcome)
    (line,) = outcome.stderr.splitlines()
    assert line.endswith(
        "not [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, …"
    )


def test_many_problems_are_counted_not_all_printed(corpus_dir: Path) -> None:
    outcome = run_cli("score", str(corpus_dir / "many-unknown-keys.json"))
    assert_refused_cleanly(outcome)
    lines = outcome.stderr.splitlines()
    assert len(lines) == 51
    assert lines[-1] == "... and 19950 more problem(s)"


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        (
            "nul-in-name",
            "patient.family_name: has the invisible character U+0000 (NUL) at character 3",
        ),
        ("bidi-in-name", "U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5"),
        ("escape-in-name", "patient.given_name: has the invisible character U+001B (ESCAPE)"),
        ("isolate-in-chart", "patient.id: has the invisible character U+2066"),
        ("c1-in-clinician", "visit.clinician: has the invisible character U+0085"),
        ("surrogate-name", "patient.given_name: the text has a lone surrogate"),
        ("long-clinician", "visit.clinician: is 201 characters long; at most 200"),
        ("long-chart-number", "patient.id: is 41 characters long; at most 40"),
        ("birth-1800", "patient.birth_date: 1800-01-01 is before 1900"),
        ("long-reason", "the reason is 501 characters; at most 500"),
        ("deep-nesting", "nested more than 20 levels deep"),
        ("huge-int", "a whole number with thousands of digits"),
        ("long-protocol-id", "protocol: must be a protocol id like"),
    ],
)
def test_score_and_import_name_the_same_problem(
    corpus_dir: Path, clinic_db: Path, name: str, fragment: str
) -> None:
    path = str(corpus_dir / f"{name}.json")
    scored = run_cli("score", path)
    imported = run_cli("import", "--db", str(clinic_db), path)
    assert fragment in scored.stderr
    assert fragment in imported.stderr
    assert scored.status == imported.status == 2


def test_a_chart_number_of_another_patient_here_is_bad_input_not_a_failure(
    tmp_path: Path, clinic_db: Path
) -> None:
    doc = with_change("patient/id", "kd-1")  # KD-1 here is Zoë Berg; case is ignored
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = digest(clinic_db)
    outcome = run_cli("import", "--db", str(clinic_db), str(path))
    assert_refused_cleanly(outcome)
    assert "Chart number kd-1 belongs to Berg, Zoë here" in outcome.stderr
    assert digest(clinic_db) == before


def test_two_patients_with_one_chart_number_in_a_file_are_refused_by_both_paths(
    corpus_dir: Path, clinic_db: Path
) -> None:
    path = str(corpus_dir / "same-chart-two-patients.json")
    outcome = run_cli("import", "--db", str(clinic_db), path)
    assert_refused_cleanly(outcome)
    assert "document 2: patient.id: chart number P-2026-0142 is Ruiz, Ana born" in outcome.stderr
    with Store.open(clinic_db) as store:
        assert store.patients.count() == 1


def test_export_is_readable_by_its_owner_only(tmp_path: Path, clinic_db: Path) -> None:
    visit = tmp_path / "visit.json"
    visit.write_text(json.dumps(example_data()), encoding="utf-8")
    assert run_cli("import", "--db", str(clinic_db), str(visit)).status == 0
    out = tmp_path / "export.json"
    outcome = run_cli("export", "--db", str(clinic_db), "--all", "--out", str(out))
    assert outcome.status == 0, outcome.stderr
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


# --- through a real process: strict printing, real exit status -------------------------------


def kneedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # The kneedesk under test, wherever the interpreter's installed copy points.
    env = {**os.environ, "PYTHONPATH": str(Path(kneedesk_package.__file__).parents[1])}
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=cwd,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("score", "{dir}/surrogate-name.json"),
        ("score", "{dir}/deep-nesting.json"),
        ("score", "{dir}/escape-in-name.json"),
        ("import", "--db", "{db}", "{dir}/huge-int.json"),
        ("import", "--db", "{db}", "{dir}/surrogate-clinician.json"),
        ("score", example_path(), "--thresholds", "{dir}/deep-nesting.json"),
    ],
)
def test_in_a_real_process_hostile_files_exit_2_without_a_traceback(
    corpus_dir: Path, clinic_db: Path, args: tuple[str, ...]
) -> None:
    argv = [a.format(dir=corpus_dir, db=clinic_db) for a in args]
    before = digest(clinic_db)
    result = kneedesk(*argv, cwd=corpus_dir)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stdout == ""
    assert_lines_bounded(result.stderr)
    assert max(len(line) for line in result.stderr.splitlines()) <= MAX_LINE
    assert digest(clinic_db) == before
