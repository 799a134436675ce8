"""What `kneedesk score` adds for a protocol v2 visit: the derived states (irritability,
diagnosis status), the published bands and the suggested plan with its parts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.bands import Verdict, change_verdict, fpi6_band, spike_band, tsk11_band
from kneedesk.core.findings.model import Finding
from kneedesk.core.findings.states import diagnosis, irritability
from kneedesk.core.findings.v2_load import returns_after_break
from kneedesk.core.plan_v2 import SuggestedPlan, compose_plan
from kneedesk.core.protocol import Protocol
from kneedesk.core.score_results import Banded, Sides, V2Scores
from kneedesk.core.scoring import percent_body_weight, single_run_spike
from kneedesk.core.thresholds import Thresholds

# 4.3 measures compared between visits: (score key, band measure, item, per side, %BW)
_COMPARED = (
    ("abduction_bw", "hip_percent_bw", "hip.abduction_force", True, True),
    ("external_rotation_bw", "hip_percent_bw", "hip.external_rotation_force", True, True),
    ("extension_bw", "hip_percent_bw", "hip.extension_force", True, True),
    ("knee_extension_bw", "knee_extension_percent_bw", "knee.extension_force", True, True),
    ("knee_to_wall", "knee_to_wall", "ankle.knee_to_wall", True, False),
    ("y_anterior", "y_anterior", "balance.y_anterior", True, False),
    ("pain_usual", "pain", "pain.usual", False, False),
    ("pain_worst_week", "pain", "pain.worst_week", False, False),
    ("pain_running", "pain", "pain.running", False, False),
    ("koos_pf", "koos_pf", "koos_pf.score", False, False),
)


def v2_plan(
    answers: Answers,
    protocol: Protocol,
    findings: Sequence[Finding],
    *,
    age: int | None,
    bmi_value: float | None,
) -> SuggestedPlan:
    """The suggested plan of a v2 visit (6.1-6.4)."""
    return compose_plan(
        findings,
        diagnosis(answers, protocol, age).status,
        irritability(answers),
        taping_trial=answers.choice("adjunct.taping_trial"),
        age=age,
        bmi=bmi_value,
    )


def _value(answers: Answers, item_id: str, side: Side | None, bw: bool) -> float | None:
    value = answers.number(item_id, side)
    return percent_body_weight(value, answers.number("body_mass")) if bw else value


def v2_scores_of(
    answers: Answers,
    protocol: Protocol,
    previous: Answers | None,
    thresholds: Thresholds,
    age: int | None,
) -> V2Scores:
    """The v2 states and bands, and the change of each 4.3 measure against the last visit."""
    spike = single_run_spike(
        answers.number("load.longest_run_week"), answers.number("load.longest_run_prior_30d")
    )
    tsk = answers.number("psych.tsk11_total")
    changes: dict[str, Mapping[str, Verdict | None]] = {}
    if previous is not None:
        for key, measure, item_id, per_side, bw in _COMPARED:
            sides: tuple[Side | None, ...] = SIDES if per_side else (None,)
            changes[key] = MappingProxyType(
                {
                    s or "value": change_verdict(
                        measure,
                        _value(previous, item_id, s, bw),
                        _value(answers, item_id, s, bw),
                        thresholds,
                    )
                    for s in sides
                }
            )
    fpi = {s: answers.number("foot.fpi6", s) for s in SIDES}
    return V2Scores(
        age=age,
        irritability=irritability(answers),
        diagnosis=diagnosis(answers, protocol, age),
        spike_band=spike_band(spike, thresholds.single_run_spike_percent),
        returns_after_break=tuple(returns_after_break(answers.numbers("load.weekly_distance"))),
        tsk11=Banded(tsk, tsk11_band(tsk)),
        fpi6=Sides(
            Banded(fpi["left"], fpi6_band(fpi["left"])),
            Banded(fpi["right"], fpi6_band(fpi["right"])),
        ),
        change_vs_previous=MappingProxyType(changes),
    )
