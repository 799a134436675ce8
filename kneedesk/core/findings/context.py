"""What every finding rule sees: this visit's answers, the previous visit's, and the thresholds."""

from __future__ import annotations

from dataclasses import dataclass

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds


@dataclass(frozen=True)
class Context:
    """Inputs of the finding rules."""

    answers: Answers
    protocol: Protocol
    thresholds: Thresholds
    previous: Answers | None = None

    @property
    def painful_sides(self) -> tuple[Side, ...]:
        """The sides whose movement faults matter: the painful one, or both if both or unknown."""
        side = self.answers.single_symptom_side
        return (side,) if side else SIDES

    def unit(self, item_id: str) -> str | None:
        """The stored unit of an item, for evidence."""
        return self.protocol.item(item_id).unit

    def label(self, item_id: str) -> str:
        """An item's label in lower case for use inside a sentence."""
        label = self.protocol.item(item_id).label
        return label[0].lower() + label[1:]

    def option_label(self, item_id: str, key: str) -> str:
        """An option's label in lower case for use inside a sentence."""
        label = self.protocol.item(item_id).option(key).label
        return label[0].lower() + label[1:]


def join_words(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
