"""What a visit's screen depends on beyond its answers: the patient's age and whether it is a
follow-up, and the values worked out from them (clinical.md sections 3 and 7).

Used by the wizard (which items and sections to show, derived values, pre-fills) and by the
store (which answers a signature may hold). No Qt here.

Units confirmation (clinical.md 3): a derived item with `confirm_outside` (BMI outside 12-70)
keeps the visit from being signed until the clinician confirms the units. The confirmation is
stored as that item's answer, holding the value that was confirmed, so it is audited and
sealed with the signature like every answer; once mass or height change the value no longer
matches and the confirmation no longer counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.derived import (
    age_in_years,
    bmi,
    is_required,
    is_shown,
    needs_units_confirmation,
    other_causes_excluded,
    section_shown,
)
from kneedesk.core.protocol_model import Item, Protocol, Section
from kneedesk.core.return_to_run import prefill_rtr_hop, prefill_rtr_strength


@dataclass(frozen=True)
class VisitContext:
    """The patient's age in whole years at the visit (None: no birth date) and whether an
    earlier signed visit exists (a follow-up)."""

    age: int | None = None
    follow_up: bool = False

    @classmethod
    def at(
        cls, birth_date: str | date | None, visit_date: str | date, follow_up: bool
    ) -> VisitContext:
        """The context from stored dates ("YYYY-MM-DD"); an unreadable birth date counts as
        missing (every age-shown item is then shown)."""
        return cls(age_in_years(_day(birth_date), _day(visit_date) or date.min), follow_up)

    def shows_section(self, section: Section) -> bool:
        """Whether a section appears on this visit."""
        return section_shown(section, follow_up=self.follow_up)

    def shows(self, item: Item) -> bool:
        """Whether an item appears at this age (derived items appear, read-only)."""
        return is_shown(item, self.age)

    def requires(self, item: Item) -> bool:
        """Whether an item must be answered before signing at this age."""
        return is_required(item, self.age)

    def sections(self, protocol: Protocol) -> tuple[Section, ...]:
        """The sections that appear on this visit, in screen order."""
        return tuple(s for s in protocol.sections if self.shows_section(s))

    def hidden_items(self, protocol: Protocol) -> Iterator[Item]:
        """Items asked on no page of this visit: outside their age band or in a section not
        shown. Their stored answers are kept while the visit is a draft (a corrected birth
        date shows them again) and left out of what is signed."""
        for section in protocol.sections:
            for item in section.items:
                if not self.shows_section(section) or not self.shows(item):
                    yield item


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def derived_value(item: Item, answers: Answers, protocol: Protocol, age: int | None) -> Any:
    """The value of a derived item from the answers; None while it cannot be worked out."""
    if item.derived == "bmi":
        return bmi(answers.number("body_mass"), answers.number("height"))
    if item.derived == "other_causes_excluded":
        return other_causes_excluded(answers, protocol, age)
    return None


def prefill_value(item: Item, answers: Answers) -> str | None:
    """The option a pre-filled item suggests from this visit's tests; None: no suggestion."""
    if item.prefill == "rtr_hop":
        return prefill_rtr_hop(answers)
    if item.prefill == "rtr_strength":
        return prefill_rtr_strength(answers)
    return None


def units_unconfirmed(item: Item, answers: Answers, protocol: Protocol, age: int | None) -> bool:
    """Whether a derived value lies outside its band and its units are not confirmed for it."""
    value = derived_value(item, answers, protocol, age)
    if not needs_units_confirmation(item, value):
        return False
    return bool(answers.number(item.id) != value)


def units_waiting(protocol: Protocol, answers: Answers, context: VisitContext) -> list[Item]:
    """Items whose units the clinician must confirm before the visit can be signed."""
    return [
        item
        for item in protocol.items()
        if item.confirm_outside is not None
        and item.derived is not None
        and context.shows(item)
        and units_unconfirmed(item, answers, protocol, context.age)
    ]


def missing_required(protocol: Protocol, answers: Answers, context: VisitContext) -> list[Item]:
    """Required items shown on this visit that have no answer (signing lists them)."""
    shown = {s.id for s in context.sections(protocol)}
    return [
        item
        for item in protocol.items()
        if item.section in shown and context.requires(item) and not answers.answered(item.id)
    ]
