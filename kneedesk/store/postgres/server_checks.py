"""The full check of the clinic server's database, as `check_database` checks a file.

The records are checked as on a SQLite file (`kneedesk.store.checks.record_checks`): the
audit chain and its anchors, the log against the records, signatures and stored reports.
Someone with the owner role's rights (or the server's superuser) can go round the app; what
they change in the records is caught there, and a log cut short or stripped of its anchors
by this computer's record of the head it last saw (kept under the server's own name, see
`dialect.witness_path`). The file's structure has no counterpart; in its place the server's
schema is checked: every migration applied and every guard trigger in place, enabled,
calling KneeDesk's guard with KneeDesk's message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kneedesk.store.checks import CheckReport, record_checks
from kneedesk.store.dialect import witness_path
from kneedesk.store.errors import StoreError
from kneedesk.store.postgres import migrations
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.schema import GUARDS

# "CREATE TRIGGER name BEFORE ... ON table ... EXECUTE FUNCTION guard('message'[, 'arg'])"
_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) .*? ON (\w+) .*?EXECUTE FUNCTION (\w+)\((.*)\)\s*$", re.DOTALL
)
# pg_trigger.tgenabled: O fires (the default), A always; D is disabled, R replica only.
_FIRES = ("O", "A")


@dataclass(frozen=True)
class Guard:
    """One guard trigger as KneeDesk makes it."""

    name: str
    table: str
    function: str
    args: tuple[str, ...]
    when: str
    """The WHEN condition, normalised (`_normal`); empty for a trigger without one."""


def expected_guards() -> list[Guard]:
    """The guard triggers of the schema (`schema.GUARDS`)."""
    out = []
    for sql in GUARDS:
        found = _TRIGGER.search(" ".join(sql.split()))
        assert found is not None, sql
        name, table, function, args = found.groups()
        quoted = tuple(a.replace("''", "'") for a in re.findall(r"'((?:[^']|'')*)'", args))
        when = re.search(r"WHEN \((.*)\) EXECUTE FUNCTION", " ".join(sql.split()))
        out.append(Guard(name, table, function, quoted, _normal(when.group(1) if when else "")))
    return out


def _normal(condition: str) -> str:
    """A WHEN condition as written in `schema.py` or as PostgreSQL prints it, compared
    without case, spaces, parentheses or casts: "(old.status = 'signed'::text)"."""
    return re.sub(r"::[a-z ]+|[\s()]", "", condition.lower())


def check_server(db: PgDatabase) -> CheckReport:
    """Run every check on the clinic server's database; never changes records."""
    report = CheckReport(Path(db.label))
    try:
        schema_checks(db, report)
        record_checks(db, report, witness_path(db))
    except StoreError as exc:
        report.failed(exc.what)
        report.lines.append(f"         {exc.todo}")
    return report


def schema_checks(db: PgDatabase, report: CheckReport) -> None:
    """Migrations applied, and every guard trigger in place as KneeDesk made it."""
    applied = migrations.applied(db)
    waiting = [m.name for m in migrations.pending(db)]
    if waiting:
        report.failed(f"schema: not upgraded ({', '.join(waiting)} not applied)")
    else:
        report.passed(f"schema version {applied[-1] if applied else 'none'}")
    problems = guard_problems(db)
    for problem in problems[:40]:
        report.failed(f"the database schema was changed outside KneeDesk: {problem}")
    if not problems:
        report.passed("schema: every guard trigger in place and enabled")


def guard_problems(db: PgDatabase) -> list[str]:
    """One line for each guard trigger missing, disabled or changed."""
    rows = db.execute(
        "SELECT t.tgname, c.relname, t.tgenabled, p.proname, t.tgnargs, t.tgargs, "
        "pg_get_triggerdef(t.oid) FROM pg_trigger AS t "
        "JOIN pg_class AS c ON c.oid = t.tgrelid "
        "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
        "JOIN pg_proc AS p ON p.oid = t.tgfoid "
        "WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
    ).fetchall()
    found = {(str(r[0]), str(r[1])): r for r in rows}
    problems = []
    for guard in expected_guards():
        row = found.get((guard.name, guard.table))
        where = f"trigger '{guard.name}' on table '{guard.table}'"
        if row is None:
            problems.append(f"missing {where}")
            continue
        _, _, enabled, function, nargs, raw_args, definition = row
        args = tuple(a.decode("utf-8") for a in bytes(raw_args).split(b"\0")[: int(nargs)])
        when = re.search(r" WHEN \((.*)\) EXECUTE FUNCTION ", str(definition))
        if enabled not in _FIRES:
            problems.append(f"{where} is disabled")
        elif (function, args, _normal(when.group(1) if when else "")) != (
            guard.function,
            guard.args,
            guard.when,
        ):
            problems.append(f"{where} differs from KneeDesk's")
    return problems
