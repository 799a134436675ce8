"""Helpers for the use-case tests: fill and sign visits the way the app stores them."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from argon2 import PasswordHasher

from kneedesk.core.derived import age_in_years
from kneedesk.core.protocol import load_protocol
from kneedesk.services.demo_answers import profile, visit_answers
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

# Tests here do not check password hashing: a cheap hasher keeps each account quick.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"
BORN = date(1994, 3, 2)


def fill(store: Store, visit: Visit, values: dict[str, Any]) -> None:
    """Save answers as the screen does, one value (and side) at a time."""
    protocol = load_protocol(visit.protocol, visit.protocol_version)
    for item_id, value in values.items():
        if protocol.item(item_id).per_side:
            for side, one in value.items():
                store.visits.save_answer(visit.id, item_id, side, one)
        else:
            store.visits.save_answer(visit.id, item_id, "whole", value)


def screen(
    store: Store, patient: Patient, day: str, *, progress: float = 0.0, follow_up: bool = False
) -> Visit:
    """A draft on `day` with a full, plausible screen of a runner (the demo's answers)."""
    visit = store.visits.create_draft(
        patient.id, visit_date=day, clinician_id=store.current.id if store.current else None
    )
    protocol = load_protocol(visit.protocol, visit.protocol_version)
    rng = random.Random(7)
    runner = profile(rng, 3)
    age = age_in_years(BORN, date.fromisoformat(day))
    fill(store, visit, visit_answers(protocol, rng, runner, progress, age=age, follow_up=follow_up))
    return visit
