"""Schema step pg003: the server's checks on values made as strict as the SQLite file's.

pg001 checked a date's shape and a JSON number's outline only. SQLite's CHECKs refuse a
date that is not on the calendar (2026-02-30), and its STRICT tables a blob or bit string
in a text column, which PostgreSQL would store as its text ("00110001", a number's
outline). This step puts the same refusals on the server, on the same columns.
"""

from __future__ import annotations

ISO_DATE_FUNCTION = """
CREATE FUNCTION kneedesk_iso_date(value TEXT) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    IF value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RETURN false;
    END IF;
    RETURN to_char(make_date(
        substr(value, 1, 4)::int, substr(value, 6, 2)::int, substr(value, 9, 2)::int
    ), 'YYYY-MM-DD') = value;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
    RETURN false;
END $$
"""
"""A real calendar date as ISO text, as SQLite's `date(value, '+0 days') IS value`."""

# A JSON text's outline (a string, array, object or literal) or a number as JSON writes it.
_JSON = (
    '{col} ~ \'^(".*"|\\[.*\\]|\\{{.*\\}}|true|false|null'
    "|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?)$'"
)

CHECKS: dict[tuple[str, str], str] = {
    ("patients", "birth_date"): "birth_date IS NULL OR kneedesk_iso_date(birth_date)",
    ("visits", "visit_date"): "kneedesk_iso_date(visit_date)",
    ("settings", "value"): _JSON.format(col="value"),
    ("answers", "value"): f"value IS NULL OR ({_JSON.format(col='value')})",
    ("signed_findings", "findings"): _JSON.format(col="findings"),
    ("signed_findings", "plan"): _JSON.format(col="plan"),
    ("audit_log", "detail"): _JSON.format(col="detail"),
}
"""The new CHECK of each (table, column), replacing pg001's `<table>_<column>_check`."""


def statements() -> list[str]:
    """The step, in the order to run it (inside the `kneedesk` schema)."""
    out = [ISO_DATE_FUNCTION]
    for (table, column), check in CHECKS.items():
        name = f"{table}_{column}_check"
        out.append(
            f"ALTER TABLE {table} DROP CONSTRAINT {name}, ADD CONSTRAINT {name} CHECK ({check})"
        )
    return out
