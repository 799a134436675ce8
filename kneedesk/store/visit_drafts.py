"""A draft's summary page saved as it is typed: the next visit and the edited plan.

Each save is its own transaction with an audit row holding the value before and after, so
nothing typed is lost; a signed visit refuses both (its plan and next visit are sealed with
the signature, see `signing`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kneedesk.core.i18n import _
from kneedesk.core.plan_record import (
    REVIEW_MAX_LENGTH,
    DraftPlan,
    plan_row_problems,
    plan_text_problems,
    read_draft_plan,
)
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, json_value, timestamp, utc_now
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import InvalidValueError, NotFoundError, translated
from kneedesk.store.visit_rows import get_visit, refuse_signed

log = logging.getLogger(__name__)


class DraftSummary:
    """The next visit and the edited plan of draft visits."""

    def __init__(self, db: StoreDatabase, audit: AuditLog, *, clock: Clock = utc_now) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    def review(self, visit_id: int) -> str:
        """The next visit typed on the visit's summary ("in 3 weeks"); "" when none."""
        return self._column(visit_id, "review") or ""

    def save_review(self, visit_id: int, text: str) -> None:
        """Save a draft's next visit; "" clears it."""
        review = text.strip()
        if len(review) > REVIEW_MAX_LENGTH:
            raise InvalidValueError(
                _("The next visit is longer than {n} characters.").format(n=REVIEW_MAX_LENGTH),
                _("Shorten it."),
            )
        self._save(
            visit_id, "review", review, review, what="next visit", field="review", shown=_text
        )

    def draft_plan(self, visit_id: int) -> DraftPlan | None:
        """The plan as edited on a draft's summary page; None while it was never edited."""
        stored_text = self._column(visit_id, "draft_plan")
        if stored_text is None:
            return None
        try:
            stored = json.loads(stored_text)
        except ValueError:
            stored = None
        plan = read_draft_plan(stored)
        if plan is None:
            log.warning(
                "Visit %s: its saved plan cannot be read; showing the suggested one.", visit_id
            )
        return plan

    def save_draft_plan(
        self, visit_id: int, rows: Sequence[Mapping[str, str]], *, edited: bool = True
    ) -> None:
        """Save a draft's plan: the editor's rows in order, and whether it was edited.

        `edited` False records that the plan follows the findings again ("Reset to
        suggested"), keeping the doses and notes in `rows`.
        """
        problems = plan_row_problems(rows)
        if not isinstance(edited, bool):
            problems.append("whether the plan was edited is not true or false")
        if problems:
            raise InvalidValueError(
                "The plan cannot be saved: " + "; ".join(problems) + ".",
                "This is a bug in the screen that sent it; the plan was not saved.",
            )
        too_long = plan_text_problems(rows)
        if too_long:
            raise InvalidValueError(
                "; ".join(too_long) + ".", "Shorten it; the change to the plan was not saved."
            )
        plan = DraftPlan(tuple(dict(row) for row in rows), edited).to_json()
        self._save(
            visit_id,
            "draft_plan",
            json_value(plan),
            plan,
            what="plan",
            field="plan",
            shown=_stored_json,
        )

    def _column(self, visit_id: int, column: str) -> str | None:
        row = self.db.execute(f"SELECT {column} FROM visits WHERE id = ?", [visit_id]).fetchone()
        if row is None:
            raise NotFoundError(_("There is no visit with id {id}.").format(id=visit_id))
        return None if row[0] is None else str(row[0])

    def _save(
        self,
        visit_id: int,
        column: str,
        text: str,
        after: Any,
        *,
        what: str,
        field: str,
        shown: Callable[[str | None], Any],
    ) -> None:
        """Write `text` into a draft's `column` unless unchanged, with its audit row.

        The audit row names `field` and keeps the value before (as `shown` reads it) and
        `after`.
        """
        with translated(None, f"save the {what}"), self.db.atomic():
            refuse_signed(get_visit(self.db, visit_id), f"its {what}")
            before = self._column(visit_id, column)
            if before == text:
                return
            self.db.execute(
                f"UPDATE visits SET {column} = ?, updated_at = ? WHERE id = ?",
                [text, timestamp(self.clock()), visit_id],
            )
            self.audit.record(
                Action.EDIT,
                Entity.VISIT,
                visit_id,
                {"field": field, "before": shown(before), "after": after},
            )


def _text(text: str | None) -> str:
    """A stored text column for the audit log."""
    return text or ""


def _stored_json(text: str | None) -> Any:
    """A stored JSON column for the audit log: its value, or the text itself if unreadable."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return {"unreadable": text}
