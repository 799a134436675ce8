"""Store benchmark: a clinic of 100,000 patients and 500,000 visits.

Measures search-as-you-type (a page of 50 and the match count), opening a patient with 50
visits, one autosave, and opening the database (with its quick_check). Run it with:

    .venv/bin/python benchmarks/store_bench.py [--patients N] [--visits M] [--keep DIR]

The stretch goal for search and autosave is well under 10 ms at this size.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from kneedesk.store.canonical import timestamp
from kneedesk.store.db import close_db, open_db
from kneedesk.store.search_text import birth_date_forms, fold, sort_key
from kneedesk.store.store import Store

GIVEN = [
    "Ana", "Zoë", "Minh", "Иван", "小龍", "민수", "דוד", "محمد", "Siobhán", "Jean-Luc", "Aroha",
    "Kwame", "Priya", "Lars", "María", "Yuki", "Olumide", "Chloé", "Mateus", "Aino", "Tomasz",
    "Emma", "Ravi", "Sofia", "Noah", "Fatima", "Hiroshi", "Elif", "Jack", "Ingrid", "Łucja",
]  # fmt: skip
SYLLABLES = ["an", "ber", "cho", "dal", "er", "fin", "gro", "hal", "ist", "jor", "kel", "lun",
             "mar", "nor", "ost", "per", "qui", "ros", "sten", "tor", "ul", "ven", "wik", "yan",
             "zel", "ång", "øst", "łu", "ñe", "ß"]  # fmt: skip


def family_name(rng: random.Random) -> str:
    """A made-up family name of two or three syllables."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def generate(path: Path, patients: int, visits: int, rng: random.Random) -> int:
    """Bulk-insert the clinic; return the id of a patient given exactly 50 visits."""
    db = open_db(path)
    now = timestamp(datetime.now(UTC))
    start = date(1940, 1, 1)
    with db.atomic():
        patient_rows, fts_rows = [], []
        for n in range(1, patients + 1):
            given, family = rng.choice(GIVEN), family_name(rng)
            born = (start + timedelta(days=rng.randrange(80 * 365))).isoformat()
            chart = f"KD-{n:06d}"
            patient_rows.append(
                {
                    "id": n, "uid": uuid.uuid4().hex, "chart_number": chart, "given_name": given,
                    "family_name": family, "birth_date": born, "sex": "not_stated",
                    "sort_key": sort_key(family, given), "archived": 0, "created_at": now,
                    "updated_at": now,
                }
            )  # fmt: skip
            iso, dmy, mdy = birth_date_forms(born)
            fts_rows.append(
                {
                    "rowid": n, "names": f"{fold(given)} {fold(family)}", "chart": fold(chart),
                    "birth_iso": iso, "birth_dmy": dmy, "birth_mdy": mdy,
                }
            )  # fmt: skip
        db.table("patients").insert_all(patient_rows, batch_size=2000)
        db.table("patients_fts").insert_all(fts_rows, batch_size=2000)
        busy = rng.randrange(1, patients + 1)
        owners = [busy] * 50 + [rng.randrange(1, patients + 1) for _ in range(visits - 50)]
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
    close_db(db)
    return busy


def timed(action: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock milliseconds of each of `repeat` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(name: str, times: list[float]) -> str:
    """Median and 95th percentile of a list of milliseconds."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"| {name} | {statistics.median(ordered):.2f} | {p95:.2f} | {len(ordered)} |"


def prefixes(rng: random.Random, count: int) -> Iterator[str]:
    """What a clinician types: the start of a name, a chart number or a birth date."""
    for _ in range(count):
        kind = rng.random()
        if kind < 0.6:
            name = rng.choice([family_name(rng), rng.choice(GIVEN)])
            yield name[: rng.randint(1, min(6, len(name)))]
        elif kind < 0.8:
            yield f"KD-{rng.randrange(1000):03d}"[: rng.randint(4, 6)]
        else:
            yield f"{rng.randrange(1940, 2020)}-{rng.randrange(1, 13):02d}"[: rng.randint(4, 7)]


def machine() -> str:
    """uname, CPU model, Python and SQLite versions."""
    import sqlite3

    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    uname = subprocess.run(["uname", "-a"], capture_output=True, text=True, check=False).stdout
    return (
        f"- Machine: `{uname.strip() or platform.platform()}`\n- CPU: {cpu}\n"
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}\n"
        f"- Date: {date.today().isoformat()}"
    )


def main() -> int:
    """Build the clinic, run the measurements and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=500_000)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    args = parser.parse_args()
    rng = random.Random(2026)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kneedesk-bench-"))
    path = folder / "bench.sqlite3"
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    busy = generate(path, args.patients, args.visits, rng)
    build_s = time.perf_counter() - started
    size_mb = path.stat().st_size / 1e6

    open_times = timed(lambda: close_db(open_db(path)), 5)
    store = Store.open(path, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    typed = list(prefixes(rng, 400))
    queue = iter(typed * 2)
    page = timed(lambda: store.patients.search(next(queue), limit=50), len(typed))
    queue = iter(typed)
    count = timed(lambda: store.patients.count(next(queue)), len(typed))
    listing = timed(lambda: store.patients.search("", limit=50, offset=rng.randrange(90_000)), 100)
    open_patient = timed(lambda: store.patients.open(busy), 50)
    draft = store.visits.create_draft(busy, visit_date="2026-11-20")
    values = iter(range(10_000))
    autosave = timed(
        lambda: store.visits.save_answer(draft.id, "body_mass", "whole", 40.0 + next(values)), 200
    )
    store.close()

    lines = [
        "## Store benchmark",
        "",
        f"`benchmarks/store_bench.py`: {args.patients:,} patients, {args.visits:,} visits "
        f"({size_mb:.0f} MB file, built in {build_s:.0f} s). Times in milliseconds.",
        "",
        machine(),
        "",
        "| Operation | Median ms | 95th percentile ms | Runs |",
        "|---|---|---|---|",
        summary("Search as you type: first page of 50", page),
        summary("Search as you type: count of matches", count),
        summary("Patient list page (no query, random offset)", listing),
        summary("Open a patient with 50 visits (audited)", open_patient),
        summary("One autosave (answer + audit row, synchronous=FULL)", autosave),
        summary("Open the database (quick_check, locks, schema)", open_times),
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
