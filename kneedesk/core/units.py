"""Unit conversion between the clinic's display units and the metric units values are stored in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Item, Quantity

GRAVITY = 9.80665  # standard gravity, m/s^2: defines kgf and lbf

# Factor to the base unit of each quantity (kg, m, N, m/s).
_FACTORS: dict[str, tuple[Quantity, float]] = {
    "kg": (Quantity.MASS, 1.0),
    "lb": (Quantity.MASS, 0.45359237),
    "m": (Quantity.LENGTH, 1.0),
    "cm": (Quantity.LENGTH, 0.01),
    "in": (Quantity.LENGTH, 0.0254),
    "km": (Quantity.DISTANCE, 1000.0),
    "mi": (Quantity.DISTANCE, 1609.344),
    "N": (Quantity.FORCE, 1.0),
    "kgf": (Quantity.FORCE, GRAVITY),
    "lbf": (Quantity.FORCE, 0.45359237 * GRAVITY),
    "km/h": (Quantity.SPEED, 1000.0 / 3600.0),
    "mph": (Quantity.SPEED, 1609.344 / 3600.0),
}
# The US unit of each quantity that has one (force follows the dynamometer setting instead).
_US_UNITS: dict[Quantity, str] = {
    Quantity.MASS: "lb",
    Quantity.LENGTH: "in",
    Quantity.DISTANCE: "mi",
    Quantity.SPEED: "mph",
}


class UnitSystem(StrEnum):
    """The clinic's choice of units for length, mass, distance and speed."""

    METRIC = "metric"
    US = "us"


class ForceUnit(StrEnum):
    """The unit the clinic's dynamometer shows."""

    NEWTON = "N"
    KILOGRAM_FORCE = "kgf"
    POUND_FORCE = "lbf"


@dataclass(frozen=True)
class DisplayUnits:
    """The clinic's unit settings."""

    system: UnitSystem = UnitSystem.METRIC
    force: ForceUnit = ForceUnit.NEWTON

    def unit_for(self, item: Item) -> str | None:
        """The unit an item is shown and typed in (the stored unit if it has no quantity)."""
        if item.quantity is None or item.unit is None:
            return item.unit
        return self._unit_of(item.quantity, item.unit)

    def shown_unit(self, stored_unit: str) -> str:
        """The display unit for a stored unit: "cm" -> "in" in US units; "%" or "s" as is."""
        if not is_known_unit(stored_unit):
            return stored_unit
        return self._unit_of(_FACTORS[stored_unit][0], stored_unit)

    def _unit_of(self, quantity: Quantity, stored_unit: str) -> str:
        if quantity is Quantity.FORCE:
            return self.force.value
        if self.system is UnitSystem.METRIC:
            return stored_unit
        return _US_UNITS[quantity]

    def shown(self, value: float, stored_unit: str) -> tuple[float, str]:
        """A value in a stored unit as the clinic reads it: (value, unit), e.g. (3.94, "in")."""
        unit = self.shown_unit(stored_unit)
        return convert(value, stored_unit, unit), unit

    def to_stored(self, item: Item, shown: float) -> float:
        """Convert a value typed in the display unit to the stored unit."""
        unit = self.unit_for(item)
        if unit is None or item.unit is None:
            return shown
        return convert(shown, unit, item.unit)

    def to_shown(self, item: Item, stored: float) -> float:
        """Convert a stored value to the display unit."""
        unit = self.unit_for(item)
        if unit is None or item.unit is None:
            return stored
        return convert(stored, item.unit, unit)


def is_known_unit(unit: str) -> bool:
    """Whether convert() understands this unit."""
    return unit in _FACTORS


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a value between two units of the same quantity (ValueError otherwise)."""
    if from_unit == to_unit:
        return value
    try:
        q_from, f_from = _FACTORS[from_unit]
        q_to, f_to = _FACTORS[to_unit]
    except KeyError as exc:
        raise ValueError(f"unknown unit {exc.args[0]!r}") from None
    if q_from is not q_to:
        raise ValueError(f"cannot convert {from_unit} ({q_from}) to {to_unit} ({q_to})")
    return value * f_from / f_to


# A length in patient text, written in centimetres and shown in the clinic's units:
# "{len:10-15 cm}" prints "10-15 cm" in metric units and "4-6 in" in US units.
LENGTH_PLACEHOLDER = re.compile(r"\{len:([^{}]*)\}")
_LENGTH_VALUE = re.compile(r"(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))? cm")


def round_half_up(value: float, decimals: int = 0) -> float:
    """Round as people do by hand: 178.5 -> 179, 2.25 -> 2.3 (not Python's half-to-even)."""
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


def _shown_length(cm: float, units: DisplayUnits) -> str:
    if units.system is UnitSystem.METRIC:
        return local_number(f"{cm:g}")
    inches = cm / 2.54
    shown = round_half_up(inches) if inches >= 1.5 else round_half_up(inches, 1)
    return local_number(f"{shown:g}")


def length_placeholder_problem(text: str) -> str | None:
    """Why a length placeholder in `text` cannot be filled in, or None when all can."""
    for match in LENGTH_PLACEHOLDER.finditer(text):
        if not _LENGTH_VALUE.fullmatch(match.group(1).strip()):
            return f"{match.group()!r} is not a length like {{len:10-15 cm}}"
    if "{len" in LENGTH_PLACEHOLDER.sub("", text):
        return "a length placeholder is not closed with }"
    return None


def fill_lengths(text: str, units: DisplayUnits) -> str:
    """The text with each ``{len:a-b cm}`` written in the clinic's units (whole inches in US)."""

    def shown(match: re.Match[str]) -> str:
        value = _LENGTH_VALUE.fullmatch(match.group(1).strip())
        if value is None:
            raise ValueError(f"{match.group()!r} is not a length like {{len:10-15 cm}}")
        low, high = value.groups()
        unit = "cm" if units.system is UnitSystem.METRIC else "in"
        numbers = [_shown_length(float(n), units) for n in (low, high) if n is not None]
        return f"{'-'.join(numbers)} {unit}"

    return LENGTH_PLACEHOLDER.sub(shown, text)


# Units that are words, as the protocol names them; symbols (cm, kg, N, °) are the same in
# every language.
WORD_UNITS = (
    N_("points"),
    N_("reps"),
    N_("runs"),
    N_("sessions"),
    N_("weeks"),
    N_("steps/min"),
)


def unit_words(unit: str) -> str:
    """A unit as the reader's language writes it: "weeks" -> "semanas"; symbols unchanged."""
    return _(unit) if unit in WORD_UNITS else unit
