"""Sign a visit: check it may be signed, then seal its findings, plan and next visit.

The app's Sign button and the demo clinic both sign through `sign_visit`, so a visit is
always sealed with the findings its own stored answers give against the previous signed
visit (`kneedesk.services.previous_visit`), at the patient's age on the visit day.

The sealed findings are always written in English, whatever language the clinician works
in: the signed record is one text, and every handout or summary in another language is a
translation of exactly that text (`kneedesk.services.signed_translation`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import Assessment, assess_answers
from kneedesk.core.field_prompts import answer_problems
from kneedesk.core.i18n import SOURCE_LANGUAGE, use_language
from kneedesk.core.plan_record import sealed_plan
from kneedesk.core.protocol import Item, load_protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import missing_required, units_waiting
from kneedesk.services.previous_visit import previous_answers
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@dataclass(frozen=True)
class SignCheck:
    """What stands between a draft and its signature."""

    units_waiting: tuple[Item, ...]  # values whose units must be confirmed first
    problems: tuple[Item, ...]  # answers not allowed as they stand: correct them first
    missing: tuple[Item, ...]  # required items left empty: the clinician may sign anyway

    @property
    def may_sign(self) -> bool:
        """True when nothing blocks the signature (missing items only need a confirmation)."""
        return not self.units_waiting and not self.problems


def check_for_signing(store: Store, visit_id: int) -> SignCheck:
    """Check a draft's stored answers as the visit shows them (age and follow-up state)."""
    visit = store.visits.get(visit_id)
    protocol = load_protocol(visit.protocol, visit.protocol_version)
    answers = Answers(store.visits.answers(visit_id))
    context = store.visits.context(visit_id)
    return SignCheck(
        units_waiting=tuple(units_waiting(protocol, answers, context)),
        problems=tuple(item for item, _ in answer_problems(protocol, answers, context)),
        missing=tuple(missing_required(protocol, answers, context)),
    )


def assess_visit(
    store: Store,
    visit: Visit,
    *,
    thresholds: Thresholds | None = None,
    units: DisplayUnits | None = None,
) -> Assessment:
    """A visit's findings and suggested plan from its stored answers, against the previous
    signed visit, at the patient's age on the visit day (as the summary page shows them)."""
    return assess_answers(
        Answers(store.visits.answers(visit.id)),
        load_protocol(visit.protocol, visit.protocol_version),
        previous=previous_answers(store, visit),
        thresholds=thresholds,
        units=units,
        age=store.visits.context(visit.id).age,
    )


def suggested_plan_rows(assessment: Assessment) -> list[dict[str, str]]:
    """The plan as the findings suggest it, with no dose or note changed."""
    return [{"id": item, "dose": "", "note": ""} for item in assessment.plan]


def sign_visit(
    store: Store,
    visit_id: int,
    clinician_id: int,
    *,
    plan_rows: Sequence[Mapping[str, str]] | None = None,
    review: str = "",
    thresholds: Thresholds | None = None,
    units: DisplayUnits | None = None,
    revision: int | None = None,
) -> Visit:
    """Sign a draft: findings (their sentences in `units`), plan and next visit are sealed
    as shown, and the visit becomes read-only.

    Answers to items the visit does not show are dropped first: what is signed is only what
    was asked. `plan_rows` are the plan as edited (None: the suggested plan). The caller has
    checked the clinician's password and `check_for_signing`. `revision` is the draft's
    revision the clinician's summary was built from: if the draft changed since (on another
    workstation), SignConflictError is raised and nothing is signed. All of it is one
    transaction, so no change comes in between.
    """
    with store.db.atomic():
        if revision is not None:
            store.visits.refuse_changed_since(visit_id, revision)
        store.visits.drop_hidden_answers(visit_id)
        visit = store.visits.get(visit_id)
        with use_language(SOURCE_LANGUAGE):
            assessment = assess_visit(store, visit, thresholds=thresholds, units=units)
        rows = suggested_plan_rows(assessment) if plan_rows is None else plan_rows
        findings = [f.to_dict() for f in assessment.findings]
        signed = store.visits.sign(visit_id, clinician_id, findings, sealed_plan(rows, review))
    store.audit.remember_head()  # once committed
    return signed
