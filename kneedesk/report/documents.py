"""Build report data from visit documents (the CLI and tests use JSON visit documents)."""

from __future__ import annotations

from collections.abc import Sequence

from kneedesk.core.assessment import assess
from kneedesk.core.progress import VisitPoint
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_doc import VisitDoc
from kneedesk.report.model import Clinic, HandoutData


def handout_data(
    doc: VisitDoc,
    earlier: Sequence[VisitDoc] = (),
    *,
    clinic: Clinic | None = None,
    paper: str = "letter",
    units: DisplayUnits | None = None,
    thresholds: Thresholds | None = None,
) -> HandoutData:
    """Report data for one visit, compared with the latest earlier visit of the same patient."""
    before = sorted(
        (d for d in earlier if d.visit.date < doc.visit.date), key=lambda d: d.visit.date
    )
    previous = before[-1] if before else None
    shown = units or DisplayUnits()
    return HandoutData(
        clinic=clinic or Clinic(),
        patient=doc.patient,
        visit_date=doc.visit.date,
        clinician=doc.visit.clinician,
        assessment=assess(doc, previous, thresholds, units=shown),
        earlier_visits=tuple(
            VisitPoint(d.visit.date, d.answers, d.protocol_version) for d in before
        ),
        paper=paper,
        units=shown,
    )
