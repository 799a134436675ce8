"""What a finding is: an explained, evidenced statement about one patient's screen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from kneedesk.core.answers import Side
from kneedesk.core.i18n import N_, _, pgettext
from kneedesk.core.locale_format import local_number


class Level(StrEnum):
    """How much a finding matters for today's plan."""

    INFO = "info"
    ATTENTION = "attention"
    PRIORITY = "priority"


Value = float | str | None


def fmt_number(value: float, decimals: int = 1) -> str:
    """A number for people: no trailing .0, at most `decimals` places."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def half_up_past(value: float, threshold: float) -> str:
    """`value` rounded half up, with as many decimals (up to 2) as it takes not to read as
    `threshold` or below when it is above it: a 10.1% spike over a 10% limit prints "10.1",
    not "10" (a number that would not have fired)."""
    for decimals in (0, 1, 2):
        text = half_up(value, decimals)
        if value <= threshold or float(text) > threshold:
            return text
    return text


def half_up(value: float, decimals: int = 0) -> str:
    """A number rounded half up (178.5 -> "179", 2.25 -> "2.3"), no trailing .0.

    Protocol v2 wording rule (clinical content v2, 1 rule 5): Python's own rounding goes to
    the even neighbour, which surprises people checking by hand. Worked from the number as
    written, so 2.675 is 2.68 (its binary value is 2.67499...).
    """
    step = Decimal(1).scaleb(-decimals)
    text = str(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def with_unit(value: float, unit: str | None, decimals: int = 1) -> str:
    """A number with its unit: "77.5%", "3/10", "25°", "141 N"."""
    if not unit:
        return fmt_number(value, decimals)
    gap = "" if unit.startswith(("%", "/", "°")) else " "
    return f"{fmt_number(value, decimals)}{gap}{unit}"


def _compared(value: float, threshold: float, unit: str | None) -> tuple[str, str]:
    """Value and threshold with their unit, with enough decimals that unequal numbers differ.

    7.9 cm against 8 cm is 3.11 in against 3.15 in: one decimal would show "3.1 in < 3.1 in".
    """
    for decimals in (1, 2, 3):
        shown = with_unit(value, unit, decimals), with_unit(threshold, unit, decimals)
        if shown[0] != shown[1] or value == threshold:
            break
    return shown


# Evidence units that are words, translated when the evidence is shown (kg, N, %, °, s and
# /10 are written the same in every language).
WORD_UNITS = frozenset({N_("points"), N_("per week"), N_("steps/min"), N_("% of leg length")})
# Comparisons that are words; the symbols (<, >=, ...) are shown as they are.
WORD_COMPARISONS = frozenset({"is", "includes", "differs by", "after"})


def side_name(side: str) -> str:
    """A side as the evidence and the clinician read it: "left", "izquierda"."""
    if side == "left":
        # Translators: a side of the body, as a label ("left: hip abduction LSI 77.5% < 90%").
        return pgettext("side", "left")
    if side == "right":
        # Translators: a side of the body, as a label ("right: hip abduction LSI 77.5% < 90%").
        return pgettext("side", "right")
    return side


def band_name(name: str | None) -> str:
    """A published band's name ("moderate", "highly pronated") in the active language."""
    names = {
        # Translators: the bands of a score or measure, e.g. "TSK-11 total (moderate)".
        "minimal": pgettext("band", "minimal"),
        "low": pgettext("band", "low"),
        "moderate": pgettext("band", "moderate"),
        "high": pgettext("band", "high"),
        "small": pgettext("band", "small"),
        "large": pgettext("band", "large"),
        "highly supinated": pgettext("band", "highly supinated"),
        "supinated": pgettext("band", "supinated"),
        "normal": pgettext("band", "normal"),
        "pronated": pgettext("band", "pronated"),
        "highly pronated": pgettext("band", "highly pronated"),
    }
    return names.get(name or "", name or "")


def _comparison(comparison: str) -> str:
    if comparison == "is":
        # Translators: evidence line "single-leg squat: poor (is fair or poor with knee inward)".
        return pgettext("evidence comparison", "is")
    if comparison == "includes":
        # Translators: evidence line "pain location: behind the kneecap (includes any)".
        return pgettext("evidence comparison", "includes")
    if comparison == "differs by":
        return pgettext("evidence comparison", "differs by")
    if comparison == "after":
        # Translators: evidence line "return after a 0 km week, this week: 20 km (after 0 the
        # week before)".
        return pgettext("evidence comparison", "after")
    return comparison


def _unit(unit: str | None) -> str | None:
    return _(unit) if unit in WORD_UNITS else unit


@dataclass(frozen=True)
class Evidence:
    """One measured value and the threshold it was compared with."""

    measure: str  # an item id, or a derived measure such as "hip.abduction_force.lsi"
    label: str
    value: Value
    comparison: str  # "<", "<=", ">", ">=", "is", "includes", "differs by", ...
    threshold: Value
    unit: str | None = None
    side: Side | None = None
    # The value and threshold in the clinic's display unit, for lengths and distances (the
    # fields above stay in the stored unit). text() shows these when they are set.
    display_value: float | None = None
    display_threshold: float | None = None
    display_unit: str | None = None

    def text(self) -> str:
        """The evidence in one line, e.g. "right: hip abduction LSI 77.5% < 90%", in the
        active language (decimal numbers with its separator)."""
        return local_number(self._line())

    def _line(self) -> str:
        side = f"{side_name(self.side)}: " if self.side else ""
        comparison = _comparison(self.comparison)
        if not isinstance(self.value, float | int):
            if self.comparison == "is" and self.value == self.threshold:
                return f"{side}{self.label}: {self.value}"
            return f"{side}{self.label}: {self.value} ({comparison} {self.threshold})"
        value, unit, threshold = float(self.value), _unit(self.unit), self.threshold
        if self.display_unit is not None and self.display_value is not None:
            value, unit, threshold = self.display_value, self.display_unit, self.display_threshold
        if not isinstance(threshold, float | int):
            return f"{side}{self.label} {with_unit(value, unit)} {comparison} {threshold}"
        shown, limit = _compared(value, float(threshold), unit)
        return f"{side}{self.label} {shown} {comparison} {limit}"

    def to_dict(self) -> dict[str, Any]:
        """The evidence as JSON data (value and unit as stored; lengths also as displayed)."""
        data: dict[str, Any] = {
            "measure": self.measure,
            "label": self.label,
            "side": self.side,
            "value": _round(self.value),
            "unit": self.unit,
            "comparison": self.comparison,
            "threshold": _round(self.threshold),
        }
        if self.display_unit is not None:
            data["display_value"] = _round(self.display_value)
            data["display_threshold"] = _round(self.display_threshold)
            data["display_unit"] = self.display_unit
        data["text"] = self.text()
        return data


def _round(value: Value) -> Value:
    return round(value, 2) if isinstance(value, float) else value


@dataclass(frozen=True)
class Finding:
    """A finding: id, level, the evidence it rests on, and what it means for each reader."""

    id: str
    title: str
    level: Level
    evidence: tuple[Evidence, ...]
    clinician_text: str
    source: str
    patient_text: str
    plan: tuple[str, ...]  # plan item ids from kneedesk.core.plan

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON data."""
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level.value,
            "evidence": [e.to_dict() for e in self.evidence],
            "clinician_text": self.clinician_text,
            "source": self.source,
            "patient_text": self.patient_text,
            "plan": list(self.plan),
        }
