"""The start-up check run after opening (the app's login screen is up meanwhile).

A damaged file must still be refused before anything is written: a write waits for the
check's verdict, whichever thread runs it, and a damaged verdict refuses it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from store_helpers import FAST_HASHER, file_digest
from test_store_bad_files import add_patients, damaged_pages

from kneedesk.store.errors import CorruptDatabaseError
from kneedesk.store.integrity_gate import IntegrityGate, connection_gate, reads_only
from kneedesk.store.store import Store


def gate_of(store: Store) -> IntegrityGate:
    gate = connection_gate(store.db.conn)
    assert gate is not None
    return gate


def add_one(store: Store) -> None:
    store.patients.create(chart_number="KD-NEW", given_name="Mia", family_name="Lee")


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    damaged_pages(path)
    return path


@pytest.fixture
def healthy(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    add_patients(path, 0, 20)
    return path


def test_damaged_file_opens_deferred_but_its_first_write_is_refused(damaged: Path) -> None:
    before = file_digest(damaged)
    store = Store.open(damaged, defer_check=True, hasher=FAST_HASHER)
    try:
        assert not gate_of(store).settled
        with pytest.raises(CorruptDatabaseError) as info:
            add_one(store)
        assert "damaged" in info.value.what
        # Every later use is refused too, not only the first.
        with pytest.raises(CorruptDatabaseError):
            store.accounts.has_accounts()
    finally:
        store.close()
    assert file_digest(damaged) == before


def test_write_during_the_workers_check_waits_and_is_refused(damaged: Path) -> None:
    before = file_digest(damaged)
    store = Store.open(damaged, defer_check=True, hasher=FAST_HASHER)
    gate = gate_of(store)
    checking, release = threading.Event(), threading.Event()
    worker_errors: list[BaseException] = []
    writer_errors: list[BaseException] = []

    def hold_the_check() -> int:  # SQLite calls this on the worker during its check
        checking.set()
        release.wait(10)
        return 0

    def worker() -> None:
        store.db.conn.set_progress_handler(hold_the_check, 1000)
        try:
            store.check_integrity()
        except CorruptDatabaseError as exc:
            worker_errors.append(exc)

    def writer() -> None:
        try:
            add_one(store)
        except CorruptDatabaseError as exc:
            writer_errors.append(exc)

    check_thread = threading.Thread(target=worker)
    check_thread.start()
    assert checking.wait(10)
    write_thread = threading.Thread(target=writer)
    write_thread.start()
    try:
        write_thread.join(0.2)
        assert write_thread.is_alive()  # the write waits while the check is under way
        assert gate.started
        assert not gate.settled
    finally:
        release.set()
        check_thread.join(10)
        write_thread.join(10)
    store.db.conn.set_progress_handler(None, 0)
    store.close()
    assert len(worker_errors) == 1
    assert len(writer_errors) == 1
    assert "damaged" in writer_errors[0].args[0]
    assert file_digest(damaged) == before


def test_healthy_file_reads_before_the_check_and_writes_after_it(healthy: Path) -> None:
    store = Store.open(healthy, defer_check=True, hasher=FAST_HASHER)
    try:
        gate = gate_of(store)
        # The login screen's reads do not wait for (or run) the whole-file check ...
        assert not store.accounts.has_accounts()
        assert len(store.patients.search("Ruiz", limit=5)) == 5
        assert not gate.started
        # ... the first write runs it, then goes ahead.
        add_one(store)
        assert gate.settled
        assert gate.refusal is None
    finally:
        store.close()
    with Store.open(healthy) as again:
        assert again.patients.search("Lee", limit=5)[0].chart_number == "KD-NEW"


def test_check_on_a_worker_lets_the_store_be_used_freely(healthy: Path) -> None:
    store = Store.open(healthy, defer_check=True, hasher=FAST_HASHER)
    try:
        worker = threading.Thread(target=store.check_integrity)
        worker.start()
        worker.join(30)
        assert gate_of(store).passed
        add_one(store)
        store.check_integrity()  # the verdict is kept: no second check
    finally:
        store.close()


def test_reads_on_another_thread_while_the_check_starts_all_finish(healthy: Path) -> None:
    store = Store.open(healthy, defer_check=True, hasher=FAST_HASHER)
    answers: list[bool] = []

    def reader() -> None:
        for _ in range(200):
            answers.append(store.accounts.has_accounts())

    try:
        threads = [threading.Thread(target=reader), threading.Thread(target=store.check_integrity)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)  # neither waits for ever
        assert answers == [False] * 200
        assert gate_of(store).passed
    finally:
        store.close()


def test_only_plain_reads_pass_before_the_check() -> None:
    assert reads_only("SELECT 1")
    assert reads_only("  select * from patients")
    assert reads_only("PRAGMA database_list")
    assert reads_only("PRAGMA main.table_info(patients)")
    for write in (
        "BEGIN",
        "SAVEPOINT x",
        "INSERT INTO t VALUES (1)",
        "WITH x AS (SELECT 1) DELETE FROM t",
        "PRAGMA journal_mode=DELETE",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "VACUUM",
    ):
        assert not reads_only(write), write
