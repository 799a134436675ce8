"""Numbers as the clinician sees them: display units, allowed ranges and readable formatting."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Item, Kind
from kneedesk.core.units import DisplayUnits, unit_words
from kneedesk.gui.screen.state import InputError, parse_number

CONVERTED_DECIMALS = 1  # how finely a range is shown once converted to another unit


def fmt(value: float, decimals: int = 2) -> str:
    """A number without trailing zeros, at most `decimals` places: 45.5, 100, 0.82."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def unit_suffix(unit: str | None) -> str:
    """A unit to print after a number ("" for none; "/10" and "%" are kept tight)."""
    if not unit:
        return ""
    return unit if unit.startswith(("/", "%")) else f" {unit_words(unit)}"


@dataclass(frozen=True)
class NumberFormat:
    """How one numeric item is typed and shown: display unit, allowed range, precision."""

    item: Item
    units: DisplayUnits

    @property
    def unit(self) -> str | None:
        """The unit typed in."""
        return self.units.unit_for(self.item)

    @property
    def converted(self) -> bool:
        """Whether the display unit differs from the stored unit."""
        return self.unit != self.item.unit

    @property
    def whole(self) -> bool:
        """Whether only whole numbers are accepted."""
        return self.item.kind is Kind.INTEGER

    def bounds(self) -> tuple[float, float]:
        """The allowed range in display units, rounded inward so every shown value is valid."""
        low = self.item.minimum if self.item.minimum is not None else -math.inf
        high = self.item.maximum if self.item.maximum is not None else math.inf
        if not self.converted:
            return low, high
        low, high = self.units.to_shown(self.item, low), self.units.to_shown(self.item, high)
        scale = 10**CONVERTED_DECIMALS
        return math.ceil(low * scale - 1e-9) / scale, math.floor(high * scale + 1e-9) / scale

    def range_text(self) -> str:
        """E.g. "44.1 to 661.3 lb" or "0 to 10"."""
        low, high = self.bounds()
        unit = "" if (self.unit or "").startswith("/") else unit_suffix(self.unit)
        return QCoreApplication.translate("NumberFormat", "{low} to {high}{unit}").format(
            low=local_number(fmt(low, 3)), high=local_number(fmt(high, 3)), unit=unit
        )

    def placeholder(self) -> str:
        """Short hint shown in an empty field."""
        low, high = self.bounds()
        return f"{local_number(fmt(low, 3))}–{local_number(fmt(high, 3))}"

    def show(self, stored: float) -> str:
        """A stored value as text in the display unit."""
        shown = self.units.to_shown(self.item, float(stored))
        if self.whole:
            return str(round(shown))
        return fmt(shown, 2 if self.converted else 4)

    def parse(self, text: str) -> float | int | None:
        """The stored value for typed text (None if blank); InputError says what is wrong."""
        try:
            shown = parse_number(text)
        except InputError as exc:
            message = QCoreApplication.translate("NumberFormat", "{problem}: enter {range}")
            raise InputError(message.format(problem=exc, range=self.range_text())) from None
        if shown is None:
            return None
        if self.whole and not shown.is_integer():
            message = QCoreApplication.translate("NumberFormat", "Enter a whole number, {range}")
            raise InputError(message.format(range=self.range_text()))
        low, high = self.bounds()
        if not low <= shown <= high:
            message = QCoreApplication.translate(
                "NumberFormat", "{value} is out of range: enter {range}"
            )
            raise InputError(
                message.format(value=local_number(fmt(shown, 3)), range=self.range_text())
            )
        if self.whole:
            return int(shown)
        stored = self.units.to_stored(self.item, shown)
        # A converted value inside the rounded bounds can still overshoot by a rounding error.
        lo = self.item.minimum if self.item.minimum is not None else stored
        hi = self.item.maximum if self.item.maximum is not None else stored
        return min(max(stored, lo), hi)
