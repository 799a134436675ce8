"""Progress over visits: the measures the charts and the printed handout follow, one series each.

The GUI charts and the PDF both draw from `progress_series`, so they always agree on which
values were measured, how they were converted and which changes count as meaningful.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import (
    DECIMALS,
    LSI_DEFINITION,
    checklist_points,
    kujala,
    percent_body_weight,
    symptomatic_lsi,
)
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits


@dataclass(frozen=True)
class VisitPoint:
    """One visit on the time axis: its date and its answers."""

    date: date
    answers: Answers


@dataclass(frozen=True)
class Point:
    """One value of a line at one visit (None when it was not measured)."""

    date: date
    value: float | None


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
    # value when `relative`); None when there is no agreed threshold.
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

    @property
    def has_data(self) -> bool:
        """Whether any line has at least one measured value."""
        return any(line.measured for line in self.lines)

    @property
    def has_trend(self) -> bool:
        """Whether any line was measured at two visits or more (worth a chart)."""
        return any(len(line.measured) >= 2 for line in self.lines)


Getter = Callable[[Answers], float | None]


def is_meaningful(size: float, threshold: float) -> bool:
    """Whether a change of this size (absolute) is meaningful: reaching the threshold counts.

    clinical.md 4.3 counts a change of exactly the threshold (Kujala -10, pain +2) and the
    settings say "at least this many points". Every mark uses this test and every caption
    words it with `meaningful_words`/`not_meaningful_words`, so the two cannot disagree.
    """
    return size >= threshold


def meaningful_words(threshold: str) -> str:
    """The rule of `is_meaningful` in words, for a threshold already written with its unit."""
    return f"{threshold} or more"


def not_meaningful_words(threshold: str) -> str:
    """The other side of `is_meaningful` in words: changes that are not meaningful."""
    return f"less than {threshold}"


def _delta(a: float | None, b: float | None) -> float | None:
    # Rounded as scoring rounds its differences, so 6.4 - 4.4 is the 2 the clinic typed.
    return None if a is None or b is None else round(a - b, DECIMALS)


def _meaningful(
    delta: float | None, before: float | None, mcid: float | None, relative: bool
) -> bool:
    if delta is None or mcid is None:
        return False
    if relative:
        if before is None or before <= 0:
            return False
        return is_meaningful(round(abs(delta) / before * 100.0, DECIMALS), mcid)
    return is_meaningful(abs(delta), mcid)


def _better(delta: float | None, higher_is_better: bool | None) -> bool | None:
    if delta is None or higher_is_better is None or delta == 0:
        return None
    return (delta > 0) == higher_is_better


def _change(points: Sequence[Point], series: _Spec) -> Change:
    """Latest visit against the first measured value and against the visit before it."""
    latest = points[-1].value if points else None
    measured = [p.value for p in points[:-1] if p.value is not None]
    first = measured[0] if measured else None
    last = points[-2].value if len(points) >= 2 else None
    since_first, since_last = _delta(latest, first), _delta(latest, last)
    return Change(
        since_first=since_first,
        since_last=since_last,
        meaningful_since_first=_meaningful(since_first, first, series.mcid, series.relative),
        meaningful_since_last=_meaningful(since_last, last, series.mcid, series.relative),
        improved_since_first=_better(since_first, series.higher_is_better),
        improved_since_last=_better(since_last, series.higher_is_better),
    )


@dataclass(frozen=True)
class _Spec:
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


def _side(item_id: str, side: Side, scale: float = 1.0) -> Getter:
    def get(a: Answers) -> float | None:
        v = a.number(item_id, side)
        return None if v is None else v * scale

    return get


def _percent_bw(item_id: str, side: Side) -> Getter:
    return lambda a: percent_body_weight(a.number(item_id, side), a.number("body_mass"))


def _lsi(item_id: str) -> Getter:
    return lambda a: symptomatic_lsi(a, item_id)


def _plain(item_id: str, scale: float = 1.0) -> Getter:
    def get(a: Answers) -> float | None:
        v = a.number(item_id)
        return None if v is None else v * scale

    return get


def _latest_week(scale: float) -> Getter:
    def get(a: Answers) -> float | None:
        weeks = a.numbers("load.weekly_distance")
        return None if not weeks or weeks[0] is None else weeks[0] * scale

    return get


def _specs(protocol: Protocol, thresholds: Thresholds, units: DisplayUnits) -> list[_Spec]:
    """Every series of clinical.md section 6, in the order charts are shown."""

    def step_down(side: Side) -> Getter:
        def get(a: Answers) -> float | None:
            points = checklist_points(a, protocol, "hip.step_down", side)
            return None if points is None else float(points)

        return get

    def kujala_total(a: Answers) -> float | None:
        total = kujala(a, protocol).total
        return None if total is None else float(total)

    length_item = protocol.item("ankle.knee_to_wall")
    length_unit = units.unit_for(length_item) or "cm"
    length_scale = units.to_shown(length_item, 1.0)
    distance_item = protocol.item("load.weekly_distance")
    distance_unit = units.unit_for(distance_item) or "km"
    distance_scale = units.to_shown(distance_item, 1.0)
    sides = [(s, s.capitalize()) for s in SIDES]

    specs = [
        _Spec(
            "kujala",
            "Kujala score",
            "points",
            (("total", "Kujala total", kujala_total),),
            mcid=thresholds.kujala_mcid,
            higher_is_better=True,
            value_range=(0.0, 100.0),
        ),
        _Spec(
            "pain",
            "Pain",
            "/10",
            (
                ("usual", "Usual pain", _plain("pain.usual")),
                ("worst_week", "Worst pain this week", _plain("pain.worst_week")),
                ("running", "Pain when running", _plain("pain.running")),
            ),
            mcid=thresholds.pain_mcid,
            higher_is_better=False,
            value_range=(0.0, 10.0),
            decimals=1,
        ),
        _Spec(
            "koos_pf",
            "KOOS-PF score",
            "points",
            (("score", "KOOS-PF", _plain("koos_pf.score")),),
            mcid=thresholds.koos_pf_mcid,
            higher_is_better=True,
            value_range=(0.0, 100.0),
            decimals=1,  # the form's score has a decimal, as has its 16.4-point threshold
        ),
    ]
    for item_id, name in (
        ("hip.abduction_force", "Hip abduction strength"),
        ("hip.external_rotation_force", "Hip external rotation strength"),
        ("hip.extension_force", "Hip extension strength"),
    ):
        specs.append(
            _Spec(
                item_id.removeprefix("hip.").removesuffix("_force") + "_bw",
                name,
                "% body weight",
                tuple((s, label, _percent_bw(item_id, s)) for s, label in sides),
                mcid=thresholds.strength_drop_percent,
                relative=True,
                higher_is_better=True,
            )
        )
    specs += [
        _Spec(
            "lsi",
            "Hip strength symmetry (LSI)",
            "%",
            (
                ("abduction", "Abduction", _lsi("hip.abduction_force")),
                ("external_rotation", "External rotation", _lsi("hip.external_rotation_force")),
                ("extension", "Extension", _lsi("hip.extension_force")),
            ),
            higher_is_better=True,
            reference=thresholds.lsi_min_percent,
            reference_label=f"{fmt_number(thresholds.lsi_min_percent)}% return-to-sport convention",
            definition=LSI_DEFINITION,
        ),
        _Spec(
            "step_down",
            "Step-down score",
            "points (0 best, 6 worst)",
            tuple((s, label, step_down(s)) for s, label in sides),
            higher_is_better=False,
            value_range=(0.0, 6.0),
        ),
        _Spec(
            "knee_to_wall",
            "Knee-to-wall",
            length_unit,
            tuple((s, label, _side("ankle.knee_to_wall", s, length_scale)) for s, label in sides),
            higher_is_better=True,
            decimals=1,
        ),
        _Spec(
            "weekly_distance",
            "Weekly running distance",
            distance_unit,
            (("latest_week", "This week (7 days up to the visit)", _latest_week(distance_scale)),),
        ),
        _Spec(
            "cadence",
            "Cadence",
            "steps/min",
            (("cadence", "Cadence", _plain("running.cadence")),),
        ),
    ]
    return specs


def progress_series(
    visits: Sequence[VisitPoint],
    protocol: Protocol,
    thresholds: Thresholds | None = None,
    units: DisplayUnits | None = None,
) -> tuple[Series, ...]:
    """Every progress series over these visits (sorted by date), in display units.

    Each series is returned even when nothing was measured (check `has_data`/`has_trend`).
    """
    ordered = sorted(visits, key=lambda v: v.date)
    result: list[Series] = []
    for spec in _specs(protocol, thresholds or Thresholds(), units or DisplayUnits()):
        lines = []
        for key, label, get in spec.lines:
            points = tuple(Point(v.date, get(v.answers)) for v in ordered)
            lines.append(Line(key, label, points, _change(points, spec)))
        result.append(
            Series(
                id=spec.id,
                title=spec.title,
                unit=spec.unit,
                lines=tuple(lines),
                mcid=spec.mcid,
                relative=spec.relative,
                higher_is_better=spec.higher_is_better,
                reference=spec.reference,
                reference_label=spec.reference_label,
                value_range=spec.value_range,
                decimals=spec.decimals,
                definition=spec.definition,
            )
        )
    return tuple(result)


SERIES_IDS: tuple[str, ...] = (
    "kujala",
    "pain",
    "koos_pf",
    "abduction_bw",
    "external_rotation_bw",
    "extension_bw",
    "lsi",
    "step_down",
    "knee_to_wall",
    "weekly_distance",
    "cadence",
)
