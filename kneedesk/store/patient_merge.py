"""A patient's details saved over what the clinician saw, field by field.

A save states the patient as the dialog showed it (`based_on`). Only the fields the
clinician changed from that are written, onto the details as they are now, so two
workstations changing different fields both keep their change. A field changed here that
another workstation has meanwhile changed to something else is refused with a
ConflictError naming the field, both values, who stored the other and when.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from kneedesk.core.i18n import N_, _
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import ConflictError

if TYPE_CHECKING:
    from kneedesk.store.patients import Patient

# What each detail is called in a sentence.
FIELD_NAMES = {
    "chart_number": N_("The chart number"),
    "given_name": N_("The given name"),
    "family_name": N_("The family name"),
    "birth_date": N_("The date of birth"),
    "sex": N_("Sex"),
}


def changed_here(based_on: Patient, wanted: dict[str, Any]) -> dict[str, Any]:
    """The fields (of `wanted`, cleaned) the clinician changed from what was shown."""
    return {k: v for k, v in wanted.items() if getattr(based_on, k) != v}


def refuse_conflicts(
    db: StoreDatabase, current: Patient, based_on: Patient, mine: dict[str, Any]
) -> None:
    """Raise ConflictError for the first field changed both here and elsewhere, differently."""
    for field, value in mine.items():
        theirs = getattr(current, field)
        if theirs != getattr(based_on, field) and theirs != value:
            at, by = last_change(db, current.id, field) or (current.updated_at, "")
            raise ConflictError(
                # Translators: {field} is e.g. "The family name".
                _(
                    "{field} was changed on another workstation after this patient was opened here."
                ).format(field=_(FIELD_NAMES[field])),
                _("Nothing was saved. Keep your value or use the one stored now."),
                field=field,
                mine=value,
                theirs=theirs,
                by=by,
                at=at,
                version=current.version,
            )


def last_change(db: StoreDatabase, patient_id: int, field: str) -> tuple[str, str] | None:
    """When and by whom (display name) a patient's field was last changed (the audit log)."""
    rows = db.execute(
        "SELECT a.at, a.detail, c.display_name FROM audit_log AS a "
        "LEFT JOIN clinicians AS c ON c.id = a.actor_id "
        "WHERE a.entity = 'patient' AND a.entity_id = ? AND a.action = 'edit' "
        "ORDER BY a.id DESC LIMIT 200",
        [str(patient_id)],
    ).fetchall()
    for at, detail, name in rows:
        after = json.loads(detail).get("after")
        if isinstance(after, dict) and field in after:
            return str(at), str(name or "")
    return None
