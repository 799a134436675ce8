"""A killed restore never leaves the clinic without a database; leftovers are private, removed."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import crash_leaving_wal, file_digest, run_python

from kneedesk.store import restore as restore_module
from kneedesk.store import wal_recovery
from kneedesk.store.backup import backup_to
from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import CorruptDatabaseError, MissingDatabaseError
from kneedesk.store.store import Store
from kneedesk.store.wal_recovery import wal_path


def add_patients(path: Path, charts: list[str]) -> None:
    with Store.open(path) as store:
        for chart in charts:
            store.patients.create(chart_number=chart, given_name="Ana " * 20, family_name="Ruiz")


def charts(path: Path) -> set[str]:
    db = open_db(path)
    try:
        return {row[0] for row in db.execute("SELECT chart_number FROM patients")}
    finally:
        close_db(db)


def damage(path: Path) -> None:
    with path.open("r+b") as f:
        for page in range(5, 15):
            f.seek(page * 4096)
            f.write(b"\xff" * 16)


@pytest.fixture
def damaged_clinic(tmp_path: Path) -> tuple[Path, Path]:
    """A damaged clinic database and a good backup of another one."""
    clinic = tmp_path / "clinic.sqlite3"
    add_patients(clinic, [f"OLD-{n}" for n in range(200)])
    damage(clinic)
    source = tmp_path / "elsewhere" / "other.sqlite3"
    source.parent.mkdir()
    add_patients(source, ["NEW-1", "NEW-2"])
    backup = tmp_path / "elsewhere" / "backup.sqlite3"
    db = open_db(source)
    try:
        backup_to(db, backup)
    finally:
        close_db(db)
    return clinic, backup


# Restores in a child that kills itself while the backup's pages are being written for the
# clinic's path (not for the private checked copy): the worst moment of the old way, which
# moved the damaged database away first.
KILLED_RESTORE = """
    import os, signal, sys
    from pathlib import Path
    from kneedesk.store import restore

    clinic = Path(sys.argv[2])
    copy_into = restore._copy_into

    def killed_while_writing(source, dest, target):
        if Path(target) == clinic:
            os.kill(os.getpid(), signal.SIGKILL)
        copy_into(source, dest, target)

    restore._copy_into = killed_while_writing
    restore.restore_database(sys.argv[1], clinic)
"""


def test_a_restore_killed_while_writing_leaves_the_database_in_place(
    damaged_clinic: tuple[Path, Path],
) -> None:
    clinic, backup = damaged_clinic
    before = file_digest(clinic)
    result = run_python(KILLED_RESTORE, str(backup), str(clinic), check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert file_digest(clinic) == before  # still the (damaged) database, as it was
    leftovers = [p for p in clinic.parent.iterdir() if p.name.startswith(".")]
    assert leftovers  # the killed restore's private files
    for leftover in leftovers:
        assert stat.S_IMODE(leftover.stat().st_mode) in (0o600, 0o700), leftover
    with pytest.raises(CorruptDatabaseError):
        open_db(clinic)  # says the file is damaged; no empty clinic appears
    # The next start removed what the killed process left, patient data included.
    assert [p.name for p in clinic.parent.iterdir() if p.name.startswith(".")] == []
    restore_module.restore_database(backup, clinic)  # and the restore can simply run again
    assert charts(clinic) == {"NEW-1", "NEW-2"}


def test_the_swap_itself_keeps_the_damaged_database_and_its_wal(
    damaged_clinic: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic, backup = damaged_clinic
    wal_path(clinic).write_bytes(b"unsaved changes" * 300)  # kept with it, never paired anew
    before, wal_before = file_digest(clinic), file_digest(wal_path(clinic))
    replaced: list[tuple[bool, bool]] = []
    real_replace = os.replace

    def watch(source: str | Path, target: str | Path) -> None:
        # At the moment of the swap the clinic's path still holds the old database.
        replaced.append((Path(target) == clinic, file_digest(clinic) == before))
        real_replace(source, target)

    monkeypatch.setattr(restore_module.os, "replace", watch)
    result = restore_module.restore_database(backup, clinic)
    assert (True, True) in replaced
    assert result.previous_copy is not None
    assert file_digest(result.previous_copy) == before
    assert file_digest(wal_path(result.previous_copy)) == wal_before
    assert not wal_path(clinic).exists()
    assert charts(clinic) == {"NEW-1", "NEW-2"}


def test_a_missing_database_with_a_kept_copy_is_not_replaced_by_an_empty_clinic(
    tmp_path: Path,
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    add_patients(clinic, ["KD-1"])
    # What a restore killed the old way left: the database moved aside, nothing in its place.
    kept = tmp_path / "clinic.before-restore-20261120-090000.sqlite3"
    clinic.rename(kept)
    with pytest.raises(MissingDatabaseError) as info:
        Store.open(clinic)
    assert str(kept) in info.value.what
    assert info.value.copy == kept
    assert "kneedesk restore" in info.value.todo
    assert not clinic.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [kept.name]


def test_a_missing_database_names_an_unfinished_restores_file(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    add_patients(clinic, ["KD-1"])
    hidden = tmp_path / ".clinic.sqlite3.restoring-4242"
    clinic.rename(hidden)
    with pytest.raises(MissingDatabaseError) as info:
        open_db(clinic)
    assert info.value.copy == hidden
    assert hidden.exists()
    assert not clinic.exists()


def test_a_new_clinic_is_still_made_where_there_is_no_copy(tmp_path: Path) -> None:
    (tmp_path / "clinic.before-restore-notes.txt").write_text("not a copy of this database")
    close_db(open_db(tmp_path / "clinic.sqlite3"))
    assert (tmp_path / "clinic.sqlite3").exists()


def dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    return int(child.stdout)


def test_leftover_temporaries_of_dead_processes_are_removed_at_the_next_start(
    tmp_path: Path,
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    add_patients(clinic, ["KD-1"])
    gone = dead_pid()
    stale = [
        tmp_path / f".clinic.sqlite3.restoring-{gone}",
        tmp_path / f".clinic.sqlite3.restoring-{gone}-journal",
        tmp_path / f".clinic.before-restore-20261120-090000.sqlite3.partial-{gone}-1a2b3c4d",
        tmp_path / f".clinic.sqlite3.new-{gone}-0badc0de",
    ]
    for path in stale:
        shutil.copyfile(clinic, path)
    check_folder = tmp_path / f".kneedesk-check-{gone}-x1y2z3"
    check_folder.mkdir()
    shutil.copyfile(clinic, check_folder / "clinic.sqlite3")
    kept = [
        tmp_path / ".notes",  # not KneeDesk's
        tmp_path / f".clinic.sqlite3.restoring-{os.getpid()}",  # a process still running
        tmp_path / "clinic.before-restore-20261120-090000.sqlite3",  # a kept copy, not hidden
    ]
    for path in kept:
        path.write_text("keep")
    close_db(open_db(clinic))
    assert [p for p in [*stale, check_folder] if p.exists()] == []
    assert all(p.exists() for p in kept)


def test_the_recovery_checks_private_copy_is_for_the_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    add_patients(clinic, ["KD-1"])
    crash_leaving_wal(clinic, 20)
    modes: list[int] = []
    real_check = wal_recovery.check_replayed

    def record(copy: Path, path: Path, migrations: object) -> list[str]:
        modes.extend(stat.S_IMODE(p.stat().st_mode) for p in (copy, wal_path(copy)))
        modes.append(stat.S_IMODE(copy.parent.stat().st_mode))
        return real_check(copy, path, migrations)  # type: ignore[arg-type]

    monkeypatch.setattr(wal_recovery, "check_replayed", record)
    close_db(open_db(clinic))
    assert modes == [0o600, 0o600, 0o700]
