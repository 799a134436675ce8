"""One visit's scores as frozen dataclasses: what the summary page, the clinician summary, the
handout and `kneedesk score` all read, so none of them works a score out for itself.

Every value is `None` when it was not measured (or cannot be worked out), and every derived
number is held unrounded, exactly as the findings compare it with their thresholds. `to_json`
gives the `scores` object of `kneedesk score`, rounded as that output has always been
(`reported`); the summary page shows the numbers rounded the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kneedesk.core.answers import Side
from kneedesk.core.bands import SpikeBand, Verdict
from kneedesk.core.findings.states import Diagnosis, Irritability
from kneedesk.core.scoring import StepDownCategory

T = TypeVar("T")
U = TypeVar("U")

KUJALA_MAX = 100


def reported(value: float | None, places: int = 1) -> float | None:
    """A derived number as `kneedesk score` reports it (and the summary page shows it)."""
    return None if value is None else round(value, places)


@dataclass(frozen=True)
class Sides(Generic[T]):
    """A value for each side."""

    left: T
    right: T

    def of(self, side: Side) -> T:
        """The value of one side."""
        return self.left if side == "left" else self.right

    def json(self, convert: Callable[[T], U]) -> dict[str, U]:
        """{"left": ..., "right": ...} with each value converted."""
        return {"left": convert(self.left), "right": convert(self.right)}


def _same(value: T) -> T:
    return value


def _one_place(value: float | None) -> float | None:
    return reported(value, 1)


@dataclass(frozen=True)
class KujalaScore:
    """The Kujala total (None until all 13 items are answered) and its change since last visit."""

    version: str
    total: int | None
    missing: tuple[str, ...]  # item ids not answered
    previous_total: int | None
    change: int | None  # total - previous total, when both exist
    meaningful_change: bool  # |change| reaches the clinic's Kujala MCID

    def to_json(self) -> dict[str, Any]:
        """The `kujala` entry of `kneedesk score` (change as a float, as it always was)."""
        return {
            "version": self.version,
            "total": self.total,
            "max": KUJALA_MAX,
            "missing": list(self.missing),
            "change": None if self.change is None else float(self.change),
            "meaningful_change": self.meaningful_change,
        }


@dataclass(frozen=True)
class Rating:
    """A rated score (pain 0-10, KOOS-PF 0-100) today and at the previous visit."""

    value: float | None
    previous: float | None
    change: float | None  # value - previous
    meaningful_improvement: bool | None  # None without a change

    def to_json(self) -> dict[str, Any]:
        """The entry as `kneedesk score` prints it."""
        return {
            "value": self.value,
            "previous": self.previous,
            "change": self.change,
            "meaningful_improvement": self.meaningful_improvement,
        }


@dataclass(frozen=True)
class PainScores:
    """The three pain ratings (0-10; lower is better)."""

    usual: Rating
    worst_week: Rating
    running: Rating

    def entries(self) -> tuple[tuple[str, Rating], ...]:
        """(key, rating) in the order every report lists them."""
        return (("usual", self.usual), ("worst_week", self.worst_week), ("running", self.running))

    def to_json(self) -> dict[str, Any]:
        """{"usual": ..., "worst_week": ..., "running": ...}."""
        return {key: rating.to_json() for key, rating in self.entries()}


@dataclass(frozen=True)
class StrengthScore:
    """One force test: as measured (N), as %BW, as torque per mass, and the painful side's LSI."""

    item: str
    force_n: Sides[float | None]
    percent_bw: Sides[float | None]
    torque_nm_per_kg: Sides[float | None]  # None on both sides where the torque is hidden
    lsi: float | None

    def to_json(self) -> dict[str, Any]:
        """The entry as `kneedesk score` prints it (%BW and LSI to 0.1, torque to 0.01)."""
        return {
            "force_n": self.force_n.json(_same),
            "percent_bw": self.percent_bw.json(_one_place),
            "torque_nm_per_kg": self.torque_nm_per_kg.json(lambda v: reported(v, 2)),
            "lsi": reported(self.lsi),
        }


@dataclass(frozen=True)
class SidePlank:
    """Side-plank hold per side (s) and the painful side's LSI."""

    seconds: Sides[float | None]
    lsi: float | None

    def to_json(self) -> dict[str, Any]:
        """{"left": s, "right": s, "lsi": %}."""
        return {**self.seconds.json(_same), "lsi": reported(self.lsi)}


@dataclass(frozen=True)
class StepDownSide:
    """One side's lateral step-down: checklist points and the Piva 2006 rating."""

    score: int
    rating: StepDownCategory


@dataclass(frozen=True)
class StepDown:
    """The lateral step-down of each side (None when not tested) and the step height."""

    sides: Sides[StepDownSide | None]
    height: str | None  # option key, e.g. "20_cm"

    def to_json(self) -> dict[str, Any]:
        """{"left": {"score", "rating"} or None, "right": ..., "height": key}."""
        return {
            **self.sides.json(
                lambda s: None if s is None else {"score": s.score, "rating": s.rating}
            ),
            "height": self.height,
        }


@dataclass(frozen=True)
class YBalance:
    """Y-balance composite per stance leg (% leg length) and the anterior reach difference."""

    composite_percent: Sides[float | None]
    anterior_difference_cm: float | None

    def to_json(self) -> dict[str, Any]:
        """The entry as `kneedesk score` prints it."""
        return {
            "composite_percent": self.composite_percent.json(_one_place),
            "anterior_difference_cm": reported(self.anterior_difference_cm),
        }


@dataclass(frozen=True)
class KneeToWall:
    """Knee-to-wall distance per side (cm) and the side-to-side difference."""

    cm: Sides[float | None]
    difference_cm: float | None

    def to_json(self) -> dict[str, Any]:
        """{"left": cm, "right": cm, "difference_cm": cm}."""
        return {**self.cm.json(_same), "difference_cm": reported(self.difference_cm)}


@dataclass(frozen=True)
class Load:
    """Running load: weekly distances (most recent first), their changes and the run spike."""

    weekly_distance_km: tuple[float | None, ...]
    weekly_change_percent: tuple[float | None, ...]  # week i against week i + 1
    single_run_spike_percent: float | None

    def to_json(self) -> dict[str, Any]:
        """The entry as `kneedesk score` prints it."""
        return {
            "weekly_distance_km": list(self.weekly_distance_km),
            "weekly_change_percent": [reported(c) for c in self.weekly_change_percent],
            "single_run_spike_percent": reported(self.single_run_spike_percent),
        }


@dataclass(frozen=True)
class Cadence:
    """Step rate and its +5 to +10% retraining range, rounded half up as the sentences say it."""

    steps_per_min: float | None
    retraining_range: tuple[int, int] | None

    def to_json(self) -> dict[str, Any]:
        """{"steps_per_min": n, "retraining_range": [low, high] or None}."""
        target = self.retraining_range
        return {
            "steps_per_min": self.steps_per_min,
            "retraining_range": None if target is None else list(target),
        }


@dataclass(frozen=True)
class Banded:
    """A questionnaire or index total and its published band."""

    total: float | None
    band: str | None

    def to_json(self) -> dict[str, Any]:
        """{"total": n, "band": name}."""
        return {"total": self.total, "band": self.band}


@dataclass(frozen=True)
class V2Scores:
    """What protocol v2 adds: derived states, published bands and change against last visit."""

    age: int | None
    irritability: Irritability | None  # None when no criterion is answered
    diagnosis: Diagnosis
    spike_band: SpikeBand | None
    returns_after_break: tuple[int, ...]  # week indexes, most recent first
    tsk11: Banded
    fpi6: Sides[Banded]
    # 4.3 measure -> side ("left", "right", or "value" for one value) -> verdict
    change_vs_previous: Mapping[str, Mapping[str, Verdict | None]]

    def to_json(self) -> dict[str, Any]:
        """The v2 entries of `kneedesk score`'s scores."""
        stage = self.irritability
        dx = self.diagnosis
        band = self.spike_band
        return {
            "age": self.age,
            "irritability": None
            if stage is None
            else {
                "stage": stage.stage.value,
                "provisional": stage.provisional,
                "reasons": list(stage.reasons),
            },
            "diagnosis": {
                "status": dx.status.value,
                "unmet": list(dx.unmet),
                "suspected": [list(pair) for pair in dx.suspected],
            },
            "spike_band": None if band is None else {"band": band.name, "hrr": band.hrr},
            "returns_after_break": list(self.returns_after_break),
            "tsk11": self.tsk11.to_json(),
            "fpi6": self.fpi6.json(Banded.to_json),
            "change_vs_previous": {k: dict(v) for k, v in self.change_vs_previous.items()},
        }


@dataclass(frozen=True)
class Scores:
    """Every score and derived measure of one visit (v2 adds `v2`; None on v1 visits)."""

    kujala: KujalaScore
    pain: PainScores
    koos_pf: Rating
    strength: Mapping[str, StrengthScore]  # in STRENGTH_ITEMS order
    side_plank: SidePlank
    step_down: StepDown
    y_balance: YBalance
    knee_to_wall: KneeToWall
    load: Load
    cadence: Cadence
    # The painful side's LSI of every per-side number item, and the points of every per-side
    # checklist (the clinician summary's measurement table); not part of `to_json`.
    side_lsi: Mapping[str, float | None]
    checklist_points: Mapping[str, Sides[int | None]]
    v2: V2Scores | None = None

    def to_json(self) -> dict[str, Any]:
        """The `scores` object of `kneedesk score`."""
        data: dict[str, Any] = {
            "kujala": self.kujala.to_json(),
            "pain": self.pain.to_json(),
            "koos_pf": self.koos_pf.to_json(),
            "strength": {item: s.to_json() for item, s in self.strength.items()},
            "side_plank": self.side_plank.to_json(),
            "step_down": self.step_down.to_json(),
            "y_balance": self.y_balance.to_json(),
            "knee_to_wall": self.knee_to_wall.to_json(),
            "load": self.load.to_json(),
            "cadence": self.cadence.to_json(),
        }
        if self.v2 is not None:
            data.update(self.v2.to_json())
        return data
