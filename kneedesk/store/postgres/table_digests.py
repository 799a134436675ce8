"""Row counts and digests of every table of the clinic schema, to compare two copies of it.

Each row is hashed on the server (SHA-256 of the row as text, in primary-key order) and
only those hashes cross the network; the table's digest is the SHA-256 of them in order.
Two databases with the same tables, columns and values give the same digests, whatever
their row order on disk or the values of their sequences.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

SCHEMA = "kneedesk"
_BATCH = 5000


@dataclass(frozen=True)
class TableDigest:
    """How many rows a table has, and the digest of all of them."""

    rows: int
    digest: str


def session_settings(conn: psycopg.Connection[Any]) -> None:
    """The settings under which rows print the same on both sides, and no timeout cuts in."""
    for statement in (
        "SET statement_timeout = 0",
        "SET idle_in_transaction_session_timeout = 0",
        "SET TimeZone = 'UTC'",
        "SET DateStyle = 'ISO, YMD'",
        "SET IntervalStyle = 'postgres'",
        "SET extra_float_digits = 1",
        "SET bytea_output = 'hex'",
    ):
        conn.execute(statement)


def table_digests(conn: psycopg.Connection[Any], schema: str = SCHEMA) -> dict[str, TableDigest]:
    """Every table of `schema`, counted and hashed inside `conn`'s open transaction."""
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname",
            [schema],
        )
    ]
    return {table: _digest(conn, schema, table) for table in tables}


def _digest(conn: psycopg.Connection[Any], schema: str, table: str) -> TableDigest:
    key = _primary_key(conn, schema, table)
    order = (
        sql.SQL(", ").join(sql.SQL("t.") + sql.Identifier(c) for c in key)
        if key
        else sql.SQL('t::text COLLATE "C"')
    )
    query = sql.SQL(
        "SELECT sha256(convert_to(t::text, 'UTF8')) FROM {}.{} AS t ORDER BY {}"
    ).format(sql.Identifier(schema), sql.Identifier(table), order)
    total = hashlib.sha256()
    rows = 0
    with conn.cursor(name=f"digest_{table}") as cursor:
        cursor.itersize = _BATCH
        cursor.execute(query)
        for (row_hash,) in cursor:
            total.update(row_hash)
            rows += 1
    return TableDigest(rows, total.hexdigest())


def _primary_key(conn: psycopg.Connection[Any], schema: str, table: str) -> list[str]:
    rows = conn.execute(
        "SELECT a.attname FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, pos) ON TRUE "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum "
        "WHERE n.nspname = %s AND c.relname = %s AND i.indisprimary ORDER BY k.pos",
        [schema, table],
    ).fetchall()
    return [str(row[0]) for row in rows]


def differences(
    expected: dict[str, TableDigest], found: dict[str, TableDigest], limit: int = 4
) -> list[str]:
    """What differs between two sets of digests, in words ("patients: 12 rows, not 13")."""
    out: list[str] = []
    for table in sorted(expected.keys() | found.keys()):
        want, got = expected.get(table), found.get(table)
        if want is None:
            out.append(f"{table}: not in the clinic database")
        elif got is None:
            out.append(f"{table}: missing")
        elif want.rows != got.rows:
            out.append(f"{table}: {got.rows} rows, not {want.rows}")
        elif want.digest != got.digest:
            out.append(f"{table}: the rows' contents differ")
    if len(out) > limit:
        out = [*out[:limit], f"and {len(out) - limit} more"]
    return out
