"""What the clinic server's own tests share: raw SQL connections as the app's role, the
store as a workstation opens it, digests of every table, and a cluster on the loopback
address over TLS with a CA made for the tests."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from argon2 import PasswordHasher
from pg_cluster import Cluster, running_cluster
from pg_fixtures import APP_PASSWORD

from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.store import Store

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""Accounts in these tests need no real hashing cost."""
ADMIN_PASSWORD = "correct horse battery"


def app_connection(settings: ServerSettings) -> psycopg.Connection[Any]:
    """A raw connection as the app's role, as anyone holding its password could open."""
    return psycopg.connect(
        host=settings.host,
        port=settings.port,
        dbname=settings.database,
        user=settings.user,
        password=APP_PASSWORD,
        autocommit=True,
    )


def open_store(settings: ServerSettings) -> Store:
    """The store on the clinic server, as a workstation opens it."""
    return Store.open_server(settings, APP_PASSWORD, hasher=FAST_HASHER)


def table_columns(conn: psycopg.Connection[Any]) -> dict[str, list[str]]:
    """Each clinic table's columns, in order."""
    out: dict[str, list[str]] = {}
    for table, column in conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'kneedesk' ORDER BY table_name, ordinal_position"
    ):
        out.setdefault(str(table), []).append(str(column))
    return out


def table_digests(
    conn: psycopg.Connection[Any],
    skip: tuple[str, ...] = (),
    columns: dict[str, list[str]] | None = None,
) -> dict[str, str]:
    """A digest of every clinic table's rows (as a role that may read them all sees them);
    with `columns`, of those columns only (the ones a database had before an upgrade)."""
    tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'kneedesk' ORDER BY tablename"
        )
        if r[0] not in skip
    ]
    out = {}
    for table in tables:
        # A table the database did not have before (pg005's presence): every column.
        kept = None if columns is None else columns.get(table)
        what = "t::text" if kept is None else f"ROW({', '.join(kept)})::text"
        rows = conn.execute(f"SELECT {what} FROM kneedesk.{table} AS t ORDER BY 1").fetchall()
        out[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


@dataclass
class SignedClinic:
    """A clinic database holding one signed visit (with an addendum and a stored report)
    and one draft visit of the same patient."""

    settings: ServerSettings
    clinician_id: int
    patient_id: int
    signed_id: int
    draft_id: int
    addendum_id: int
    report_id: int


TLS_PASSWORD = "tls user password"
TLS_HBA = """
local all all trust
hostssl all kd_refused 127.0.0.1/32 reject
hostssl clinic,nosuchdb all 127.0.0.1/32 scram-sha-256
hostnossl all all 127.0.0.1/32 reject
"""
"""The server's rules: TLS with a password from the loopback address to the clinic (and to
a database that does not exist, so that is what a workstation asking for it hears); one
user refused outright; nothing at all without TLS."""


@dataclass
class TlsServer:
    """A throwaway cluster listening on 127.0.0.1 over TLS, its CA file and a stranger's."""

    cluster: Cluster
    ca_file: Path
    other_ca_file: Path

    def settings(
        self, database: str = "clinic", user: str = "kd_user", host: str = "localhost"
    ) -> ServerSettings:
        return ServerSettings(
            host=host,
            database=database,
            user=user,
            port=self.cluster.port,
            ca_file=str(self.ca_file),
        )


def _openssl(folder: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)


def make_certificates(folder: Path) -> None:
    """A clinic CA, a server certificate it signs for "localhost", and an unrelated CA."""
    key = ["-newkey", "rsa:2048", "-nodes", "-days", "2"]
    _openssl(folder, "req", "-x509", *key, "-keyout", "ca.key", "-out", "ca.crt",
             "-subj", "/CN=Test Clinic CA")  # fmt: skip
    _openssl(folder, "req", "-x509", *key, "-keyout", "other.key", "-out", "other.crt",
             "-subj", "/CN=Another CA")  # fmt: skip
    _openssl(folder, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key",
             "-out", "server.csr", "-subj", "/CN=localhost")  # fmt: skip
    (folder / "san.cnf").write_text("subjectAltName=DNS:localhost\n", encoding="ascii")
    _openssl(folder, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.crt", "-days", "2",
             "-extfile", "san.cnf")  # fmt: skip


@contextmanager
def loopback_cluster(tls: Path | None) -> Iterator[Cluster]:
    """A cluster on a free loopback port (tried from a number of this process's own)."""
    for attempt in range(20):
        port = 20000 + (os.getpid() * 7 + attempt * 131) % 40000
        try:
            context = running_cluster(tcp_port=port, tls=tls)
            cluster = context.__enter__()
        except subprocess.CalledProcessError:
            continue  # the port is taken
        try:
            yield cluster
        finally:
            context.__exit__(None, None, None)
        return
    raise RuntimeError("no free loopback port for a test cluster")
