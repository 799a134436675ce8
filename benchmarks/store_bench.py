"""Store benchmark: a clinic of 100,000 patients and 500,000 visits.

Measures search-as-you-type (a page of 50 and the match count), opening a patient with 50
visits, one autosave, and opening the database (with its quick_check). Run it with:

    .venv/bin/python benchmarks/store_bench.py [--patients N] [--visits M] [--keep DIR]

The stretch goal for search and autosave is well under 10 ms at this size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from argon2 import PasswordHasher
from common import (
    GIVEN,
    family_name,
    insert_patients,
    insert_visits,
    machine_text,
    quick,
    timed,
)

from kneedesk.store.db import close_db, open_db
from kneedesk.store.store import Store


def generate(path: Path, patients: int, visits: int, rng: random.Random) -> int:
    """Bulk-insert the clinic; return the id of a patient given exactly 50 visits."""
    db = open_db(path)
    with db.atomic():
        insert_patients(db, patients, rng, first_id=1)
        busy = rng.randrange(1, patients + 1)
        owners = [busy] * 50 + [rng.randrange(1, patients + 1) for _ in range(visits - 50)]
        insert_visits(db, owners, rng)
    close_db(db)
    return busy


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


def main() -> int:
    """Build the clinic, run the measurements and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000 if quick() else 100_000)
    parser.add_argument("--visits", type=int, default=50_000 if quick() else 500_000)
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
    queue = iter(typed)
    capped = timed(lambda: store.patients.count(next(queue), stop_at=1001), len(typed))
    listing = timed(
        lambda: store.patients.search("", limit=50, offset=rng.randrange(args.patients * 9 // 10)),
        100,
    )
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
        machine_text(),
        "",
        "| Operation | Median ms | 95th percentile ms | Runs |",
        "|---|---|---|---|",
        summary("Search as you type: first page of 50", page),
        summary("Search as you type: count of matches", count),
        summary("Search as you type: count stopping at 1,001 (as the list does)", capped),
        summary("Patient list page (no query, random offset)", listing),
        summary("Open a patient with 50 visits (audited)", open_patient),
        summary("One autosave (answer + audit row, synchronous=FULL)", autosave),
        summary("Open the database (quick_check, locks, schema)", open_times),
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
