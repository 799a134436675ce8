"""Checks of single answer values against their protocol item (kind, range, options)."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from kneedesk.core.i18n import _, ngettext
from kneedesk.core.protocol import Item, Kind
from kneedesk.core.protocol_model import TEXT_MAX_LENGTH
from kneedesk.core.text_checks import CLIP_LENGTH, ELLIPSIS, clip, unsafe_char_problem

SHOWN = CLIP_LENGTH  # characters of a given value quoted in a message
SHOWN_KEYS = 5  # unknown option keys listed one by one before "and N more"


def _write_json(value: Any, out: list[str], budget: int) -> int:
    """Append the JSON text of `value` to `out` until `budget` characters are used; the rest.

    Each nesting level writes at least one character, so the recursion stops within `budget`.
    """
    if budget <= 0:
        return budget
    if isinstance(value, dict | list | tuple):
        is_dict = isinstance(value, dict)
        out.append("{" if is_dict else "[")
        budget -= 1
        entries: Iterable[tuple[Any, Any]] = (
            value.items() if isinstance(value, dict) else ((None, v) for v in value)
        )
        for n, (key, entry) in enumerate(entries):
            if budget <= 0:
                return budget
            if n:
                out.append(", ")
                budget -= 2
            if key is not None:
                out.append(json.dumps(str(key)[:SHOWN], ensure_ascii=False) + ": ")
                budget -= len(out[-1])
            budget = _write_json(entry, out, budget)
        out.append("}" if is_dict else "]")
        return budget - 1
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):  # e.g. an integer too long to convert to text
        text = f"<{type(value).__name__}>"
    out.append(text[: SHOWN * 2])
    return budget - len(text)


def show_json(value: Any) -> str:
    """A value as it would be written in the JSON document, cut to about 80 characters.

    Messages quote what was given; a 50 MB array must not become a 50 MB message line.
    """
    out: list[str] = []
    cut = _write_json(value, out, SHOWN + 1) <= 0
    shown = clip("".join(out), SHOWN)
    return shown[: SHOWN - 1] + ELLIPSIS if cut else shown


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number_problems(item: Item, value: Any, whole: bool, what: str) -> list[str]:
    """Problems with one number (`what` names it in messages, e.g. "" or "entry 1 (This week)")."""
    prefix = f"{what} " if what else ""
    shown, allowed = show_json(value), item.range_text()
    if not _is_number(value):
        message = (
            _("must be a whole number ({range}), not {value}")
            if whole
            else _("must be a number ({range}), not {value}")
        )
        return [prefix + message.format(range=allowed, value=shown)]
    if isinstance(value, float) and not math.isfinite(value):
        message = _("must be a finite number ({range}), not {value}")
        return [prefix + message.format(range=allowed, value=shown)]
    # Only floats need these checks; float() of a huge JSON integer would overflow.
    if whole and isinstance(value, float) and not value.is_integer():
        message = _("must be a whole number ({range}), not {value}")
        return [prefix + message.format(range=allowed, value=shown)]
    low = item.minimum if item.minimum is not None else -math.inf
    high = item.maximum if item.maximum is not None else math.inf
    if not low <= value <= high:
        return [prefix + _("{value} is outside {range}").format(value=shown, range=allowed)]
    return []


def _more(count: int) -> str:
    """ " and 3 more" after the first SHOWN_KEYS of `count` keys ("" when all are listed)."""
    if count <= SHOWN_KEYS:
        return ""
    extra = count - SHOWN_KEYS
    return ngettext(" and {n} more", " and {n} more", extra).format(n=extra)


def _option_list_problems(item: Item, value: Any) -> list[str]:
    """Problems with a list of option keys (multi-choice or checklist)."""
    allowed = ", ".join(item.option_keys)
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        return [
            _("must be a list of option keys (any of: {allowed}), not {value}").format(
                allowed=allowed, value=show_json(value)
            )
        ]
    problems: list[str] = []
    unknown = [k for k in value if k not in item.option_keys]
    if unknown:
        keys = ", ".join(show_json(k) for k in unknown[:SHOWN_KEYS])
        more = _more(len(unknown))
        problems.append(
            _("unknown option key(s) {keys}{more} (allowed: {allowed})").format(
                keys=keys, more=more, allowed=allowed
            )
        )
    # Counted once (not value.count per key): a hostile list may hold a million entries.
    duplicates = sorted(k for k, n in Counter(value).items() if n > 1)
    if duplicates:
        keys = ", ".join(clip(k) for k in duplicates[:SHOWN_KEYS])
        more = _more(len(duplicates))
        problems.append(
            _("option key(s) given more than once: {keys}{more}").format(keys=keys, more=more)
        )
    if item.kind is Kind.CHECKLIST:
        by_group: dict[str, list[str]] = {}
        for option in item.options:
            if option.group and option.key in value:
                by_group.setdefault(option.group, []).append(option.key)
        for group, ticked in by_group.items():
            if len(ticked) > 1:
                problems.append(
                    _(
                        "{keys} cannot both be ticked (tick only one of the '{group}' options)"
                    ).format(keys=" and ".join(ticked), group=group)
                )
    return problems


def _list_problems(item: Item, value: Any) -> list[str]:
    """Problems with a fixed-length list of numbers (null entries are blanks)."""
    if not isinstance(value, list):
        return [
            _("must be a list of {length} numbers ({range}), not {value}").format(
                length=item.length, range=item.range_text(), value=show_json(value)
            )
        ]
    if len(value) != item.length:
        labels = f": {', '.join(item.entry_labels)}" if item.entry_labels else ""
        return [
            _("must have {length} entries{labels}; got {count}").format(
                length=item.length, labels=labels, count=len(value)
            )
        ]
    problems: list[str] = []
    for n, entry in enumerate(value):
        if entry is None:
            continue
        label = item.entry_labels[n] if n < len(item.entry_labels) else str(n + 1)
        what = _("entry {n} ({label})").format(n=n + 1, label=label)
        problems.extend(_number_problems(item, entry, False, what))
    return problems


def _text_problems(value: Any) -> list[str]:
    """Problems with a free-text answer: text, bounded, without invisible characters."""
    if not isinstance(value, str):
        return [_("must be text, not {value}").format(value=show_json(value))]
    if len(value) > TEXT_MAX_LENGTH:
        return [
            _("is {length} characters long; at most {limit} are allowed").format(
                length=len(value), limit=TEXT_MAX_LENGTH
            )
        ]
    problem = unsafe_char_problem(value)
    return [problem] if problem else []


def value_messages(item: Item, value: Any) -> list[str]:
    """Problems with one value, as messages without the item id."""
    if value is None:
        return []
    match item.kind:
        case Kind.NUMBER | Kind.INTEGER:
            return _number_problems(item, value, item.kind is Kind.INTEGER, "")
        case Kind.YES_NO:
            if not isinstance(value, bool):
                return [_("must be true or false, not {value}").format(value=show_json(value))]
            return []
        case Kind.CHOICE:
            allowed = ", ".join(item.option_keys)
            if not isinstance(value, str):
                return [
                    _("must be one option key (one of: {allowed}), not {value}").format(
                        allowed=allowed, value=show_json(value)
                    )
                ]
            if value not in item.option_keys:
                return [
                    _("unknown option key {value} (allowed: {allowed})").format(
                        value=show_json(value), allowed=allowed
                    )
                ]
            return []
        case Kind.MULTI_CHOICE | Kind.CHECKLIST:
            return _option_list_problems(item, value)
        case Kind.LIST:
            return _list_problems(item, value)
        case Kind.TEXT:
            return _text_problems(value)
    return [f"has an unsupported kind {item.kind}"]  # pragma: no cover


def check_value(item: Item, value: Any) -> list[str]:
    """Problems with one value of one side (or of a whole-body item); empty if it is valid.

    None means "not answered" and is always valid. Each message starts with the item id.
    """
    return [f"{item.id}: {m}" for m in value_messages(item, value)]
