"""The wizard's answer sink on top of the store's autosave: one transaction per change.

The next visit and the plan on the summary page are saved the same way (`save_review`,
`save_plan`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kneedesk.core.protocol import Protocol
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Side


class StoreSink:
    """Saves each wizard change straight to the database (no Save button anywhere)."""

    def __init__(self, store: Store, visit_id: int, protocol: Protocol) -> None:
        self._visits = store.visits
        self._drafts = store.drafts
        self._visit_id = visit_id
        self._protocol = protocol

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
        self._visits.save_answer(self._visit_id, item_id, slot, value)

    def clear(self, item_id: str, side: str | None) -> None:
        """Remove a value or a not-tested mark (every side when side is None)."""
        for slot in self._sides(item_id, side):
            self._visits.clear_answer(self._visit_id, item_id, slot)

    def save_review(self, text: str) -> None:
        """Store the next visit typed on the summary page ("" clears it)."""
        self._drafts.save_review(self._visit_id, text)

    def save_plan(self, rows: Sequence[Mapping[str, str]], edited: bool) -> None:
        """Store the plan as edited on the summary page (edited False: it follows the findings)."""
        self._drafts.save_draft_plan(self._visit_id, rows, edited=edited)

    def mark_not_tested(self, item_id: str, side: str | None, reason: str) -> None:
        """Record that an item (or one side) was not tested, with the reason."""
        for slot in self._sides(item_id, side):
            self._visits.save_answer(self._visit_id, item_id, slot, None, reason)
