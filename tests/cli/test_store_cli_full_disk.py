"""A full disk gives `kneedesk check`, `export` and `import` one clear message, no traceback."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kneedesk
from kneedesk.store.store import Store

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits"
)

# The command runs with a file size limit, which the kernel enforces like a full disk: a
# write past it fails with EFBIG (SIGXFSZ is ignored, as a full disk sends no signal).
LIMITED = """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from kneedesk.cli import main
    raise SystemExit(main(sys.argv[2:]))
"""

CRASH_WHILE_WRITING = """
    import os, signal, sys
    from kneedesk.store.store import Store
    store = Store.open(sys.argv[1])
    store.db.execute("PRAGMA wal_autocheckpoint=0").fetchall()
    for n in range(100):
        store.patients.create(chart_number=f"LATE-{n}", given_name="Bo " * 30, family_name="Li")
    os.kill(os.getpid(), signal.SIGKILL)
"""


# The child imports this checkout's kneedesk, whatever its working folder.
CODE_ENV = {**os.environ, "PYTHONPATH": str(Path(kneedesk.__file__).resolve().parent.parent)}


def python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        env=CODE_ENV,
    )


def kneedesk_limited(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    return python(LIMITED, str(limit), *args)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    with Store.open(path) as store:
        patient = store.patients.create(
            chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
        )
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20")
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    return path


@pytest.fixture
def documents(clinic: Path, tmp_path: Path) -> Path:
    """A good visit document file, written while there was room."""
    out = tmp_path / "visits.json"
    with Store.open(clinic) as store:
        from kneedesk.store.transfer import export_patients

        result = export_patients(store, store.patients.search(limit=10))
    document = result.documents[0]
    many = []
    for n in range(200):
        copy = json.loads(json.dumps(document))
        copy["patient"]["id"] = f"IMP-{n}"
        many.append(copy)
    out.write_text(json.dumps(many), encoding="utf-8")
    return out


def crashed(clinic: Path) -> Path:
    """KneeDesk killed mid-session: the clinic's changes wait in its -wal."""
    result = python(CRASH_WHILE_WRITING, str(clinic))
    assert result.returncode == -9, result.stderr
    wal = clinic.with_name(clinic.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def assert_one_clear_message(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "disk is full" in result.stderr + result.stdout
    assert "Free some disk space" in result.stderr + result.stdout


@pytest.mark.parametrize("command", ["check", "export", "import"])
def test_a_full_disk_with_a_hot_wal_is_one_clear_message(
    clinic: Path, documents: Path, tmp_path: Path, command: str
) -> None:
    wal = crashed(clinic)
    before = (digest(clinic), digest(wal))
    args = {
        "check": ["check"],
        "export": ["export", "--all", "--out", str(tmp_path / "out.json")],
        "import": ["import", str(documents)],
    }[command]
    # Room for far less than a copy of the database, which the check of its -wal needs.
    result = kneedesk_limited(16 * 1024, *args, "--db", str(clinic))
    assert_one_clear_message(result)
    assert (digest(clinic), digest(wal)) == before
    assert not (tmp_path / "out.json").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_import_that_fills_the_disk_is_one_clear_message_and_adds_nothing(
    clinic: Path, documents: Path
) -> None:
    limit = clinic.stat().st_size + 64 * 1024
    result = kneedesk_limited(limit, "import", str(documents), "--db", str(clinic))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "was not saved" in result.stderr or "disk is full" in result.stderr
    with Store.open(clinic) as store:
        assert store.patients.count() == 1  # all or nothing


def test_an_export_on_a_full_disk_is_one_clear_message(clinic: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    # No room for the audit row of the export nor for the file.
    result = kneedesk_limited(64, "export", "--all", "--out", str(out), "--db", str(clinic))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "could not" in result.stderr
    assert not out.exists()
