"""Several workstations append to the clinic server's audit log at once: every change is
saved, and the hash chain is one unbroken line afterwards.

Each writer has its own connection (`Store.open_server`), as each workstation does; the
chain's next row is claimed under a transaction-scoped advisory lock
(`kneedesk.store.dialect.claim_audit_chain`).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest
from pg_fixtures import APP_PASSWORD
from server_helpers import open_store

from kneedesk.store.anchor_key import load_key
from kneedesk.store.audit import Action, Entity
from kneedesk.store.postgres.connect import ServerSettings

THREADS = 4
PROCESSES = 3
CHANGES = 25

WORKSTATION = """
    import sys
    from kneedesk.store.postgres.connect import ServerSettings
    from kneedesk.store.store import Store

    host, database, password, tag, changes = sys.argv[1:6]
    store = Store.open_server(ServerSettings(host, database, "kneedesk_app"), password)
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(int(changes)):
        store.patients.create(chart_number=f"{tag}-{n}", given_name="Bo", family_name=tag)
    store.close()
    print("done", flush=True)
"""


def _start_workstation(settings: ServerSettings, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-c", textwrap.dedent(WORKSTATION), settings.host, settings.database,
            APP_PASSWORD, tag, str(CHANGES),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_threads_and_processes_appending_at_once_keep_one_valid_chain(
    pg_database: ServerSettings,
) -> None:
    load_key(create=True)  # this computer's key exists before the writers anchor with it
    with open_store(pg_database) as store:
        rows_before = store.audit.verify_chain().rows

    processes = [_start_workstation(pg_database, f"PROC{p}") for p in range(PROCESSES)]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", process.stderr

    stores = [open_store(pg_database) for _ in range(THREADS)]
    start = threading.Barrier(THREADS + 1)
    errors: list[BaseException] = []

    def write(number: int) -> None:
        store = stores[number]
        start.wait()
        try:
            for n in range(CHANGES):
                if n % 2:
                    store.patients.create(
                        chart_number=f"THR{number}-{n}", given_name="Ana", family_name="Ruiz"
                    )
                else:
                    with store.db.atomic():
                        store.audit.record(Action.VIEW, Entity.DATABASE, None, {"n": n})
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    start.wait()
    for thread in threads:
        thread.join(120)
    outcomes = [process.communicate(timeout=120) for process in processes]
    for store in stores:
        store.close()

    assert errors == []
    for process, (out, err) in zip(processes, outcomes, strict=True):
        assert process.returncode == 0, err
        assert out.strip() == "done"
    with open_store(pg_database) as store:
        report = store.audit.verify_chain()
        assert report.ok, report.reason
        assert report.rows == rows_before + (THREADS + PROCESSES) * CHANGES
        assert store.patients.count() == PROCESSES * CHANGES + THREADS * (CHANGES // 2)
        ids = [r[0] for r in store.db.execute("SELECT id FROM audit_log ORDER BY id")]
        assert ids == list(range(1, report.rows + 1))
        anchored = store.db.execute("SELECT count(*) FROM audit_anchors").fetchone()[0]
        assert anchored == report.rows
