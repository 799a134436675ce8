"""Clinic server mode against the embedded store: search as you type and autosave at 100,000
patients, on PostgreSQL over TLS on the loopback address and on the SQLite file.

The same clinic (100,000 patients, 500,000 visits, made by `store_bench.generate`) is put in
a SQLite file and copied into a throwaway PostgreSQL cluster started for the run (Debian's
postgresql package: initdb and pg_ctl in a temporary folder, listening on 127.0.0.1 only,
TLS with a certificate made for the run and checked with sslmode=verify-full, as a
workstation connects). Each engine then answers the same typed searches (a page of 50 and
the capped count, as the patient list asks) and the same autosaves (one answer and its
audit row, committed). The floor is the least a networked store can do per call: one
`SELECT 1` round trip over the same TLS connection. The server is durable (fsync on), as
the SQLite file is (synchronous=FULL).

    .venv/bin/python benchmarks/server_bench.py [--patients N] [--visits M]
"""

from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine_text, quick, timed
from store_bench import generate, prefixes, summary

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from argon2 import PasswordHasher  # noqa: E402
from pg_cluster import Cluster, running_cluster  # noqa: E402

from kneedesk.store.postgres.connect import ServerSettings  # noqa: E402
from kneedesk.store.postgres.database import PgDatabase  # noqa: E402
from kneedesk.store.postgres.server import init_server  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

APP_PASSWORD = "benchmark app role"
HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
# Copied as they are: the columns both schemas share, in this order.
PATIENT_COLUMNS = (
    "id, uid, chart_number, given_name, family_name, birth_date, sex, sort_key, archived, "
    "created_at, updated_at, search_text"
)
VISIT_COLUMNS = (
    "id, uid, patient_id, protocol, protocol_version, visit_date, clinician_id, "
    "clinician_name, status, created_at, updated_at"
)


def make_certificates(folder: Path) -> Path:
    """A CA and a server certificate for localhost signed by it; returns the CA file."""

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)

    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=KneeDesk bench CA",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
    )
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
    )
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "san.ext",
        "-out",
        "server.crt",
    )
    return folder / "ca.crt"  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def copy_clinic(sqlite_file: Path, cluster: Cluster) -> None:
    """Set up a clinic database on the cluster and copy the patients and visits into it."""
    import sqlite3

    import psycopg

    with cluster.admin() as admin:
        admin.execute("CREATE DATABASE clinic")
    conn = psycopg.connect(cluster.conninfo("clinic"), autocommit=True)
    init_server(PgDatabase(conn, label="clinic"), APP_PASSWORD)
    source = sqlite3.connect(sqlite_file)
    with conn.transaction(), conn.cursor() as cursor:
        cursor.execute("SET search_path = kneedesk")
        for table, columns in (("patients", PATIENT_COLUMNS), ("visits", VISIT_COLUMNS)):
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {columns} FROM {table} ORDER BY id"):
                    copy.write_row(row)
            cursor.execute(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
    # As a clinic's server is after autovacuum has passed: hint bits set, statistics made.
    conn.execute("VACUUM (ANALYZE)")
    conn.close()
    source.close()


def measure(
    store: Store, busy: int, typed: list[str], offsets: list[int]
) -> dict[str, list[float]]:
    queue = iter(typed)
    page = timed(lambda: store.patients.search(next(queue), limit=50), len(typed))
    queue = iter(typed)
    capped = timed(lambda: store.patients.count(next(queue), stop_at=1001), len(typed))
    pages = iter(offsets)
    listing = timed(lambda: store.patients.search("", limit=50, offset=next(pages)), len(offsets))
    opened = timed(lambda: store.patients.open(busy), 50)
    draft = store.visits.create_draft(busy, visit_date="2026-11-20")
    values = iter(range(10_000))
    autosave = timed(
        lambda: store.visits.save_answer(draft.id, "body_mass", "whole", 40.0 + next(values)), 200
    )
    return {"page": page, "capped": capped, "listing": listing, "open": opened, "save": autosave}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000 if quick() else 100_000)
    parser.add_argument("--visits", type=int, default=50_000 if quick() else 500_000)
    args = parser.parse_args()
    rng = random.Random(2026)
    folder = Path(tempfile.mkdtemp(prefix="kneedesk-server-bench-"))
    sqlite_file = folder / "clinic.sqlite3"
    busy = generate(sqlite_file, args.patients, args.visits, rng)
    typed = list(prefixes(rng, 300))
    offsets = [rng.randrange(args.patients * 9 // 10) for _ in range(100)]
    ca_file = make_certificates(folder)
    port = free_port()
    with running_cluster(tcp_port=port, tls=folder, durable=True) as cluster:
        started = time.perf_counter()
        copy_clinic(sqlite_file, cluster)
        copy_s = time.perf_counter() - started
        settings = ServerSettings(
            host="localhost", port=port, database="clinic", user="kneedesk_app",
            ca_file=str(ca_file),
        )  # fmt: skip
        with Store.open_server(settings, APP_PASSWORD, hasher=HASHER) as server:
            assert server.db.execute("SHOW ssl").fetchone()[0] == "on"
            floor = timed(lambda: server.db.execute("SELECT 1").fetchone(), 500)
            on_server = measure(server, busy, typed, offsets)
        with Store.open(sqlite_file, hasher=HASHER) as embedded:
            on_file = measure(embedded, busy, typed, offsets)
    rows = [
        ("page", "Search as you type: first page of 50"),
        ("capped", "Search as you type: count stopping at 1,001"),
        ("listing", "Patient list page (no query, random offset)"),
        ("open", "Open a patient with 50 visits (audited)"),
        ("save", "One autosave (answer + audit row, committed)"),
    ]
    lines = [
        "`benchmarks/server_bench.py`: "
        f"{args.patients:,} patients, {args.visits:,} visits; copied to the server in "
        f"{copy_s:.0f} s. Times in milliseconds.",
        "",
        machine_text(),
        "",
        "| Operation | Engine | Median ms | 95th percentile ms | Runs |",
        "|---|---|---|---|---|",
        summary("Floor: `SELECT 1` round trip | PostgreSQL (TLS, loopback)", floor),
    ]
    for key, name in rows:
        lines.append(summary(f"{name} | SQLite file", on_file[key]))
        lines.append(summary(f"{name} | PostgreSQL (TLS, loopback)", on_server[key]))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
