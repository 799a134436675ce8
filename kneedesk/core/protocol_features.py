"""The item and section fields protocol version 2 added, parsed and checked at load time.

`source`, `age_band`, `derived`, `prefill` and `confirm_outside` on items; `shown_on` on
sections. Every problem names its item (or section), like the rest of the loader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kneedesk.core.derived import DERIVATIONS, PREFILLS, Rule
from kneedesk.core.protocol_model import Item, Kind, ShownOn, fmt_bound

FEATURE_KEYS = frozenset({"source", "age_band", "derived", "prefill", "confirm_outside"})
# "First author et al., Journal Year", as clinical.md asks.
SOURCE = re.compile(r"[A-Z][^,]* et al\., [^,]+ (19|20)[0-9]{2}")
OLDEST_AGE = 130


def _pair(value: Any, whole: bool) -> tuple[float, float] | None:
    """Two numbers [low, high] with low <= high, or None if the value is not that."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in value):
        return None
    if whole and not all(isinstance(v, int) for v in value):
        return None
    low, high = float(value[0]), float(value[1])
    return (low, high) if low <= high else None


def _rule(raw: Mapping[str, Any], key: str, rules: Mapping[str, Rule], where: str,
          problems: list[str]) -> str | None:  # fmt: skip
    name = raw.get(key)
    if name is None:
        return None
    if not isinstance(name, str) or name not in rules:
        known = ", ".join(sorted(rules))
        problems.append(f"{where}: unknown {key} rule {name!r} (known: {known})")
        return None
    return name


def parse_features(raw: Mapping[str, Any], where: str, problems: list[str]) -> dict[str, Any]:
    """The v2 fields of one item table, as Item keyword arguments (absent fields left out)."""
    found: dict[str, Any] = {}
    source = raw.get("source")
    if source is not None:
        if isinstance(source, str) and SOURCE.fullmatch(source.strip()):
            found["source"] = source.strip()
        else:
            problems.append(
                f"{where}: 'source' must read \"First author et al., Journal Year\", not {source!r}"
            )
    if "age_band" in raw:
        band = _pair(raw["age_band"], whole=True)
        if band is None or band[0] < 0 or band[1] > OLDEST_AGE:
            problems.append(
                f"{where}: 'age_band' must be [youngest, oldest], whole years from 0 to "
                f"{OLDEST_AGE}, youngest first"
            )
        else:
            found["age_band"] = (int(band[0]), int(band[1]))
    if "confirm_outside" in raw:
        pair = _pair(raw["confirm_outside"], whole=False)
        if pair is None:
            problems.append(f"{where}: 'confirm_outside' must be [low, high], low first")
        else:
            found["confirm_outside"] = pair
    derived = _rule(raw, "derived", DERIVATIONS, where, problems)
    prefill = _rule(raw, "prefill", PREFILLS, where, problems)
    if derived is not None:
        found["derived"] = derived
    if prefill is not None:
        found["prefill"] = prefill
    return found


def check_item_features(item: Item, problems: list[str]) -> None:
    """Problems with how an item's v2 fields fit its kind and each other."""
    where = f"item {item.id!r}"
    if item.derived is not None:
        rule = DERIVATIONS[item.derived]
        if item.required:
            problems.append(f"{where}: a derived item is computed, so it cannot be 'required'")
        if item.prefill is not None:
            problems.append(f"{where}: an item is either derived or pre-filled, not both")
        if item.age_band is not None:
            problems.append(f"{where}: a derived item cannot have an 'age_band'")
        _check_rule_kind(where, "derived", item.derived, rule, item, problems)
    if item.prefill is not None:
        _check_rule_kind(where, "prefill", item.prefill, PREFILLS[item.prefill], item, problems)
    if item.confirm_outside is not None:
        low, high = item.confirm_outside
        if item.kind not in (Kind.NUMBER, Kind.INTEGER):
            problems.append(f"{where}: only a number item can have 'confirm_outside'")
        elif (
            item.minimum is not None
            and item.maximum is not None
            and not (item.minimum <= low and high <= item.maximum)
        ):
            problems.append(
                f"{where}: 'confirm_outside' [{fmt_bound(low)}, {fmt_bound(high)}] must lie "
                f"inside the range {item.range_text()}"
            )
    if item.kind is Kind.TEXT and item.per_side:
        problems.append(f"{where}: a text item cannot be per side")


def _check_rule_kind(where: str, key: str, name: str, rule: Rule, item: Item,
                     problems: list[str]) -> None:  # fmt: skip
    if item.kind is not rule.kind:
        problems.append(f"{where}: {key} rule {name!r} gives a {rule.kind}, not a {item.kind}")
        return
    missing = [k for k in rule.results if k not in item.option_keys]
    if missing:
        problems.append(f"{where}: {key} rule {name!r} can give {missing}, not in the options")


def check_rule_inputs(index: Mapping[str, Item], problems: list[str]) -> None:
    """Each derived or pre-filled item's rule reads only items the protocol has."""
    for item in index.values():
        for key, name, rules in (
            ("derived", item.derived, DERIVATIONS),
            ("prefill", item.prefill, PREFILLS),
        ):
            if name is None:
                continue
            absent = [i for i in rules[name].inputs if i not in index]
            if absent:
                problems.append(
                    f"item {item.id!r}: {key} rule {name!r} reads {absent}, "
                    "which the protocol does not have"
                )


def parse_shown_on(raw: Mapping[str, Any], where: str, problems: list[str]) -> ShownOn:
    """A section's `shown_on` (every_visit when absent)."""
    value = raw.get("shown_on", ShownOn.EVERY_VISIT.value)
    try:
        return ShownOn(value)
    except ValueError:
        allowed = ", ".join(s.value for s in ShownOn)
        problems.append(f"{where}: unknown shown_on {value!r} (allowed: {allowed})")
        return ShownOn.EVERY_VISIT


__all__ = [
    "FEATURE_KEYS",
    "check_item_features",
    "check_rule_inputs",
    "parse_features",
    "parse_shown_on",
]
