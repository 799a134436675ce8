"""Stored visit rows as typed records, shared by the visit and signing repositories."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from kneedesk.core.i18n import N_, _
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import InvalidValueError, NotFoundError, VisitSignedError

if TYPE_CHECKING:
    from kneedesk.core.protocol import Item

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


def visits_of_patient(db: StoreDatabase, patient_id: int) -> list[Visit]:
    """Every visit of a patient, oldest first (uses the patient/date index)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM visits WHERE patient_id = ? ORDER BY visit_date, id",
        [patient_id],
    ).fetchall()
    return [Visit(*row) for row in rows]


def get_visit(db: StoreDatabase, visit_id: int) -> Visit:
    """The visit with this id; NotFoundError if there is none."""
    row = db.execute(f"SELECT {_COLUMNS} FROM visits WHERE id = ?", [visit_id]).fetchone()
    if row is None:
        raise NotFoundError(_("There is no visit with id {id}.").format(id=visit_id))
    return Visit(*row)


# What of a signed visit cannot be changed -> the whole sentence, so each language words it.
# Translators: {date} is the visit's date as YYYY-MM-DD.
_SIGNED = {
    "its answers": N_("The visit of {date} is signed, so its answers cannot be changed."),
    "its protocol": N_("The visit of {date} is signed, so its protocol cannot be changed."),
    "its stills": N_("The visit of {date} is signed, so its stills cannot be changed."),
    "its consent to filming": N_(
        "The visit of {date} is signed, so its consent to filming cannot be changed."
    ),
    "its next visit": N_("The visit of {date} is signed, so its next visit cannot be changed."),
    "its plan": N_("The visit of {date} is signed, so its plan cannot be changed."),
}


def refuse_signed(visit: Visit, what: str = "its answers") -> None:
    """Raise VisitSignedError if the visit is signed: `what` of it cannot be changed."""
    if visit.signed:
        sentence = _SIGNED.get(what)
        raise VisitSignedError(
            _(sentence).format(date=visit.visit_date)
            if sentence
            else f"The visit of {visit.visit_date} is signed, so {what} cannot be changed.",
            _("To correct it, add an addendum with the reason."),
        )


def answer_rows(db: StoreDatabase, visit_id: int) -> list[tuple[str, Side, str | None, str | None]]:
    """The stored answer rows of a visit in key order: item id, side, JSON text, reason."""
    rows = db.execute(
        "SELECT item_id, side, value, not_tested_reason FROM answers WHERE visit_id = ? "
        "ORDER BY item_id, side",
        [visit_id],
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def answers_shaped(rows: Iterable[tuple[str, str, str | None]]) -> dict[str, Any]:
    """Answer rows (item id, side, JSON text) in visit-document shape.

    Per-side items become {"left": v, "right": v}; rows without a value (not tested) are left
    out.
    """
    result: dict[str, Any] = {}
    for item_id, side, value_text in rows:
        if value_text is None:
            continue
        value = json.loads(value_text)
        if side == "whole":
            result[item_id] = value
        else:
            result.setdefault(item_id, {"left": None, "right": None})[side] = value
    return result


def answers_of_patient(db: StoreDatabase, patient_id: int) -> dict[int, dict[str, Any]]:
    """Every visit's answers by visit id, read in one query (visits without answers give {})."""
    rows = db.execute(
        "SELECT v.id, a.item_id, a.side, a.value FROM visits AS v "
        "LEFT JOIN answers AS a ON a.visit_id = v.id AND a.value IS NOT NULL "
        "WHERE v.patient_id = ? ORDER BY v.visit_date, v.id, a.item_id, a.side",  # index order
        [patient_id],
    ).fetchall()
    values = iter(_parsed([row[3] for row in rows if row[3] is not None]))
    result: dict[int, dict[str, Any]] = {}
    answers: dict[str, Any] = {}
    for visit_id, item_id, side, text in rows:
        if visit_id not in result:  # rows come visit by visit
            answers = result[visit_id] = {}
        if text is None:
            continue  # a visit without answers
        value = next(values)
        if side == "whole":
            answers[item_id] = value
        else:
            pair = answers.get(item_id)
            if pair is None:
                pair = answers[item_id] = {"left": None, "right": None}
            pair[side] = value
    return result


def _parsed(texts: list[str]) -> list[Any]:
    """Each JSON text decoded, in one call (a call per value costs more than the decoding).

    The texts are decoded as one JSON array. Should the count not match (a value the store
    would never write, such as two values in one), each is decoded alone, so a damaged value
    fails as it does when one visit is read.
    """
    try:
        values = json.loads("[" + ",".join(texts) + "]")
    except ValueError:
        values = None
    if not isinstance(values, list) or len(values) != len(texts):
        values = [json.loads(text) for text in texts]
    return values


def check_side(item: Item, side: str) -> None:
    """Refuse a side that does not fit the item (per side: left or right; else whole)."""
    if side not in SIDES:
        raise InvalidValueError(
            f"{item.id}: side {side!r} is not one of whole, left, right.",
            "This is a bug in the screen that sent it; the value was not saved.",
        )
    if item.per_side and side == "whole":
        raise InvalidValueError(
            f"{item.id}: is asked per side, so the side must be left or right.",
            "This is a bug in the screen that sent it; the value was not saved.",
        )
    if not item.per_side and side != "whole":
        raise InvalidValueError(
            f"{item.id}: is not asked per side, so the side must be 'whole'.",
            "This is a bug in the screen that sent it; the value was not saved.",
        )


def audit_shown(stored: tuple[str | None, str | None] | None) -> dict[str, Any] | None:
    """An answer as recorded in the audit log, so earlier values can always be recovered."""
    if stored is None:
        return None
    text, reason = stored
    if text is not None:
        return {"value": json.loads(text)}
    return {"not_tested": reason}
