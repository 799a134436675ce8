"""A patient with two signed visits from the example documents, for report tests."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.protocol import load_protocol
from kneedesk.store.store import Store
from kneedesk.store.transfer import import_documents
from kneedesk.store.visit_rows import Visit

EXAMPLES = files("kneedesk.resources").joinpath("examples")
PLAN_NOTE = "Keep the knee over the second toe"


def example(name: str) -> dict[str, Any]:
    """One example visit document as JSON data."""
    data: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text(encoding="utf-8"))
    return data


def add_example_patient(
    store: Store, clinician_id: int, *, sign: tuple[bool, ...] = (True, True)
) -> list[Visit]:
    """Import the first and follow-up example visits and sign them as the app does.

    Each signed plan is the suggested one, the first item carrying `PLAN_NOTE`.
    """
    documents = [example("example-visit.json"), example("example-followup.json")]
    import_documents(store, documents)
    patient = store.patients.by_chart_number(documents[0]["patient"]["id"])
    assert patient is not None
    protocol = load_protocol("runners-knee", 1)
    previous: Answers | None = None
    for visit, signed in zip(store.visits.for_patient(patient.id), sign, strict=True):
        answers = Answers(store.visits.answers(visit.id))
        if signed:
            assessment = assess_answers(answers, protocol, previous=previous)
            plan = [{"id": item, "dose": "", "note": ""} for item in assessment.plan]
            plan[0]["note"] = PLAN_NOTE
            findings = [f.to_dict() for f in assessment.findings]
            store.visits.sign(visit.id, clinician_id, findings, plan)
            previous = answers
    return store.visits.for_patient(patient.id)
