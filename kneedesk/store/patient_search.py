"""Search as you type over the patients: the query that answers each search fastest.

A typed word matches a patient when its tokens, the last one as a prefix, appear in a row
in one of the searchable fields (see `search_text`). Few matches are read from the full-text
index and sorted by name. Thousands (a letter or two, or a chart prefix every chart shares)
would each be looked up and sorted for one page of 50, so then:

1. if most of them are patients whose family name starts with a typed word, that run of the
   name index is read in order and merged with the few others, which are sorted;
2. if not, the name index, which holds each patient's search tokens, is walked from the
   start until the page is full;
3. if matches are too rare near the start for that, they are sorted after all.

Each way returns exactly the same patients in the same order; only the time differs.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from kneedesk.store.search_text import head_token, line_terms, match_expression

COLUMNS = (
    "id, uid, chart_number, given_name, family_name, birth_date, sex, archived, "
    "created_at, updated_at, handout_language"
)
"""The patient columns every search returns, in this order."""

Row = tuple[Any, ...]


class PatientFinder:
    """Pages and counts of the patients matching a search, read the fastest way."""

    WALK_FROM = 1000
    """A search with at least this many matches is not answered by sorting them all."""
    WALK_SCAN = 100
    """The walk reads at most this many index rows per row wanted before it gives up."""
    REST_MAX = 1000
    """Matches outside the family-head run that are still few enough to sort."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def page(self, query: str, limit: int, offset: int, include_archived: bool) -> list[Row]:
        """One page of matching patients' rows (COLUMNS), in name order."""
        if self._many_matches(query):
            found = self._by_family_head(query, limit, offset, include_archived)
            if found is None:
                found = self._walk(query, limit, offset, include_archived)
            if found is not None:
                return found
        sql, params = self._search_sql(query, include_archived, count=False)
        rows: list[Row] = self.db.execute(sql, [*params, limit, offset]).fetchall()
        return rows

    def count(self, query: str, include_archived: bool, stop_at: int | None) -> int:
        """How many patients match (at most `stop_at`, where counting stops)."""
        sql, params = self._search_sql(query, include_archived, count=True)
        if stop_at is not None:
            rows, _ = self._search_sql(query, include_archived, count=False, columns="1")
            sql = f"SELECT count(*) FROM ({rows} LIMIT ?)"
            params = [*params, int(stop_at)]
        return int(self.db.execute(sql, params).fetchone()[0])

    def _search_sql(
        self, query: str, include_archived: bool, *, count: bool, columns: str | None = None
    ) -> tuple[str, list[Any]]:
        """SQL through the full-text index (or the name index for an empty query)."""
        if count:
            what = "count(*)"
        else:
            what = columns or ", ".join(f"p.{c.strip()}" for c in COLUMNS.split(","))
        tail = "" if count or columns else " ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?"
        archived = "" if include_archived else " AND p.archived = 0"
        expression = match_expression(query)
        if expression is None:
            return f"SELECT {what} FROM patients p WHERE 1{archived}{tail}", []
        return (
            f"SELECT {what} FROM patients_fts JOIN patients p ON p.id = patients_fts.rowid "
            f"WHERE patients_fts MATCH ?{archived}{tail}",
            [expression],
        )

    def _walk_sql(self, query: str, include_archived: bool) -> tuple[str, list[Any]]:
        """SQL reading the first rows of the name index (a number given last), in name order,
        and keeping those whose search tokens hold every typed word.

        Parameters: the words, the rows to read, then LIMIT and OFFSET.
        """
        terms = line_terms(query)
        archived = " WHERE archived = 0" if not include_archived else ""
        words = " AND ".join("instr(search_text, ?) > 0" for _ in terms) or "1"
        return (
            "SELECT id, sort_key FROM (SELECT id, sort_key, search_text FROM patients "
            f"INDEXED BY patients_by_name{archived} ORDER BY sort_key, id LIMIT ?) "
            f"WHERE {words} LIMIT ? OFFSET ?",
            terms,
        )

    def _walk(
        self, query: str, limit: int, offset: int, include_archived: bool
    ) -> list[Row] | None:
        """The page found by walking the name index, or None if the matches are too rare.

        If the first rows of the list hold a full page of matches after `offset` others, those
        are the page; fewer means the walk cannot tell, and the caller sorts instead.
        """
        sql, terms = self._walk_sql(query, include_archived)
        scan = (int(offset) + int(limit)) * self.WALK_SCAN
        found = self.db.execute(sql, [scan, *terms, int(limit), int(offset)]).fetchall()
        # The subquery yields rows in index order; check it rather than rely on it.
        if len(found) < limit or found != sorted(found, key=lambda r: (r[1], r[0])):
            return None
        return self._in_order([row[0] for row in found])

    def _by_family_head(
        self, query: str, limit: int, offset: int, include_archived: bool
    ) -> list[Row] | None:
        """The page as the run of patients whose family name starts with a typed word, merged
        with the other matches; None if there are REST_MAX others or more (or no such word).

        Patients whose family head starts with token t are exactly those whose sort key
        starts with t: one run of the name index, read in order. The rest are few enough to
        sort. Both parts are exact, so the page is too, however short.
        """
        head, expression = head_token(query), match_expression(query)
        if head is None or expression is None:
            return None
        rest = f'({expression}) NOT family_head : "{head}"*'
        (others,) = self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM patients_fts WHERE patients_fts MATCH ? LIMIT ?)",
            [rest, self.REST_MAX],
        ).fetchone()
        if others >= self.REST_MAX:
            return None
        want = int(offset) + int(limit)
        archived = "" if include_archived else " AND p.archived = 0"
        rows = self.db.execute(
            "SELECT p.id, p.sort_key FROM patients_fts JOIN patients p "
            f"ON p.id = patients_fts.rowid WHERE patients_fts MATCH ?{archived} "
            "ORDER BY p.sort_key, p.id LIMIT ?",
            [rest, want],
        ).fetchall()
        sql, params = self._head_run_sql(query, head, include_archived)
        rows += self.db.execute(sql, [*params, want]).fetchall()
        page = sorted(set(rows), key=lambda r: (r[1], r[0]))[int(offset) : want]
        return self._in_order([row[0] for row in page])

    def _head_run_sql(self, query: str, head: str, include_archived: bool) -> tuple[str, list[Any]]:
        """SQL reading, in name order, the run of the name index whose sort keys start with
        `head`, keeping rows that hold every typed word (LIMIT given last)."""
        terms = line_terms(query)
        archived = "" if include_archived else " AND archived = 0"
        words = "".join(" AND instr(search_text, ?) > 0" for _ in terms)
        return (
            "SELECT id, sort_key FROM patients INDEXED BY patients_by_name "
            f"WHERE sort_key >= ? AND sort_key < ?{archived}{words} "
            "ORDER BY sort_key, id LIMIT ?",
            [head, head + "\U0010ffff", *terms],
        )

    def _in_order(self, ids: list[int]) -> list[Row]:
        """The rows of the patients with these ids, in the order given."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self.db.execute(
            f"SELECT {COLUMNS} FROM patients WHERE id IN ({marks})", ids
        ).fetchall()
        by_id = {row[0]: row for row in rows}
        return [by_id[pid] for pid in ids]

    def _many_matches(self, query: str) -> bool:
        """True if the full-text index has at least WALK_FROM matches (archived or not)."""
        expression = match_expression(query)
        if expression is None:
            return False
        row = self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM patients_fts WHERE patients_fts MATCH ? LIMIT ?)",
            [expression, self.WALK_FROM],
        ).fetchone()
        return int(row[0]) >= self.WALK_FROM
