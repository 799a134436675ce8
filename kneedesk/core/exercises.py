"""The exercise library: how to do each plan item, its default dose and its line drawing.

The library is data (resources/exercises/library.toml). A drawing is a list of simple shapes
in a DRAWING_WIDTH x DRAWING_HEIGHT box with y pointing up, so the PDF and the GUI can both
draw it with their own graphics toolkit.

Signed plans store item ids, doses and notes only, so the library text is kept per edition:
edition 1 (library-v1.toml, never edited) is what plans signed before edition 2 print; a
signed plan names its edition (`kneedesk.core.plan_record.sealed_plan`). Lengths in the text
are written as placeholders, ``{len:10-15 cm}``, filled in the clinic's units
(`kneedesk.core.units.fill_lengths`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from kneedesk.core.i18n import _
from kneedesk.core.plan import PLAN_ITEMS
from kneedesk.core.units import DisplayUnits, fill_lengths, length_placeholder_problem

DRAWING_WIDTH = 100.0
DRAWING_HEIGHT = 70.0
LIBRARY_EDITION = 2
"""The edition new plans are signed with (the text of resources/exercises/library.toml)."""
LIBRARY_FILES: Mapping[int, str] = MappingProxyType({1: "library-v1.toml", 2: "library.toml"})
LIBRARY_RESOURCE = ("exercises", LIBRARY_FILES[LIBRARY_EDITION])
STAGES = ("high", "moderate", "low")
"""Irritability stages a starting dose can be given for (clinical content v2, 4.1 and 6.2)."""

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
    """How to do one plan item: for the patient, in plain words.

    The text is stored as the library writes it (English, length placeholders unfilled); the
    properties give it in the active language, looked up each time it is read, with the
    lengths written in `units` once `in_units` has chosen them.
    """

    id: str
    _name: str
    _target: str
    _steps: tuple[str, ...]
    _dose: str
    _progression: str
    drawing: tuple[Shape, ...]
    # Starting dose per irritability stage ("high", "moderate", "low"); empty: `dose` for all.
    _doses: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Progression steps, easiest first: one step up after a week with the pain rules met.
    _levels: tuple[str, ...] = ()
    _label: str = ""  # printed under the name, e.g. adjuncts: "Short-term, with your exercises"
    # The clinic's units the length placeholders are written in (None: left as placeholders).
    units: DisplayUnits | None = None

    def _shown(self, text: str) -> str:
        """`text` in the active language, its lengths in the chosen units. A translation
        whose length placeholders cannot be filled in falls back to the English."""
        translated = _(text)
        if translated != text and length_placeholder_problem(translated) is not None:
            translated = text
        return translated if self.units is None else fill_lengths(translated, self.units)

    @property
    def name(self) -> str:
        return self._shown(self._name)

    @property
    def target(self) -> str:
        return self._shown(self._target)

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(self._shown(s) for s in self._steps)

    @property
    def dose(self) -> str:
        return self._shown(self._dose)

    @property
    def progression(self) -> str:
        return self._shown(self._progression)

    @property
    def doses(self) -> Mapping[str, str]:
        return MappingProxyType({k: self._shown(v) for k, v in self._doses.items()})

    @property
    def levels(self) -> tuple[str, ...]:
        return tuple(self._shown(v) for v in self._levels)

    @property
    def label(self) -> str:
        return self._shown(self._label)

    def dose_for(self, stage: str | None) -> str:
        """The starting dose at this irritability stage (the default dose when none is given)."""
        return self._shown(self._doses.get(stage or "", self._dose))

    def in_units(self, units: DisplayUnits) -> Exercise:
        """This entry with its length placeholders written in the clinic's units."""
        return replace(self, units=units)

    def source_texts(self) -> tuple[str, ...]:
        """Every text of the entry as the library writes it (English, lengths unfilled)."""
        return (
            self._name,
            self._target,
            *self._steps,
            self._dose,
            self._progression,
            *self._doses.values(),
            *self._levels,
            *((self._label,) if self._label else ()),
        )

    def texts(self) -> tuple[str, ...]:
        """Every text of the entry the patient can read."""
        return (
            self.name,
            self.target,
            *self.steps,
            self.dose,
            self.progression,
            *self.doses.values(),
            *self.levels,
            *((self.label,) if self._label else ()),
        )


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
    entry = Exercise(
        id=_text(raw, "id", where),
        _name=_text(raw, "name", where),
        _target=_text(raw, "target", where),
        _steps=tuple(steps),
        _dose=_text(raw, "dose", where),
        _progression=_text(raw, "progression", where),
        drawing=tuple(parse_shape(str(c), where) for c in drawing),
        _doses=_doses(raw.get("doses", {}), where),
        _levels=_levels(raw.get("levels", []), where),
        _label=_text(raw, "label", where) if "label" in raw else "",
    )
    for text in entry.source_texts():
        problem = length_placeholder_problem(text)
        if problem:
            raise ExerciseLibraryError(f"{where}: {problem}")
    return entry


def _doses(raw: Any, where: str) -> Mapping[str, str]:
    if not isinstance(raw, dict) or not set(raw) <= set(STAGES):
        raise ExerciseLibraryError(f"{where}: doses must be a table of {', '.join(STAGES)}")
    if not all(isinstance(v, str) and v.strip() for v in raw.values()):
        raise ExerciseLibraryError(f"{where}: every dose must be non-empty text")
    return MappingProxyType({stage: raw[stage] for stage in STAGES if stage in raw})


def _levels(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or len(raw) == 1:
        raise ExerciseLibraryError(f"{where}: levels must be a list of at least 2 steps")
    if not all(isinstance(v, str) and v.strip() for v in raw):
        raise ExerciseLibraryError(f"{where}: every level must be non-empty text")
    return tuple(raw)


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
def load_exercises(edition: int = LIBRARY_EDITION) -> Mapping[str, Exercise]:
    """A bundled edition of the library, keyed by plan item id (cached: it is immutable).

    Edition 1 is the text plans signed before edition 2 were printed with; it has entries for
    the items of that time only. An unknown edition is a ValueError.
    """
    if edition not in LIBRARY_FILES:
        raise ValueError(f"there is no exercise library edition {edition!r}")
    resource = files("kneedesk.resources").joinpath("exercises", LIBRARY_FILES[edition])
    return parse_library(resource.read_text(encoding="utf-8"))


def exercise(item_id: str, edition: int = LIBRARY_EDITION) -> Exercise:
    """The library entry of a plan item (KeyError if the library has none)."""
    return load_exercises(edition)[item_id]


def missing_exercises() -> tuple[str, ...]:
    """Plan item ids that have no library entry (empty when the library is complete)."""
    library = load_exercises()
    return tuple(item_id for item_id in PLAN_ITEMS if item_id not in library)
