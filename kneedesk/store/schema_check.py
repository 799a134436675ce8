"""The exact schema KneeDesk makes at each migration level, and what differs from it in a file.

SQLite runs whatever a file's schema holds: a trigger added to a backup fires inside the
clinic's database once the backup is restored, a view is expanded when a later migration
re-checks the schema, and an expression index or CHECK constraint is evaluated for every row
by the integrity check. So a file KneeDesk reads as its own (a backup to restore, the clinic's
database under `kneedesk check`) must hold exactly the tables, indexes, triggers and views
KneeDesk made at the migration level the file records, each with KneeDesk's own SQL.

The expected schema is not written out by hand: it is built by running the real migrations up
to that level on an empty in-memory database and reading its `sqlite_master`, once per level.
Reading a file's `sqlite_master` parses its schema but runs none of it.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from sqlite_utils import Database

from kneedesk.store.migrations import MIGRATIONS, KneeDeskMigrations

# (type, name) -> (table, SQL with its whitespace normalised); SQL is None for the indexes
# SQLite makes itself for PRIMARY KEY and UNIQUE constraints.
Schema = dict[tuple[str, str], tuple[str, str | None]]

_SCHEMA_QUERY = "SELECT type, name, tbl_name, sql FROM sqlite_master"


def normalise_sql(sql: str | None) -> str | None:
    """SQL text with each run of whitespace outside quotes made one space, ends trimmed.

    Text inside '...', "...", `...` and [...] is kept exactly: a changed string literal in a
    CHECK constraint is a changed constraint.
    """
    if sql is None:
        return None
    out: list[str] = []
    closing = {"'": "'", '"': '"', "`": "`", "[": "]"}
    quote: str | None = None
    pending_space = False
    for char in sql:
        if quote is not None:
            out.append(char)
            if char == quote:
                quote = None
            continue
        if char.isspace():
            pending_space = True
            continue
        if pending_space and out:
            out.append(" ")
        pending_space = False
        out.append(char)
        if char in closing:
            quote = closing[char]
    return "".join(out)


def expected_schema(level: int, migrations: KneeDeskMigrations = MIGRATIONS) -> Schema:
    """The schema KneeDesk's migrations make when the first `level` of them are applied."""
    return dict(_built_schema(migrations, level))


@cache
def _built_schema(
    migrations: KneeDeskMigrations, level: int
) -> tuple[tuple[tuple[str, str], tuple[str, str | None]], ...]:
    names = migrations.names()
    if not 0 <= level <= len(names):
        raise ValueError(f"no migration level {level} in {migrations.name}")
    conn = sqlite3.connect(":memory:")
    try:
        db = Database(conn, execute_plugins=False)
        migrations.apply(db, stop_before=names[level] if level < len(names) else None)
        return tuple(sorted(_read(conn).items()))
    finally:
        conn.close()


def _read(conn: sqlite3.Connection) -> Schema:
    schema: Schema = {}
    for kind, name, table, sql in conn.execute(_SCHEMA_QUERY).fetchall():
        schema[(str(kind), str(name))] = (str(table), normalise_sql(sql))
    return schema


def recorded_migrations(
    conn: sqlite3.Connection, migrations: KneeDeskMigrations = MIGRATIONS
) -> list[str] | None:
    """The migrations a file records as applied, in order; None if it has no intact record.

    The record table is read only when its definition is exactly KneeDesk's, so a view or a
    changed table under that name is never run.
    """
    table = migrations.migrations_table
    rows = conn.execute(f"{_SCHEMA_QUERY} WHERE name = ?", (table,)).fetchall()
    expected = expected_schema(len(migrations.names()), migrations).get(("table", table))
    if len(rows) != 1 or expected is None:
        return None
    kind, _, owner, sql = rows[0]
    if (kind, (owner, normalise_sql(sql))) != ("table", expected):
        return None
    return [
        str(name)
        for (name,) in conn.execute(
            f"SELECT name FROM [{table}] WHERE migration_set = ? ORDER BY rowid",
            (migrations.name,),
        ).fetchall()
    ]


def schema_problems(
    conn: sqlite3.Connection, migrations: KneeDeskMigrations = MIGRATIONS
) -> list[str]:
    """Each way the file's schema differs from KneeDesk's at its migration level, in plain words.

    Empty when the file holds exactly what KneeDesk made. Only `sqlite_master` and the record
    of applied migrations are read; nothing in the file's schema is run.
    """
    problems: list[str] = []
    (encoding,) = conn.execute("PRAGMA encoding").fetchone()
    if str(encoding).upper() != "UTF-8":
        problems.append(f"its text is stored as {encoding}, KneeDesk stores UTF-8")
    names = migrations.names()
    applied = recorded_migrations(conn, migrations)
    if applied is None:
        problems.append(
            f"its record of changes ({migrations.migrations_table}) is missing or altered"
        )
        applied = []
    elif applied != list(names[: len(applied)]):
        problems.append(
            f"its record of changes ({', '.join(applied) or 'empty'}) is not one KneeDesk "
            "makes (KneeDesk applies its changes in order, each once)"
        )
    level = len(applied) if applied == list(names[: len(applied)]) else len(names)
    rows = conn.execute(_SCHEMA_QUERY).fetchall()
    actual = _read(conn)
    if len(rows) != len(actual):
        problems.append("its schema lists the same name more than once")
    expected = expected_schema(level, migrations)
    for key in sorted(actual.keys() - expected.keys()):
        problems.append(f"extra {_describe(key, actual[key][0])}")
    for key in sorted(expected.keys() - actual.keys()):
        problems.append(f"missing {_describe(key, expected[key][0])}")
    for key in sorted(actual.keys() & expected.keys()):
        if actual[key] != expected[key]:
            problems.append(
                f"{_describe(key, actual[key][0])} differs from KneeDesk's at migration level "
                f"{level}"
            )
    return problems


def _describe(key: tuple[str, str], table: str) -> str:
    kind, name = key
    if kind in ("index", "trigger") and table:
        return f"{kind} '{name}' on table '{table}'"
    return f"{kind} '{name}'"
