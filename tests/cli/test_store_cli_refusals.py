"""The commands refuse a folder, a pipe and a missing database in one clear message."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import kneedesk
from kneedesk.store.store import Store

# The child imports this checkout's kneedesk, whatever its working folder.
CODE_ENV = {**os.environ, "PYTHONPATH": str(Path(kneedesk.__file__).resolve().parent.parent)}


def kneedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # The time limit turns a hang (reading a pipe waits for a writer) into a failure.
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
        check=False,
        env=CODE_ENV,
    )


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    source = tmp_path / "source" / "clinic.sqlite3"
    source.parent.mkdir()
    with Store.open(source) as store:
        patient = store.patients.create(
            chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
        )
        store.visits.create_draft(patient.id, visit_date="2026-11-20")
    out = tmp_path / "visits.json"
    result = kneedesk("export", "--all", "--out", str(out), "--db", str(source), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return out


def commands(tmp_path: Path, documents: Path) -> dict[str, list[str]]:
    return {
        "check": ["check"],
        "backup": ["backup", "--out", str(tmp_path / "backup.sqlite3")],
        "export": ["export", "--all", "--out", str(tmp_path / "out.json")],
        "import": ["import", str(documents)],
    }


@pytest.mark.parametrize("command", ["check", "backup", "export", "import"])
def test_a_missing_database_with_a_kept_copy_names_the_copy(
    tmp_path: Path, documents: Path, command: str
) -> None:
    folder = tmp_path / "clinic"
    folder.mkdir()
    clinic = folder / "clinic.sqlite3"
    with Store.open(clinic) as store:
        store.patients.create(chart_number="KD-9", given_name="Ana", family_name="Ruiz")
    kept = folder / "clinic.before-restore-20261120-090000.sqlite3"
    clinic.rename(kept)
    args = commands(tmp_path, documents)[command]
    result = kneedesk(*args, "--db", str(clinic), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(kept) in result.stderr
    assert "missing" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [kept.name]  # no empty clinic made


@pytest.mark.parametrize("command", ["check", "backup", "export", "import", "restore"])
def test_a_folder_given_as_the_database_is_one_clear_message(
    tmp_path: Path, documents: Path, command: str
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "letter.txt").write_text("keep me")
    backup = tmp_path / "backup.sqlite3"
    if command == "restore":
        with Store.open(tmp_path / "source" / "clinic.sqlite3") as store:
            store.backup_to(backup)
        args = ["restore", str(backup)]
    else:
        args = commands(tmp_path, documents)[command]
    result = kneedesk(*args, "--db", str(folder), cwd=tmp_path)
    assert result.returncode == 2, result.stderr  # bad input, like a bad file
    assert result.stdout == ""
    assert result.stderr == (
        f"kneedesk: {folder} is a folder, not a file; give the database file itself "
        "(it normally ends in .sqlite3). Nothing was changed.\n"
    )
    assert [p.name for p in folder.iterdir()] == ["letter.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["records", "source", "visits.json", *(["backup.sqlite3"] if command == "restore" else [])]
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("command", ["check", "backup", "export", "import"])
def test_a_pipe_given_as_the_database_does_not_hang(
    tmp_path: Path, documents: Path, command: str
) -> None:
    pipe = tmp_path / "clinic.sqlite3"
    os.mkfifo(pipe)
    result = kneedesk(*commands(tmp_path, documents)[command], "--db", str(pipe), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"kneedesk: {pipe} is a named pipe, not a file" in result.stderr
    assert json.loads(documents.read_text(encoding="utf-8"))  # the input is untouched


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("command", ["import", "restore"])
def test_a_pipe_given_as_the_file_to_read_is_refused_without_waiting(
    tmp_path: Path, command: str
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    with Store.open(clinic) as store:
        store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    before = clinic.read_bytes()
    pipe = tmp_path / "visits.json"
    os.mkfifo(pipe)
    # Reading a pipe nobody writes to would wait for ever (until the time limit fails it).
    result = kneedesk(command, "--db", str(clinic), str(pipe), cwd=tmp_path)
    assert result.returncode == 2
    wanted = "a JSON file of visit documents" if command == "import" else "the backup file"
    assert result.stderr == (
        f"kneedesk: {pipe} is a named pipe, not a file; give {wanted}"
        + (" to restore" if command == "restore" else "")
        + ". Nothing was changed.\n"
    )
    assert clinic.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.sqlite3", "visits.json"]


def test_a_folder_given_as_the_file_to_import_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "visits"
    folder.mkdir()
    result = kneedesk("import", "--db", str(tmp_path / "clinic.sqlite3"), str(folder), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"kneedesk: {folder} is a folder, not a file; give a JSON file of visit documents. "
        "Nothing was changed.\n"
    )
    assert not (tmp_path / "clinic.sqlite3").exists()  # no database made for nothing


def test_importing_the_same_file_twice_says_it_was_imported_before(
    tmp_path: Path, documents: Path
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    first = kneedesk("import", "--db", str(clinic), str(documents), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Imported 1 visit(s) (1 new patient(s)); 0 were already here." in first.stdout
    again = kneedesk("import", "--db", str(clinic), str(documents), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout == (
        f"Nothing imported: all 1 visit(s) in {documents} are already in this database "
        "(the file was imported before).\n"
    )
    with Store.open(clinic) as store:
        assert store.patients.count() == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders and POSIX modes")
def test_the_data_folder_is_user_only_even_when_the_demo_made_it_first(tmp_path: Path) -> None:
    env = {**CODE_ENV, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    folder = tmp_path / "xdg" / "KneeDesk"
    result = subprocess.run(
        [sys.executable, "-m", "kneedesk", "demo", "--db", str(folder / "demo.kneedesk")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
