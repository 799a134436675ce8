"""One visit's scores, derived measures, findings and suggested plan, in a JSON-ready form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.assessment_v2 import v2_plan, v2_scores_of
from kneedesk.core.derived import age_in_years, bmi
from kneedesk.core.findings import Finding, evaluate, has_red_flag
from kneedesk.core.findings.model import half_up
from kneedesk.core.plan import suggested_plan
from kneedesk.core.plan_v2 import SuggestedPlan
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.scoring import (
    STRENGTH_ITEMS,
    KujalaResult,
    cadence_target,
    change,
    checklist_points,
    kujala,
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
from kneedesk.core.units import DisplayUnits

if TYPE_CHECKING:
    from kneedesk.core.visit_doc import VisitDoc

PAIN_ITEMS = ("pain.usual", "pain.worst_week", "pain.running")
NO_SIDE_NOTE = "Painful side not recorded: no side-to-side comparison"


def _r(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


def _sides(values: dict[Side, float | None], places: int = 1) -> dict[str, float | None]:
    return {s: _r(values[s], places) for s in SIDES}


@dataclass(frozen=True)
class Assessment:
    """Everything computed from a visit; `to_dict` is the output of `kneedesk score`."""

    protocol: Protocol
    answers: Answers
    previous: Answers | None
    thresholds: Thresholds
    kujala: KujalaResult
    previous_kujala: KujalaResult | None
    findings: tuple[Finding, ...]
    plan: tuple[str, ...]
    red_flag: bool
    # Protocol v2: the plan with preselected, offered and optional items and starting doses,
    # and the derived states and bands (None on v1 visits, whose output stays as it was).
    suggested: SuggestedPlan | None = None
    v2_scores: dict[str, Any] | None = None

    def scores(self) -> dict[str, Any]:
        """Scores and derived measures as JSON data (percentages in %, forces in N)."""
        a = self.answers
        return {
            "kujala": self._kujala(),
            "pain": self._pain(),
            "koos_pf": self._change_entry("koos_pf.score", self.thresholds.koos_pf_mcid, up=True),
            "strength": {item: self._strength(item) for item in STRENGTH_ITEMS},
            "side_plank": {
                **{s: a.number("hip.side_plank", s) for s in SIDES},
                "lsi": _r(symptomatic_lsi(a, "hip.side_plank")),
            },
            "step_down": self._step_down(),
            "y_balance": {
                "composite_percent": _sides(y_balance_composites(a)),
                "anterior_difference_cm": _r(side_difference(a, "balance.y_anterior")),
            },
            "knee_to_wall": {
                **{s: a.number("ankle.knee_to_wall", s) for s in SIDES},
                "difference_cm": _r(side_difference(a, "ankle.knee_to_wall")),
            },
            "load": self._load(),
            "cadence": self._cadence(),
        }

    def _kujala(self) -> dict[str, Any]:
        k = self.kujala
        prev = self.previous_kujala
        delta = (
            None
            if prev is None or prev.total is None or k.total is None
            else float(k.total - prev.total)
        )
        return {
            "version": k.version,
            "total": k.total,
            "max": 100,
            "missing": list(k.missing),
            "change": delta,
            "meaningful_change": delta is not None and abs(delta) >= self.thresholds.kujala_mcid,
        }

    def _change_entry(self, item_id: str, mcid: float, *, up: bool) -> dict[str, Any]:
        now = self.answers.number(item_id)
        before = self.previous.number(item_id) if self.previous else None
        delta = change(now, before)
        improved = None if delta is None else (delta >= mcid if up else -delta >= mcid)
        return {
            "value": now,
            "previous": before,
            "change": delta,
            "meaningful_improvement": improved,
        }

    def _pain(self) -> dict[str, Any]:
        return {
            item.split(".", 1)[1]: self._change_entry(item, self.thresholds.pain_mcid, up=False)
            for item in PAIN_ITEMS
        }

    def _strength(self, item_id: str) -> dict[str, Any]:
        m = strength(self.answers, item_id, self.protocol.version)
        # v1 ER torque used the wrong lever arm (10.4): hidden on screens and in exports.
        hidden = torque_hidden(item_id, self.protocol.version)
        torque = {s: None for s in SIDES} if hidden else _sides(dict(m.torque_nm_per_kg), 2)
        return {
            "force_n": dict(m.raw),
            "percent_bw": _sides(dict(m.percent_bw)),
            "torque_nm_per_kg": torque,
            "lsi": _r(m.lsi),
        }

    def _step_down(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s in SIDES:
            score = checklist_points(self.answers, self.protocol, "hip.step_down", s)
            out[s] = (
                None if score is None else {"score": score, "rating": step_down_category(score)}
            )
        out["height"] = self.answers.choice("hip.step_down_height")
        return out

    def _load(self) -> dict[str, Any]:
        a = self.answers
        distances = a.numbers("load.weekly_distance")
        return {
            "weekly_distance_km": list(distances),
            "weekly_change_percent": [_r(c) for c in weekly_changes(distances)],
            "single_run_spike_percent": _r(
                single_run_spike(
                    a.number("load.longest_run_week"), a.number("load.longest_run_prior_30d")
                )
            ),
        }

    def _cadence(self) -> dict[str, Any]:
        cadence = self.answers.number("running.cadence")
        target = cadence_target(cadence)
        return {
            "steps_per_min": cadence,
            # Half up as the sentences say it (178.5 -> 179), not Python's round-half-even.
            "retraining_range": None
            if target is None
            else [int(half_up(target[0])), int(half_up(target[1]))],
        }

    def to_dict(self) -> dict[str, Any]:
        """The assessment as JSON data (v2 adds its states, bands and the plan's parts)."""
        scores = self.scores()
        if self.v2_scores is not None:
            scores.update(self.v2_scores)
        data: dict[str, Any] = {
            "protocol": {"id": self.protocol.id, "version": self.protocol.version},
            "red_flag": self.red_flag,
            "scores": scores,
            "findings": [f.to_dict() for f in self.findings],
            "plan": list(self.plan),
            "thresholds_changed": self.thresholds.changed_from_default(),
        }
        if self.suggested is not None:
            data["diagnosis_status"] = self.suggested.status.value
            data["suggested_plan"] = self.suggested.to_dict()
            if self.answers.symptom_side is None:
                data["notes"] = [NO_SIDE_NOTE]
        return data


def assess_answers(
    answers: Answers,
    protocol: Protocol,
    *,
    previous: Answers | None = None,
    thresholds: Thresholds | None = None,
    units: DisplayUnits | None = None,
    age: int | None = None,
) -> Assessment:
    """Score and evaluate one visit's answers (optionally against the previous visit).

    The rules are chosen by the protocol's version: a v1 visit gives exactly the v1 output.
    `units` are the clinic's display units for the findings' sentences and evidence (metric
    if None); the scores stay in the stored units. `age` is the patient's age at the visit
    (protocol v2: age bands, adolescent doses, weight education).
    """
    bmi_value = bmi(answers.number("body_mass"), answers.number("height"))
    t = thresholds or Thresholds()
    findings = tuple(
        evaluate(answers, protocol, previous=previous, thresholds=t, units=units, age=age)
    )
    red_flag = has_red_flag(answers, protocol)
    suggested = None
    v2_scores = None
    if protocol.version >= 2:
        suggested = v2_plan(answers, protocol, findings, age=age, bmi_value=bmi_value)
        v2_scores = v2_scores_of(answers, protocol, previous, t, age)
    return Assessment(
        protocol=protocol,
        answers=answers,
        previous=previous,
        thresholds=t,
        kujala=kujala(answers, protocol),
        previous_kujala=None if previous is None else kujala(previous, protocol),
        findings=findings,
        plan=(
            suggested.preselected
            if suggested is not None
            else suggested_plan((f.plan for f in findings), red_flag=red_flag)
        ),
        red_flag=red_flag,
        suggested=suggested,
        v2_scores=v2_scores,
    )


def assess(
    doc: VisitDoc,
    previous: VisitDoc | None = None,
    thresholds: Thresholds | None = None,
    *,
    units: DisplayUnits | None = None,
) -> Assessment:
    """Assess a visit document, comparing with the previous visit's document when given."""
    protocol = load_protocol(doc.protocol, doc.protocol_version)
    return assess_answers(
        doc.answers,
        protocol,
        previous=None if previous is None else previous.answers,
        thresholds=thresholds,
        units=units,
        age=age_in_years(doc.patient.birth_date, doc.visit.date),
    )
