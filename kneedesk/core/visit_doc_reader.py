"""Reading a visit document's fields: every problem is collected with where it is.

`parse_visit_doc` (in `visit_doc`) reads a document through a `DocReader`, which checks one
field at a time and notes each problem instead of stopping at the first, so a clinician
sees everything wrong with a file at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from kneedesk.core.text_checks import clip, unsafe_char_problem
from kneedesk.core.value_checks import show_json

# Only YYYY-MM-DD: date.fromisoformat also takes "20261120" and week dates like "2026-W47-5".
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
SUGGEST_UNTIL = 50  # problems after which no "did you mean" is looked for


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a visit document: where (item id or field path) and what."""

    item: str
    message: str

    def __str__(self) -> str:
        # The item may be any key the document had: shown bounded and with controls escaped.
        return f"{clip(self.item)}: {self.message}"


def suggest(word: str, choices: Iterable[str]) -> str:
    """A "did you mean" hint naming the one of `choices` close to `word` ("" if none)."""
    if len(word) > 80:  # nothing that long is close to an id; difflib would take long
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f"; did you mean {close[0]!r}?" if close else ""


class DocReader:
    """Collects problems while reading one document; each reader returns None when it fails."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        """Note a problem at `where` (an item id or a field path)."""
        self.problems.append(Problem(where, message))

    def suggest(self, word: str, choices: Iterable[str]) -> str:
        """`suggest`, while the problems are still few enough to be read."""
        # Only while the problems are few enough to be read: a hostile document with 20,000
        # unknown ids would otherwise spend many seconds finding close matches.
        return suggest(word, choices) if len(self.problems) < SUGGEST_UNTIL else ""

    def table(self, data: Mapping[str, Any], key: str, keys: Sequence[str]) -> Mapping[str, Any]:
        """The object at `key` with only `keys` allowed (ABSENT when it is not an object)."""
        value = data.get(key)
        if not isinstance(value, Mapping):
            self.add(key, f"must be an object with {', '.join(keys)}, not {show_json(value)}")
            return ABSENT
        for extra in sorted(value.keys() - set(keys)):
            self.add(f"{key}.{extra}", f"unknown field (allowed: {', '.join(keys)})")
        return value

    # Each reader takes the containing object and the field's path; inside an object already
    # reported as missing (ABSENT) it stays quiet, so one mistake gives one problem.

    def text(self, data: Mapping[str, Any], path: str) -> str | None:
        """Non-empty text."""
        value = data.get(path.rpartition(".")[2])
        if data is not ABSENT and (not isinstance(value, str) or not value.strip()):
            self.add(path, f"must be non-empty text, not {show_json(value)}")
            return None
        return value

    def name(self, data: Mapping[str, Any], path: str, limit: int) -> str | None:
        """A name or chart number: non-empty, trimmed, at most `limit` long, no control chars."""
        value = self.text(data, path)
        if value is None:
            return None
        value = value.strip()
        problem = unsafe_char_problem(value)
        if problem:
            self.add(path, problem)
            return None
        if len(value) > limit:
            self.add(path, f"is {len(value)} characters long; at most {limit} are allowed")
            return None
        return value

    def day(self, data: Mapping[str, Any], path: str) -> date | None:
        """A real date written YYYY-MM-DD."""
        value = data.get(path.rpartition(".")[2])
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        if data is not ABSENT:
            self.add(path, f"must be a real date written YYYY-MM-DD, not {show_json(value)}")
        return None

    def version(self, data: Mapping[str, Any], key: str) -> int | None:
        """A version number: a whole number of at least 1."""
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.add(key, f"must be a whole number of at least 1, not {show_json(value)}")
            return None
        return value


ABSENT: Mapping[str, Any] = MappingProxyType({})
