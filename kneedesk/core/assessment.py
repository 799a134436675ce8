"""One visit's scores, derived measures, findings and suggested plan, in a JSON-ready form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kneedesk.core.answers import Answers
from kneedesk.core.assessment_v2 import v2_plan, v2_scores_of
from kneedesk.core.derived import age_in_years, bmi
from kneedesk.core.findings import Finding, evaluate, has_red_flag
from kneedesk.core.plan import suggested_plan
from kneedesk.core.plan_v2 import SuggestedPlan
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.score_build import scores_of
from kneedesk.core.score_results import Scores
from kneedesk.core.scoring import kujala
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits

if TYPE_CHECKING:
    from kneedesk.core.visit_doc import VisitDoc

NO_SIDE_NOTE = "Painful side not recorded: no side-to-side comparison"


@dataclass(frozen=True)
class Assessment:
    """Everything computed from a visit; `to_dict` is the output of `kneedesk score`."""

    protocol: Protocol
    answers: Answers
    previous: Answers | None
    thresholds: Thresholds
    # Every score and derived measure; screens and reports read these, never work them out.
    scores: Scores
    findings: tuple[Finding, ...]
    plan: tuple[str, ...]
    red_flag: bool
    # Protocol v2: the plan with preselected, offered and optional items and starting doses
    # (None on v1 visits, whose output stays as it was).
    suggested: SuggestedPlan | None = None

    def to_dict(self) -> dict[str, Any]:
        """The assessment as JSON data (v2 adds its states, bands and the plan's parts)."""
        data: dict[str, Any] = {
            "protocol": {"id": self.protocol.id, "version": self.protocol.version},
            "red_flag": self.red_flag,
            "scores": self.scores.to_json(),
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
    kujala_now = kujala(answers, protocol)
    kujala_before = None if previous is None else kujala(previous, protocol)
    return Assessment(
        protocol=protocol,
        answers=answers,
        previous=previous,
        thresholds=t,
        scores=scores_of(answers, protocol, previous, t, kujala_now, kujala_before, v2_scores),
        findings=findings,
        plan=(
            suggested.preselected
            if suggested is not None
            else suggested_plan((f.plan for f in findings), red_flag=red_flag)
        ),
        red_flag=red_flag,
        suggested=suggested,
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
