"""The threshold form's rows: the core's description of each threshold, in display units."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kneedesk.core.thresholds import THRESHOLD_INFO, ThresholdInfo, Thresholds
from kneedesk.core.units import DisplayUnits, convert

# Lengths converted to inches are shown to this many decimals (0.79 in for 2 cm).
SHOWN_DECIMALS = 2


@dataclass(frozen=True)
class ThresholdField:
    """One threshold as the form shows it: its name, description, default and kind of number."""

    name: str
    info: ThresholdInfo
    default: float
    whole: bool

    @property
    def help(self) -> str:
        """What the threshold does and where its default comes from."""
        source = QCoreApplication.translate("ThresholdsTab", "Source: {source}.").format(
            source=self.info.source
        )
        return f"{self.info.help}\n{source}"

    def unit(self, units: DisplayUnits) -> str:
        """The unit the threshold is shown and typed in: "in" for a length in US units."""
        if self.info.quantity is None:
            return self.info.unit
        return units.shown_unit(self.info.unit)

    def label(self, units: DisplayUnits) -> str:
        """The form label with the display unit, e.g. "Knee-to-wall side difference (in)"."""
        return self.info.label_with_unit(self.unit(units))

    def to_shown(self, stored: float, units: DisplayUnits) -> float:
        """A stored value in the display unit."""
        return convert(stored, self.info.unit, self.unit(units))

    def to_stored(self, shown: float, units: DisplayUnits) -> float:
        """A typed value in the stored unit."""
        return convert(shown, self.unit(units), self.info.unit)

    def text(self, stored: float, units: DisplayUnits) -> str:
        """A stored value as the form shows it: "90", "16.4", "0.79" (2 cm in inches)."""
        if self.unit(units) == self.info.unit:
            return format_number(stored)
        return format_number(round(self.to_shown(stored, units), SHOWN_DECIMALS))


def _is_whole(field: dataclasses.Field[object]) -> bool:
    # With postponed annotations the type is the string "int".
    return field.type in ("int", int)


def threshold_fields() -> list[ThresholdField]:
    """One entry per threshold, in the order the core declares them."""
    defaults = Thresholds()
    return [
        ThresholdField(
            name=field.name,
            info=THRESHOLD_INFO[field.name],
            default=getattr(defaults, field.name),
            whole=_is_whole(field),
        )
        for field in dataclasses.fields(Thresholds)
    ]


def format_number(value: float) -> str:
    """A threshold as typed: 90 rather than 90.0, 16.4 as is."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def parse_threshold(
    field: ThresholdField, text: str, units: DisplayUnits
) -> tuple[float | None, str | None]:
    """The typed value in the stored unit, or None with what is wrong and the allowed values."""
    default = field.text(field.default, units)
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None, QCoreApplication.translate(
            "ThresholdsTab", "Enter a number (default {default})."
        ).format(default=default)
    try:
        value = field.to_stored(float(cleaned), units)
    except ValueError:
        # Translators: {text} is what was typed, with its quotes.
        return None, QCoreApplication.translate(
            "ThresholdsTab", "{text} is not a number. Enter e.g. {default}."
        ).format(text=repr(text.strip()), default=default)
    try:
        Thresholds.from_dict({field.name: value})
    except ValueError:
        if field.whole:
            problem = QCoreApplication.translate(
                "ThresholdsTab", "Enter a whole number of 0 or more (default {default})."
            )
        else:
            problem = QCoreApplication.translate(
                "ThresholdsTab", "Enter a number of 0 or more (default {default})."
            )
        return None, problem.format(default=default)
    return (int(value) if field.whole else value), None
