"""The movement screen's data model: protocol, sections, items and options (frozen dataclasses)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kneedesk.core.i18n import _
from kneedesk.core.locale_format import local_number

ITEM_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
OPTION_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class Kind(StrEnum):
    """What sort of answer an item takes."""

    NUMBER = "number"
    INTEGER = "integer"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"
    CHECKLIST = "checklist"
    LIST = "list"
    TEXT = "text"


class Quantity(StrEnum):
    """Physical quantities whose display unit follows the clinic's setting."""

    MASS = "mass"
    LENGTH = "length"
    DISTANCE = "distance"
    FORCE = "force"
    SPEED = "speed"


OPTION_KINDS = frozenset({Kind.CHOICE, Kind.MULTI_CHOICE, Kind.CHECKLIST})
NUMERIC_KINDS = frozenset({Kind.NUMBER, Kind.INTEGER, Kind.LIST})
TEXT_MAX_LENGTH = 500  # characters of a free-text answer


class ShownOn(StrEnum):
    """Which visits a section appears on."""

    EVERY_VISIT = "every_visit"
    FOLLOW_UP = "follow_up"


class ProtocolError(ValueError):
    """A protocol file is malformed; the message lists every problem, each naming its item."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"protocol {source} has {len(problems)} problem(s):\n{lines}")


@dataclass(frozen=True)
class Option:
    """One answer option of a choice, multi-choice or checklist item."""

    key: str
    _label: str
    points: int | None = None
    # Options sharing a group are mutually exclusive (e.g. the step-down knee position).
    group: str | None = None

    @property
    def label(self) -> str:
        """The option as people read it, in the active language."""
        return _(self._label)


@dataclass(frozen=True)
class Item:
    """One thing the clinician asks, measures or observes."""

    id: str
    section: str
    kind: Kind
    # The protocol's English text, as written in the TOML file; people read it through the
    # properties below, which look it up in the active language each time.
    _label: str
    _instruction: str
    _how_to: str = ""
    unit: str | None = None
    quantity: Quantity | None = None
    minimum: float | None = None
    maximum: float | None = None
    per_side: bool = False
    required: bool = False
    options: tuple[Option, ...] = ()
    length: int | None = None
    _entry_labels: tuple[str, ...] = ()
    score: str | None = None
    # The study the item follows, "First author et al., Journal Year" (clinical.md section 11).
    source: str | None = None
    # Whole years [min, max]: the item is shown, and required, only at these ages, or when the
    # birth date is missing (kneedesk.core.derived.is_shown).
    age_band: tuple[int, int] | None = None
    # Computed by the named rule in kneedesk.core.derived, never asked.
    derived: str | None = None
    # Pre-filled by the named rule in kneedesk.core.derived; the clinician confirms or changes it.
    prefill: str | None = None
    # (low, high): a value outside waits for the clinician to confirm the units before signing.
    confirm_outside: tuple[float, float] | None = None

    @property
    def label(self) -> str:
        """What the item asks, in the active language."""
        return _(self._label)

    @property
    def instruction(self) -> str:
        """How to ask or measure it, in the active language."""
        return _(self._instruction)

    @property
    def how_to(self) -> str:
        """The longer how-to ("" when there is none), in the active language."""
        return _(self._how_to)

    @property
    def entry_labels(self) -> tuple[str, ...]:
        """The names of a list item's entries, in the active language."""
        return tuple(_(label) for label in self._entry_labels)

    @property
    def asked(self) -> bool:
        """Whether the clinician enters this item (False for a derived item)."""
        return self.derived is None

    @property
    def option_keys(self) -> tuple[str, ...]:
        """The option keys in protocol order."""
        return tuple(o.key for o in self.options)

    def option(self, key: str) -> Option:
        """Return the option with this key (KeyError if there is none)."""
        for o in self.options:
            if o.key == key:
                return o
        raise KeyError(f"{self.id}: no option {key!r}")

    def range_text(self) -> str:
        """The allowed range in words, with the unit, for messages."""
        unit = f" {self.unit}" if self.unit and not self.unit.startswith("/") else ""
        # Translators: an allowed range, e.g. "0 to 10 cm" ({unit} is empty or " cm").
        return _("{low} to {high}{unit}").format(
            low=local_number(fmt_bound(self.minimum)),
            high=local_number(fmt_bound(self.maximum)),
            unit=unit,
        )


@dataclass(frozen=True)
class Section:
    """A page of the screen: a titled group of items."""

    id: str
    _title: str
    _intro: str
    items: tuple[Item, ...]
    shown_on: ShownOn = ShownOn.EVERY_VISIT

    @property
    def title(self) -> str:
        """The section's title, in the active language."""
        return _(self._title)

    @property
    def intro(self) -> str:
        """The section's introduction ("" when there is none), in the active language."""
        return _(self._intro)


@dataclass(frozen=True)
class Protocol:
    """A whole screen: sections of items, identified by id and version."""

    id: str
    version: int
    _title: str
    sections: tuple[Section, ...]
    _index: Mapping[str, Item] = field(repr=False, compare=False, default_factory=dict)

    @property
    def title(self) -> str:
        """The protocol's title, in the active language."""
        return _(self._title)

    def items(self) -> Iterator[Item]:
        """Every item in screen order."""
        for section in self.sections:
            yield from section.items

    def item(self, item_id: str) -> Item:
        """The item with this id (KeyError if the protocol has none)."""
        return self._index[item_id]

    def get(self, item_id: str) -> Item | None:
        """The item with this id, or None."""
        return self._index.get(item_id)

    def items_scored_by(self, score: str) -> tuple[Item, ...]:
        """Items that make up a scored questionnaire, e.g. "kujala-1993"."""
        return tuple(i for i in self.items() if i.score == score)

    def section(self, section_id: str) -> Section:
        """The section with this id (KeyError if none)."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


def fmt_bound(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)
