"""The digests that seal a signed visit and its addenda.

Version 1 (visits signed before migration m006) covers the visit's uid, the patient's uid,
protocol, date, clinician name, every answer row, findings, plan, signer id and time.
Version 2 adds who the patient is (chart number, names, birth date) and who signed (user
name and display name), so two patients' details swapped, or a signer renamed, behind
KneeDesk's back no longer leave every signature intact. A patient's details may still be
corrected in KneeDesk after signing: each correction is audited with its value before, so
the identity at signing is the current one with the audited corrections since undone.
Version 3 (from migration m007) adds the patient's consent to filming and every still kept
with the visit: its uid, item, side, view, the SHA-256 of the image bytes as stored now
(never the digest column beside them), size, points, source, printing choices and note.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from kneedesk.store.canonical import canonical_json, sha256_hex
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.visit_rows import Visit, answer_rows

if TYPE_CHECKING:
    pass

DIGEST_FORMAT = "kneedesk-signed-visit-1"
DIGEST_FORMAT_2 = "kneedesk-signed-visit-2"
DIGEST_FORMAT_3 = "kneedesk-signed-visit-3"
CURRENT_DIGEST_VERSION = 3
IDENTITY_FIELDS = ("chart_number", "given_name", "family_name", "birth_date")


def visit_digest(
    db: StoreDatabase,
    visit: Visit,
    signed_by: int,
    signed_at: str,
    *,
    version: int = 1,
    identity: dict[str, Any] | None = None,
) -> str:
    """SHA-256 over a canonical JSON form of everything a signature covers.

    Answers, not-tested reasons, findings and plan are taken as the stored text (always
    canonical JSON), so any change to a stored byte changes the digest. For version 2,
    `identity` is the patient's identity at signing (default: as stored now).
    """
    patient = db.execute("SELECT uid FROM patients WHERE id = ?", [visit.patient_id]).fetchone()
    sealed = db.execute(
        "SELECT findings, plan FROM signed_findings WHERE visit_id = ?", [visit.id]
    ).fetchone()
    payload: dict[str, Any] = {
        "format": DIGEST_FORMAT,
        "visit": visit.uid,
        "patient": patient[0] if patient else None,
        "protocol": visit.protocol,
        "protocol_version": visit.protocol_version,
        "visit_date": visit.visit_date,
        "clinician_name": visit.clinician_name,
        "answers": [list(row) for row in answer_rows(db, visit.id)],
        "findings": sealed[0] if sealed else None,
        "plan": sealed[1] if sealed else None,
        "signed_by": signed_by,
        "signed_at": signed_at,
    }
    if version >= 2:
        signer = db.execute(
            "SELECT username, display_name FROM clinicians WHERE id = ?", [signed_by]
        ).fetchone()
        payload["format"] = DIGEST_FORMAT_2
        payload["patient_identity"] = (
            identity if identity is not None else current_identity(db, visit.patient_id)
        )
        payload["signer"] = list(signer) if signer else None
    if version >= 3:
        payload["format"] = DIGEST_FORMAT_3
        consent = db.execute(
            "SELECT filming_consent FROM visits WHERE id = ?", [visit.id]
        ).fetchone()
        payload["filming_consent"] = consent[0] if consent else None
        payload["stills"] = still_rows(db, visit.id)
    return sha256_hex(canonical_json(payload))


def still_rows(db: StoreDatabase, visit_id: int) -> list[list[Any]]:
    """A visit's stills as a signature covers them, in the order kept.

    The image is covered by the SHA-256 of its bytes as stored now, so changed bytes
    change the digest even when the `image_sha256` column was rewritten to match.
    """
    rows = db.execute(
        "SELECT uid, position, item_id, side, view, jpeg, width, height, marks, source, "
        "on_handout, hide_face, note, created_at FROM visit_stills WHERE visit_id = ? "
        "ORDER BY position, id",
        [visit_id],
    ).fetchall()
    return [
        [*row[:5], sha256_hex(bytes(row[5])) if row[5] is not None else None, *row[6:]]
        for row in rows
    ]


def current_identity(db: StoreDatabase, patient_id: int) -> dict[str, Any] | None:
    """The patient's chart number, names and birth date as stored now."""
    row = db.execute(
        f"SELECT {', '.join(IDENTITY_FIELDS)} FROM patients WHERE id = ?", [patient_id]
    ).fetchone()
    return dict(zip(IDENTITY_FIELDS, row, strict=True)) if row else None


def identity_at(db: StoreDatabase, patient_id: int, audit_id: int) -> dict[str, Any] | None:
    """The patient's identity just after audit row `audit_id`: the current one with every
    audited correction made later undone (their `before` values, newest first)."""
    identity = current_identity(db, patient_id)
    if identity is None:
        return None
    rows = db.execute(
        "SELECT detail FROM audit_log WHERE entity = 'patient' AND entity_id = ? "
        "AND action = 'edit' AND id > ? ORDER BY id DESC",
        [str(patient_id), audit_id],
    ).fetchall()
    for (detail_text,) in rows:
        before = _dict(_dict(json.loads(detail_text)).get("before"))
        for name in IDENTITY_FIELDS:
            if name in before:
                identity[name] = before[name]
    return identity


def addendum_digest(
    visit: Visit, clinician_id: int, created_at: str, reason: str, body: str
) -> str:
    """SHA-256 binding an addendum to the signed visit it belongs to."""
    payload = {
        "visit": visit.uid,
        "visit_digest": visit.digest,
        "clinician": clinician_id,
        "created_at": created_at,
        "reason": reason,
        "body": body,
    }
    return sha256_hex(canonical_json(payload))


def digest_version(db: StoreDatabase, visit_id: int) -> int:
    """Which digest a signed visit carries (1 for visits signed before migration m006)."""
    try:
        row = db.execute("SELECT digest_version FROM visits WHERE id = ?", [visit_id]).fetchone()
    except sqlite3.OperationalError:  # an older file opened without upgrading: no column
        return 1
    return int(row[0]) if row and row[0] is not None else 1


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
