"""A stored answer as a person reads it: option keys become the protocol's option labels.

Every text a person reads (finding evidence, the summary page, the clinician summary, the
handout) formats answers here, so no stored option key such as ``behind_kneecap`` reaches
the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kneedesk.core.findings.model import fmt_number
from kneedesk.core.i18n import _, current_language
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Item, Kind
from kneedesk.core.units import DisplayUnits

DASH = "–"  # shown for a value that was not recorded


def sentence_case(label: str) -> str:
    """A label for use inside a sentence: first letter lowered ("Behind the kneecap" ->
    "behind the kneecap"), except in German, whose nouns keep their capital."""
    if current_language() == "de":
        return label
    return label[:1].lower() + label[1:]


def option_label(item: Item, key: str, *, in_sentence: bool = False) -> str:
    """The label of one option key ("Behind the kneecap"); an unknown key is shown as given."""
    label = _(item.option(key).label) if key in item.option_keys else str(key)
    return sentence_case(label) if in_sentence else label


def option_labels(item: Item, keys: Iterable[str], *, in_sentence: bool = False) -> list[str]:
    """The labels of these option keys, in the protocol's order (unknown keys last)."""
    chosen = set(keys)
    ordered = [k for k in item.option_keys if k in chosen]
    ordered += sorted(str(k) for k in chosen if k not in item.option_keys)
    return [option_label(item, k, in_sentence=in_sentence) for k in ordered]


def answer_text(
    item: Item, value: Any, units: DisplayUnits | None = None, *, in_sentence: bool = False
) -> str:
    """One stored answer as a person reads it: labels for options, numbers in display units.

    ``in_sentence`` lowers the first letter of each label, for use inside a sentence.
    """
    if value is None:
        return DASH
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    shown = units or DisplayUnits()
    if item.kind in (Kind.NUMBER, Kind.INTEGER) and isinstance(value, int | float):
        return local_number(fmt_number(shown.to_shown(item, float(value))))
    if item.kind is Kind.LIST and isinstance(value, list):
        entries = [
            DASH if v is None else local_number(fmt_number(shown.to_shown(item, float(v)), 1))
            for v in value
        ]
        if len(item.entry_labels) != len(entries):
            return ", ".join(entries)
        # Each entry with the form's label ("This week: 42; 1 week ago: 30; ..."), so the
        # order of the list (most recent first) is never guessed.
        return "; ".join(
            f"{_(label)}: {v}" for label, v in zip(item.entry_labels, entries, strict=True)
        )
    if isinstance(value, list | tuple | set | frozenset):
        labels = option_labels(item, value, in_sentence=in_sentence)
        return ", ".join(labels) if labels else _("none")
    if isinstance(value, str) and value in item.option_keys:
        return option_label(item, value, in_sentence=in_sentence)
    return str(value)
