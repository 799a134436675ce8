"""What the screen wizard knows about a visit, in plain Python: answers, not-tested marks, progress.

Not-tested marks use the visit document's keys (see ``kneedesk.core.visit_doc.VisitDoc``):
``"item.id"`` marks a whole item (for a per-side item: both sides) and ``"item.id:left"`` /
``"item.id:right"`` mark one side. An item never has a whole mark and a side mark at once, and a
marked slot has no value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from kneedesk.core.answers import SIDES, Answers
from kneedesk.core.protocol import Item, Kind, Protocol, Section
from kneedesk.core.visit_context import VisitContext

NUMBER_TEXT = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


class InputError(ValueError):
    """Text typed into a field that is not an acceptable value; the message says why."""


def parse_number(text: str) -> float | None:
    """The number typed in a field (a decimal comma is accepted); None for a blank field."""
    stripped = text.strip().replace(" ", "")
    if not stripped:
        return None
    problem = QCoreApplication.translate("NumberFormat", "'{text}' is not a number")
    if not NUMBER_TEXT.match(stripped):
        raise InputError(problem.format(text=text.strip()))
    value = float(stripped.replace(",", "."))
    if not math.isfinite(value):  # pragma: no cover - the pattern admits only digits
        raise InputError(problem.format(text=text.strip()))
    return value


def not_tested_key(item_id: str, side: str | None) -> str:
    """The not-tested key of a whole item (side None) or of one side."""
    return item_id if side is None else f"{item_id}:{side}"


class ItemStatus(StrEnum):
    """How far one item has been filled in."""

    EMPTY = "empty"
    PARTLY = "partly"
    ANSWERED = "answered"
    NOT_TESTED = "not tested"


class SectionStatus(StrEnum):
    """How far one section has been filled in (shown beside its name)."""

    NOT_STARTED = "not started"
    PARTLY = "partly done"
    DONE = "done"
    SKIPPED = "skipped"


COMPLETE = frozenset({ItemStatus.ANSWERED, ItemStatus.NOT_TESTED})


@dataclass(frozen=True)
class Progress:
    """Where the clinician is: section position and items complete, here and in all."""

    section_number: int
    section_count: int
    done_here: int
    items_here: int
    done_total: int
    items_total: int

    def text(self) -> str:
        """E.g. "Section 4 of 8 · 12 of 17 items here · 40 of 65 in all"."""
        return QCoreApplication.translate(
            "Progress",
            "Section {number} of {count} · {done_here} of {items_here} items here · "
            "{done_total} of {items_total} in all",
        ).format(
            number=self.section_number,
            count=self.section_count,
            done_here=self.done_here,
            items_here=self.items_here,
            done_total=self.done_total,
            items_total=self.items_total,
        )


def _slot_filled(value: Any, item: Item) -> bool:
    if value is None:
        return False
    if item.kind is Kind.LIST and isinstance(value, list):
        return all(v is not None for v in value)
    return True


class ScreenState:
    """The answers and not-tested marks of one visit, as the wizard shows them."""

    def __init__(
        self,
        protocol: Protocol,
        answers: Mapping[str, Any] | None = None,
        not_tested: Mapping[str, str] | None = None,
        context: VisitContext | None = None,
    ) -> None:
        self.protocol = protocol
        # The patient's age and whether the visit is a follow-up decide what is asked.
        self.context = context or VisitContext()
        self.sections: tuple[Section, ...] = self.context.sections(protocol)
        self._values: dict[str, Any] = {
            k: (dict(v) if isinstance(v, Mapping) else v) for k, v in (answers or {}).items()
        }
        self._not_tested: dict[str, str] = dict(not_tested or {})

    # --- reading ---------------------------------------------------------------------------

    def answers(self) -> Answers:
        """A snapshot of the answers for scoring."""
        return Answers(self._values)

    def not_tested(self) -> dict[str, str]:
        """A copy of the not-tested marks."""
        return dict(self._not_tested)

    def value(self, item_id: str, side: str | None = None) -> Any:
        """The stored value of an item, or of one side of a per-side item; None if absent."""
        raw = self._values.get(item_id)
        if side is None:
            return None if isinstance(raw, dict) else raw
        return raw.get(side) if isinstance(raw, dict) else None

    def not_tested_reason(self, item_id: str, side: str | None = None) -> str | None:
        """Why the item (or that side, including a whole-item mark) was not tested, or None."""
        if side is not None and not_tested_key(item_id, side) in self._not_tested:
            return self._not_tested[not_tested_key(item_id, side)]
        return self._not_tested.get(item_id)

    def _sides(self, item: Item) -> tuple[str | None, ...]:
        return SIDES if item.per_side else (None,)

    def item_status(self, item: Item) -> ItemStatus:
        """Whether an item is empty, partly filled, answered or not tested."""
        filled = marked = 0
        touched = False
        for side in self._sides(item):
            value = self.value(item.id, side)
            if self.not_tested_reason(item.id, side) is not None:
                marked += 1
            elif _slot_filled(value, item):
                filled += 1
            if value is not None:
                touched = True
        slots = len(self._sides(item))
        if marked == slots:
            return ItemStatus.NOT_TESTED
        if filled + marked == slots:
            return ItemStatus.ANSWERED
        if filled or marked or touched:
            return ItemStatus.PARTLY
        return ItemStatus.EMPTY

    def asked(self, item: Item) -> bool:
        """Whether the clinician answers this item on this visit: not derived, and shown at
        the patient's age (an answer to an item not asked is kept but counts for nothing)."""
        return item.asked and self.context.shows(item)

    def asked_items(self, section: Section) -> list[Item]:
        """The items of a section the clinician answers on this visit."""
        return [i for i in section.items if self.asked(i)]

    def missing_required(self, section: Section) -> list[Item]:
        """Required items of a section that are neither complete nor marked not tested."""
        return [
            i
            for i in section.items
            if self.context.requires(i) and self.item_status(i) not in COMPLETE
        ]

    def section_status(self, section: Section) -> SectionStatus:
        """Not started, partly done, done, or skipped (nothing measured, some marked not tested).

        A section with required items is done when they are all complete and nothing is half
        filled; one without required items is done when every item is complete.
        """
        asked = self.asked_items(section)
        statuses = [self.item_status(i) for i in asked]
        if all(s is ItemStatus.EMPTY for s in statuses):
            return SectionStatus.NOT_STARTED
        measured = any(s in (ItemStatus.ANSWERED, ItemStatus.PARTLY) for s in statuses)
        if not measured:
            return SectionStatus.SKIPPED
        if any(self.context.requires(i) for i in asked):
            done = not self.missing_required(section) and ItemStatus.PARTLY not in statuses
        else:
            done = all(s in COMPLETE for s in statuses)
        return SectionStatus.DONE if done else SectionStatus.PARTLY

    def progress(self, section_index: int) -> Progress:
        """Position and item counts for the section at this index (of the sections shown)."""
        section = self.sections[section_index]
        here = [self.item_status(i) in COMPLETE for i in self.asked_items(section)]
        every = [
            self.item_status(i) in COMPLETE for s in self.sections for i in self.asked_items(s)
        ]
        return Progress(
            section_number=section_index + 1,
            section_count=len(self.sections),
            done_here=sum(here),
            items_here=len(here),
            done_total=sum(every),
            items_total=len(every),
        )

    def red_flags(self) -> list[Item]:
        """The red-flag items answered yes, in screen order."""
        return [
            i
            for s in self.sections
            for i in s.items
            if i.id.startswith("red_flags.") and self.asked(i) and self._values.get(i.id) is True
        ]

    # --- changing (only after the sink accepted the change) -------------------------------

    def set_value(self, item: Item, side: str | None, value: Any) -> None:
        """Record a value for an item or one side (None clears it); drops its not-tested mark."""
        self._unmark(item, side)
        if side is None:
            if value is None:
                self._values.pop(item.id, None)
            else:
                self._values[item.id] = value
            return
        sides = self._values.get(item.id)
        sides = dict(sides) if isinstance(sides, dict) else {s: None for s in SIDES}
        sides[side] = value
        if all(v is None for v in sides.values()):
            self._values.pop(item.id, None)
        else:
            self._values[item.id] = sides

    def clear(self, item: Item, side: str | None) -> None:
        """Remove the value and not-tested mark of an item (side None: every side) or one side."""
        if side is None:
            self._values.pop(item.id, None)
            for key in self._keys(item):
                self._not_tested.pop(key, None)
        else:
            self.set_value(item, side, None)

    def mark_not_tested(self, item: Item, side: str | None, reason: str) -> None:
        """Mark an item (side None: all of it) or one side not tested, removing its value."""
        if side is None:
            self.clear(item, None)
            self._not_tested[item.id] = reason
            return
        self.set_value(item, side, None)
        self._not_tested[not_tested_key(item.id, side)] = reason

    def adopt(self, item: Item, answers: Mapping[str, Any], not_tested: Mapping[str, str]) -> bool:
        """Take the item's value and not-tested marks as saved elsewhere (another
        workstation); whether anything differed."""
        keys = list(self._keys(item))
        before = (self._values.get(item.id), {k: self._not_tested.get(k) for k in keys})
        value = answers.get(item.id)
        after = (
            dict(value) if isinstance(value, Mapping) else value,
            {k: not_tested.get(k) for k in keys},
        )
        if before == after:
            return False
        if after[0] is None:
            self._values.pop(item.id, None)
        else:
            self._values[item.id] = after[0]
        for key, reason in after[1].items():
            if reason is None:
                self._not_tested.pop(key, None)
            else:
                self._not_tested[key] = reason
        return True

    def _keys(self, item: Item) -> Iterable[str]:
        yield item.id
        if item.per_side:
            yield from (not_tested_key(item.id, s) for s in SIDES)

    def _unmark(self, item: Item, side: str | None) -> None:
        if side is None:
            self._not_tested.pop(item.id, None)
            return
        self._not_tested.pop(not_tested_key(item.id, side), None)
        whole = self._not_tested.pop(item.id, None)
        if whole is not None:  # the other side stays not tested
            for other in SIDES:
                if other != side:
                    self._not_tested[not_tested_key(item.id, other)] = whole
