"""The previous signed visit: what a visit's changes, follow-up findings and charts compare with.

One rule for the whole app (the visit page, the signature and the handout): the patient's
signed visits that come before this one by date, and by id on the same date; drafts and
later visits never count.
"""

from __future__ import annotations

from kneedesk.core.answers import Answers
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


def earlier_signed_visits(store: Store, visit: Visit) -> list[Visit]:
    """The patient's signed visits before `visit`, oldest first."""
    return [
        v
        for v in store.visits.for_patient(visit.patient_id)
        if v.signed and (v.visit_date, v.id) < (visit.visit_date, visit.id)
    ]


def previous_signed_visit(store: Store, visit: Visit) -> Visit | None:
    """The last signed visit before `visit`, or None for a first visit."""
    earlier = earlier_signed_visits(store, visit)
    return earlier[-1] if earlier else None


def previous_answers(store: Store, visit: Visit) -> Answers | None:
    """The answers of the previous signed visit, or None for a first visit."""
    previous = previous_signed_visit(store, visit)
    return None if previous is None else Answers(store.visits.answers(previous.id))
