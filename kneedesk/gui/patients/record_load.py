"""What the record page reads for one patient, worked out on a worker thread.

`load_record` reads the patient, their visits and every visit's answers with plain SELECTs
(no transaction, no write: the store has one writer thread, the GUI thread) and works out
each history row and the Progress tab's series. It returns plain Python values, no Qt
objects, so it is safe to run through `kneedesk.gui.background` while the GUI thread goes
on. The audit row of the view is written by the page, on the GUI thread, once it shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kneedesk.gui.progress.data import ProgressData, load_progress
from kneedesk.services.patient_record import HistoryEntry, history_entry, read_patient_record
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


@dataclass(frozen=True)
class LoadedRecord:
    """One patient as the record page shows them, both tabs' worth."""

    patient: Patient
    visits: list[Visit]  # newest first, as the history lists them
    answers: dict[int, dict[str, Any]]  # every visit's answers, by visit id
    history: list[HistoryEntry]  # one per visit, in the order of `visits`
    progress: ProgressData


def load_record(store: Store, patient_id: int) -> LoadedRecord:
    """Read a patient's record and work out both tabs (NotFoundError if they do not exist)."""
    record = read_patient_record(store, patient_id)
    newest_first = list(reversed(record.visits))
    return LoadedRecord(
        patient=record.patient,
        visits=newest_first,
        answers=record.answers,
        history=[history_entry(v, record.answers.get(v.id, {})) for v in newest_first],
        progress=load_progress(store, patient_id, visits=record.visits, answers=record.answers),
    )
