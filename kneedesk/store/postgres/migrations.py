"""Versioned schema migrations on PostgreSQL, applied by the owner role, one transaction each.

A released migration is never edited: changes go in a new `pgNNN_` step. PostgreSQL's DDL is
transactional, so a step is all applied or not at all; an advisory lock keeps two
workstations (or an upgrade and a workstation) from applying the same step twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kneedesk.store.canonical import timestamp, utc_now
from kneedesk.store.errors import DatabaseTooNewError
from kneedesk.store.postgres import change_notices, data_checks, guard_locks
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.schema import initial_statements

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY CHECK (name ~ '^pg[0-9]{3}_[a-z0-9_]+$'),
    applied_at TEXT NOT NULL
)
"""

# pg_advisory_xact_lock key for schema changes ("KDmigr" in ASCII).
_MIGRATION_LOCK = 0x4B446D696772


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[PgDatabase], None]


def pg001_initial(db: PgDatabase) -> None:
    """The schema as the SQLite file has it after its migrations m001 to m008."""
    for statement in initial_statements():
        db.execute(statement)


def pg002_guard_locks(db: PgDatabase) -> None:
    """Guards that read the clinic's own visits and lock the visit they guard."""
    for statement in guard_locks.FUNCTIONS:
        db.execute(statement)


def pg003_data_checks(db: PgDatabase) -> None:
    """Real calendar dates and JSON numbers, refused otherwise as the SQLite file refuses."""
    for statement in data_checks.statements():
        db.execute(statement)


# The same columns as the SQLite file's migration m009 (`kneedesk.store.migrations`).
_FIELD_VERSIONS = (
    "ALTER TABLE visits ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0)",
    "ALTER TABLE answers ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)",
    "ALTER TABLE answers ADD COLUMN updated_by BIGINT REFERENCES clinicians (id)",
    "ALTER TABLE patients ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)",
)


def pg004_field_versions(db: PgDatabase) -> None:
    """A draft's revision, each answer's version and writer, each patient's version: a save
    based on what another workstation has since changed is refused."""
    for statement in _FIELD_VERSIONS:
        db.execute(statement)


def pg005_change_notices(db: PgDatabase) -> None:
    """Changes announced to the other workstations, and who has which draft open."""
    for statement in change_notices.STATEMENTS:
        db.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    Migration("pg001_initial", pg001_initial),
    Migration("pg002_guard_locks", pg002_guard_locks),
    Migration("pg003_data_checks", pg003_data_checks),
    Migration("pg004_field_versions", pg004_field_versions),
    Migration("pg005_change_notices", pg005_change_notices),
)


def names() -> tuple[str, ...]:
    """Every migration this version knows, in the order they apply."""
    return tuple(m.name for m in MIGRATIONS)


def applied(db: PgDatabase) -> list[str]:
    """The migrations recorded in the database (empty for a database never set up)."""
    exists = db.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return []
    return [str(r[0]) for r in db.execute("SELECT name FROM schema_migrations ORDER BY name")]


def pending(db: PgDatabase) -> list[Migration]:
    """The migrations this version knows that the database has not had yet."""
    done = set(applied(db))
    return [m for m in MIGRATIONS if m.name not in done]


def unknown(db: PgDatabase) -> list[str]:
    """Migrations in the database that this version does not know (a newer KneeDesk's)."""
    known = set(names())
    return [name for name in applied(db) if name not in known]


def lock(db: PgDatabase) -> None:
    """Take the migration lock until the current transaction ends (schema changes, grants:
    two of them at once fail with "tuple concurrently updated" in PostgreSQL)."""
    db.execute("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])


def apply(db: PgDatabase, upto: str | None = None) -> list[str]:
    """Apply the pending migrations (up to and including `upto`); returns the names applied.

    Each runs in its own transaction under the migration lock, and is skipped when another
    upgrade applied it meanwhile; a newer KneeDesk's migration found then stops the upgrade.
    """
    done: list[str] = []
    with db.atomic():
        lock(db)
        db.execute(MIGRATIONS_TABLE)
    for migration in MIGRATIONS:
        with db.atomic():
            lock(db)
            newer = unknown(db)
            if newer:
                raise DatabaseTooNewError(
                    f"The clinic database ({db.label}) was upgraded by a newer version of "
                    f"KneeDesk ({', '.join(newer)}) while this one was upgrading it.",
                    "Use that newer version's 'kneedesk server upgrade'. Nothing more was changed.",
                )
            seen = db.execute(
                "SELECT 1 FROM schema_migrations WHERE name = ?", [migration.name]
            ).fetchone()
            if seen is None:
                migration.apply(db)
                db.execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                    [migration.name, timestamp(utc_now())],
                )
                done.append(migration.name)
        if migration.name == upto:
            break
    return done
