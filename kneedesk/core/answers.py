"""A read-only view of one visit's answers, with typed accessors for scoring and findings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Literal

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")


def other_side(side: Side) -> Side:
    """The opposite leg."""
    return "right" if side == "left" else "left"


class Answers(Mapping[str, Any]):
    """Answers keyed by item id, as in a visit document (per-side values are {left, right}).

    Accessors return None for anything missing, so callers never guess a value.
    """

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values: dict[str, Any] = dict(values or {})

    def __getitem__(self, item_id: str) -> Any:
        return self._values[item_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Answers({self._values!r})"

    def value(self, item_id: str, side: Side | None = None) -> Any:
        """The raw value of an item, or of one side of a per-side item; None if absent."""
        raw = self._values.get(item_id)
        if side is None:
            return None if isinstance(raw, dict) else raw
        if isinstance(raw, dict):
            return raw.get(side)
        return None

    def number(self, item_id: str, side: Side | None = None) -> float | None:
        """A numeric answer as float, or None."""
        v = self.value(item_id, side)
        if isinstance(v, bool) or not isinstance(v, int | float):
            return None
        return float(v)

    def choice(self, item_id: str, side: Side | None = None) -> str | None:
        """A single option key, or None."""
        v = self.value(item_id, side)
        return v if isinstance(v, str) else None

    def choices(self, item_id: str, side: Side | None = None) -> frozenset[str]:
        """The option keys ticked in a multi-choice or checklist item (empty if unanswered)."""
        v = self.value(item_id, side)
        if isinstance(v, list):
            return frozenset(x for x in v if isinstance(x, str))
        return frozenset()

    def answered(self, item_id: str, side: Side | None = None) -> bool:
        """Whether the item (or that side of it) has a value."""
        if side is None and isinstance(self._values.get(item_id), dict):
            return any(self.value(item_id, s) is not None for s in SIDES)
        return self.value(item_id, side) is not None

    def flag(self, item_id: str) -> bool | None:
        """A yes/no answer, or None if unanswered."""
        v = self._values.get(item_id)
        return v if isinstance(v, bool) else None

    def numbers(self, item_id: str) -> tuple[float | None, ...]:
        """A list item's entries as floats (None for a blank entry); empty if unanswered."""
        v = self._values.get(item_id)
        if not isinstance(v, list):
            return ()
        return tuple(
            None if isinstance(x, bool) or not isinstance(x, int | float) else float(x) for x in v
        )

    @property
    def symptom_side(self) -> Literal["left", "right", "both"] | None:
        """The painful side as answered, or None."""
        v = self._values.get("symptom_side")
        if v == "left":
            return "left"
        if v == "right":
            return "right"
        if v == "both":
            return "both"
        return None

    @property
    def single_symptom_side(self) -> Side | None:
        """The painful side when only one knee hurts; None for both or unknown."""
        s = self.symptom_side
        return None if s is None or s == "both" else s

    def to_dict(self) -> dict[str, Any]:
        """A plain copy for JSON."""
        return {k: (dict(v) if isinstance(v, dict) else v) for k, v in self._values.items()}
