"""The clinic under load: ten workstations typing and signing visits on one clinic server
while workstations are killed, connections dropped and the server restarted.

A throwaway PostgreSQL cluster is started for the run (Debian's postgresql package: initdb
and pg_ctl in a temporary folder, reached over its Unix socket only), set up with
`init_server` and given a clinic of 2,000 patients (added through the store, as the app
adds them) and a clinician account per workstation. `load_workstation.py` is started once
per workstation, each a separate Python process doing what a clinician does in a loop (see
its docstring) and journalling every save and signature the store acknowledged.

Meanwhile the parent's chaos loop kills workstations with SIGKILL at random times (each is
replaced at once by a process carrying on with the same account and journal), terminates
some of the app's server connections as the server's superuser, and restarts the server
once half-way (`pg_ctl restart -m fast`). A workstation that completes no operation for
60 s is reported stuck and killed.

Afterwards, on a fresh connection: every acknowledged answer must be stored with the last
value acknowledged for its slot, every signed visit's signature must verify, the audit
chain must verify, the full server check must pass, and no lock may be left waiting. The
script prints a table and exits non-zero when anything was lost or broken.

    .venv/bin/python benchmarks/load_bench.py [--minutes 3] [--workstations 10] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from common import GIVEN, family_name, machine_text, quick, save, stats
from load_workstation import APP_PASSWORD, CLINICIAN_PASSWORD, HASHER, username

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from pg_cluster import Cluster, running_cluster  # noqa: E402

from kneedesk.store.clinicians import Role  # noqa: E402
from kneedesk.store.postgres.database import PgDatabase  # noqa: E402
from kneedesk.store.postgres.server import init_server  # noqa: E402
from kneedesk.store.postgres.server_checks import check_server  # noqa: E402
from kneedesk.store.postgres.settings import ServerSettings  # noqa: E402
from kneedesk.store.signing import SignatureStatus  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

HERE = Path(__file__).resolve().parent
STUCK_AFTER_S = 60.0
"""A workstation that completes no operation for this long is stuck (a call has timeouts
of 5 s to connect and 15 s per statement, so a live one never waits this long)."""


# --- the clinic ------------------------------------------------------------------------------


def set_up_clinic(cluster: Cluster, patients: int, workstations: int) -> None:
    """The clinic database, an administrator, one clinician per workstation (each signs its
    own visits) and the patients, added through the store as the app adds them, so the
    full server check afterwards finds each one's audit record."""
    with cluster.admin() as admin:
        admin.execute("CREATE DATABASE clinic")
    owner = PgDatabase(cluster.admin("clinic"), label="clinic")
    try:
        init_server(owner, APP_PASSWORD)
    finally:
        owner.close()
    rng = random.Random(2026)
    with Store.open_server(app_settings(cluster), APP_PASSWORD, hasher=HASHER) as store:
        store.accounts.create("admin", "Load Admin", CLINICIAN_PASSWORD, Role.ADMIN)
        store.sign_in("admin", CLINICIAN_PASSWORD)
        for index in range(workstations):
            store.accounts.create(username(index), f"Clinician {index}", CLINICIAN_PASSWORD)
        with store.db.atomic():
            for n in range(1, patients + 1):
                store.patients.create(
                    chart_number=f"KD-{n:06d}", given_name=rng.choice(GIVEN),
                    family_name=family_name(rng),
                    birth_date=date(1940, 1, 1) + timedelta(days=rng.randrange(80 * 365)),
                    sex="not_stated",
                )  # fmt: skip
        store.sign_out()


def app_settings(cluster: Cluster) -> ServerSettings:
    """How a workstation reaches the clinic database: the app's role, over the socket."""
    return ServerSettings(host=str(cluster.socket_dir), database="clinic", user="kneedesk_app")


# --- the workstations ------------------------------------------------------------------------


@dataclass
class Workstations:
    """The workstation processes, each replaced under the same identity when it dies."""

    folder: Path
    cluster: Cluster
    count: int
    patients: int
    seed: int
    pause_ms: float
    procs: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    generation: Counter[int] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)

    def start(self, index: int) -> None:
        """Start (or replace) workstation `index`; its files carry on where they were."""
        self.generation[index] += 1
        home = self.folder / "home" / f"ws{index}"
        env = {
            **os.environ,
            # This computer's audit key and the app's folders, per workstation, in the run's
            # folder: nothing of the user's own KneeDesk is read or written.
            "KNEEDESK_KEY_FILE": str(home / "audit.key"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        argv = [
            sys.executable, str(HERE / "load_workstation.py"), "--index", str(index),
            "--workstations", str(self.count), "--patients", str(self.patients),
            "--folder", str(self.folder), "--socket", str(self.cluster.socket_dir),
            "--seed", str(self.seed * 1000 + index * 50 + self.generation[index]),
            "--pause-ms", str(self.pause_ms),
        ]  # fmt: skip
        with open(self.folder / f"ws{index}.out", "ab") as out:
            self.procs[index] = subprocess.Popen(argv, env=env, stdout=out, stderr=out, cwd=HERE)

    def kill(self, index: int) -> None:
        """SIGKILL one workstation (it gets no chance to finish anything) and wait for it."""
        proc = self.procs[index]
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()

    def watch(self, stuck: list[str], replace: bool) -> None:
        """Replace workstations that died on their own (a crash) or stopped progressing."""
        now = time.time()
        for index, proc in list(self.procs.items()):
            code = proc.poll()
            if code is not None and code != 0:
                self.crashes.append(f"ws{index} exited with {code}")
                if replace:
                    self.start(index)
            elif code is None and now - self.last_beat(index) > STUCK_AFTER_S:
                stuck.append(f"ws{index}: no operation completed for {STUCK_AFTER_S:.0f} s")
                self.kill(index)
                if replace:
                    self.start(index)

    def last_beat(self, index: int) -> float:
        """When workstation `index` last completed an operation (its start if never)."""
        beat = self.folder / f"ws{index}.beat"
        try:
            return float(beat.read_text(encoding="ascii"))
        except (OSError, ValueError):
            return beat.stat().st_mtime if beat.exists() else time.time()

    def stop(self, stuck: list[str]) -> None:
        """Ask every workstation to finish and wait; one that does not is stuck."""
        (self.folder / "stop").touch()
        deadline = time.monotonic() + STUCK_AFTER_S + 30
        while time.monotonic() < deadline and any(p.poll() is None for p in self.procs.values()):
            self.watch(stuck, replace=False)
            time.sleep(0.5)
        for index, proc in self.procs.items():
            if proc.poll() is None:
                stuck.append(f"ws{index}: did not finish when asked")
                self.kill(index)
        self.watch(stuck, replace=False)


# --- chaos -----------------------------------------------------------------------------------


@dataclass
class Chaos:
    """Kills, dropped connections and one server restart at random times of the run."""

    events: list[tuple[float, str]]
    rng: random.Random
    done: Counter[str] = field(default_factory=Counter)
    restart_s: float = 0.0  # how long `pg_ctl restart -m fast` took (the server was down)

    @classmethod
    def plan(cls, seconds: float, kills: int, drops: int, rng: random.Random) -> Chaos:
        """When each thing happens: spread over the run, the restart half-way."""
        events = [(seconds / 2, "restart")]
        events += [(rng.uniform(0.1, 0.9) * seconds, "kill") for _ in range(kills)]
        events += [(rng.uniform(0.05, 0.95) * seconds, "drop") for _ in range(drops)]
        return cls(sorted(events), rng)

    def due(self, elapsed: float) -> list[str]:
        """The events whose time has come (taken off the plan)."""
        ready = [what for at, what in self.events if at <= elapsed]
        self.events = [(at, what) for at, what in self.events if at > elapsed]
        return ready

    def act(self, what: str, stations: Workstations) -> None:
        """Do one chaos event."""
        if what == "restart":
            started = time.monotonic()
            stations.cluster.restart()
            self.restart_s = time.monotonic() - started
            self.done["restart"] += 1
        elif what == "kill":
            index = self.rng.randrange(stations.count)
            stations.kill(index)
            stations.start(index)
            self.done["kill"] += 1
        elif what == "drop":
            self.done["dropped connections"] += drop_connections(stations.cluster, self.rng)
            self.done["drop"] += 1


def drop_connections(cluster: Cluster, rng: random.Random) -> int:
    """Terminate one to three of the app's server connections, as a network fault would."""
    try:
        with cluster.admin("clinic") as admin:
            pids = [
                row[0]
                for row in admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'KneeDesk' "
                    "AND datname = 'clinic'"
                )
            ]
            chosen = rng.sample(pids, min(len(pids), rng.randint(1, 3)))
            for pid in chosen:
                admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    except Exception as exc:  # noqa: BLE001 - the server restarting: skip this one
        print(f"(drop skipped: {exc})", file=sys.stderr)
        return 0
    return len(chosen)


def scalar(cluster: Cluster, sql: str) -> int:
    """One number from the clinic database, asked as the server's superuser."""
    with cluster.admin("clinic") as admin:
        row = admin.execute(sql).fetchone()
    return int(str(row[0])) if row else 0


def waiting_locks(cluster: Cluster) -> int:
    """Lock requests waiting now (row, advisory and transaction locks alike; the cluster is
    the run's own). Writers queue briefly for the audit chain's lock; none may stay."""
    try:
        return scalar(cluster, "SELECT count(*) FROM pg_locks WHERE NOT granted")
    except Exception:  # noqa: BLE001 - the server restarting: no sample
        return 0


# --- afterwards ------------------------------------------------------------------------------


@dataclass
class Journal:
    """What the workstations' journals say the server acknowledged."""

    answers: dict[tuple[int, str, str], Any]  # the last acknowledged value of each slot
    saves: int
    signed: dict[int, str]  # visit id -> digest
    uids: dict[int, str]
    torn: int  # lines a kill cut short (their entries are not checked)


def read_journals(folder: Path) -> Journal:
    """Every journal line, in the order each workstation wrote it."""
    answers: dict[tuple[int, str, str], Any] = {}
    signed: dict[int, str] = {}
    uids: dict[int, str] = {}
    saves = torn = 0
    for path in sorted(folder.glob("ws*.journal")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:  # cut by a SIGKILL mid-write (never seen so far)
                torn += 1
                continue
            uids[entry["visit"]] = entry["uid"]
            if entry["kind"] == "save":
                saves += 1
                answers[(entry["visit"], entry["item"], entry["slot"])] = entry["value"]
            elif entry["kind"] == "sign":
                signed[entry["visit"]] = entry["digest"]
    return Journal(answers, saves, signed, uids, torn)


def lost_answers(store: Store, journal: Journal) -> list[str]:
    """Acknowledged answers missing, or holding another value than the last acknowledged."""
    stored = {
        (int(r[0]), str(r[1]), str(r[2])): None if r[3] is None else json.loads(r[3])
        for r in store.db.execute("SELECT visit_id, item_id, side, value FROM answers")
    }
    lost = []
    for key, value in journal.answers.items():
        if key not in stored:
            lost.append(f"visit {key[0]} {key[1]}:{key[2]} missing (acknowledged {value!r})")
        elif stored[key] != value:
            lost.append(f"visit {key[0]} {key[1]}:{key[2]} holds {stored[key]!r}, not {value!r}")
    uids = {int(r[0]): str(r[1]) for r in store.db.execute("SELECT id, uid FROM visits")}
    lost += [
        f"visit {v} missing or another uid" for v, u in journal.uids.items() if uids.get(v) != u
    ]
    return lost


def broken_signatures(store: Store, journal: Journal) -> list[str]:
    """Acknowledged signatures not stored as acknowledged, and any signature not verifying."""
    broken = []
    for visit_id, digest in journal.signed.items():
        visit = store.visits.get(visit_id)
        if not visit.signed or visit.digest != digest:
            broken.append(f"visit {visit_id}: acknowledged signature not stored")
    for visit_id in store.signing.signed_visit_ids():
        status = store.signing.verify(visit_id)
        if status is not SignatureStatus.OK:
            broken.append(f"visit {visit_id}: {status}")
    return broken


def deadlocks(cluster: Cluster) -> tuple[int, int]:
    """Deadlocks PostgreSQL counted for the clinic database and those its log reports."""
    counted = scalar(cluster, "SELECT deadlocks FROM pg_stat_database WHERE datname = 'clinic'")
    log = cluster.folder / "server.log"
    logged = log.read_text(errors="replace").count("deadlock detected") if log.exists() else 0
    return counted, logged


def leftover_sessions(cluster: Cluster) -> int:
    """The app's sessions still open once every workstation has finished (should be 0)."""
    return scalar(
        cluster, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'KneeDesk'"
    )


@dataclass
class Events:
    """The workstations' counts and latencies (milliseconds, successful calls only)."""

    counts: Counter[str]
    times: dict[str, list[float]]
    errors: Counter[str]


def read_events(folder: Path) -> Events:
    """Add up every workstation's events file."""
    counts: Counter[str] = Counter()
    times: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    for path in sorted(folder.glob("ws*.events")):
        for line in path.read_text(encoding="utf-8").splitlines():
            kind, ms, note = (line.split("\t", 2) + ["", ""])[:3]
            counts[kind] += 1
            if ms:
                times[kind].append(float(ms))
            if kind in ("error", "connect_error", "gave_up"):
                errors[":".join(note.split(":")[:2])] += 1
    return Events(counts, times, errors)


# --- the run ---------------------------------------------------------------------------------


def run(args: argparse.Namespace, cluster: Cluster, folder: Path) -> dict[str, Any]:
    """Run the workstations under chaos for the time asked; what happened."""
    seconds = args.minutes * 60
    rng = random.Random(args.seed)
    chaos = Chaos.plan(seconds, args.kills, args.drops, rng)
    stations = Workstations(
        folder, cluster, args.workstations, args.patients, args.seed, args.pause_ms
    )
    for index in range(args.workstations):
        stations.start(index)
    stuck: list[str] = []
    most_waiting = 0
    started = next_sample = time.monotonic()
    while (elapsed := time.monotonic() - started) < seconds:
        for what in chaos.due(elapsed):
            chaos.act(what, stations)
        stations.watch(stuck, replace=True)
        if time.monotonic() >= next_sample:
            most_waiting = max(most_waiting, waiting_locks(cluster))
            next_sample += 5
        time.sleep(0.2)
    stations.stop(stuck)
    return {
        "chaos": chaos.done, "restart_s": chaos.restart_s, "stuck": stuck,
        "crashes": stations.crashes, "most_waiting": most_waiting,
        "seconds": time.monotonic() - started,
    }  # fmt: skip


def verify(cluster: Cluster, folder: Path) -> dict[str, Any]:
    """Check, on a fresh connection, what the journals say the server acknowledged."""
    journal = read_journals(folder)
    with Store.open_server(app_settings(cluster), APP_PASSWORD, hasher=HASHER) as store:
        lost = lost_answers(store, journal)
        broken = broken_signatures(store, journal)
        chain = store.audit.verify_chain()
        check = check_server(store.db)  # type: ignore[arg-type]
        signed_total = len(store.signing.signed_visit_ids())
    by_stat, by_log = deadlocks(cluster)
    return {
        "journal": journal, "lost": lost, "broken": broken, "chain": chain,
        "check": check, "signed_total": signed_total, "deadlocks": max(by_stat, by_log),
        "waiting_end": waiting_locks(cluster), "sessions_end": leftover_sessions(cluster),
    }  # fmt: skip


def ms(values: list[float]) -> tuple[str, str, int]:
    """Median and 95th percentile as table cells, with the number of calls."""
    if not values:
        return "-", "-", 0
    s = stats(values)
    return f"{s.median:.1f}", f"{s.p95:.1f}", s.runs


def report(args: argparse.Namespace, ran: dict[str, Any], checked: dict[str, Any]) -> bool:
    """Print the result table; True when nothing was lost or broken."""
    events = read_events(args.folder)
    journal: Journal = checked["journal"]
    chain, check = checked["chain"], checked["check"]
    saves, searches = ms(events.times["save"]), ms(events.times["search"])
    rows = [
        ("Autosave (one field, committed), median / 95th pct", f"{saves[0]} / {saves[1]} ms"),
        ("Search keystroke (page of 50 + count), median / 95th pct",
         f"{searches[0]} / {searches[1]} ms"),
        ("Acknowledged saves (journalled) / slots checked / journal lines cut by a kill",
         f"{journal.saves:,} / {len(journal.answers):,} / {journal.torn}"),
        ("Acknowledged answers lost", len(checked["lost"])),
        ("Signatures acknowledged / signed visits verified",
         f"{len(journal.signed)} / {checked['signed_total']}"),
        ("Broken signatures", len(checked["broken"])),
        ("Audit chain", f"valid ({chain.rows:,} rows)" if chain.ok else f"BROKEN: {chain.reason}"),
        ("Full server check (`kneedesk check`)",
         "passed" if check.ok else f"{len(check.problems)} problems"),
        ("Stuck clients", len(ran["stuck"])),
        ("Workstation crashes", len(ran["crashes"])),
        ("Deadlocks", checked["deadlocks"]),
        ("Waiting locks: most seen / at the end",
         f"{ran['most_waiting']} / {checked['waiting_end']}"),
        ("App sessions left on the server at the end", checked["sessions_end"]),
        ("Kills (SIGKILL) / connection drops (backends ended) / restart",
         f"{ran['chaos']['kill']} / {ran['chaos']['drop']} ({ran['chaos']['dropped connections']})"
         f" / {ran['chaos']['restart']} ({ran['restart_s']:.1f} s)"),
        ("Saves / searches (keystrokes) / opens / signatures / sign-ins",
         f"{events.counts['save']:,} / {events.counts['search']:,} / {events.counts['open']:,} / "
         f"{events.counts['sign']:,} / {events.counts['sign_in']:,}"),
        ("Reconnects / late acknowledgements (save, signature) / stale revisions at signing",
         f"{events.counts['reconnect']} / {events.counts['late_ack']}, "
         f"{events.counts['late_sign_ack']} / {events.counts['sign_conflict']}"),
    ]  # fmt: skip
    print(
        f"`benchmarks/load_bench.py --minutes {args.minutes:g} --workstations "
        f"{args.workstations} --seed {args.seed}`: {args.patients:,} patients, "
        f"{ran['seconds']:.0f} s, pause between fields {args.pause_ms:g} ms.\n\n{machine_text()}\n"
    )
    print("| Measurement | Result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    problems = [*checked["lost"], *checked["broken"], *check.problems, *ran["stuck"],
                *ran["crashes"]]  # fmt: skip
    if events.errors:
        print("\nErrors the workstations met and retried: " + ", ".join(
            f"{name} {n}" for name, n in events.errors.most_common()))  # fmt: skip
    for line in problems[:40]:
        print(f"PROBLEM  {line}")
    save("load", {
        "autosave_ms": saves, "search_ms": searches, "lost": len(checked["lost"]),
        "broken": len(checked["broken"]), "chain_ok": chain.ok, "stuck": len(ran["stuck"]),
        "deadlocks": checked["deadlocks"], "chaos": dict(ran["chaos"]),
        "counts": dict(events.counts),
    })  # fmt: skip
    return not problems and chain.ok and checked["deadlocks"] == 0 and checked["waiting_end"] == 0


def main() -> int:
    """Start the server, run the clinic under load and check what it kept."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=0.5 if quick() else 3.0)
    parser.add_argument("--workstations", type=int, default=10)
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--kills", type=int, default=6, help="at most 8")
    parser.add_argument("--drops", type=int, default=15, help="at most 20")
    parser.add_argument("--pause-ms", type=float, default=20.0, help="between two fields")
    parser.add_argument("--folder", type=Path, help="keep the journals here")
    args = parser.parse_args()
    args.kills, args.drops = min(args.kills, 8), min(args.drops, 20)
    keep = args.folder is not None
    args.folder = args.folder or Path(tempfile.mkdtemp(prefix="kneedesk-load-"))
    args.folder.mkdir(parents=True, exist_ok=True)
    with running_cluster(durable=True) as cluster:
        set_up_clinic(cluster, args.patients, args.workstations)
        ran = run(args, cluster, args.folder)
        checked = verify(cluster, args.folder)
        ok = report(args, ran, checked)
    if ok and not keep:
        shutil.rmtree(args.folder, ignore_errors=True)
    else:  # what to look at: the journals, events and each workstation's output
        print(f"\nJournals and workstation output: {args.folder}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
