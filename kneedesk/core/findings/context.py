"""What every finding rule sees: this visit's answers, the previous visit's, the thresholds and
the clinic's display units."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# A module import: answer_text imports findings.model, so it may still be loading here.
import kneedesk.core.answer_text as answer_words
from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.findings.model import Evidence, fmt_number, with_unit
from kneedesk.core.i18n import _
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits


@dataclass(frozen=True)
class Context:
    """Inputs of the finding rules."""

    answers: Answers
    protocol: Protocol
    thresholds: Thresholds
    previous: Answers | None = None
    units: DisplayUnits = DisplayUnits()
    age: int | None = None  # whole years at the visit (v2 age bands); None if unknown

    @property
    def painful_sides(self) -> tuple[Side, ...]:
        """The sides whose movement faults matter: the painful one, or both if both or unknown."""
        side = self.answers.single_symptom_side
        return (side,) if side else SIDES

    def unit(self, item_id: str) -> str | None:
        """The stored unit of an item, for evidence."""
        return self.protocol.item(item_id).unit

    def shown(self, value: float, item_id: str) -> tuple[float, str]:
        """A value stored in an item's unit, in the clinic's display unit: (value, unit)."""
        unit = self.unit(item_id)
        if unit is None:
            raise ValueError(f"{item_id} has no unit")
        return self.units.shown(value, unit)

    def amount(self, value: float, item_id: str, decimals: int = 1) -> str:
        """A value stored in an item's unit as the patient reads it: "12.4 mi", "3.1 in"
        ("12,4 mi" in a language with a decimal comma)."""
        shown, unit = self.shown(value, item_id)
        return local_number(with_unit(shown, unit, decimals))

    def number(self, value: float, item_id: str, decimals: int = 1) -> str:
        """Like `amount`, without the unit: "12.4" (for "from 12.4 to 17.4 mi")."""
        return local_number(fmt_number(self.shown(value, item_id)[0], decimals))

    def display_unit(self, item_id: str) -> str:
        """The unit an item's values are shown in, e.g. "in" for a length in US units."""
        return self.shown(0.0, item_id)[1]

    def measured(
        self,
        measure: str,
        label: str,
        value: float,
        comparison: str,
        threshold: float,
        item_id: str,
        side: Side | None = None,
    ) -> Evidence:
        """Evidence on a length or distance: stored in the item's unit, shown in the clinic's."""
        shown, unit = self.shown(value, item_id)
        limit = self.shown(threshold, item_id)[0]
        return Evidence(
            measure,
            label,
            value,
            comparison,
            threshold,
            self.unit(item_id),
            side,
            display_value=shown,
            display_threshold=limit,
            display_unit=unit,
        )

    def label(self, item_id: str) -> str:
        """An item's label in lower case for use inside a sentence."""
        return answer_words.sentence_case(_(self.protocol.item(item_id).label))

    def option_label(self, item_id: str, key: str) -> str:
        """An option's label in lower case for use inside a sentence."""
        return answer_words.option_label(self.protocol.item(item_id), key, in_sentence=True)

    def answer(self, item_id: str, value: Any) -> str:
        """A stored answer in words for evidence: "around the kneecap, behind the kneecap"."""
        item = self.protocol.item(item_id)
        return answer_words.answer_text(item, value, self.units, in_sentence=True)


def join_words(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c" (with the active language's "and")."""
    if len(words) <= 1:
        return "".join(words)
    # Translators: the end of a list, "hip abduction, hip extension and hip external rotation":
    # {words} is the start of the list (already joined with commas), {last} its last entry.
    return _("{words} and {last}").format(words=", ".join(words[:-1]), last=words[-1])
