"""A patient with three visits whose progress is known, stored the way the wizard stores it."""

from __future__ import annotations

from datetime import date
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.progress import Series, VisitPoint, progress_series
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.scoring import KUJALA
from kneedesk.core.units import DisplayUnits
from kneedesk.store.store import Store

PROTOCOL = load_protocol("runners-knee", 1)
DATES = (date(2026, 9, 1), date(2026, 9, 22), date(2026, 10, 13))


def kujala_answers(protocol: Protocol, level: int) -> dict[str, str]:
    """Every Kujala item at option `level` (0 is the best answer), or its worst if shorter."""
    return {
        item.id: item.options[min(level, len(item.options) - 1)].key
        for item in protocol.items_scored_by(KUJALA)
    }


def visit_answers(k: int) -> dict[str, Any]:
    """Visit k (0, 1, 2): Kujala rises by well over 10 points, pain falls, strength grows."""
    mass = 60.0
    return {
        "body_mass": mass,
        "symptom_side": "left",
        **kujala_answers(PROTOCOL, (2, 1, 0)[k]),
        "pain.usual": (5, 4, 3)[k],
        "pain.worst_week": (7, 6, 3)[k],
        "hip.abduction_force": {
            "left": (120.0, 135.0, 150.0)[k],
            "right": (170.0, 172.0, 171.0)[k],
        },
        "ankle.knee_to_wall": {"left": (7.5, 8.5, 10.0)[k], "right": (11.0, 11.0, 11.5)[k]},
        "load.weekly_distance": [(20.0, 24.0, 30.0)[k], 18.0, 18.0, 18.0],
        "running.cadence": (164, 168, 172)[k],
    }


def save_visit(store: Store, patient_id: int, day: date, values: dict[str, Any]) -> int:
    """A draft visit with these answers (per-side items saved one side at a time)."""
    me = store.current
    visit = store.visits.create_draft(
        patient_id, visit_date=day, clinician_id=me.id if me else None, protocol_version=1
    )
    for item_id, value in values.items():
        if PROTOCOL.item(item_id).per_side:
            for side in ("left", "right"):
                store.visits.save_answer(visit.id, item_id, side, value[side])
        else:
            store.visits.save_answer(visit.id, item_id, "whole", value)
    return visit.id


def add_patient(store: Store, visits: int = 3, chart: str = "P-100") -> int:
    """A patient with `visits` visits (at most three) from `visit_answers`."""
    patient = store.patients.create(
        chart_number=chart, given_name="Ruth", family_name="Okafor", birth_date="1991-05-04"
    )
    for k in range(visits):
        save_visit(store, patient.id, DATES[k], visit_answers(k))
    return patient.id


def expected_series(visits: int = 3, units: DisplayUnits | None = None) -> dict[str, Series]:
    """What the core computes for the same answers, by series id."""
    points = [
        VisitPoint(DATES[k], Answers(visit_answers(k)), PROTOCOL.version) for k in range(visits)
    ]
    return {s.id: s for s in progress_series(points, PROTOCOL, units=units)}
