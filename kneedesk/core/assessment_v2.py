"""What `kneedesk score` adds for a protocol v2 visit: the derived states (irritability,
diagnosis status), the published bands and the suggested plan with its parts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.bands import change_verdict, fpi6_band, spike_band, tsk11_band
from kneedesk.core.findings.model import Finding
from kneedesk.core.findings.states import diagnosis, irritability
from kneedesk.core.findings.v2_load import returns_after_break
from kneedesk.core.plan_v2 import SuggestedPlan, compose_plan
from kneedesk.core.protocol import Protocol
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
) -> dict[str, Any]:
    """The v2 states and bands, and the change of each 4.3 measure against the last visit."""
    stage = irritability(answers)
    dx = diagnosis(answers, protocol, age)
    spike = single_run_spike(
        answers.number("load.longest_run_week"), answers.number("load.longest_run_prior_30d")
    )
    band = spike_band(spike, thresholds.single_run_spike_percent)
    tsk = answers.number("psych.tsk11_total")
    changes: dict[str, Any] = {}
    if previous is not None:
        for key, measure, item_id, per_side, bw in _COMPARED:
            sides: tuple[Side | None, ...] = SIDES if per_side else (None,)
            verdicts = {
                s or "value": change_verdict(
                    measure,
                    _value(previous, item_id, s, bw),
                    _value(answers, item_id, s, bw),
                    thresholds,
                )
                for s in sides
            }
            changes[key] = verdicts
    return {
        "age": age,
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
        "returns_after_break": returns_after_break(answers.numbers("load.weekly_distance")),
        "tsk11": {"total": tsk, "band": tsk11_band(tsk)},
        "fpi6": {
            s: {"total": (v := answers.number("foot.fpi6", s)), "band": fpi6_band(v)} for s in SIDES
        },
        "change_vs_previous": changes,
    }
