"""SIGKILL at random moments of an import and a signing on the clinic server.

As for the SQLite file (test_store_kill.py), a child writes through the store in a loop,
here connected to the test run's PostgreSQL cluster with `Store.open_server`, and prints
an acknowledgement after each operation returned; it is killed at a random moment. Every
acknowledged write must then be on the server, whole, with the audit chain intact, and a
workstation opening the store must find it usable (the killed connection's transaction
rolled back and its locks gone). Seeds are fixed; `KNEEDESK_KILL_TRIALS` makes more kills.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

import pytest
from kill_harness import KillTally, child_code, kill_at_random, trial_count
from pg_fixtures import APP_PASSWORD
from store_helpers import FAST_HASHER

from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.transfer import import_documents

pytestmark = pytest.mark.slow

EXAMPLE = files("kneedesk.resources").joinpath("examples", "example-visit.json")

# The child connects as a workstation does: host (the socket's folder), port, database,
# user, then the password (argv[1:6]); the operation's own arguments follow.
SERVER_PRELUDE = """
    from kneedesk.store.postgres.connect import ServerSettings
    host, port, database, user, password = sys.argv[1:6]
    settings = ServerSettings(host=host, port=int(port), database=database, user=user)
    store = Store.open_server(settings, password, hasher=FAST)
    args = sys.argv[6:]
"""


def server_args(settings: ServerSettings) -> list[str]:
    return [settings.host, str(settings.port), settings.database, settings.user, APP_PASSWORD]


@contextmanager
def reopened(settings: ServerSettings) -> Iterator[Store]:
    """Open the clinic after a kill as a workstation would: it opens, writes, and the audit
    chain is intact (no half-written row, no lock left by the killed connection)."""
    with Store.open_server(settings, APP_PASSWORD, hasher=FAST_HASHER) as store:
        assert store.audit.verify_chain().ok
        assert not store.db.in_transaction
        yield store


def charts(store: Store, prefix: str) -> set[int]:
    """The numbers n of the patients with chart number `<prefix>-n`."""
    # (LIKE is not for the server's case-insensitive chart numbers: read them all.)
    rows = store.db.execute("SELECT chart_number FROM patients").fetchall()
    return {int(c.rpartition("-")[2]) for (c,) in rows if c.startswith(f"{prefix}-")}


IMPORTER = child_code(
    SERVER_PRELUDE
    + """
    from kneedesk.store.transfer import import_documents
    template = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    n = int(args[1])
    ack("ready")
    while True:
        template["patient"]["id"] = f"IMP-{n}"
        import_documents(store, [template])
        ack(n)
        n += 1
"""
)


def test_every_acknowledged_import_on_the_server_survives_sigkill(
    tmp_path: Path, pg_database: ServerSettings
) -> None:
    template = tmp_path / "visit.json"
    template.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER) as store:
        import_documents(store, [json.loads(template.read_text(encoding="utf-8"))])
        (reference,) = store.visits.for_patient(store.patients.search()[0].id)
        expected = store.visits.answers(reference.id)
    tally = KillTally("server import", seed=31)
    rng = random.Random(tally.seed)
    acked: set[int] = set()
    next_n = 0
    for _ in range(trial_count()):
        args = [*server_args(pg_database), str(template), str(next_n)]
        killed = kill_at_random(IMPORTER, args, rng, 2.0)
        new = {n for (n,) in killed.acks}
        acked |= new
        tally.trials += 1
        tally.acknowledged += len(new)
        with reopened(pg_database) as store:
            present = charts(store, "IMP")
            tally.lost += len(acked - present)
            tally.in_flight_committed += len(present - acked)
            for n in present:  # all or nothing: a patient is there with its whole visit
                patient = store.patients.by_chart_number(f"IMP-{n}")
                assert patient is not None
                (visit,) = store.visits.for_patient(patient.id)
                assert store.visits.answers(visit.id) == expected
            # The next workstation's write goes through (nothing is left locked).
            store.patients.create(
                chart_number=f"AFTER-{tally.trials}", given_name="A", family_name="B"
            )
        assert acked <= present, sorted(acked - present)
        next_n = max(present | acked, default=next_n) + 1
    tally.report()
    assert tally.lost == 0
    assert tally.acknowledged > 0  # the children really were importing when killed


SIGNER = child_code(
    SERVER_PRELUDE
    + """
    clinician, patient, n = int(args[0]), int(args[1]), int(args[2])
    ack("ready")
    while True:
        visit = store.visits.create_draft(patient, visit_date="2026-11-20", clinician_id=clinician)
        for item in ("hip.abduction_force", "hip.extension_force"):
            store.visits.save_answer(visit.id, item, "left", float(n % 500))
        store.visits.sign(visit.id, clinician, [{"n": n}], {"items": [], "review": ""})
        ack(visit.id)
        n += 1
"""
)


def test_every_acknowledged_signature_on_the_server_survives_sigkill_and_verifies(
    pg_database: ServerSettings,
) -> None:
    with Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER) as store:
        ana = store.accounts.create("ana", "Ana Ruiz", "kneecap lantern 42")
        patient = store.patients.create(chart_number="S-1", given_name="Zoë", family_name="Berg")
    tally = KillTally("server sign", seed=34)
    rng = random.Random(tally.seed)
    signed: set[int] = set()
    for trial in range(trial_count()):
        args = [*server_args(pg_database), str(ana.id), str(patient.id), str(trial * 1000)]
        killed = kill_at_random(SIGNER, args, rng, 0.6)
        new = {visit_id for (visit_id,) in killed.acks}
        tally.trials += 1
        tally.acknowledged += len(new)
        signed |= new
        with reopened(pg_database) as store:
            visits = store.visits.for_patient(patient.id)
            status = {v.id: store.signing.verify(v.id) for v in visits}
        now_signed = {v for v, s in status.items() if s is SignatureStatus.OK}
        assert SignatureStatus.ALTERED not in status.values()
        tally.lost += len(signed - now_signed)
        tally.in_flight_committed += len(now_signed - signed)
        assert signed <= now_signed, sorted(signed - now_signed)
        assert len(now_signed - signed) <= 1  # at most the one being signed at the kill
        signed = now_signed
    tally.report()
    assert tally.lost == 0
    assert signed  # the children really were signing when killed
