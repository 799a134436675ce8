"""What a finding is: an explained, evidenced statement about one patient's screen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kneedesk.core.answers import Side


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


def with_unit(value: float, unit: str | None) -> str:
    """A number with its unit: "77.5%", "3/10", "141 N"."""
    if not unit:
        return fmt_number(value)
    gap = "" if unit.startswith(("%", "/")) else " "
    return f"{fmt_number(value)}{gap}{unit}"


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

    def text(self) -> str:
        """The evidence in one line, e.g. "right: hip abduction LSI 77.5% < 90%"."""
        side = f"{self.side}: " if self.side else ""
        if not isinstance(self.value, float | int):
            if self.comparison == "is" and self.value == self.threshold:
                return f"{side}{self.label}: {self.value}"
            return f"{side}{self.label}: {self.value} ({self.comparison} {self.threshold})"
        value = with_unit(self.value, self.unit)
        threshold = (
            with_unit(self.threshold, self.unit)
            if isinstance(self.threshold, float | int)
            else self.threshold
        )
        return f"{side}{self.label} {value} {self.comparison} {threshold}"

    def to_dict(self) -> dict[str, Any]:
        """The evidence as JSON data."""
        return {
            "measure": self.measure,
            "label": self.label,
            "side": self.side,
            "value": _round(self.value),
            "unit": self.unit,
            "comparison": self.comparison,
            "threshold": _round(self.threshold),
            "text": self.text(),
        }


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
