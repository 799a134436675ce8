"""The data of progress charts: visits, points, lines, series and how a series is built.

Shared by the v1 series (`kneedesk.core.progress`) and the v2 series of clinical content v2,
section 9 (`kneedesk.core.progress_v2`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.bands import Verdict
from kneedesk.core.i18n import N_, _
from kneedesk.core.scoring import percent_body_weight, symptomatic_lsi

# Clinical content v2, 10.1: what a v2-only item of a v1 visit reads, wherever it is shown
# (marked with N_: show it as `_(NOT_ASKED_V1)`).
NOT_ASKED_V1 = N_("not asked (v1 visit)")


@dataclass(frozen=True)
class VisitPoint:
    """One visit on the time axis: its date, its answers and its protocol version."""

    date: date
    answers: Answers
    # None when not known (callers that compare visits of one version only).
    protocol_version: int | None = None


@dataclass(frozen=True)
class Point:
    """One value of a line at one visit (None when it was not measured or not asked)."""

    date: date
    value: float | None
    # The visit's protocol version (None when not known); v1 points are marked (10.5).
    protocol_version: int | None = None
    # True when the visit's protocol did not ask this measure (a v2-only item of a v1 visit).
    not_asked: bool = False


@dataclass(frozen=True)
class Change:
    """Change of one line: latest visit against the first and against the previous visit."""

    since_first: float | None
    since_last: float | None
    meaningful_since_first: bool
    meaningful_since_last: bool
    # True when the change since the first visit goes the better way, None if there is no
    # better way (distance, cadence) or no change to judge.
    improved_since_first: bool | None
    improved_since_last: bool | None
    # Clinical content v2, 4.3: "improved" / "worse" only beyond the band, else "within";
    # None for a series without a band (or a change that cannot be judged).
    verdict_since_first: Verdict | None = None
    verdict_since_last: Verdict | None = None
    # For a band in % of the earlier value (strength): the change in that per cent.
    percent_since_first: float | None = None
    percent_since_last: float | None = None


@dataclass(frozen=True)
class Line:
    """One line of a chart: a side ("left", "right") or a named measure ("usual pain")."""

    key: str
    label: str
    points: tuple[Point, ...]
    change: Change

    @property
    def measured(self) -> tuple[Point, ...]:
        """The points that have a value."""
        return tuple(p for p in self.points if p.value is not None)


@dataclass(frozen=True)
class Series:
    """One chart: a measure over visits, with its unit and its meaningful-change rule."""

    id: str
    title: str
    unit: str
    lines: tuple[Line, ...]
    # Smallest change that counts as meaningful, in the series' unit (or in % of the earlier
    # value when `relative`); None when there is no agreed threshold. For a v2 series with a
    # `rule` it is the band's half-width (the MCID or the test's measurement error).
    mcid: float | None
    relative: bool
    higher_is_better: bool | None
    # A reference level drawn across the chart (e.g. the 90% LSI convention), or None.
    reference: float | None = None
    reference_label: str = ""
    value_range: tuple[float, float] | None = None
    decimals: int = 0  # how many decimals a value is shown with
    # What the value is when its unit does not say (the LSI's definition), else "".
    definition: str = ""
    # The clinical content v2 change rule (`kneedesk.core.bands.CHANGE_RULE` key) the changes
    # are judged by; None for v1 series and series without a band.
    rule: str | None = None

    @property
    def has_data(self) -> bool:
        """Whether any line has at least one measured value."""
        return any(line.measured for line in self.lines)

    @property
    def has_trend(self) -> bool:
        """Whether any line was measured at two visits or more (worth a chart)."""
        return any(len(line.measured) >= 2 for line in self.lines)

    def band(self, line: Line) -> tuple[float, float] | None:
        """The band around a line's first value (absolute, or +/- % of it); None without one."""
        first = next((p.value for p in line.points if p.value is not None), None)
        if self.mcid is None or first is None:
            return None
        if self.relative:
            if first <= 0:
                return None
            half = abs(first) * self.mcid / 100.0
            return first - half, first + half
        return first - self.mcid, first + self.mcid

    @property
    def bands_per_line(self) -> bool:
        """Whether each line has its own band (per-side tests) or only the first line has one."""
        return self.rule is not None and self.lines[0].key in ("left", "right")


Getter = Callable[[Answers], float | None]


@dataclass(frozen=True)
class Spec:
    """How one series is built: its lines' getters and its change rule."""

    id: str
    title: str
    unit: str
    lines: tuple[tuple[str, str, Getter], ...]
    mcid: float | None = None
    relative: bool = False
    higher_is_better: bool | None = None
    reference: float | None = None
    reference_label: str = ""
    value_range: tuple[float, float] | None = None
    decimals: int = 0
    definition: str = ""
    rule: str | None = None
    # Shown value = stored value x scale (lengths in inches); bands are judged on stored values.
    scale: float = 1.0
    # The first protocol version that asks the measure's items: earlier visits "not asked".
    asked_from: int = 1


def side_value(item_id: str, side: Side, scale: float = 1.0) -> Getter:
    """One side of a per-side number, times `scale`."""

    def get(a: Answers) -> float | None:
        v = a.number(item_id, side)
        return None if v is None else v * scale

    return get


def percent_bw(item_id: str, side: Side) -> Getter:
    """One side of a force as % of body weight."""
    return lambda a: percent_body_weight(a.number(item_id, side), a.number("body_mass"))


def lsi_of(item_id: str) -> Getter:
    """The painful side's limb symmetry index of a per-side item."""
    return lambda a: symptomatic_lsi(a, item_id)


def plain(item_id: str, scale: float = 1.0) -> Getter:
    """A number that is not per side, times `scale`."""

    def get(a: Answers) -> float | None:
        v = a.number(item_id)
        return None if v is None else v * scale

    return get


def latest_week(scale: float) -> Getter:
    """The distance of the 7 days up to the visit, times `scale`."""

    def get(a: Answers) -> float | None:
        weeks = a.numbers("load.weekly_distance")
        return None if not weeks or weeks[0] is None else weeks[0] * scale

    return get


def side_labels() -> list[tuple[Side, str]]:
    """(side, "Left"/"Right") for the lines of a per-side series, in the active language."""
    names: dict[Side, str] = {"left": _("Left"), "right": _("Right")}
    return [(s, names[s]) for s in SIDES]
