"""Shared helpers for the benchmarks: statistics, cached benchmark databases, child processes.

Benchmark databases are built once and kept in ``benchmarks/.cache/`` (ignored by git); their
names carry the schema version and a recipe number, so a new migration or a change in how
they are built makes fresh ones. ``BENCH_QUICK=1`` makes every benchmark run fewer
repetitions and skip its largest sizes.
"""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlite_utils import Database

from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME
from kneedesk.store.canonical import timestamp
from kneedesk.store.db import SCHEMA_VERSION, close_db, open_db
from kneedesk.store.search_text import search_fields, search_line, sort_key

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
CACHE = BENCH_DIR / ".cache"
OUT = BENCH_DIR / "out"

RECIPE = 2
"""Bumped when the benchmark clinics are built differently, so cached ones are rebuilt."""

BENCH_PASSWORD = DEMO_PASSWORD
"""The password of the demo account (user name ``demo``) in every benchmark database."""

GIVEN = [
    "Ana", "Zoë", "Minh", "Иван", "小龍", "민수", "דוד", "محمد", "Siobhán", "Jean-Luc", "Aroha",
    "Kwame", "Priya", "Lars", "María", "Yuki", "Olumide", "Chloé", "Mateus", "Aino", "Tomasz",
    "Emma", "Ravi", "Sofia", "Noah", "Fatima", "Hiroshi", "Elif", "Jack", "Ingrid", "Łucja",
]  # fmt: skip
SYLLABLES = ["an", "ber", "cho", "dal", "er", "fin", "gro", "hal", "ist", "jor", "kel", "lun",
             "mar", "nor", "ost", "per", "qui", "ros", "sten", "tor", "ul", "ven", "wik", "yan",
             "zel", "ång", "øst", "łu", "ñe", "ß"]  # fmt: skip


def quick() -> bool:
    """True when BENCH_QUICK=1 asks for a short run."""
    return os.environ.get("BENCH_QUICK", "") not in ("", "0")


def cheap_hasher() -> PasswordHasher:
    """argon2id parameters cheap enough that logging in measures the app, not the hash."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


# --- statistics and printing -----------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Median, 95th percentile and range of repeated measurements (milliseconds or MB)."""

    median: float
    p95: float
    low: float
    high: float
    runs: int

    def spread(self) -> str:
        """The range as text: "min-max"."""
        return f"{self.low:.1f}-{self.high:.1f}"


def stats(values: Sequence[float]) -> Stats:
    """Summarise a list of measurements (nearest-rank 95th percentile)."""
    if not values:
        raise ValueError("no measurements")
    ordered = sorted(values)
    rank = min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))
    return Stats(statistics.median(ordered), ordered[rank], ordered[0], ordered[-1], len(ordered))


def timed(action: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock milliseconds of each of `repeat` runs of `action`."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def stat_row(name: str, s: Stats, unit: str = "ms") -> list[str]:
    """One table row: name, median, 95th percentile, min-max, runs."""
    return [name, f"{s.median:.1f} {unit}", f"{s.p95:.1f} {unit}", s.spread(), str(s.runs)]


STAT_HEADERS = ("Measurement", "Median", "95th pct", "Min-max", "Runs")


def verdict(ok: bool) -> str:
    """How a budget line reads."""
    return "within budget" if ok else "OVER BUDGET"


def load_average() -> float:
    """The one-minute load average (0 where the system has none)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def header(title: str) -> None:
    """Print a benchmark's title with the machine load, warning when the machine is busy."""
    load = load_average()
    print(f"\n## {title}\n")
    note = "  (busy machine: expect noise, compare the ratios)" if load > 1.5 else ""
    print(f"Load average at start: {load:.2f} on {os.cpu_count()} cores{note}\n")


def save(name: str, data: dict[str, Any]) -> Path:
    """Keep a benchmark's numbers in benchmarks/out/NAME.json (for the performance notes)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{name}.json"
    data = {"date": date.today().isoformat(), "machine": machine(), "quick": quick(), **data}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def machine() -> dict[str, str]:
    """CPU model, cores, OS, Python, Qt and SQLite versions."""
    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover
        qt = "no Qt"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
    }


def machine_text() -> str:
    """The machine as Markdown list lines."""
    m = machine()
    return (
        f"- CPU: {m['cpu']}, {m['cores']} cores\n- OS: {m['os']}\n"
        f"- Python {m['python']}, {m['qt']}, SQLite {m['sqlite']}\n"
        f"- Date: {date.today().isoformat()}"
    )


# --- synthetic clinics ----------------------------------------------------------------------


def family_name(rng: random.Random) -> str:
    """A made-up family name of two or three syllables."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def insert_patients(db: Database, count: int, rng: random.Random, *, first_id: int) -> list[int]:
    """Bulk-insert patients (and their search rows) with ids from `first_id`; return the ids."""
    now = timestamp(datetime.now(UTC))
    start = date(1940, 1, 1)
    patient_rows, fts_rows = [], []
    for n in range(first_id, first_id + count):
        given, family = rng.choice(GIVEN), family_name(rng)
        born = (start + timedelta(days=rng.randrange(80 * 365))).isoformat()
        chart = f"KD-{n:06d}"
        patient_rows.append(
            {
                "id": n, "uid": uuid.uuid4().hex, "chart_number": chart, "given_name": given,
                "family_name": family, "birth_date": born, "sex": "not_stated",
                "sort_key": sort_key(family, given),
                "search_text": search_line(given, family, chart, born), "archived": 0,
                "created_at": now, "updated_at": now,
            }
        )  # fmt: skip
        fts_rows.append({"rowid": n, **search_fields(given, family, chart, born)})
    db.table("patients").insert_all(patient_rows, batch_size=2000)
    db.table("patients_fts").insert_all(fts_rows, batch_size=2000)
    return list(range(first_id, first_id + count))


def insert_visits(db: Database, owners: Iterable[int], rng: random.Random) -> None:
    """Bulk-insert one draft visit row (no answers) per entry of `owners`."""
    now = timestamp(datetime.now(UTC))
    day0 = date(2020, 1, 1)
    db.table("visits").insert_all(
        (
            {
                "uid": uuid.uuid4().hex, "patient_id": owner, "protocol": "runners-knee",
                "protocol_version": 1,
                "visit_date": (day0 + timedelta(days=rng.randrange(2500))).isoformat(),
                "clinician_id": None, "clinician_name": "Bench", "status": "draft",
                "created_at": now, "updated_at": now,
            }
            for owner in owners
        ),
        batch_size=2000,
    )  # fmt: skip


def _cached(name: str, build: Callable[[Path], None]) -> Path:
    """A database under .cache/, built by `build(path)` the first time."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-s{SCHEMA_VERSION}-r{RECIPE}.kneedesk"
    if path.exists():
        return path
    temp = path.with_name(path.name + ".building")
    for stale in (temp, temp.with_name(temp.name + "-wal")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    print(f"(building {path.name} ...)", file=sys.stderr, flush=True)
    build(temp)
    temp.rename(path)
    print(f"(built in {time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    return path


def demo_template() -> Path:
    """The demo clinic (30 runners with full visits) whose ``demo`` login is cheap to check.

    Its automatic daily backup is off: the first start of a day would otherwise copy the
    whole file on a worker thread while the start-up is being timed.
    """

    def build(path: Path) -> None:
        from kneedesk.services.demo import create_demo_clinic
        from kneedesk.store.backup_schedule import set_automatic
        from kneedesk.store.clinicians import Role
        from kneedesk.store.store import Store

        with Store.open(path, hasher=cheap_hasher()) as store:
            store.accounts.create(DEMO_USERNAME, "Demo Clinician", BENCH_PASSWORD, Role.ADMIN)
            set_automatic(store.settings, False)
        create_demo_clinic(path)
        with Store.open(path, hasher=cheap_hasher()) as store:
            store.sign_in(DEMO_USERNAME, BENCH_PASSWORD)
            for patient in store.patients.search("", limit=10):  # "recently seen" has entries
                store.patients.open(patient.id)
            store.sign_out()

    return _cached("demo", build)


def clinic_db(patients: int) -> Path:
    """The demo clinic grown to `patients` patients with 1 to 6 visit rows each (no answers).

    The 30 demo runners keep their complete visits; the others are bulk-inserted rows, which
    is what the patient list and search read.
    """

    def build(path: Path) -> None:
        shutil.copyfile(demo_template(), path)
        rng = random.Random(patients)
        db = open_db(path)
        try:
            first = 1 + int(db.execute("SELECT max(id) FROM patients").fetchone()[0])
            with db.atomic():
                ids = insert_patients(db, max(0, patients - (first - 1)), rng, first_id=first)
                insert_visits(db, (pid for pid in ids for _ in range(rng.randint(1, 6))), rng)
        finally:
            close_db(db)

    return _cached(f"clinic-{patients}", build)


BUSY_CHART = "BUSY-100"
"""Chart number of the patient with 100 complete visits in `busy_patient_db`."""


def busy_patient_db(visits: int = 100) -> Path:
    """The 10,000-patient clinic plus one runner with `visits` complete, signed visits."""

    def build(path: Path) -> None:
        from kneedesk.core.answers import Answers
        from kneedesk.core.assessment import assess_answers
        from kneedesk.core.plan_record import sealed_plan
        from kneedesk.core.protocol import load_protocol
        from kneedesk.services.demo_answers import profile as runner_profile
        from kneedesk.services.demo_answers import visit_answers
        from kneedesk.store.store import Store

        shutil.copyfile(clinic_db(10_000), path)
        protocol = load_protocol()
        rng = random.Random(100)
        with Store.open(path, hasher=cheap_hasher()) as store:
            me = store.sign_in(DEMO_USERNAME, BENCH_PASSWORD)
            with store.db.atomic():
                patient = store.patients.create(
                    chart_number=BUSY_CHART, given_name="Ana", family_name="Marathon",
                    birth_date="1990-05-17", sex="female",
                )  # fmt: skip
                profile = runner_profile(rng, 5)
                first = date(2024, 1, 1)
                previous: Answers | None = None
                for k in range(visits):
                    values = visit_answers(
                        protocol, rng, profile, k / (visits - 1), age=34, follow_up=k > 0
                    )
                    visit = store.visits.create_draft(
                        patient.id, visit_date=first + timedelta(days=7 * k), clinician_id=me.id
                    )
                    for item_id, value in values.items():
                        if protocol.item(item_id).per_side:
                            for side, v in value.items():
                                store.visits.save_answer(visit.id, item_id, side, v)
                        else:
                            store.visits.save_answer(visit.id, item_id, "whole", value)
                    answers = Answers(values)
                    assessment = assess_answers(answers, protocol, previous=previous, age=34)
                    rows = [{"id": p, "dose": "", "note": ""} for p in assessment.plan]
                    plan = sealed_plan(rows, "in 3 weeks")  # as the summary page seals it
                    findings = [f.to_dict() for f in assessment.findings]
                    store.visits.sign(visit.id, me.id, findings, plan)
                    previous = answers
            store.sign_out()

    return _cached(f"busy-{visits}", build)


def copy_db(source: Path, target: Path) -> Path:
    """A private copy of a cached database (benchmarks that write use one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in (target, target.with_name(target.name + "-wal")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


# --- child processes ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildRun:
    """What a benchmark child printed (one JSON object), its peak RSS and its wall time."""

    result: dict[str, Any]
    max_rss_mb: float
    wall_ms: float


def run_child(
    argv: Sequence[str], *, env: dict[str, str | None] | None = None, result: bool = True
) -> ChildRun:
    """Run a fresh Python process; with `result`, its last stdout line must be a JSON object.

    The start time goes to the child in BENCH_T0_NS (time.perf_counter_ns, a system-wide
    monotonic clock on Linux, macOS and Windows), so the child can report how long after its
    start something happened. Peak RSS comes from wait4's rusage of that one child. An `env`
    value of None removes that variable. Qt runs offscreen; compiled bytecode is kept in
    .cache/pycache, as an installed app has it.
    """
    child_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
        "XDG_STATE_HOME": str(CACHE / "state"),  # the app's log file goes here
    }
    child_env.pop("PYTHONDONTWRITEBYTECODE", None)
    for key, value in (env or {}).items():
        if value is None:
            child_env.pop(key, None)
        else:
            child_env[key] = value
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter_ns()
        child_env["BENCH_T0_NS"] = str(started)
        proc = subprocess.Popen(
            [sys.executable, *argv], env=child_env, stdout=out, stderr=err, text=True, cwd=ROOT
        )
        rusage = None
        if hasattr(os, "wait4"):
            _, status, rusage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        else:  # pragma: no cover - Windows has no wait4
            proc.wait()
        wall_ms = (time.perf_counter_ns() - started) / 1e6
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{stderr}")
    lines = [line for line in stdout.splitlines() if line.startswith("{")] or (
        [] if result else ["{}"]
    )
    if not lines:
        raise RuntimeError(f"{' '.join(argv)} printed no result:\n{stdout}\n{stderr}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    rss = rusage.ru_maxrss * scale if rusage is not None else 0.0
    return ChildRun(json.loads(lines[-1]), rss, wall_ms)


def since_start_ms() -> float:
    """In a child started by `run_child`: milliseconds since the parent started it."""
    return (time.perf_counter_ns() - int(os.environ["BENCH_T0_NS"])) / 1e6
