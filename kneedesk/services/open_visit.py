"""Open a visit for the screen: a draft to continue, or a signed visit to read.

`open_visit` reads, in one place, everything the visit page shows: the visit and its
patient, the protocol version it follows, its answers and not-tested marks, the previous
signed visit's answers (for changes and follow-up findings), the age and follow-up state,
the plan and next visit (as signed, or as the draft left them) and the signature state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.plan_record import DraftPlan, plan_review, plan_rows
from kneedesk.core.protocol import Protocol, ProtocolRef, load_protocol
from kneedesk.core.visit_context import VisitContext
from kneedesk.services.previous_visit import previous_answers
from kneedesk.store.patients import Patient
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

NIGHT_PAIN = "red_flags.night_pain"


@dataclass(frozen=True)
class OpenedVisit:
    """A visit as the screen shows it."""

    visit: Visit
    patient: Patient
    protocol: Protocol
    answers: Answers
    not_tested: dict[str, str]  # item id -> reason
    previous: Answers | None  # the previous signed visit's answers
    context: VisitContext
    status: SignatureStatus
    # The plan rows and next visit sealed with a signed visit (None: none was sealed).
    signed_plan: list[dict[str, Any]] | None
    # The next visit to show: as signed, or as typed so far on a draft (None: nothing to set).
    review: str | None
    draft_plan: DraftPlan | None  # a draft's plan as the clinician left it
    newest: ProtocolRef  # the protocol version new drafts follow
    # The draft's revision and each answer's version, read before the answers: what a save
    # or a signature from this screen is based on (`kneedesk.store.draft_versions`).
    revision: int = 0
    versions: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def older_rules(self) -> bool:
        """A draft that follows an older version of the newest protocol (it may convert)."""
        return (
            not self.visit.signed
            and self.visit.protocol == self.newest.id
            and self.visit.protocol_version < self.newest.version
        )


def open_visit(store: Store, visit_id: int) -> OpenedVisit:
    """Read a visit for the screen (NotFoundError if there is none)."""
    visits = store.visits
    # Before the answers: a change coming in between makes them newer than these, so the
    # next save or signature is refused and shown, never the other way round.
    revision = visits.revision(visit_id)
    versions = visits.answer_versions(visit_id)
    visit = visits.get(visit_id)
    protocol = load_protocol(visit.protocol, visit.protocol_version)
    signed_plan: list[dict[str, Any]] | None = None
    review: str | None = None
    draft_plan: DraftPlan | None = None
    content = store.signing.signed_content(visit.id) if visit.signed else None
    if content is not None:
        rows = plan_rows(content.plan) or []
        signed_plan = [r for r in rows if isinstance(r, dict)]
        review = plan_review(content.plan)
    elif not visit.signed:
        review = store.drafts.review(visit.id)
        draft_plan = store.drafts.draft_plan(visit.id)
    return OpenedVisit(
        visit=visit,
        patient=store.patients.get(visit.patient_id),
        protocol=protocol,
        answers=Answers(visits.answers(visit.id)),
        not_tested=visits.not_tested(visit.id),
        previous=previous_answers(store, visit),
        context=visits.context(visit.id),
        status=store.signing.verify(visit.id),
        signed_plan=signed_plan,
        review=review,
        draft_plan=draft_plan,
        newest=visits.newest,
        revision=revision,
        versions=versions,
    )


def asks_night_pain(store: Store, visit_id: int) -> bool:
    """Whether converting this draft must first ask what its night pain was for (it was
    answered yes under the older rules)."""
    return store.visits.answers(visit_id).get(NIGHT_PAIN) is True


def convert_to_newest(
    store: Store, visit_id: int, *, night_pain_for_weight_loss: bool | None = None
) -> list[str]:
    """Move a draft to the newest version of its protocol; the ids of the answers not carried
    over (see `VisitRepo.convert`)."""
    return store.visits.convert(
        visit_id,
        store.visits.newest.version,
        night_pain_for_weight_loss=night_pain_for_weight_loss,
    )
