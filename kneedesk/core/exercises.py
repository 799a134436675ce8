"""The exercise library: how to do each plan item, its default dose and its line drawing.

The library is data (resources/exercises/library.toml). A drawing is a list of simple shapes
in a DRAWING_WIDTH x DRAWING_HEIGHT box with y pointing up, so the PDF and the GUI can both
draw it with their own graphics toolkit.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from kneedesk.core.plan import PLAN_ITEMS

DRAWING_WIDTH = 100.0
DRAWING_HEIGHT = 70.0
LIBRARY_RESOURCE = ("exercises", "library.toml")

# Shape kinds and how many numbers each takes (None: an even count of at least 4).
SHAPE_ARITY: Mapping[str, int | None] = MappingProxyType(
    {
        "head": 2,
        "limb": None,
        "far": None,
        "line": None,
        "box": 4,
        "arrow": None,
        "band": None,
        "floor": 1,
        "circle": 3,
        "arc": 3,
    }
)


class ExerciseLibraryError(ValueError):
    """The exercise library file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Shape:
    """One drawing command: a kind and its numbers (points as x, y pairs)."""

    kind: str
    values: tuple[float, ...]

    @property
    def points(self) -> tuple[tuple[float, float], ...]:
        """The values as (x, y) pairs."""
        v = self.values
        return tuple((v[i], v[i + 1]) for i in range(0, len(v) - 1, 2))


@dataclass(frozen=True)
class Exercise:
    """How to do one plan item: for the patient, in plain words."""

    id: str
    name: str
    target: str
    steps: tuple[str, ...]
    dose: str
    progression: str
    drawing: tuple[Shape, ...]


def parse_shape(command: str, where: str) -> Shape:
    """Read one drawing command such as "limb 10 20 30 40"."""
    kind, *numbers = command.split()
    if kind not in SHAPE_ARITY:
        raise ExerciseLibraryError(f"{where}: unknown drawing command {kind!r}")
    try:
        values = tuple(float(n) for n in numbers)
    except ValueError:
        message = f"{where}: {command!r} has a value that is not a number"
        raise ExerciseLibraryError(message) from None
    arity = SHAPE_ARITY[kind]
    ok = len(values) == arity if arity is not None else len(values) >= 4 and len(values) % 2 == 0
    if not ok:
        raise ExerciseLibraryError(f"{where}: {command!r} has the wrong number of values")
    return Shape(kind, values)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ExerciseLibraryError(f"{where}: {key} must be non-empty text")
    return value


def _exercise(raw: Any, n: int) -> Exercise:
    if not isinstance(raw, dict):
        raise ExerciseLibraryError(f"exercise {n}: must be a table")
    where = f"exercise {raw.get('id', n)!s}"
    steps = raw.get("steps")
    if not isinstance(steps, list) or not 3 <= len(steps) <= 5:
        raise ExerciseLibraryError(f"{where}: steps must be a list of 3 to 5 texts")
    if not all(isinstance(s, str) and s.strip() for s in steps):
        raise ExerciseLibraryError(f"{where}: every step must be non-empty text")
    drawing = raw.get("drawing")
    if not isinstance(drawing, list) or not drawing:
        raise ExerciseLibraryError(f"{where}: drawing must be a list of commands")
    return Exercise(
        id=_text(raw, "id", where),
        name=_text(raw, "name", where),
        target=_text(raw, "target", where),
        steps=tuple(steps),
        dose=_text(raw, "dose", where),
        progression=_text(raw, "progression", where),
        drawing=tuple(parse_shape(str(c), where) for c in drawing),
    )


def parse_library(text: str) -> Mapping[str, Exercise]:
    """Read the library TOML into exercises keyed by plan item id."""
    data = tomllib.loads(text)
    entries = data.get("exercise")
    if not isinstance(entries, list):
        raise ExerciseLibraryError("the library must have [[exercise]] entries")
    result: dict[str, Exercise] = {}
    for n, raw in enumerate(entries, start=1):
        ex = _exercise(raw, n)
        if ex.id in result:
            raise ExerciseLibraryError(f"exercise {ex.id}: listed twice")
        result[ex.id] = ex
    return MappingProxyType(result)


@cache
def load_exercises() -> Mapping[str, Exercise]:
    """The bundled exercise library, keyed by plan item id (cached: it is immutable)."""
    resource = files("kneedesk.resources").joinpath(*LIBRARY_RESOURCE)
    return parse_library(resource.read_text(encoding="utf-8"))


def exercise(item_id: str) -> Exercise:
    """The library entry of a plan item (KeyError if the library has none)."""
    return load_exercises()[item_id]


def missing_exercises() -> tuple[str, ...]:
    """Plan item ids that have no library entry (empty when the library is complete)."""
    library = load_exercises()
    return tuple(item_id for item_id in PLAN_ITEMS if item_id not in library)
