"""Open a patient's record: the patient, their visits and what the visit history shows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.i18n import _
from kneedesk.core.protocol import load_protocol
from kneedesk.core.scoring import kujala
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@dataclass(frozen=True)
class PatientRecord:
    """One patient as the record page shows them."""

    patient: Patient
    visits: list[Visit]  # oldest first
    answers: dict[int, dict[str, Any]]  # every visit's answers, by visit id


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the visit history: the visit with its Kujala total and worst pain."""

    visit: Visit
    kujala: int | None  # None while any Kujala item is unanswered
    worst_pain: float | None  # 0-10, the worst pain of the last week

    @property
    def status(self) -> str:
        """The status column: Signed or Draft."""
        return _("Signed") if self.visit.signed else _("Draft")


def open_patient_record(store: Store, patient_id: int) -> PatientRecord:
    """Read a patient's record; the view is recorded in the audit log (NotFoundError if the
    patient does not exist). Every visit's answers come in one query, for the history and
    the progress charts alike."""
    record = read_patient_record(store, patient_id)
    store.patients.record_view(patient_id)
    return record


def read_patient_record(store: Store, patient_id: int) -> PatientRecord:
    """`open_patient_record` without the audit row: reads only, so it may run on a worker
    thread while the writer thread goes on. Whoever shows the record then calls
    `store.patients.record_view` on the writer thread."""
    record = store.patients.read_record(patient_id)
    answers = store.visits.answers_for_patient(patient_id)
    return PatientRecord(patient=record.patient, visits=list(record.visits), answers=answers)


def history_entry(visit: Visit, answers: Mapping[str, Any]) -> HistoryEntry:
    """What the visit history shows for one visit."""
    given = Answers(answers)
    total = kujala(given, load_protocol(visit.protocol, visit.protocol_version)).total
    return HistoryEntry(visit=visit, kujala=total, worst_pain=given.number("pain.worst_week"))
