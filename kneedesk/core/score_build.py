"""Works out one visit's `Scores` from its answers (and the previous visit's, for change)."""

from __future__ import annotations

from types import MappingProxyType

from kneedesk.core.answers import SIDES, Answers
from kneedesk.core.findings.model import half_up
from kneedesk.core.protocol import Kind, Protocol
from kneedesk.core.score_results import (
    Cadence,
    KneeToWall,
    KujalaScore,
    Load,
    PainScores,
    Rating,
    Scores,
    SidePlank,
    Sides,
    StepDown,
    StepDownSide,
    StrengthScore,
    V2Scores,
    YBalance,
)
from kneedesk.core.scoring import (
    STRENGTH_ITEMS,
    KujalaResult,
    cadence_target,
    change,
    checklist_points,
    side_difference,
    single_run_spike,
    step_down_category,
    strength,
    symptomatic_lsi,
    torque_hidden,
    weekly_changes,
    y_balance_composites,
)
from kneedesk.core.thresholds import Thresholds


def kujala_score(
    now: KujalaResult, before: KujalaResult | None, thresholds: Thresholds
) -> KujalaScore:
    """The Kujala total with its change since the previous visit."""
    previous_total = None if before is None else before.total
    delta = None if previous_total is None or now.total is None else now.total - previous_total
    return KujalaScore(
        version=now.version,
        total=now.total,
        missing=now.missing,
        previous_total=previous_total,
        change=delta,
        meaningful_change=delta is not None and abs(delta) >= thresholds.kujala_mcid,
    )


def rating(
    answers: Answers, previous: Answers | None, item_id: str, mcid: float, *, up: bool
) -> Rating:
    """A rated score now and before; improvement is a rise (`up`) or a fall of at least `mcid`."""
    now = answers.number(item_id)
    before = previous.number(item_id) if previous else None
    delta = change(now, before)
    improved = None if delta is None else (delta >= mcid if up else -delta >= mcid)
    return Rating(value=now, previous=before, change=delta, meaningful_improvement=improved)


def _strength(answers: Answers, item_id: str, protocol_version: int) -> StrengthScore:
    m = strength(answers, item_id, protocol_version)
    # v1 ER torque used the wrong lever arm (10.4): hidden on screens and in exports.
    hidden = torque_hidden(item_id, protocol_version)
    torque = m.torque_nm_per_kg
    return StrengthScore(
        item=item_id,
        force_n=Sides(m.raw["left"], m.raw["right"]),
        percent_bw=Sides(m.percent_bw["left"], m.percent_bw["right"]),
        torque_nm_per_kg=Sides(None, None) if hidden else Sides(torque["left"], torque["right"]),
        lsi=m.lsi,
    )


def _numbers(answers: Answers, item_id: str) -> Sides[float | None]:
    return Sides(answers.number(item_id, "left"), answers.number(item_id, "right"))


def _step_down_side(points: int | None) -> StepDownSide | None:
    return None if points is None else StepDownSide(points, step_down_category(points))


def _cadence(steps: float | None) -> Cadence:
    target = cadence_target(steps)
    return Cadence(
        steps_per_min=steps,
        # Half up as the sentences say it (178.5 -> 179), not Python's round-half-even.
        retraining_range=None
        if target is None
        else (int(half_up(target[0])), int(half_up(target[1]))),
    )


def _per_side_items(protocol: Protocol, kinds: tuple[Kind, ...]) -> list[str]:
    return [
        item.id
        for section in protocol.sections
        for item in section.items
        if item.per_side and item.kind in kinds
    ]


def scores_of(
    answers: Answers,
    protocol: Protocol,
    previous: Answers | None,
    thresholds: Thresholds,
    kujala_now: KujalaResult,
    kujala_before: KujalaResult | None,
    v2: V2Scores | None = None,
) -> Scores:
    """Every score and derived measure of one visit."""
    a = answers
    version = protocol.version
    composites = y_balance_composites(a)
    distances = a.numbers("load.weekly_distance")
    step_down = {s: checklist_points(a, protocol, "hip.step_down", s) for s in SIDES}
    pain = {
        key: rating(a, previous, f"pain.{key}", thresholds.pain_mcid, up=False)
        for key in ("usual", "worst_week", "running")
    }
    return Scores(
        kujala=kujala_score(kujala_now, kujala_before, thresholds),
        pain=PainScores(**pain),
        koos_pf=rating(a, previous, "koos_pf.score", thresholds.koos_pf_mcid, up=True),
        strength=MappingProxyType({item: _strength(a, item, version) for item in STRENGTH_ITEMS}),
        side_plank=SidePlank(
            seconds=_numbers(a, "hip.side_plank"),
            lsi=symptomatic_lsi(a, "hip.side_plank"),
        ),
        step_down=StepDown(
            sides=Sides(_step_down_side(step_down["left"]), _step_down_side(step_down["right"])),
            height=a.choice("hip.step_down_height"),
        ),
        y_balance=YBalance(
            composite_percent=Sides(composites["left"], composites["right"]),
            anterior_difference_cm=side_difference(a, "balance.y_anterior"),
        ),
        knee_to_wall=KneeToWall(
            cm=_numbers(a, "ankle.knee_to_wall"),
            difference_cm=side_difference(a, "ankle.knee_to_wall"),
        ),
        load=Load(
            weekly_distance_km=distances,
            weekly_change_percent=weekly_changes(distances),
            single_run_spike_percent=single_run_spike(
                a.number("load.longest_run_week"), a.number("load.longest_run_prior_30d")
            ),
        ),
        cadence=_cadence(a.number("running.cadence")),
        side_lsi=MappingProxyType(
            {
                item_id: symptomatic_lsi(a, item_id)
                for item_id in _per_side_items(protocol, (Kind.NUMBER, Kind.INTEGER))
            }
        ),
        checklist_points=MappingProxyType(
            {
                item_id: Sides(
                    checklist_points(a, protocol, item_id, "left"),
                    checklist_points(a, protocol, item_id, "right"),
                )
                for item_id in _per_side_items(protocol, (Kind.CHECKLIST,))
            }
        ),
        v2=v2,
    )
