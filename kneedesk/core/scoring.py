"""Published scores and derived measures, computed exactly as their sources define them."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from kneedesk.core.answers import SIDES, Answers, Side, other_side
from kneedesk.core.i18n import N_
from kneedesk.core.protocol import Kind, Protocol

KUJALA = "kujala-1993"
# clinical.md: %BW = force / (body_mass x 9.81) x 100.
G = 9.81

StepDownCategory = Literal["good", "medium", "poor"]

# Answers carry a few decimals at most, but binary floating point does not: 11 / 10 - 1 is
# 0.10000000000000009 and 67.4 - 63.4 is 4.000000000000007, which would put an exact 10% or
# 4 cm on the wrong side of a threshold. Derived ratios and differences are rounded to this
# many decimals, far below any clinical meaning, so thresholds compare what the clinic typed.
DECIMALS = 9


@dataclass(frozen=True)
class KujalaResult:
    """The Kujala Anterior Knee Pain Scale total, or the items still missing."""

    total: int | None
    missing: tuple[str, ...]
    points: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    version: str = KUJALA

    @property
    def complete(self) -> bool:
        """Whether all 13 items were answered."""
        return not self.missing


def kujala(answers: Answers, protocol: Protocol) -> KujalaResult:
    """Sum the points of the 13 Kujala items; no total unless every item is answered.

    A missing item is never scored as zero: a partly answered scale has no total.
    """
    points: dict[str, int] = {}
    missing: list[str] = []
    for item in protocol.items_scored_by(KUJALA):
        key = answers.choice(item.id)
        if key is None or key not in item.option_keys:
            missing.append(item.id)
            continue
        option_points = item.option(key).points
        assert option_points is not None  # the protocol loader guarantees scored options
        points[item.id] = option_points
    total = None if missing else sum(points.values())
    return KujalaResult(total=total, missing=tuple(missing), points=MappingProxyType(points))


def percent_body_weight(force_n: float | None, body_mass_kg: float | None) -> float | None:
    """Force as a percentage of body weight: F / (m x 9.81) x 100."""
    if force_n is None or body_mass_kg is None or body_mass_kg <= 0:
        return None
    return force_n / (body_mass_kg * G) * 100.0


def torque_per_mass(
    force_n: float | None, lever_arm_m: float | None, body_mass_kg: float | None
) -> float | None:
    """Torque normalised to body mass in N.m/kg: F x lever arm / m."""
    if force_n is None or lever_arm_m is None or body_mass_kg is None or body_mass_kg <= 0:
        return None
    return force_n * lever_arm_m / body_mass_kg


# How the limb symmetry index is defined, in the words every screen and report shows.
# Marked with N_: show it as `_(LSI_DEFINITION)`.
LSI_DEFINITION = N_("painful side \u00f7 other side \u00d7 100")


def lsi(symptomatic: float | None, other: float | None) -> float | None:
    """Limb symmetry index: symptomatic side / other side x 100 (None if undefined)."""
    if symptomatic is None or other is None or other <= 0:
        return None
    return round(symptomatic / other * 100.0, DECIMALS)


def symptomatic_lsi(answers: Answers, item_id: str) -> float | None:
    """LSI of a per-side item on the painful side; None when both knees hurt or data is missing."""
    side = answers.single_symptom_side
    if side is None:
        return None
    return lsi(answers.number(item_id, side), answers.number(item_id, other_side(side)))


@dataclass(frozen=True)
class SideMeasure:
    """One per-side measure with its normalised forms and the symmetry index."""

    item: str
    raw: Mapping[Side, float | None]
    percent_bw: Mapping[Side, float | None]
    torque_nm_per_kg: Mapping[Side, float | None]
    lsi: float | None
    symptomatic_side: Side | None


STRENGTH_ITEMS: tuple[str, ...] = (
    "hip.abduction_force",
    "hip.external_rotation_force",
    "hip.extension_force",
    "knee.extension_force",
)


# Protocol v2 (clinical content v2, 3.7): each force's lever arm. Abduction and extension are
# tested lying with the pad near the knee (trochanter to pad); seated external rotation and
# knee extension with the pad just above the malleoli (knee joint line to pad). v1 used
# hip.lever_arm for every hip force, ER included (about 2x too high), and no knee torque.
LEVER_ARM_ITEM: Mapping[str, str] = MappingProxyType(
    {
        "hip.abduction_force": "hip.lever_arm",
        "hip.extension_force": "hip.lever_arm",
        "hip.external_rotation_force": "knee.lever_arm",
        "knee.extension_force": "knee.lever_arm",
    }
)


def lever_arm(answers: Answers, item_id: str, protocol_version: int = 1) -> float | None:
    """The lever arm (m) a force's torque uses: v2 per LEVER_ARM_ITEM; v1 hip.lever_arm for hip."""
    if protocol_version >= 2:
        arm_item = LEVER_ARM_ITEM.get(item_id)
        return None if arm_item is None else answers.number(arm_item)
    return answers.number("hip.lever_arm") if item_id.startswith("hip.") else None


# Clinical content v2, 10.4: v1 ER torque used the hip lever arm (about 2x high). It is hidden
# on screens, charts and exports; a signed v1 visit's screen says why it is not shown.
V1_ER_ITEM = "hip.external_rotation_force"
V1_ER_TORQUE_NOTE = "ER torque in this signed visit used the wrong lever arm"


def torque_hidden(item_id: str, protocol_version: int) -> bool:
    """Whether a force's torque is not shown: v1 hip external rotation (wrong lever arm)."""
    return protocol_version < 2 and item_id == V1_ER_ITEM


def had_wrong_er_torque(answers: Answers, protocol_version: int) -> bool:
    """Whether a v1 visit had an ER torque worked out with the wrong lever arm."""
    if protocol_version >= 2:
        return False
    measure = strength(answers, V1_ER_ITEM, protocol_version)
    return any(v is not None for v in measure.torque_nm_per_kg.values())


def strength(answers: Answers, item_id: str, protocol_version: int = 1) -> SideMeasure:
    """Force per side, as %BW and N.m/kg, with the LSI on the painful side.

    The torque uses the protocol version's lever arm (`lever_arm`): no arm, no torque.
    """
    mass = answers.number("body_mass")
    lever = lever_arm(answers, item_id, protocol_version)
    raw = {s: answers.number(item_id, s) for s in SIDES}
    return SideMeasure(
        item=item_id,
        raw=MappingProxyType(raw),
        percent_bw=MappingProxyType({s: percent_body_weight(raw[s], mass) for s in SIDES}),
        torque_nm_per_kg=MappingProxyType({s: torque_per_mass(raw[s], lever, mass) for s in SIDES}),
        lsi=symptomatic_lsi(answers, item_id),
        symptomatic_side=answers.single_symptom_side,
    )


def y_balance_composite(
    anterior: float | None,
    posteromedial: float | None,
    posterolateral: float | None,
    leg_length: float | None,
) -> float | None:
    """Y-balance composite: sum of the three reaches / (3 x leg length) x 100 (Plisky 2006)."""
    reaches = (anterior, posteromedial, posterolateral)
    if any(r is None for r in reaches) or leg_length is None or leg_length <= 0:
        return None
    return round(sum(r for r in reaches if r is not None) / (3.0 * leg_length) * 100.0, DECIMALS)


def y_balance_composites(answers: Answers) -> dict[Side, float | None]:
    """The composite for each stance leg, normalised to that leg's length."""
    return {
        s: y_balance_composite(
            answers.number("balance.y_anterior", s),
            answers.number("balance.y_posteromedial", s),
            answers.number("balance.y_posterolateral", s),
            answers.number("leg_length", s),
        )
        for s in SIDES
    }


def side_difference(answers: Answers, item_id: str) -> float | None:
    """Absolute left-right difference of a per-side measure."""
    left, right = (answers.number(item_id, s) for s in SIDES)
    if left is None or right is None:
        return None
    return round(abs(left - right), DECIMALS)


def weekly_changes(distances: Sequence[float | None]) -> tuple[float | None, ...]:
    """Week-on-week change in % for distances listed most recent week first.

    Entry i compares week i with week i+1 (the week before it); None where the earlier
    week is missing or zero (a rise from nothing has no percentage).
    """
    changes: list[float | None] = []
    for recent, earlier in zip(distances, distances[1:], strict=False):
        if recent is None or earlier is None or earlier <= 0:
            changes.append(None)
        else:
            changes.append(round((recent / earlier - 1.0) * 100.0, DECIMALS))
    return tuple(changes)


def single_run_spike(longest_week: float | None, longest_prior_30d: float | None) -> float | None:
    """Single-run spike in %: longest run this week / longest of the prior 30 days - 1."""
    if longest_week is None or longest_prior_30d is None or longest_prior_30d <= 0:
        return None
    return round((longest_week / longest_prior_30d - 1.0) * 100.0, DECIMALS)


def cadence_target(cadence: float | None) -> tuple[float, float] | None:
    """Retraining range: +5% to +10% of the current step rate (Heiderscheit 2011)."""
    if cadence is None:
        return None
    return (cadence * 1.05, cadence * 1.10)


def change(current: float | None, previous: float | None) -> float | None:
    """Current minus previous, None if either is missing."""
    if current is None or previous is None:
        return None
    return round(current - previous, DECIMALS)


def percent_change(current: float | None, previous: float | None) -> float | None:
    """Relative change in %, None if either is missing or the previous value is zero."""
    if current is None or previous is None or previous <= 0:
        return None
    return round((current / previous - 1.0) * 100.0, DECIMALS)


def checklist_points(answers: Answers, protocol: Protocol, item_id: str, side: Side) -> int | None:
    """Sum of the ticked options' points on a checklist item, or None if that side is unanswered."""
    item = protocol.item(item_id)
    if item.kind is not Kind.CHECKLIST or answers.value(item_id, side) is None:
        return None
    ticked = answers.choices(item_id, side)
    return sum(o.points or 0 for o in item.options if o.key in ticked)


def step_down_category(score: int) -> StepDownCategory:
    """Piva 2006 lateral step-down rating: 0-1 good, 2-3 medium, 4-6 poor."""
    if score <= 1:
        return "good"
    if score <= 3:
        return "medium"
    return "poor"


def finite(values: Iterable[float | None]) -> list[float]:
    """The values that are real numbers (drops None, NaN and infinities)."""
    return [v for v in values if v is not None and math.isfinite(v)]
