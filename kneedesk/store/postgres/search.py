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

    WALK_SCAN = 100
    """The walk reads at most this many name-index rows per row wanted before it gives up."""

    def page(self, query: str, limit: int, offset: int, include_archived: bool) -> list[Row]:
        """One page of matching patients' rows (COLUMNS), in name order.

        With no words, the name index is read from the offset. Otherwise the start of the
        name index is walked first, which is fastest when matches are many and spread
        through the alphabet; if that does not fill the page, every match is read through
        the trigram index and sorted. (Left to itself, the planner walks the whole name
        index for rare matches late in the alphabet: 80 ms at 100,000 patients.)
        """
        where, params = self._where(query, include_archived, narrow=False)
        window = [int(limit), int(offset)]
        if not params:
            rows: list[Row] = self.db.execute(
                f"SELECT {COLUMNS} FROM patients WHERE {where} ORDER BY sort_key, id "
                "LIMIT ? OFFSET ?",
                window,
            ).fetchall()
            return rows
        scan = (int(offset) + int(limit)) * self.WALK_SCAN
        archived = "" if include_archived else "WHERE archived = 0 "
        walked: list[Row] = self.db.execute(
            f"SELECT {COLUMNS} FROM (SELECT {COLUMNS}, sort_key, search_text FROM patients "
            f"{archived}ORDER BY sort_key, id LIMIT ?) AS patients WHERE {where} "
            "ORDER BY sort_key, id LIMIT ? OFFSET ?",
            [scan, *params, *window],
        ).fetchall()
        if len(walked) == limit:
            return walked
        where, params = self._where(query, include_archived)
        rows = self.db.execute(
            f"WITH matches AS MATERIALIZED (SELECT {COLUMNS}, sort_key FROM patients "
            f"WHERE {where}) SELECT {COLUMNS} FROM matches ORDER BY sort_key, id "
            "LIMIT ? OFFSET ?",
            [*params, *window],
        ).fetchall()
        return rows

    def count(self, query: str, include_archived: bool, stop_at: int | None) -> int:
        """How many patients match (at most `stop_at`, where counting stops)."""
        where, params = self._where(query, include_archived)
        if stop_at is None:
            sql = f"SELECT count(*) FROM patients WHERE {where}"
        elif not params:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM patients WHERE {where} LIMIT ?) AS m"
            params = [int(stop_at)]
        else:
            # Through the trigram index: a sequential scan stopping at `stop_at` reads the
            # whole table when matches are rare.
            sql = (
                f"WITH matches AS MATERIALIZED (SELECT 1 FROM patients WHERE {where}) "
                "SELECT count(*) FROM (SELECT 1 FROM matches LIMIT ?) AS m"
            )
            params = [*params, int(stop_at)]
        return int(self.db.execute(sql, params).fetchone()[0])

    @staticmethod
    def _where(query: str, include_archived: bool, *, narrow: bool = True) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters; `narrow` adds the spaceless-line test that
        lets the index find words of several tokens (not wanted where rows are walked)."""
        # Terms hold only folded letters, digits and spaces: nothing LIKE treats specially.
        clauses, params, narrowing, narrow_params = [], [], [], []
        for term in line_terms(query):
            clauses.append("search_text LIKE ?")
            params.append(f"%{term}%")
            compact = term.replace(" ", "")
            if narrow and " " in term.strip() and len(compact) >= 3:
                narrowing.append("replace(search_text, ' ', '') LIKE ?")
                narrow_params.append(f"%{compact}%")
        if not include_archived:
            clauses.append("archived = 0")
        where = " AND ".join(clauses) or "TRUE"
        if narrowing:
            # Only the rows holding the spaceless term, found through its own index, are
            # tested (OFFSET 0 keeps the planner from folding the two tests into one scan of
            # the line's index, where " kd" is in every row).
            where = (
                f"id IN (SELECT id FROM (SELECT id, search_text FROM patients WHERE "
                f"{' AND '.join(narrowing)} OFFSET 0) AS holding WHERE "
                f"{' AND '.join(c for c in clauses if c.startswith('search_text'))}) AND {where}"
            )
            params = [*narrow_params, *params[: len(line_terms(query))], *params]
        return where, params
