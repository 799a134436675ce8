"""`kneedesk check` and `restore` against schema changes made outside KneeDesk."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kneedesk.store.store import Store

BACKDOOR = (
    "CREATE TRIGGER backdoor AFTER INSERT ON audit_log BEGIN "
    "INSERT OR IGNORE INTO clinicians (username, display_name, role, password_hash, created_at) "
    "VALUES ('mallory', 'M', 'admin', '$argon2id$x', 'now'); END"
)


def kneedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kneedesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
        check=False,
    )


def add_trigger(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(BACKDOOR)
    conn.commit()
    conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    with Store.open(path) as store:
        store.accounts.create("ana", "Ana Ruiz", "correct horse battery")
        store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    return path


def test_check_reports_a_trigger_added_outside_kneedesk(clinic: Path) -> None:
    add_trigger(clinic)
    result = kneedesk("check", "--db", str(clinic), cwd=clinic.parent)
    assert result.returncode == 1
    assert (
        "PROBLEM  the database schema was changed outside KneeDesk: extra trigger 'backdoor' "
        "on table 'audit_log'" in result.stdout
    )
    assert "No problems found." not in result.stdout


def test_check_says_the_schema_is_kneedesks(clinic: Path) -> None:
    result = kneedesk("check", "--db", str(clinic), cwd=clinic.parent)
    assert result.returncode == 0, result.stdout
    assert "ok       schema: tables, indexes, triggers and views exactly as KneeDesk" in (
        result.stdout
    )


def test_restore_refuses_a_backup_carrying_a_trigger(clinic: Path, tmp_path: Path) -> None:
    backup = tmp_path / "usb.kneedesk-backup"
    assert (
        kneedesk("backup", "--db", str(clinic), "--out", str(backup), cwd=tmp_path).returncode == 0
    )
    add_trigger(backup)
    before, backup_before = digest(clinic), digest(backup)
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = kneedesk("restore", "--db", str(clinic), str(backup), cwd=tmp_path)
    assert result.returncode == 1
    assert "extra trigger 'backdoor' on table 'audit_log'" in result.stderr
    assert "Nothing was changed: the current database is exactly as it was." in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(clinic) == before
    assert digest(backup) == backup_before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    check = kneedesk("check", "--db", str(clinic), cwd=tmp_path)
    assert check.returncode == 0, check.stdout
