"""The clinic's tables as a clinic moves between a SQLite file and the server, read alike.

Both engines hold the same tables, columns and values (`kneedesk.store.postgres.schema`).
Rows are read in one order on both (by key; text keys in code-point order, SQLite's BINARY
and PostgreSQL's "C"), so a table's digest, the SHA-256 over its rows in that order, is
the same on both sides exactly when every value is. The search index is not compared: it
is rebuilt from the patients' rows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kneedesk.store.dialect import StoreDatabase, is_postgres

BATCH = 2000


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    text_key: tuple[str, ...] = ()
    """Key columns holding text, sorted by code point on both engines."""


TABLES: tuple[Table, ...] = (
    Table("settings", ("key",), ("key",)),
    Table("clinicians", ("id",)),
    Table("patients", ("id",)),
    Table("visits", ("id",)),
    Table("answers", ("visit_id", "item_id", "side"), ("item_id", "side")),
    Table("visit_stills", ("id",)),
    Table("signed_findings", ("visit_id",)),
    Table("addenda", ("id",)),
    Table("reports", ("id",)),
    Table("audit_log", ("id",)),
    Table("audit_anchors", ("audit_id",)),
)
"""Every table of the record, in an order rows can be added in (a row after those it
refers to; a signed visit's findings before, and its addenda after, its signature)."""

SIGNATURE = ("status", "signed_by", "signed_at", "digest")
"""A visit's columns that make it signed: a signed visit is added as a draft first, its
answers, stills and findings added, and then signed, as it happened in the clinic."""


def columns(db: StoreDatabase, table: str) -> list[str]:
    """The table's column names (in the server's order, or the file's)."""
    if is_postgres(db):
        rows = db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
    else:
        rows = [(r[1],) for r in db.execute(f"PRAGMA table_info({table})").fetchall()]
    return [str(r[0]) for r in rows]


def read_rows(db: StoreDatabase, table: Table, names: list[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of `table` (the named columns), in key order, a batch at a time."""
    collate = ' COLLATE "C"' if is_postgres(db) else ""
    order = ", ".join(f"{c}{collate if c in table.text_key else ''}" for c in table.key)
    sql = f"SELECT {', '.join(names)} FROM {table.name} ORDER BY {order}"
    if is_postgres(db):
        # A server-side cursor: stills and stored reports are never all in memory at once.
        conn = db.conn  # type: ignore[attr-defined]
        with conn.cursor(name=f"kneedesk_read_{table.name}") as cursor:
            cursor.itersize = BATCH
            cursor.execute(sql)
            yield from cursor
        return
    cursor = db.execute(sql)
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def count(db: StoreDatabase, table: Table) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0])


@dataclass(frozen=True)
class TableDigest:
    rows: int
    sha256: str


def digest(db: StoreDatabase, table: Table, names: list[str]) -> TableDigest:
    """The table's row count and the SHA-256 over its rows (the named columns) in key order."""
    h = hashlib.sha256()
    rows = 0
    for row in read_rows(db, table, names):
        h.update(_row_text(row).encode("utf-8"))
        h.update(b"\n")
        rows += 1
    return TableDigest(rows, h.hexdigest())


def _row_text(row: tuple[Any, ...]) -> str:
    return json.dumps([_plain(v) for v in row], ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": bytes(value).hex()}
    return value
