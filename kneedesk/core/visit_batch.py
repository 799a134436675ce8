"""Checking a file of visit documents as a whole, the way the clinic database will see them.

Each document is checked by `parse_visit_doc`; across documents, one chart number must name
one patient, because the store matches patients by chart number (ignoring ASCII case).
`kneedesk import` and the store's import both use this, so they refuse the same files with
the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kneedesk.core.text_checks import clip
from kneedesk.core.visit_doc import PatientInfo, VisitDoc, VisitDocError, parse_visit_doc

MAX_PROBLEMS = 50  # lines shown for one file; the rest are counted


def chart_key(chart_number: str) -> str:
    """A chart number as the store compares it: trimmed, ASCII letters in any case the same.

    SQLite's NOCASE collation folds only A-Z, so only those are folded here.
    """
    return "".join(c.lower() if c.isascii() else c for c in chart_number.strip())


def same_patient(a: PatientInfo, b: PatientInfo) -> bool:
    """Whether two documents' patients are the same person as the store decides it."""
    return (a.given_name, a.family_name, a.birth_date) == (
        b.given_name,
        b.family_name,
        b.birth_date,
    )


def describe_patient(info: PatientInfo) -> str:
    """ "Family, Given born YYYY-MM-DD", bounded for a message line."""
    return f"{clip(info.family_name, 40)}, {clip(info.given_name, 40)} born {info.birth_date}"


def check_documents(documents: Sequence[Any]) -> tuple[list[VisitDoc], list[str]]:
    """Every document checked; problems as "document N: item: message" lines (N from 1)."""
    parsed: list[VisitDoc] = []
    problems: list[str] = []
    first_seen: dict[str, tuple[int, PatientInfo]] = {}
    for n, document in enumerate(documents, start=1):
        try:
            doc = parse_visit_doc(document)
        except VisitDocError as exc:
            problems.extend(f"document {n}: {p}" for p in exc.problems)
            continue
        parsed.append(doc)
        key = chart_key(doc.patient.id)
        earlier = first_seen.setdefault(key, (n, doc.patient))
        if not same_patient(earlier[1], doc.patient):
            problems.append(
                f"document {n}: patient.id: chart number {clip(doc.patient.id, 40)} is "
                f"{describe_patient(earlier[1])} in document {earlier[0]} but "
                f"{describe_patient(doc.patient)} here; one chart number is one patient"
            )
    return parsed, problems


def bounded(lines: Sequence[str], limit: int = MAX_PROBLEMS) -> list[str]:
    """At most `limit` lines, then one line counting the ones left out."""
    if len(lines) <= limit:
        return list(lines)
    return [*lines[:limit], f"... and {len(lines) - limit} more problem(s)"]
