"""Search as you type on the clinic server: the same matches, in the same order, as SQLite's.

A typed word matches a patient when its tokens, the last one as a prefix, appear in a row
in one of the patient's searchable fields. Each patient's `search_text` holds every field's
folded tokens on one line (`kneedesk.store.search_text.search_line`, folded in Python on
both engines, so "Łukasiewicz" and "lukasiewicz" meet in the same way), and a word matches
when its `line_terms` text is part of that line: the same test SQLite's full-text phrase
query makes. A trigram index (pg_trgm) finds the rows holding each term; names typed with
accents are folded before they reach the query.
"""

from __future__ import annotations

from typing import Any

from kneedesk.store.patient_search import COLUMNS
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.search_text import line_terms

Row = tuple[Any, ...]


class PgPatientFinder:
    """Pages and counts of the patients matching a search, from the trigram index."""

    def __init__(self, db: PgDatabase) -> None:
        self.db = db

    def page(self, query: str, limit: int, offset: int, include_archived: bool) -> list[Row]:
        """One page of matching patients' rows (COLUMNS), in name order."""
        where, params = self._where(query, include_archived)
        rows: list[Row] = self.db.execute(
            f"SELECT {COLUMNS} FROM patients WHERE {where} ORDER BY sort_key, id LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        ).fetchall()
        return rows

    def count(self, query: str, include_archived: bool, stop_at: int | None) -> int:
        """How many patients match (at most `stop_at`, where counting stops)."""
        where, params = self._where(query, include_archived)
        if stop_at is None:
            sql = f"SELECT count(*) FROM patients WHERE {where}"
        else:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM patients WHERE {where} LIMIT ?) AS m"
            params = [*params, int(stop_at)]
        return int(self.db.execute(sql, params).fetchone()[0])

    @staticmethod
    def _where(query: str, include_archived: bool) -> tuple[str, list[Any]]:
        # Terms hold only folded letters, digits and spaces: nothing LIKE treats specially.
        terms = line_terms(query)
        clauses = ["search_text LIKE ?" for _ in terms]
        if not include_archived:
            clauses.append("archived = 0")
        return " AND ".join(clauses) or "TRUE", [f"%{t}%" for t in terms]
