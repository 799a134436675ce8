"""One simulated workstation of the clinic load test (`load_bench.py` starts ten of them).

It does what a clinician at a treatment-room computer does, in a loop, through the same
store and service calls the app makes: sign in, type a search (a page of 50 and the capped
count per keystroke, as the patient list asks), open a patient's record, start a visit,
type it field by field (each field autosaved on its own, stating the version it was based
on, as the wizard's sink does) and sign it as the Sign button does (`sign_visit` with the
revision the summary was built from).

Every save and signature the store acknowledged (the call returned) goes to this
workstation's journal, flushed to disk before anything else happens, so the parent can
check afterwards that the server kept each of them, even when this process was killed a
moment later. A call that raised was not acknowledged: it is tried again on a new
connection (the server may have dropped this one or be restarting).

    python benchmarks/load_workstation.py --index N --folder DIR --socket DIR ...
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from argon2 import PasswordHasher
from server_bench import APP_PASSWORD as APP_PASSWORD  # the role copy_clinic sets up
from store_bench import prefixes

from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.services.demo_answers import profile, visit_answers
from kneedesk.services.patient_record import open_patient_record
from kneedesk.services.signing import check_for_signing, sign_visit
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import ConflictError, SignConflictError
from kneedesk.store.postgres.settings import ServerSettings
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Side, Visit

T = TypeVar("T")

CLINICIAN_PASSWORD = "load test clinician password"
HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
MAX_ATTEMPTS = 40
"""Tries of one call before the workstation gives up on it (a server down for minutes)."""


def username(index: int) -> str:
    """The account workstation `index` signs in with."""
    return f"ws{index}"


class GaveUpError(Exception):
    """A call failed MAX_ATTEMPTS times: the workstation stops rather than loop for ever."""


@dataclass
class Files:
    """What a workstation writes for the parent: journal, events and heartbeat."""

    folder: Path
    index: int
    journal: Any = field(init=False)
    events: Any = field(init=False)

    def __post_init__(self) -> None:
        self.journal = open(self.folder / f"ws{self.index}.journal", "a", encoding="utf-8")  # noqa: SIM115
        self.events = open(self.folder / f"ws{self.index}.events", "a", encoding="utf-8")  # noqa: SIM115

    def acknowledged(self, entry: dict[str, Any]) -> None:
        """Journal one acknowledged save or signature, on disk before the caller goes on: a
        SIGKILL right after must not lose the record of what the server confirmed."""
        self.journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.journal.flush()
        os.fsync(self.journal.fileno())

    def event(self, kind: str, ms: float | None = None, note: str = "") -> None:
        """One line for the counts and latencies (flushed, not synced: a figure, not proof)."""
        note = " ".join(note.split())  # one line, no tabs
        self.events.write(f"{kind}\t{'' if ms is None else f'{ms:.3f}'}\t{note}\n")
        self.events.flush()

    def beat(self) -> None:
        """Record that an operation has just completed (the parent's stuck-client watch)."""
        beat = self.folder / f"ws{self.index}.beat"
        temp = beat.with_suffix(".beat-tmp")
        temp.write_text(repr(time.time()), encoding="ascii")
        os.replace(temp, beat)

    def stop_asked(self) -> bool:
        """Whether the parent has asked the workstations to finish."""
        return (self.folder / "stop").exists()


class Session:
    """A signed-in store that reconnects and retries a call the server did not answer."""

    def __init__(self, settings: ServerSettings, index: int, files: Files) -> None:
        self.settings = settings
        self.index = index
        self.files = files
        self.store: Store | None = None
        self.me: Clinician | None = None
        self.attempts = 0
        """How many tries the last `call` took (more than one: a retry after a failure)."""

    def connect(self) -> None:
        """Open a new store and sign in, waiting for a server that is restarting."""
        for attempt in range(MAX_ATTEMPTS):
            try:
                store = Store.open_server(self.settings, APP_PASSWORD, hasher=HASHER)
            except Exception as exc:  # noqa: BLE001 - down, starting up, refusing: wait
                self.files.event("connect_error", note=type(exc).__name__)
                time.sleep(min(2.0, 0.1 * (attempt + 1)))
                continue
            try:
                self.me = store.sign_in(username(self.index), CLINICIAN_PASSWORD)
            except Exception as exc:  # noqa: BLE001 - dropped between the two: again
                self.files.event("connect_error", note=type(exc).__name__)
                close_quietly(store)
                continue
            self.store = store
            return
        raise GaveUpError("could not connect")

    def sign_in(self) -> None:
        """Sign in again, as the next clinician at this computer would (audited)."""
        name = username(self.index)
        self.me = self.call("sign_in", lambda s: s.sign_in(name, CLINICIAN_PASSWORD))

    def reconnect(self) -> None:
        """Drop the connection that raised and open a new one (counted)."""
        if self.store is not None:
            close_quietly(self.store)
        self.store = None
        self.files.event("reconnect")
        self.connect()

    def call(self, kind: str, action: Callable[[Store], T]) -> T:
        """Run `action` until it returns; time the call that succeeded (milliseconds)."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            self.attempts = attempt
            if self.store is None:
                self.connect()
            assert self.store is not None
            started = time.perf_counter()
            try:
                result = action(self.store)
            except (ConflictError, SignConflictError):
                raise  # the caller decides: not a connection problem
            except Exception as exc:  # noqa: BLE001 - the server went away or refused: again
                self.files.event("error", note=f"{kind}:{type(exc).__name__}:{str(exc)[:160]}")
                self.reconnect()
                continue
            self.files.event(kind, (time.perf_counter() - started) * 1000)
            self.files.beat()
            return result
        raise GaveUpError(kind)

    @property
    def clinician(self) -> Clinician:
        """The signed-in clinician (connect first)."""
        assert self.me is not None
        return self.me


def close_quietly(store: Store) -> None:
    """Close a store whose connection may already be gone."""
    with suppress(Exception):
        store.close()


# --- what the clinician does -----------------------------------------------------------------


def search(session: Session, typed: str) -> None:
    """Type a search a letter at a time: each keystroke asks a page and the capped count."""
    for n in range(1, len(typed) + 1):
        text = typed[:n]
        session.call(
            "search",
            lambda s, text=text: (  # type: ignore[misc]
                s.patients.search(text, limit=50),
                s.patients.count(text, stop_at=1001),
            ),
        )


def slots(protocol: Protocol, values: dict[str, Any]) -> Iterator[tuple[str, Side, Any]]:
    """Each (item, slot, value) of a visit's answers, in the order the screen asks them."""
    for item_id, value in values.items():
        if protocol.item(item_id).per_side:
            sides: tuple[Side, ...] = ("left", "right")
            yield from ((item_id, side, value[side]) for side in sides if side in value)
        else:
            yield item_id, "whole", value


@dataclass
class Draft:
    """The visit being typed, with what the screen knows of it (as the wizard's sink)."""

    visit: Visit
    versions: dict[tuple[str, str], int]
    revision: int


def save_field(session: Session, draft: Draft, item_id: str, slot: Side, value: Any) -> None:
    """Autosave one field, based on the version shown; journal it once acknowledged.

    A retry after a dropped connection may find its own first attempt committed: the store
    then answers with the stored version (no change), or with a ConflictError holding our
    value, which is the same acknowledgement arriving late.
    """
    visit_id = draft.visit.id
    based_on = draft.versions.get((item_id, slot), 0)
    try:
        saved = session.call(
            "save",
            lambda s: s.visits.save_answer(visit_id, item_id, slot, value, based_on=based_on),
        )
        version, revision, changed = saved.version, saved.revision, saved.changed
    except ConflictError as conflict:
        if conflict.theirs != value or conflict.theirs_not_tested is not None:
            raise  # another workstation's value: the partitioned patients make this a bug
        session.files.event("late_ack")
        version, revision, changed = conflict.version, draft.revision, False
    session.files.acknowledged(
        {
            "kind": "save", "visit": visit_id, "uid": draft.visit.uid, "item": item_id,
            "slot": slot, "value": value, "version": version,
        }
    )  # fmt: skip
    draft.versions[(item_id, slot)] = version
    if changed and revision == draft.revision + 1:
        draft.revision = revision
    elif not changed and session.attempts > 1:
        session.files.event("late_ack")  # the first try had committed


def sign(session: Session, draft: Draft) -> None:
    """Sign as the Sign button does; journal the signature once acknowledged.

    A retry may find the visit already signed by this clinician: the first attempt
    committed and only its answer was lost. A revision refused as stale (a lost
    acknowledgement leaves the screen's revision behind) is read again, as the page does.
    """
    visit_id, me = draft.visit.id, session.clinician.id
    check = session.call("read", lambda s: check_for_signing(s, visit_id))
    if not check.may_sign:
        raise RuntimeError(f"visit {visit_id} may not be signed: {check}")

    def sign_once(store: Store) -> Visit | None:
        found = store.visits.get(visit_id)
        if found.signed:  # an earlier try committed
            return None
        return sign_visit(store, visit_id, me, review="in 3 weeks", revision=draft.revision)

    for _ in range(MAX_ATTEMPTS):
        try:
            if session.call("sign", sign_once) is None:
                session.files.event("late_sign_ack")
            break
        except SignConflictError:
            session.files.event("sign_conflict")
            draft.revision = session.call("read", lambda s: s.visits.revision(visit_id))
    else:
        raise GaveUpError("sign")
    signed = session.call("read", lambda s: s.visits.get(visit_id))
    if signed.signed_by != me:
        raise RuntimeError(f"visit {visit_id} signed by someone else")
    session.files.acknowledged(
        {"kind": "sign", "visit": visit_id, "uid": signed.uid, "digest": signed.digest}
    )


@dataclass
class Plan:
    """One visit's worth of typing: the answers, with a few fields typed twice."""

    values: dict[str, Any]
    first_tries: dict[tuple[str, Side], Any]


def plan_visit(session: Session, protocol: Protocol, visit: Visit, rng: random.Random) -> Plan:
    """The answers a clinician types at this visit: only items it shows at the patient's
    age and visit kind (what is hidden is dropped at signing), and about one field in ten
    first typed wrong and corrected, so later acknowledged values replace earlier ones."""
    context = session.call("read", lambda s: s.visits.context(visit.id))
    hidden = {item.id for item in context.hidden_items(protocol)}
    made = [
        visit_answers(
            protocol, rng, profile(rng, rng.randrange(20)), rng.random(),
            age=context.age, follow_up=context.follow_up,
        )
        for _ in range(2)
    ]  # fmt: skip
    values = {k: v for k, v in made[0].items() if k not in hidden}
    wrong = {(item, slot): value for item, slot, value in slots(protocol, made[1])}
    first = {}
    for item_id, slot, _value in slots(protocol, values):
        if (item_id, slot) in wrong and rng.random() < 0.1:
            first[(item_id, slot)] = wrong[(item_id, slot)]
    return Plan(values, first)


def type_visit(
    session: Session, draft: Draft, plan: Plan, protocol: Protocol, pause: float
) -> bool:
    """Type the visit field by field; False when the parent asked to stop half-way."""
    for item_id, slot, value in slots(protocol, plan.values):
        if session.files.stop_asked():
            return False
        if (item_id, slot) in plan.first_tries:
            save_field(session, draft, item_id, slot, plan.first_tries[(item_id, slot)])
        save_field(session, draft, item_id, slot, value)
        if pause:
            time.sleep(pause)
    return True


def one_patient(session: Session, rng: random.Random, mine: list[int], pause: float) -> None:
    """Sign in, find a patient, open the record, start a visit, type it and sign it."""
    session.sign_in()
    search(session, next(prefixes(rng, 1)))
    patient_id = rng.choice(mine)
    session.call("open", lambda s: open_patient_record(s, patient_id))
    me = session.clinician.id
    visit = session.call(
        "draft",
        lambda s: s.visits.create_draft(patient_id, visit_date=date.today(), clinician_id=me),
    )
    session.files.acknowledged({"kind": "draft", "visit": visit.id, "uid": visit.uid})
    protocol = load_protocol(visit.protocol, visit.protocol_version)
    plan = plan_visit(session, protocol, visit, rng)
    draft = Draft(visit, {}, session.call("read", lambda s: s.visits.revision(visit.id)))
    if type_visit(session, draft, plan, protocol, pause):
        sign(session, draft)


def main() -> int:
    """Run until the parent's stop file appears (or this process is killed)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=int, required=True)
    parser.add_argument("--workstations", type=int, required=True)
    parser.add_argument("--patients", type=int, required=True)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--socket", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--pause-ms", type=float, default=0.0)
    args = parser.parse_args()
    files = Files(args.folder, args.index)
    files.event("start")
    rng = random.Random(args.seed)
    # This workstation's own patients: no other one types a visit for them, so every
    # answer stored is the last one this workstation had acknowledged.
    mine = [p for p in range(1, args.patients + 1) if p % args.workstations == args.index]
    settings = ServerSettings(host=args.socket, database="clinic", user="kneedesk_app")
    session = Session(settings, args.index, files)
    session.connect()
    files.beat()
    try:
        while not files.stop_asked():
            one_patient(session, rng, mine, args.pause_ms / 1000)
    except GaveUpError as exc:
        files.event("gave_up", note=str(exc))
        return 3
    finally:
        if session.store is not None:
            with suppress(Exception):
                session.store.sign_out()
            close_quietly(session.store)
    files.event("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
