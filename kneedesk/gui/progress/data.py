"""What the Progress tab shows for one patient: the core's series over their visits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.progress import Series, VisitPoint, progress_series
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@dataclass(frozen=True)
class ProgressData:
    """One patient's visits on the time axis and every progress series over them."""

    dates: tuple[date, ...]  # oldest first, as the series' points
    drafts: frozenset[date]  # dates of visits not signed yet
    series: tuple[Series, ...]
    painful_side: str | None  # "left", "right", "both" or None, from the latest visit saying

    @property
    def visit_count(self) -> int:
        """How many visits the charts cover."""
        return len(self.dates)

    def by_id(self, series_id: str) -> Series:
        """The series with this id."""
        return next(s for s in self.series if s.id == series_id)


def _newest_protocol(visits: Sequence[Visit]) -> Protocol:
    """The protocol charts follow: the newest version among the visits (clinical content v2,
    10.5: progress across versions uses v2 definitions and bands)."""
    if not visits:
        return load_protocol()
    newest = max(visits, key=lambda v: v.protocol_version)
    return load_protocol(newest.protocol, newest.protocol_version)


def load_progress(
    store: Store,
    patient_id: int,
    *,
    visits: Sequence[Visit] | None = None,
    answers: Mapping[int, Mapping[str, Any]] | None = None,
) -> ProgressData:
    """Read a patient's visits and answers and compute the series in the clinic's units.

    `visits` (oldest first) and `answers` (by visit id, as `VisitRepo.answers_for_patient`
    gives them) can be passed when already read; otherwise they are read here, in one query.
    """
    if visits is None:
        visits = store.visits.for_patient(patient_id)  # oldest first
    if answers is None:
        answers = store.visits.answers_for_patient(patient_id)
    points: list[VisitPoint] = []
    drafts: set[date] = set()
    painful: str | None = None
    for visit in visits:
        answers_of_visit = Answers(answers.get(visit.id, {}))
        day = date.fromisoformat(visit.visit_date)
        points.append(VisitPoint(day, answers_of_visit, visit.protocol_version))
        if not visit.signed:
            drafts.add(day)
        side = answers_of_visit.choice("symptom_side")
        if side is not None:
            painful = side
    points.sort(key=lambda v: v.date)
    settings = store.settings.read()
    series = progress_series(
        points,
        _newest_protocol(visits),
        settings.thresholds,
        settings.units,
    )
    return ProgressData(
        dates=tuple(v.date for v in points),
        drafts=frozenset(drafts),
        series=series,
        painful_side=painful,
    )
