"""Crash safety for real: kill a process that is saving answers, and a full disk mid-save."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from kill_harness import KillTally, trial_count
from store_helpers import FAST_HASHER, run_python, start_python

from kneedesk.store.db import close_db, integrity_problems, open_db
from kneedesk.store.errors import DiskFullError
from kneedesk.store.store import Store

# (item, side, lowest value, how many distinct values): numbers inside each item's range.
SAVES: list[tuple[str, str, float, int]] = [
    ("body_mass", "whole", 20.0, 280),
    ("height", "whole", 100.0, 130),
    ("hip.abduction_force", "left", 0.0, 1000),
    ("hip.abduction_force", "right", 0.0, 1000),
    ("hip.extension_force", "left", 0.0, 1000),
    ("knee.extension_force", "right", 0.0, 1500),
    ("ankle.knee_to_wall", "left", 0.0, 30),
    ("running.cadence", "whole", 120.0, 110),
    ("load.longest_run_week", "whole", 0.0, 200),
    ("balance.y_anterior", "right", 0.0, 200),
    ("hip.side_plank", "left", 0.0, 600),
]


def planned(n: int) -> tuple[str, str, float]:
    """The n-th save the child makes: the same sequence in parent and child."""
    item, side, low, span = SAVES[n % len(SAVES)]
    return item, side, low + (n * 7919) % span + 0.25


SAVER = f"""
    import json, sys
    from kneedesk.store.store import Store
    SAVES = {SAVES!r}

    def planned(n):
        item, side, low, span = SAVES[n % len(SAVES)]
        return item, side, low + (n * 7919) % span + 0.25

    store = Store.open(sys.argv[1])
    visit_id, n = int(sys.argv[2]), int(sys.argv[3])
    while True:
        item, side, value = planned(n)
        store.visits.save_answer(visit_id, item, side, value)
        print(json.dumps([n, item, side, value]), flush=True)  # only after save returned
        n += 1
"""


def stored_values(store: Store, visit_id: int) -> dict[tuple[str, str], Any]:
    values: dict[tuple[str, str], Any] = {}
    for item, value in store.visits.answers(visit_id).items():
        if isinstance(value, dict):
            values.update({(item, s): v for s, v in value.items() if v is not None})
        else:
            values[(item, "whole")] = value
    return values


@pytest.mark.slow
def test_answers_survive_sigkill_at_random_moments(db_path: Path) -> None:
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        patient = store.patients.create(chart_number="1", given_name="Zoë", family_name="Berg")
        visit_id = store.visits.create_draft(patient.id, visit_date="2026-11-20").id
    tally = KillTally("autosave", seed=7)
    rng = random.Random(tally.seed)
    confirmed: dict[tuple[str, str], float] = {}
    next_n = 0
    for _trial in range(trial_count(20)):
        with start_python(SAVER, str(db_path), str(visit_id), str(next_n)) as child:
            assert child.stdout is not None
            first = child.stdout.readline()  # it is saving: now pick a moment to kill it
            time.sleep(rng.uniform(0.0, 0.4))
            child.send_signal(signal.SIGKILL)
            rest, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        lines = [line for line in (first + rest).split("\n")[:-1] if line]  # whole lines only
        tally.trials += 1
        tally.acknowledged += len(lines)
        for line in lines:
            n, item, side, value = json.loads(line)
            assert (item, side, value) == planned(n)
            confirmed[(item, side)] = value
            next_n = n + 1
        # The save after the last confirmed one may or may not have committed.
        in_flight = planned(next_n)
        with Store.open(db_path, hasher=FAST_HASHER) as store:
            assert integrity_problems(store.db) == []
            assert store.audit.verify_chain().ok
            stored = stored_values(store, visit_id)
        for key, value in confirmed.items():
            allowed = {value} | ({in_flight[2]} if key == in_flight[:2] else set())
            tally.lost += stored.get(key) not in allowed
            assert stored.get(key) in allowed, (key, stored.get(key), allowed)
        if stored.get(in_flight[:2]) == in_flight[2] != confirmed.get(in_flight[:2]):
            next_n += 1  # the unconfirmed save did commit: carry on after it
            confirmed[in_flight[:2]] = in_flight[2]
            tally.in_flight_committed += 1
        assert set(stored) == set(confirmed)
    tally.report()
    assert next_n > 20  # the children really were saving when killed


def test_full_database_gives_a_clear_error_and_keeps_earlier_answers(db_path: Path) -> None:
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        patient = store.patients.create(chart_number="1", given_name="Zoë", family_name="Berg")
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20")
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own size cap stands in for a full disk: the next pages cannot be added.
        store.db.execute(f"PRAGMA max_page_count = {pages}").fetchall()
        reason = "x" * 400

        def keep_saving() -> None:
            for n in range(2000):
                store.visits.save_answer(visit.id, "hip.abduction_force", "left", float(n))
                store.visits.save_answer(visit.id, "hip.side_plank", "right", None, f"{reason}{n}")

        with pytest.raises(DiskFullError) as info:
            keep_saving()
        assert "disk is full" in info.value.what
        assert "was not saved" in info.value.what
        assert "Free some disk space" in info.value.todo
        answers = store.visits.answers(visit.id)
        assert answers["body_mass"] == 61.5
        saved_force = answers["hip.abduction_force"]["left"]
        store.db.execute(f"PRAGMA max_page_count = {pages * 100}").fetchall()
        store.visits.save_answer(visit.id, "height", "whole", 170.0)  # works again once freed
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        assert integrity_problems(store.db) == []
        answers = store.visits.answers(visit.id)
        assert answers["body_mass"] == 61.5
        assert answers["height"] == 170.0
        assert answers["hip.abduction_force"]["left"] == saved_force
        assert store.audit.verify_chain().ok


FILE_SIZE_LIMITED = """
    import json, resource, signal, sys
    from kneedesk.store.errors import StoreError
    from kneedesk.store.store import Store

    store = Store.open(sys.argv[1])
    visit_id = int(sys.argv[2])
    # From here on no file may grow past its current size plus a few pages: a full disk.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    for n in range(10_000):
        try:
            store.visits.save_answer(visit_id, "hip.abduction_force", "left", float(n))
        except StoreError as exc:
            print(json.dumps({"error": type(exc).__name__, "what": exc.what, "todo": exc.todo}))
            break
        print(json.dumps({"saved": n}), flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
def test_file_size_limit_mid_save_gives_a_clear_error_and_keeps_saved_answers(
    db_path: Path,
) -> None:
    with Store.open(db_path, hasher=FAST_HASHER) as store:
        patient = store.patients.create(chart_number="1", given_name="Zoë", family_name="Berg")
        visit_id = store.visits.create_draft(patient.id, visit_date="2026-11-20").id
        store.visits.save_answer(visit_id, "body_mass", "whole", 61.5)
    limit = os.path.getsize(db_path) + 48 * 1024
    result = run_python(FILE_SIZE_LIMITED, str(db_path), str(visit_id), str(limit), check=False)
    events = [json.loads(line) for line in result.stdout.splitlines()]
    saved = [e["saved"] for e in events if "saved" in e]
    assert saved, result.stderr
    error = events[-1]
    assert error["error"] in ("DiskFullError", "StorageFailureError"), result.stderr
    assert "was not saved" in error["what"]
    assert error["todo"]
    db = open_db(db_path)
    try:
        assert integrity_problems(db) == []
        (value,) = db.execute(
            "SELECT value FROM answers WHERE item_id = 'hip.abduction_force'"
        ).fetchone()
        assert json.loads(value) == float(saved[-1])
        assert db.execute("SELECT value FROM answers WHERE item_id = 'body_mass'").fetchone() == (
            "61.5",
        )
    finally:
        close_db(db)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
