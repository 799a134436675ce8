"""The wizard's answer sink on top of the store's autosave: one transaction per change.

The next visit and the plan on the summary page are saved the same way (`save_review`,
`save_plan`).

Each save states the version of the answer the screen was showing, so a value another
workstation saved meanwhile is never overwritten (the store raises ConflictError, shown at
the field). `revision` is the draft's revision the screen's answers are at: it follows this
workstation's own saves, and stays behind once another workstation changed the draft, so a
signature based on it is refused until the visit is read again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kneedesk.core.protocol import Protocol
from kneedesk.store.draft_versions import AnswerSaved
from kneedesk.store.errors import ConflictError
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Side


class StoreSink:
    """Saves each wizard change straight to the database (no Save button anywhere)."""

    def __init__(
        self,
        store: Store,
        visit_id: int,
        protocol: Protocol,
        *,
        revision: int = 0,
        versions: Mapping[tuple[str, str], int] | None = None,
    ) -> None:
        """`revision` and `versions` are the draft's, read before its answers were."""
        self._visits = store.visits
        self._drafts = store.drafts
        self._visit_id = visit_id
        self._protocol = protocol
        self.revision = revision
        self._versions: dict[tuple[str, str], int] = dict(versions or {})

    def version(self, item_id: str, slot: str) -> int:
        """The version of the answer in this slot as the screen shows it (0: none stored)."""
        return self._versions.get((item_id, slot), 0)

    def adopt(self, conflict: ConflictError) -> None:
        """Take the version a conflict reports as the one shown: the clinician has seen it
        (then either keeps their value over it, or uses it)."""
        self._versions[(conflict.field, conflict.side or "whole")] = conflict.version

    def _saved(self, item_id: str, slot: str, saved: AnswerSaved) -> None:
        self._versions[(item_id, slot)] = saved.version
        if saved.changed and saved.revision == self.revision + 1:
            self.revision = saved.revision  # nothing else changed the draft in between

    def _sides(self, item_id: str, side: str | None) -> tuple[Side, ...]:
        if side == "left":
            return ("left",)
        if side == "right":
            return ("right",)
        if self._protocol.item(item_id).per_side:
            return ("left", "right")
        return ("whole",)

    def save(self, item_id: str, side: str | None, value: Any) -> None:
        """Store one value (stored units); raises the store's InvalidValueError if refused."""
        slot: Side = "left" if side == "left" else "right" if side == "right" else "whole"
        based_on = self.version(item_id, slot)
        self._saved(
            item_id,
            slot,
            self._visits.save_answer(self._visit_id, item_id, slot, value, based_on=based_on),
        )

    def clear(self, item_id: str, side: str | None) -> None:
        """Remove a value or a not-tested mark (every side when side is None)."""
        for slot in self._sides(item_id, side):
            based_on = self.version(item_id, slot)
            saved = self._visits.clear_answer(self._visit_id, item_id, slot, based_on=based_on)
            self._saved(item_id, slot, saved)

    def save_review(self, text: str) -> None:
        """Store the next visit typed on the summary page ("" clears it)."""
        self._drafts.save_review(self._visit_id, text)

    def save_plan(self, rows: Sequence[Mapping[str, str]], edited: bool) -> None:
        """Store the plan as edited on the summary page (edited False: it follows the findings)."""
        self._drafts.save_draft_plan(self._visit_id, rows, edited=edited)

    def mark_not_tested(self, item_id: str, side: str | None, reason: str) -> None:
        """Record that an item (or one side) was not tested, with the reason."""
        for slot in self._sides(item_id, side):
            based_on = self.version(item_id, slot)
            saved = self._visits.save_answer(
                self._visit_id, item_id, slot, None, reason, based_on=based_on
            )
            self._saved(item_id, slot, saved)
