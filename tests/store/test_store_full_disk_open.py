"""A full disk when KneeDesk must check a -wal left by a crash: a clear error, nothing changed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from store_helpers import crash_leaving_wal, file_digest

from kneedesk.store import wal_recovery
from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import DiskFullError, StorageFailureError
from kneedesk.store.store import Store
from kneedesk.store.wal_recovery import wal_path


@pytest.fixture
def crashed(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    crash_leaving_wal(db_path, 50)
    return db_path


@pytest.mark.parametrize(
    ("code", "error"),
    [(errno.ENOSPC, DiskFullError), (errno.EIO, StorageFailureError)],
    ids=["no-space", "io-error"],
)
def test_no_room_to_check_the_wal_is_a_clear_error_and_changes_nothing(
    crashed: Path, monkeypatch: pytest.MonkeyPatch, code: int, error: type[Exception]
) -> None:
    before = (file_digest(crashed), file_digest(wal_path(crashed)))
    listing = sorted(p.name for p in crashed.parent.iterdir())

    def no_room(source: Path, target: Path) -> None:
        target.write_bytes(b"")  # a partial copy, removed with its private folder
        raise OSError(code, "No space left on device" if code == errno.ENOSPC else "I/O error")

    monkeypatch.setattr(wal_recovery, "copy_private", no_room)
    with pytest.raises(error) as info:
        Store.open(crashed)
    assert info.value.todo
    if code == errno.ENOSPC:
        assert "disk is full" in info.value.what
        assert "Free some disk space" in info.value.todo
    assert (file_digest(crashed), file_digest(wal_path(crashed))) == before
    assert sorted(p.name for p in crashed.parent.iterdir()) == listing
    monkeypatch.undo()
    db = open_db(crashed)  # once there is room, every row is there
    try:
        assert db.execute("SELECT count(*) FROM patients").fetchone()[0] == 51
    finally:
        close_db(db)
