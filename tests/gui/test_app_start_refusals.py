"""At start, a missing database (kept copy) or a full disk is a dialog, not set-up or a crash."""

from __future__ import annotations

import errno
import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kneedesk.gui import app as app_module
from kneedesk.gui import setup_dialog
from kneedesk.store import wal_recovery
from kneedesk.store.store import Store

CRASH_WHILE_WRITING = """
    import os, signal, sys
    from kneedesk.store.store import Store
    store = Store.open(sys.argv[1])
    for n in range(50):
        store.patients.create(chart_number=f"LATE-{n}", given_name="Bo", family_name="Li")
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, str]]:
    """What each message box said; the first-run set-up must not appear at all."""
    shown: list[tuple[str, str]] = []

    def capture(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    def no_setup(dialog: object) -> int:
        raise AssertionError("the first-run set-up was shown")

    monkeypatch.setattr(QMessageBox, "exec", capture)
    monkeypatch.setattr(setup_dialog.ClinicSetupDialog, "exec", no_setup)
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "log.txt")
    return shown


def test_a_missing_database_with_a_kept_copy_is_named_not_set_up_anew(
    tmp_path: Path, qapp: QApplication, dialogs: list[tuple[str, str]]
) -> None:
    clinic = tmp_path / "clinic.kneedesk"
    with Store.open(clinic) as store:
        store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    kept = tmp_path / "clinic.before-restore-20261120-090000.kneedesk"
    clinic.rename(kept)
    assert app_module.run_gui(str(clinic)) == 1
    assert len(dialogs) == 1
    what, todo = dialogs[0]
    assert "missing" in what
    assert str(kept) in what
    assert "kneedesk restore" in todo
    assert not clinic.exists()


def test_a_full_disk_after_a_crash_is_a_dialog_and_changes_nothing(
    tmp_path: Path,
    qapp: QApplication,
    dialogs: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clinic = tmp_path / "clinic.kneedesk"
    close = Store.open(clinic)
    close.close()
    crash = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASH_WHILE_WRITING), str(clinic)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert crash.returncode == -9, crash.stderr
    wal = clinic.with_name(clinic.name + "-wal")
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (clinic, wal)]

    def no_room(source: Path, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(wal_recovery, "copy_private", no_room)
    assert app_module.run_gui(str(clinic)) == 1
    assert len(dialogs) == 1
    what, todo = dialogs[0]
    assert "disk is full" in what
    assert "Free some disk space" in todo
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in (clinic, wal)] == before


def test_a_damaged_file_is_refused_after_the_login_shows_and_left_unchanged(
    tmp_path: Path, qapp: QApplication, dialogs: list[tuple[str, str]]
) -> None:
    """The whole-file check runs while the login screen is up; damage still closes the app."""
    clinic = tmp_path / "clinic.kneedesk"
    with Store.open(clinic) as store:
        store.accounts.create("admin", "Ada Admin", "plum-tiger-harbour-42")
        for n in range(300):
            store.patients.create(
                chart_number=f"KD-{n:05d}", given_name="Ana " * 20, family_name=f"Ruiz {n}"
            )
    with clinic.open("r+b") as f:  # scribble over b-tree page headers mid-file
        for page in range(5, 15):
            f.seek(page * 4096)
            f.write(b"\xff" * 16)
    before = hashlib.sha256(clinic.read_bytes()).hexdigest()
    assert app_module.run_gui(str(clinic)) == 1
    assert len(dialogs) == 1
    what, todo = dialogs[0]
    assert "damaged" in what
    assert "kneedesk restore" in todo
    assert hashlib.sha256(clinic.read_bytes()).hexdigest() == before
