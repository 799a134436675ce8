"""The plan a visit is signed with, as stored: the plan rows and the next visit.

The plan editor's rows are ``[{"id": "wall_sit", "dose": "3 x 45 s", "note": ""}, ...]``.
Visits signed before the next visit was recorded hold those rows as a bare list; newer
signatures hold ``{"items": [rows], "review": "in 3 weeks"}``. Both are read here, so every
signed visit keeps printing, and the stored text (and with it the visit's digest) is never
rewritten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

REVIEW_MAX_LENGTH = 120
"""The longest next-visit text a draft or a signature keeps (the database checks it too)."""

REVIEW_CHOICES: tuple[str, ...] = (
    "in 1 week",
    "in 2 weeks",
    "in 3 weeks",
    "in 4 weeks",
    "in 6 weeks",
    "when needed",
)
"""The usual next visits offered on the summary page; any other text can be typed."""


def sealed_plan(rows: Sequence[Mapping[str, str]], review: str) -> dict[str, Any]:
    """The plan to store when a visit is signed: its rows and the next visit."""
    return {"items": [dict(row) for row in rows], "review": review.strip()}


def plan_rows(stored: Any) -> list[Any] | None:
    """The rows of a stored plan in either format, or None when it has neither shape."""
    if isinstance(stored, list):
        return stored
    if isinstance(stored, Mapping) and isinstance(stored.get("items"), list):
        return list(stored["items"])
    return None


def plan_review(stored: Any) -> str:
    """The next visit sealed with a plan; "" for plans signed without one."""
    if isinstance(stored, Mapping):
        review = stored.get("review")
        if isinstance(review, str):
            return review.strip()
    return ""
