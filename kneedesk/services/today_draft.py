"""Start today's screen for a patient, or continue the draft already started today."""

from __future__ import annotations

from datetime import date

from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


def todays_draft(store: Store, patient_id: int, today: date | None = None) -> Visit | None:
    """The patient's newest unsigned visit dated today, if there is one."""
    day = (today or date.today()).isoformat()
    drafts = [
        v for v in store.visits.for_patient(patient_id) if not v.signed and v.visit_date == day
    ]
    return drafts[-1] if drafts else None


def start_or_continue_today(store: Store, patient_id: int, today: date | None = None) -> Visit:
    """Today's draft of the patient: the one already started today, else a new one by the
    clinician signed in (a second "New screen" the same day never makes a second draft)."""
    day = today or date.today()
    draft = todays_draft(store, patient_id, day)
    if draft is not None:
        return draft
    me = store.current
    return store.visits.create_draft(
        patient_id, visit_date=day.isoformat(), clinician_id=me.id if me else None
    )
