"""The plan a visit is signed with, as stored: the plan rows and the next visit.

The plan editor's rows are ``[{"id": "wall_sit", "dose": "3 x 45 s", "note": ""}, ...]``.
Visits signed before the next visit was recorded hold those rows as a bare list; newer
signatures hold ``{"items": [rows], "review": "in 3 weeks"}``, and since the exercise
library's edition 2 also ``"library": 2``, the library text the plan prints with (plans
without it print edition 1). All are read here, so every signed visit keeps printing, and
the stored text (and with it the visit's digest) is never rewritten.

Before signing, a draft keeps the plan as the clinician left it (`DraftPlan`, stored as
``{"items": [rows], "edited": true}``), so edits on the summary page survive closing the visit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kneedesk.core.exercises import LIBRARY_EDITION
from kneedesk.core.i18n import N_, _
from kneedesk.core.plan import PLAN_ITEMS

REVIEW_MAX_LENGTH = 120
"""The longest next-visit text a draft or a signature keeps (the database checks it too)."""

REVIEW_CHOICES: tuple[str, ...] = (
    N_("in 1 week"),
    N_("in 2 weeks"),
    N_("in 3 weeks"),
    N_("in 4 weeks"),
    N_("in 6 weeks"),
    N_("when needed"),
)
"""The usual next visits offered on the summary page; any other text can be typed.
Marked for translation: show each as `_(choice)` (what is typed or chosen is stored as is)."""

PLAN_DOSE_MAX_LENGTH = 200
"""The longest dose a plan row keeps ("3 x 15 each side, daily")."""

PLAN_NOTE_MAX_LENGTH = 500
"""The longest note a plan row keeps."""

PLAN_ROW_KEYS: tuple[str, ...] = ("id", "dose", "note")


FIRST_LIBRARY_EDITION = 1
"""The library edition of plans signed before plans named theirs."""


def sealed_plan(
    rows: Sequence[Mapping[str, str]], review: str, library: int | None = None
) -> dict[str, Any]:
    """The plan to store when a visit is signed: its rows, the next visit and the library
    edition its text prints from (the current one unless given)."""
    if library is None:
        library = LIBRARY_EDITION
    return {"items": [dict(row) for row in rows], "review": review.strip(), "library": library}


def plan_library(stored: Any) -> int:
    """The library edition a stored plan prints from: 1 for plans signed without one."""
    if isinstance(stored, Mapping):
        edition = stored.get("library")
        if isinstance(edition, int) and not isinstance(edition, bool):
            return edition
    return FIRST_LIBRARY_EDITION


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


@dataclass(frozen=True)
class DraftPlan:
    """A draft's plan as the clinician left it on the summary page.

    `edited` True: the clinician's own plan, shown exactly as saved; findings no longer change
    it. False: the plan follows the findings again ("Reset to suggested"), and `items` keep
    the doses and notes typed for the items still suggested.
    """

    items: tuple[dict[str, str], ...]
    edited: bool

    def to_json(self) -> dict[str, Any]:
        """The stored form: ``{"items": [rows], "edited": bool}``."""
        return {"items": [dict(row) for row in self.items], "edited": self.edited}


def plan_row_problems(rows: Any) -> list[str]:
    """What makes these rows something other than plan-editor rows (empty when they are).

    Rows are ``{"id", "dose", "note"}`` with string values, ids from the plan vocabulary and
    each id at most once. Text lengths are checked by `plan_text_problems`.
    """
    if not isinstance(rows, Sequence) or isinstance(rows, str | bytes):
        return ["the plan is not a list of rows"]
    problems: list[str] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, 1):
        if not isinstance(row, Mapping) or set(row) != set(PLAN_ROW_KEYS):
            problems.append(f"plan row {n}: is not {{id, dose, note}}")
            continue
        if not all(isinstance(row[key], str) for key in PLAN_ROW_KEYS):
            problems.append(f"plan row {n}: id, dose and note must be text")
            continue
        item_id = row["id"]
        if item_id not in PLAN_ITEMS:
            problems.append(f"plan row {n}: {item_id[:40]!r} is not a plan item")
        elif item_id in seen:
            problems.append(f"plan row {n}: {PLAN_ITEMS[item_id].title} is in the plan twice")
        seen.add(item_id)
    return problems


def plan_text_problems(rows: Sequence[Mapping[str, str]]) -> list[str]:
    """Doses and notes longer than a plan row keeps (rows already of the right shape)."""
    problems: list[str] = []
    for row in rows:
        item = PLAN_ITEMS.get(row["id"])
        title = item.title if item else row["id"]
        for key, limit in (("dose", PLAN_DOSE_MAX_LENGTH), ("note", PLAN_NOTE_MAX_LENGTH)):
            if len(row[key]) > limit:
                message = (
                    _("{title}: the dose is longer than {limit} characters")
                    if key == "dose"
                    else _("{title}: the note is longer than {limit} characters")
                )
                problems.append(message.format(title=title, limit=limit))
    return problems


def read_draft_plan(stored: Any) -> DraftPlan | None:
    """A stored draft plan, or None when the value has another shape.

    Rows that are not plan-editor rows (an item a later version no longer has, say) and
    repeats of an item are left out rather than losing the rest.
    """
    if not isinstance(stored, Mapping):
        return None
    items, edited = stored.get("items"), stored.get("edited")
    if not isinstance(items, list) or not isinstance(edited, bool):
        return None
    rows: list[dict[str, str]] = []
    for row in items:
        if not plan_row_problems([row]) and row["id"] not in {r["id"] for r in rows}:
            rows.append({key: row[key] for key in PLAN_ROW_KEYS})
    return DraftPlan(tuple(rows), edited)
