"""Stored visit rows as typed records, shared by the visit and signing repositories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlite_utils import Database

from kneedesk.store.errors import NotFoundError

Side = Literal["whole", "left", "right"]
SIDES: tuple[Side, ...] = ("whole", "left", "right")

_COLUMNS = (
    "id, uid, patient_id, protocol, protocol_version, visit_date, clinician_id, "
    "clinician_name, status, created_at, updated_at, signed_by, signed_at, digest"
)


@dataclass(frozen=True)
class Visit:
    """One visit's header: who, when, which protocol, and whether it is signed."""

    id: int
    uid: str
    patient_id: int
    protocol: str
    protocol_version: int
    visit_date: str
    clinician_id: int | None
    clinician_name: str
    status: str
    created_at: str
    updated_at: str
    signed_by: int | None
    signed_at: str | None
    digest: str | None

    @property
    def signed(self) -> bool:
        """True once the visit is signed (and therefore read-only)."""
        return self.status == "signed"


def visits_of_patient(db: Database, patient_id: int) -> list[Visit]:
    """Every visit of a patient, oldest first (uses the patient/date index)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM visits WHERE patient_id = ? ORDER BY visit_date, id",
        [patient_id],
    ).fetchall()
    return [Visit(*row) for row in rows]


def get_visit(db: Database, visit_id: int) -> Visit:
    """The visit with this id; NotFoundError if there is none."""
    row = db.execute(f"SELECT {_COLUMNS} FROM visits WHERE id = ?", [visit_id]).fetchone()
    if row is None:
        raise NotFoundError(f"There is no visit with id {visit_id}.")
    return Visit(*row)


def answer_rows(db: Database, visit_id: int) -> list[tuple[str, Side, str | None, str | None]]:
    """The stored answer rows of a visit in key order: item id, side, JSON text, reason."""
    rows = db.execute(
        "SELECT item_id, side, value, not_tested_reason FROM answers WHERE visit_id = ? "
        "ORDER BY item_id, side",
        [visit_id],
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows]
