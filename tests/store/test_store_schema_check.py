"""The expected schema per migration level, and what `schema_problems` says about a changed one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from kneedesk.store.checks import check_database
from kneedesk.store.connection import bound_work
from kneedesk.store.db import SCHEMA_VERSION, close_db, open_db
from kneedesk.store.schema_check import expected_schema, normalise_sql, schema_problems

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "store-schema-v1.sqlite3"


def test_a_database_kneedesk_made_has_no_schema_problems(db: Database) -> None:
    assert schema_problems(db.conn) == []


def test_a_released_v1_file_matches_level_1_and_after_its_upgrade_the_current_level(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "v1.sqlite3"
    shutil.copyfile(FIXTURE_V1, copy)
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    assert schema_problems(conn) == []
    conn.close()
    db = open_db(copy)
    try:
        assert schema_problems(db.conn) == []
    finally:
        close_db(db)


def test_each_level_expects_what_its_migrations_made() -> None:
    level_4, level_5 = expected_schema(4), expected_schema(5)
    assert level_4.keys() == level_5.keys()
    assert level_4[("table", "visits")] != level_5[("table", "visits")]
    assert "draft_plan" in str(level_5[("table", "visits")][1])
    # Nothing applied: only the record of changes.
    assert {table for table, _ in expected_schema(0).values()} == {"_sqlite_migrations"}
    assert len(expected_schema(SCHEMA_VERSION)) > 40


def test_whitespace_is_normalised_but_never_inside_quotes() -> None:
    assert normalise_sql("CREATE  TABLE t (\n  a TEXT CHECK (a = 'x  y')\n)") == (
        "CREATE TABLE t ( a TEXT CHECK (a = 'x  y') )"
    )
    assert normalise_sql("CHECK (a = 'x  y')") != normalise_sql("CHECK (a = 'x y')")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            "CREATE TRIGGER t AFTER UPDATE ON answers BEGIN SELECT 1; END",
            "extra trigger 't' on table 'answers'",
        ),
        ("DROP INDEX visits_by_patient", "missing index 'visits_by_patient' on table 'visits'"),
        ("CREATE VIEW v AS SELECT 1", "extra view 'v'"),
        (
            "UPDATE _sqlite_migrations SET name = 'm003_family_head_search' "
            "WHERE name = 'm002_patient_search_text'",
            "its record of changes (m001_initial, m003_family_head_search, m003_family_head_search",
        ),
    ],
)
def test_each_change_is_named(db_path: Path, change: str, problem: str) -> None:
    close_db(open_db(db_path))
    conn = sqlite3.connect(db_path)
    if change.startswith("UPDATE _sqlite"):
        conn.execute("DROP INDEX idx__sqlite_migrations_migration_set_name")
    conn.execute(change)
    conn.commit()
    problems = schema_problems(conn)
    conn.close()
    assert any(p.startswith(problem) for p in problems), problems


def test_a_trigger_rewritten_under_its_own_name_is_reported(db_path: Path) -> None:
    close_db(open_db(db_path))
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END"
    )
    conn.commit()
    conn.close()
    report = check_database(db_path)
    assert not report.ok
    assert report.problems == [
        "the database schema was changed outside KneeDesk: trigger 'audit_log_no_delete' on "
        f"table 'audit_log' differs from KneeDesk's at migration level {SCHEMA_VERSION}"
    ]


def test_bounded_work_stops_a_query_that_would_run_for_ever() -> None:
    conn = sqlite3.connect(":memory:")
    left = bound_work(conn, 1)
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
        ).fetchall()
    assert left[0] < 0
    conn.close()
