"""SIGKILL at random moments of an import, a backup, a restore and a signing.

Each test kills a child doing the operation in a loop (`kill_harness`), then checks that every
acknowledged write is there, that the database opens (whenever sqlite3 opens it), that no
hidden temporary file is left after that open, and that every backup is complete or absent.
Seeds are fixed, so a failure replays; `KNEEDESK_KILL_TRIALS` makes more kills.
"""

from __future__ import annotations

import json
import random
from importlib.resources import files
from pathlib import Path

import pytest
from kill_harness import KillTally, child_code, kill_at_random, reopened, trial_count
from store_helpers import FAST_HASHER

from kneedesk.store.restore import restore_database
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.transfer import import_documents

pytestmark = pytest.mark.slow

EXAMPLE = files("kneedesk.resources").joinpath("examples", "example-visit.json")


def charts(store: Store, prefix: str) -> set[int]:
    """The numbers n of the patients with chart number `<prefix>-n`."""
    rows = store.db.execute(
        "SELECT chart_number FROM patients WHERE chart_number LIKE ?", [f"{prefix}-%"]
    )
    return {int(row[0].rpartition("-")[2]) for row in rows}


IMPORTER = child_code("""
    from kneedesk.store.transfer import import_documents
    store = Store.open(sys.argv[1], hasher=FAST)
    template = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    n = int(sys.argv[3])
    ack("ready")
    while True:
        template["patient"]["id"] = f"IMP-{n}"
        import_documents(store, [template])
        ack(n)
        n += 1
""")


def test_every_acknowledged_import_survives_sigkill(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic" / "clinic.sqlite3"
    clinic.parent.mkdir()
    template = tmp_path / "visit.json"
    template.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        import_documents(store, [json.loads(template.read_text(encoding="utf-8"))])
        (reference,) = store.visits.for_patient(store.patients.search()[0].id)
        expected = store.visits.answers(reference.id)
    tally = KillTally("import", seed=21)
    rng = random.Random(tally.seed)
    acked: set[int] = set()
    next_n = 0
    for _ in range(trial_count()):
        killed = kill_at_random(IMPORTER, [str(clinic), str(template), str(next_n)], rng, 0.4)
        new = {n for (n,) in killed.acks}
        acked |= new
        tally.trials += 1
        tally.acknowledged += len(new)
        with reopened(clinic, tally) as store:
            present = charts(store, "IMP")
            tally.lost += len(acked - present)
            tally.in_flight_committed += len(present - acked)
            for n in present:  # all or nothing: a patient is there with its whole visit
                patient = store.patients.by_chart_number(f"IMP-{n}")
                assert patient is not None
                (visit,) = store.visits.for_patient(patient.id)
                assert store.visits.answers(visit.id) == expected
        assert acked <= present, sorted(acked - present)
        assert len(present - acked) <= 1  # at most the one being imported at the kill
        acked = present
        next_n = max(present, default=-1) + 1
    tally.report()
    assert tally.lost == 0
    assert tally.acknowledged > 0  # the children really were importing when killed


BACKER_UP = child_code("""
    store = Store.open(sys.argv[1], hasher=FAST)
    n = int(sys.argv[2])
    ack("ready")
    while True:
        store.patients.create(chart_number=f"B-{n}", given_name="Ana " * 20, family_name="Ruiz")
        ack("patient", n)
        store.backup_to(Path(sys.argv[1]).parent / f"backup-{n}.sqlite3")
        ack("backup", n)
        n += 1
""")


def test_a_killed_backup_is_complete_or_absent_and_saved_patients_stay(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic" / "clinic.sqlite3"
    clinic.parent.mkdir()
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        for n in range(300):  # enough pages that a backup takes a while
            store.patients.create(chart_number=f"BASE-{n}", given_name="Bo " * 30, family_name="Li")
    tally = KillTally("backup", seed=22)
    rng = random.Random(tally.seed)
    patients: set[int] = set()
    backups: set[int] = set()
    next_n = 0
    for _ in range(trial_count()):
        killed = kill_at_random(BACKER_UP, [str(clinic), str(next_n)], rng, 0.8)
        new_patients = {n for kind, n in killed.acks if kind == "patient"}
        new_backups = {n for kind, n in killed.acks if kind == "backup"}
        patients |= new_patients
        backups |= new_backups
        tally.trials += 1
        tally.acknowledged += len(new_patients) + len(new_backups)
        with reopened(clinic, tally) as store:  # verifies every backup file present
            present = charts(store, "B")
        made = {int(p.stem.rpartition("-")[2]) for p in clinic.parent.glob("backup-*.sqlite3")}
        tally.lost += len(patients - present) + len(backups - made)
        tally.in_flight_committed += len(present - patients) + len(made - backups)
        assert patients <= present, sorted(patients - present)
        assert backups <= made, sorted(backups - made)
        patients, backups = present, made
        next_n = max(present, default=-1) + 1
    tally.report()
    assert tally.lost == 0
    assert backups  # the children really were backing up when killed


RESTORER = child_code("""
    from kneedesk.store.restore import restore_database
    clinic, sources, i = Path(sys.argv[1]), sys.argv[2].split(","), int(sys.argv[3])
    ack("ready")
    while True:
        restore_database(sources[i % len(sources)], clinic)
        ack(i)
        i += 1
""")


def test_a_killed_restore_leaves_the_old_or_the_new_records(tmp_path: Path) -> None:
    sources: list[Path] = []
    for name in ("a", "b", "c"):
        made = tmp_path / "sources" / name / "clinic.sqlite3"
        made.parent.mkdir(parents=True)
        with Store.open(made, hasher=FAST_HASHER) as store:
            for n in range(40):
                store.patients.create(
                    chart_number=f"{name.upper()}-{n}", given_name="Bo " * 30, family_name="Li"
                )
            sources.append(store.backup_to(tmp_path / "sources" / f"{name}.sqlite3").path)
    clinic = tmp_path / "clinic" / "clinic.sqlite3"
    clinic.parent.mkdir()
    restore_database(sources[0], clinic)
    tally = KillTally("restore", seed=23)
    rng = random.Random(tally.seed)
    current = 0  # the index of the backup the clinic now holds
    args = ",".join(str(s) for s in sources)
    for _ in range(trial_count()):
        killed = kill_at_random(RESTORER, [str(clinic), args, str(current + 1)], rng, 0.8)
        acked = [i for (i,) in killed.acks]
        tally.trials += 1
        tally.acknowledged += len(acked)
        last = acked[-1] if acked else current
        with reopened(clinic, tally) as store:
            holds = {i for i, name in enumerate("ABC") if charts(store, name)}
            assert len(holds) == 1, holds  # one backup's records, never a mixture
            (held,) = holds
            assert charts(store, "ABC"[held]) == set(range(40))
        # The last restore acknowledged, or the one after it (killed after it committed).
        if held % 3 == last % 3:
            current = last
        elif held % 3 == (last + 1) % 3:
            current = last + 1
            tally.in_flight_committed += 1
        else:
            tally.lost += 1
        assert held % 3 in {last % 3, (last + 1) % 3}, (held, last)
    tally.report()
    assert tally.lost == 0
    assert tally.acknowledged > 0  # the children really were restoring when killed


SIGNER = child_code("""
    store = Store.open(sys.argv[1], hasher=FAST)
    clinician, patient, n = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    ack("ready")
    while True:
        visit = store.visits.create_draft(patient, visit_date="2026-11-20", clinician_id=clinician)
        for item in ("hip.abduction_force", "hip.extension_force"):
            store.visits.save_answer(visit.id, item, "left", float(n % 500))
        store.visits.sign(visit.id, clinician, [{"n": n}], {"items": [], "review": ""})
        ack(visit.id)
        n += 1
""")


def test_every_acknowledged_signature_survives_sigkill_and_verifies(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic" / "clinic.sqlite3"
    clinic.parent.mkdir()
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        ana = store.accounts.create("ana", "Ana Ruiz", "kneecap lantern 42")
        patient = store.patients.create(chart_number="S-1", given_name="Zoë", family_name="Berg")
    tally = KillTally("sign", seed=24)
    rng = random.Random(tally.seed)
    signed: set[int] = set()
    for trial in range(trial_count()):
        args = [str(clinic), str(ana.id), str(patient.id), str(trial * 1000)]
        killed = kill_at_random(SIGNER, args, rng, 0.4)
        new = {visit_id for (visit_id,) in killed.acks}
        tally.trials += 1
        tally.acknowledged += len(new)
        signed |= new
        with reopened(clinic, tally) as store:
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
