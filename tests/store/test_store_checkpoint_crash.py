"""A crash during SQLite's checkpoint: the -wal completes a file whose header ran ahead of it."""

from __future__ import annotations

import json
import random
import shutil
import signal
import struct
import time
from pathlib import Path

import pytest
from store_helpers import crash_leaving_wal, file_digest, start_python

from kneedesk.store.db import close_db, integrity_problems, open_db
from kneedesk.store.errors import CorruptDatabaseError
from kneedesk.store.store import Store
from kneedesk.store.wal_recovery import wal_path

WAL_HEADER = 32
FRAME_HEADER = 24


def last_page_one(wal: bytes) -> bytes:
    """Page 1 as the -wal's last valid frame for it holds it (the header with the new size)."""
    page_size, salt1, salt2 = struct.unpack(">I4xII", wal[8:24])
    found = b""
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(wal):
        page, _, frame_salt1, frame_salt2 = struct.unpack(">IIII", wal[offset : offset + 16])
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break  # frames of an older round of the log
        if page == 1:
            found = wal[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]
        offset += FRAME_HEADER + page_size
    assert found, "the -wal holds no page 1"
    return found


def header_pages(page: bytes) -> int:
    return int(struct.unpack(">I", page[28:32])[0])


@pytest.fixture
def mid_checkpoint(tmp_path: Path) -> Path:
    """A database as a crash leaves it after the checkpoint wrote page 1 but before the rest.

    The session's rows are only in the -wal (no checkpoint ran); page 1 from the -wal, with
    the grown page count, is written over the main file's first page, which is exactly what
    a checkpoint does first.
    """
    path = tmp_path / "clinic.sqlite3"
    with Store.open(path) as store:
        for n in range(5):
            store.patients.create(chart_number=f"EARLY-{n}", given_name="Ana", family_name="Ruiz")
    crash_leaving_wal(path, 120, checkpoints=False)
    page_one = last_page_one(wal_path(path).read_bytes())
    page_size = len(page_one)
    assert header_pages(page_one) * page_size > path.stat().st_size  # the file must grow
    with path.open("r+b") as f:
        f.write(page_one)
    return path


def test_crash_after_the_checkpoint_wrote_page_one_loses_nothing(mid_checkpoint: Path) -> None:
    db = open_db(mid_checkpoint)
    try:
        assert integrity_problems(db) == []
        charts = {row[0] for row in db.execute("SELECT chart_number FROM patients")}
    finally:
        close_db(db)
    assert charts == {f"EARLY-{n}" for n in range(5)} | {f"LATE-{n}" for n in range(120)}


def test_a_short_file_without_its_wal_is_still_refused_as_truncated(
    mid_checkpoint: Path, tmp_path: Path
) -> None:
    alone = tmp_path / "alone" / mid_checkpoint.name
    alone.parent.mkdir()
    shutil.copyfile(mid_checkpoint, alone)
    before = file_digest(alone)
    with pytest.raises(CorruptDatabaseError) as info:
        open_db(alone)
    assert "truncated" in info.value.what
    assert file_digest(alone) == before


# The child adds patients (as an import does) and saves answers, printing each after it
# returned; checkpoints every two pages make a kill inside a checkpoint likely.
WRITER = """
    import json, sys
    from kneedesk.store.store import Store

    store = Store.open(sys.argv[1])
    store.db.execute("PRAGMA wal_autocheckpoint=2").fetchall()
    visit_id, n = int(sys.argv[2]), int(sys.argv[3])
    while True:
        patient = store.patients.create(
            chart_number=f"P-{n}", given_name="Bo " * 40, family_name=f"Li {n}"
        )
        print(json.dumps(["patient", n, patient.id]), flush=True)
        value = float(n % 1000)  # inside the item's 0 to 1000 N
        store.visits.save_answer(visit_id, "hip.abduction_force", "left", value)
        print(json.dumps(["answer", n, value]), flush=True)
        n += 1
"""


@pytest.mark.slow
def test_every_acknowledged_write_survives_sigkill_during_frequent_checkpoints(
    db_path: Path,
) -> None:
    with Store.open(db_path) as store:
        patient = store.patients.create(chart_number="V", given_name="Zoë", family_name="Berg")
        visit_id = store.visits.create_draft(patient.id, visit_date="2026-11-20").id
    rng = random.Random(11)
    patients: set[str] = set()
    answer: float | None = None
    next_n = 0
    for _kill in range(15):
        with start_python(WRITER, str(db_path), str(visit_id), str(next_n)) as child:
            assert child.stdout is not None
            first = child.stdout.readline()  # it is writing: now pick a moment to kill it
            time.sleep(rng.uniform(0.0, 0.3))
            child.send_signal(signal.SIGKILL)
            rest, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        in_flight: float | None = None  # an answer being saved at the kill may have committed
        for line in [line for line in (first + rest).split("\n")[:-1] if line]:
            kind, n, value = json.loads(line)
            if kind == "patient":
                patients.add(f"P-{n}")
                in_flight = float(n % 1000)
            else:
                answer, in_flight = value, None
            next_n = n + 1
        with Store.open(db_path) as store:
            assert integrity_problems(store.db) == []
            assert store.audit.verify_chain().ok
            stored = {row[0] for row in store.db.execute("SELECT chart_number FROM patients")} - {
                "V"
            }
            saved = store.visits.answers(visit_id).get("hip.abduction_force", {}).get("left")
        assert patients <= stored, sorted(patients - stored)
        assert len(stored - patients) <= 1  # at most the one being added at the kill
        assert saved in {answer, in_flight}, (saved, answer, in_flight)
        patients, answer = stored, saved
        # A patient added but not acknowledged before the kill is not added twice.
        next_n = max([next_n, *(int(chart[2:]) + 1 for chart in stored)])
    assert next_n > 15  # the children really were writing when killed
