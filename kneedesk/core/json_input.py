"""Reading JSON that someone else wrote: every way it can be unusable becomes one clear message.

Visit documents, threshold files and clinic letterhead files all come through here, so a
hostile or damaged file gives the same kind of problem line everywhere instead of a traceback:
duplicate keys, nesting deeper than any KneeDesk file needs, integers too long for Python to
convert, and lone surrogates (which cannot be printed or stored as UTF-8).
"""

from __future__ import annotations

import json
from typing import Any

from kneedesk.core.text_checks import clip, has_surrogate

# A visit export nests five levels (array > document > answers > sides > list entries);
# anything deeper is not a KneeDesk file, and would reach Python's recursion limit later.
MAX_DEPTH = 20


class JsonInputError(ValueError):
    """The text is not usable JSON; the message says why, without a file name."""


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonInputError(f"the key {clip(repr(key))} appears twice in one object")
        result[key] = value
    return result


def _where(path: str, key: object) -> str:
    part = f"[{key}]" if isinstance(key, int) else clip(str(key), 40)
    if not path:
        return part
    return f"{path}{part}" if isinstance(key, int) else f"{path}.{part}"


def _check_tree(data: Any) -> None:
    """Refuse nesting deeper than MAX_DEPTH and lone surrogates, walking without recursion."""
    stack: list[tuple[Any, int, str]] = [(data, 1, "")]
    while stack:
        container, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonInputError(
                f"arrays and objects are nested more than {MAX_DEPTH} levels deep "
                "(no KneeDesk file needs more than a few)"
            )
        pairs = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in pairs:
            if isinstance(key, str) and has_surrogate(key):
                raise JsonInputError(
                    f"{_where(path, key)}: the key has a lone surrogate (not valid Unicode)"
                )
            if isinstance(value, str):
                if has_surrogate(value):
                    raise JsonInputError(
                        f"{_where(path, key)}: the text has a lone surrogate (not valid Unicode)"
                    )
            elif isinstance(value, dict | list):
                stack.append((value, depth + 1, _where(path, key)))


def parse_json(raw: bytes) -> Any:
    """Parse UTF-8 JSON bytes; raise JsonInputError with a one-line reason if unusable."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonInputError(f"is not UTF-8 text ({exc.reason})") from None
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise JsonInputError(f"not valid JSON at {where}: {exc.msg}") from None
    except JsonInputError:
        raise
    except RecursionError:
        raise JsonInputError(
            f"arrays and objects are nested more than {MAX_DEPTH} levels deep "
            "(no KneeDesk file needs more than a few)"
        ) from None
    except ValueError as exc:
        # Python refuses to convert integers written with more digits than its limit (4300).
        if "integer string conversion" in str(exc):
            raise JsonInputError("has a whole number with thousands of digits") from None
        raise JsonInputError(f"not valid JSON: {clip(str(exc))}") from None
    if isinstance(data, dict | list):
        _check_tree(data)
    elif isinstance(data, str) and has_surrogate(data):
        raise JsonInputError("is text with a lone surrogate (not valid Unicode)")
    return data
