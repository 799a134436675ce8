"""Signing a visit, addenda after signing, and checking that signed content was not altered."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kneedesk.core.i18n import _
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, json_value, timestamp, utc_now
from kneedesk.store.dialect import StoreDatabase, lock_visit
from kneedesk.store.digests import (
    CURRENT_DIGEST_VERSION,
    DIGEST_FORMAT,
    addendum_digest,
    digest_version,
    identity_at,
    visit_digest,
)
from kneedesk.store.errors import (
    InvalidValueError,
    NotFoundError,
    VisitSignedError,
    translated,
)
from kneedesk.store.visit_rows import Visit, get_visit

if TYPE_CHECKING:
    from kneedesk.store.session import SessionGuard

__all__ = [
    "DIGEST_FORMAT",
    "Addendum",
    "SignatureStatus",
    "SignedContent",
    "Signing",
    "addendum_digest",
    "visit_digest",
]


class SignatureStatus(StrEnum):
    """Whether a visit's signed content is as it was signed."""

    OK = "ok"
    ALTERED = "altered"
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class SignedContent:
    """The findings and plan exactly as shown when the visit was signed."""

    findings: Any
    plan: Any
    signed_by: int
    signed_at: str
    digest: str


@dataclass(frozen=True)
class Addendum:
    """A correction or note added to a signed visit, with its reason."""

    id: int
    visit_id: int
    clinician_id: int
    created_at: str
    reason: str
    body: str
    digest: str


class Signing:
    """Signs visits, adds addenda, and verifies signed visits against their digests."""

    def __init__(
        self,
        db: StoreDatabase,
        audit: AuditLog,
        *,
        clock: Clock = utc_now,
        guard: SessionGuard | None = None,
    ) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.guard = guard

    def sign(self, visit_id: int, clinician_id: int, findings: Any, plan: Any) -> Visit:
        """Seal a draft: store findings and plan as shown, the signer, the time and a digest.

        Afterwards the store (and the database's triggers) refuse any change to the visit.
        """
        if self.guard is not None:
            self.guard.require_self(clinician_id, "sign a visit")
        try:
            findings_text, plan_text = json_value(findings), json_value(plan)
        except ValueError as exc:
            raise InvalidValueError(
                f"The findings or plan cannot be stored: {exc}.",
                "This is a bug; nothing was signed.",
            ) from exc
        signed_at = timestamp(self.clock())
        with translated(None, "sign the visit"), self.db.atomic():
            lock_visit(self.db, visit_id)
            visit = get_visit(self.db, visit_id)
            if visit.signed:
                raise VisitSignedError(
                    # Translators: {date} is the visit's date as YYYY-MM-DD.
                    _("The visit of {date} is already signed.").format(date=visit.visit_date),
                    _("To correct it, add an addendum with the reason."),
                )
            self._active_clinician(clinician_id)
            self.db.execute(
                "INSERT INTO signed_findings (visit_id, findings, plan) VALUES (?, ?, ?)",
                [visit_id, findings_text, plan_text],
            )
            version = CURRENT_DIGEST_VERSION
            digest = visit_digest(self.db, visit, clinician_id, signed_at, version=version)
            self.db.execute(
                "UPDATE visits SET status = 'signed', signed_by = ?, signed_at = ?, digest = ?, "
                "digest_version = ?, updated_at = ? WHERE id = ?",
                [clinician_id, signed_at, digest, version, signed_at, visit_id],
            )
            self.audit.record(
                Action.SIGN,
                Entity.VISIT,
                visit_id,
                {"digest": digest, "digest_version": version},
                actor_id=clinician_id,
            )
            # Read before the commit: nothing after it may fail and report the signature
            # as not made when it is.
            signed = get_visit(self.db, visit_id)
        self.audit.remember_head()
        return signed

    def signed_content(self, visit_id: int) -> SignedContent | None:
        """The findings and plan stored at signing, or None for a draft."""
        visit = get_visit(self.db, visit_id)
        row = self.db.execute(
            "SELECT findings, plan FROM signed_findings WHERE visit_id = ?", [visit_id]
        ).fetchone()
        if not visit.signed or row is None or visit.signed_by is None:
            return None
        return SignedContent(
            json.loads(row[0]),
            json.loads(row[1]),
            visit.signed_by,
            str(visit.signed_at),
            str(visit.digest),
        )

    def add_addendum(self, visit_id: int, clinician_id: int, reason: str, text: str) -> Addendum:
        """Add a dated note with its reason to a signed visit (the only way to correct one)."""
        if self.guard is not None:
            self.guard.require_self(clinician_id, "add an addendum")
        reason, body = reason.strip(), text.strip()
        if not reason or not body:
            raise InvalidValueError(
                _("An addendum needs both a reason and a text."), _("Fill in both fields.")
            )
        created_at = timestamp(self.clock())
        with translated(None, "add the addendum"), self.db.atomic():
            visit = get_visit(self.db, visit_id)
            if not visit.signed:
                raise InvalidValueError(
                    _("The visit of {date} is not signed yet.").format(date=visit.visit_date),
                    _("Edit the draft directly; addenda are for signed visits."),
                )
            self._active_clinician(clinician_id)
            digest = addendum_digest(visit, clinician_id, created_at, reason, body)
            addendum_id = (
                self.db.table("addenda")
                .insert(
                    {
                        "visit_id": visit_id,
                        "clinician_id": clinician_id,
                        "created_at": created_at,
                        "reason": reason,
                        "body": body,
                        "digest": digest,
                    }
                )
                .last_pk
            )
            assert isinstance(addendum_id, int)
            self.audit.record(
                Action.ADDENDUM,
                Entity.VISIT,
                visit_id,
                {"addendum": addendum_id, "reason": reason, "digest": digest},
                actor_id=clinician_id,
            )
        self.audit.remember_head()
        return Addendum(addendum_id, visit_id, clinician_id, created_at, reason, body, digest)

    def addenda(self, visit_id: int) -> list[Addendum]:
        """A visit's addenda, oldest first."""
        rows = self.db.execute(
            "SELECT id, visit_id, clinician_id, created_at, reason, body, digest FROM addenda "
            "WHERE visit_id = ? ORDER BY id",
            [visit_id],
        ).fetchall()
        return [Addendum(*row) for row in rows]

    def verify(self, visit_id: int) -> SignatureStatus:
        """Recompute a signed visit's digests: OK, ALTERED (changed outside KneeDesk) or UNSIGNED.

        Checks the answers, findings and plan, every addendum, and that the digest matches
        the one written in the (hash-chained) audit log when the visit was signed.
        """
        visit = get_visit(self.db, visit_id)
        if not visit.signed:
            has_sealed = self.db.execute(
                "SELECT 1 FROM signed_findings WHERE visit_id = ?", [visit_id]
            ).fetchone()
            return SignatureStatus.ALTERED if has_sealed else SignatureStatus.UNSIGNED
        if visit.signed_by is None or visit.signed_at is None:  # pragma: no cover - CHECK
            return SignatureStatus.ALTERED
        audited = self._sign_row(visit_id)
        if audited is None or audited[1] != visit.digest:
            return SignatureStatus.ALTERED
        sign_row_id, _, audited_version = audited
        version = digest_version(self.db, visit_id)
        if version != audited_version:
            return SignatureStatus.ALTERED
        identity = identity_at(self.db, visit.patient_id, sign_row_id) if version >= 2 else None
        recomputed = visit_digest(
            self.db, visit, visit.signed_by, visit.signed_at, version=version, identity=identity
        )
        if recomputed != visit.digest:
            return SignatureStatus.ALTERED
        for a in self.addenda(visit_id):
            if addendum_digest(visit, a.clinician_id, a.created_at, a.reason, a.body) != a.digest:
                return SignatureStatus.ALTERED
        return SignatureStatus.OK

    def signed_visit_ids(self) -> list[int]:
        """Ids of every signed visit (for a full check of the database)."""
        return [row[0] for row in self.db.execute("SELECT id FROM visits WHERE status = 'signed'")]

    def _sign_row(self, visit_id: int) -> tuple[int, str | None, int] | None:
        """The audit row of the signing: its id, the digest and digest version it recorded."""
        row = self.db.execute(
            "SELECT id, detail FROM audit_log WHERE entity = 'visit' AND entity_id = ? "
            "AND action = 'sign' ORDER BY id DESC LIMIT 1",
            [str(visit_id)],
        ).fetchone()
        if row is None:
            return None
        detail = json.loads(row[1])
        digest = detail.get("digest")
        version = detail.get("digest_version", 1)
        return (
            int(row[0]),
            digest if isinstance(digest, str) else None,
            version if isinstance(version, int) else 0,
        )

    def _active_clinician(self, clinician_id: int) -> None:
        row = self.db.execute(
            "SELECT active FROM clinicians WHERE id = ?", [clinician_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(
                _("There is no clinician account with id {id}.").format(id=clinician_id)
            )
        if not row[0]:
            raise InvalidValueError(
                _("This clinician account is deactivated and cannot sign."),
                _("Sign in with an active account."),
            )
