"""Visits: drafts autosaved one answer at a time, then signed and sealed with a digest."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from kneedesk.core.i18n import _
from kneedesk.core.protocol import (
    NEW_VISIT_PROTOCOL,
    Item,
    Protocol,
    ProtocolError,
    ProtocolRef,
    visit_protocol,
)
from kneedesk.core.text_checks import has_surrogate, unsafe_char_problem
from kneedesk.core.visit_context import VisitContext
from kneedesk.core.visit_doc import check_value
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, json_value, timestamp, utc_now
from kneedesk.store.dialect import StoreDatabase, lock_visit
from kneedesk.store.draft_versions import (
    AnswerSaved,
    answer_conflict,
    answer_versions,
    delete_if,
    next_revision,
    refuse_stale_draft,
    revision,
    write_always,
    write_if,
)
from kneedesk.store.errors import InvalidValueError, NotFoundError, NotSignedInError, translated
from kneedesk.store.signing import Signing
from kneedesk.store.visit_rows import (
    SIDES,
    Side,
    Visit,
    answer_rows,
    answers_of_patient,
    answers_shaped,
    audit_shown,
    check_side,
    get_visit,
    refuse_signed,
    visits_of_patient,
)
from kneedesk.store.visit_versions import convert_draft, hidden_answer_ids, visit_context

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

ProtocolSource = Callable[[str, int], Protocol]
"""Returns the protocol with this id and version; raises ProtocolError if there is none."""


class VisitRepo:
    """Visits: drafts and their answers, signing, addenda and verification."""

    def __init__(
        self,
        db: StoreDatabase,
        audit: AuditLog,
        *,
        clock: Clock = utc_now,
        protocols: ProtocolSource = visit_protocol,
        signing: Signing,
        newest: ProtocolRef = NEW_VISIT_PROTOCOL,
    ) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.protocols = protocols
        self.newest = newest  # what new drafts follow (see Store's newest_protocol)
        self.signing = signing

    def create_draft(
        self,
        patient_id: int,
        *,
        visit_date: date | str,
        clinician_id: int | None = None,
        clinician_name: str | None = None,
        protocol: str | None = None,
        protocol_version: int | None = None,
        uid: str | None = None,
    ) -> Visit:
        """Start a draft visit for a patient on a date, with the protocol version it follows
        (by default the store's newest, NEW_VISIT_PROTOCOL unless the store opted in to a
        newer one)."""
        protocol = self.newest.id if protocol is None else protocol
        protocol_version = self.newest.version if protocol_version is None else protocol_version
        self._protocol(protocol, protocol_version)
        day = visit_date.isoformat() if isinstance(visit_date, date) else str(visit_date)
        try:
            valid_day = date.fromisoformat(day).isoformat() == day
        except ValueError:
            valid_day = False
        if not valid_day:
            raise InvalidValueError(
                # Translators: {typed} comes with its quotes, e.g. '2026-13-01'.
                _("The visit date {typed} is not a date written as YYYY-MM-DD.").format(
                    typed=repr(day)
                ),
                _("Enter the date as year-month-day, e.g. 2026-11-20."),
            )
        if clinician_name is not None and len(clinician_name) > 200:
            raise InvalidValueError(
                _("The clinician's name is longer than 200 characters."), _("Shorten the name.")
            )
        if clinician_name is not None and (problem := unsafe_char_problem(clinician_name)):
            raise InvalidValueError(
                # Translators: {problem} says which invisible character and where, e.g. "has
                # the invisible character U+202E (...) at character 3; remove it".
                _("The clinician's name {problem}.").format(problem=problem),
                _("Retype the name."),
            )
        now = timestamp(self.clock())
        with translated(None, "start the visit"), self.db.atomic():
            if (
                self.db.execute("SELECT 1 FROM patients WHERE id = ?", [patient_id]).fetchone()
                is None
            ):
                raise NotFoundError(_("There is no patient with id {id}.").format(id=patient_id))
            name = clinician_name
            if name is None and clinician_id is not None:
                found = self.db.execute(
                    "SELECT display_name FROM clinicians WHERE id = ?", [clinician_id]
                ).fetchone()
                if found is None:
                    raise NotFoundError(
                        _("There is no clinician account with id {id}.").format(id=clinician_id)
                    )
                name = found[0]
            visit_id = (
                self.db.table("visits")
                .insert(
                    {
                        "uid": uid or uuid.uuid4().hex,
                        "patient_id": patient_id,
                        "protocol": protocol,
                        "protocol_version": protocol_version,
                        "visit_date": day,
                        "clinician_id": clinician_id,
                        "clinician_name": name or "",
                        "status": "draft",
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                .last_pk
            )
            assert isinstance(visit_id, int)
            self.audit.record(
                Action.CREATE, Entity.VISIT, visit_id, {"patient_id": patient_id, "date": day}
            )
            # Read before the commit: nothing after it may fail and report the new visit
            # as not saved (it would be made twice).
            return self.get(visit_id)

    def get(self, visit_id: int) -> Visit:
        """The visit with this id (NotFoundError if none)."""
        return get_visit(self.db, visit_id)

    def for_patient(self, patient_id: int) -> list[Visit]:
        """A patient's visits, oldest first."""
        return visits_of_patient(self.db, patient_id)

    def save_answer(
        self,
        visit_id: int,
        item_id: str,
        side: Side,
        value: Any,
        not_tested_reason: str | None = None,
        *,
        based_on: int | None = None,
    ) -> AnswerSaved:
        """Save one answer (or one side of one) in its own transaction: the autosave path.

        `value` is in the protocol's canonical units. Give `not_tested_reason` (and value None)
        to record that the item was not tested and why. None with no reason clears the answer.
        When this returns, the answer is on disk.

        `based_on` is the answer's version the clinician saw (`answer_versions`; 0: none was
        stored): if another workstation has changed it since, ConflictError is raised and
        nothing is saved. None saves whatever is stored (imports, demonstrations).
        """
        visit = self.get(visit_id)
        item = self._item(visit, item_id)
        check_side(item, side)
        reason = (not_tested_reason or "").strip() or None
        if value is None and reason is None:
            return self.clear_answer(visit_id, item_id, side, based_on=based_on)
        if value is not None and reason is not None:
            raise InvalidValueError(
                f"{item_id}: has both a value and a not-tested reason.",
                "Either enter a value or mark the item not tested, not both.",
            )
        text: str | None = None
        if value is not None:
            problems = check_value(item, value)
            if problems:
                raise InvalidValueError(
                    "; ".join(problems) + ".", "Correct the value; it was not saved."
                )
            try:
                text = json_value(value)
            except ValueError as exc:
                raise InvalidValueError(
                    f"{item_id}: {exc}.", "Correct the value; it was not saved."
                ) from exc
        if reason is not None and len(reason) > 500:
            raise InvalidValueError(
                # Translators: {item} is the protocol item's id, e.g. knee_to_wall_cm.
                _("{item}: the not-tested reason is too long.").format(item=item_id),
                _("Shorten it."),
            )
        if reason is not None and has_surrogate(reason):  # UTF-8 cannot hold it
            raise InvalidValueError(
                f"{item_id}: the not-tested reason has a lone surrogate.", "Retype the reason."
            )
        return self._write(visit_id, item_id, side, (text, reason), based_on, value)

    def clear_answer(
        self, visit_id: int, item_id: str, side: Side, *, based_on: int | None = None
    ) -> AnswerSaved:
        """Remove an answer (the field was emptied); the old value stays in the audit log.

        `based_on` as for `save_answer`: an answer changed elsewhere since is not removed.
        """
        key = (visit_id, item_id, side)
        with translated(None, f"clear the answer for {item_id}"), self.db.atomic():
            refuse_signed(self.get(visit_id))
            old = self._current(visit_id, item_id, side)
            if old is None:
                return AnswerSaved(0, revision(self.db, visit_id), False)
            now = timestamp(self.clock())
            done = next_revision(self.db, visit_id, now)
            if based_on is None:
                self.db.execute(
                    "DELETE FROM answers WHERE visit_id = ? AND item_id = ? AND side = ?",
                    list(key),
                )
            elif not delete_if(self.db, key, based_on):
                raise answer_conflict(self.db, key, None)
            self.audit.record(
                Action.EDIT,
                Entity.VISIT,
                visit_id,
                {"item": item_id, "side": side, "before": audit_shown(old), "after": None},
            )
        return AnswerSaved(0, done, True)

    def revision(self, visit_id: int) -> int:
        """The draft's revision: changes to its answers so far (the token signing states)."""
        return revision(self.db, visit_id)

    def answer_versions(self, visit_id: int) -> dict[tuple[str, str], int]:
        """Each stored answer's version by (item id, side): what a save is based on."""
        return answer_versions(self.db, visit_id)

    def answers(self, visit_id: int) -> dict[str, Any]:
        """All answers in visit-document shape: per-side items as {"left": v, "right": v}."""
        return answers_shaped(
            (item, side, text) for item, side, text, _ in answer_rows(self.db, visit_id)
        )

    def answers_for_patient(self, patient_id: int) -> dict[int, dict[str, Any]]:
        """Every visit's answers (as `answers` gives them) by visit id, in one query.

        For screens that show all of a patient's visits at once (the visit history, the
        Progress charts); a visit without answers maps to {}.
        """
        return answers_of_patient(self.db, patient_id)

    def not_tested(self, visit_id: int) -> dict[str, str]:
        """Items marked not tested, with reasons: "item.id" or "item.id:left" -> reason."""
        return {
            (item_id if side == "whole" else f"{item_id}:{side}"): reason
            for item_id, side, _, reason in answer_rows(self.db, visit_id)
            if reason is not None
        }

    def sign(
        self,
        visit_id: int,
        clinician_id: int,
        findings: Any,
        plan: Any,
        *,
        revision: int | None = None,
    ) -> Visit:
        """Sign a draft: findings and plan are stored as shown; the visit becomes read-only.

        Answers to items this visit does not show are removed first (`drop_hidden_answers`).
        `revision` is the draft's revision the summary was built from: when the draft has
        changed since, SignConflictError is raised and nothing is signed or removed.
        """
        with translated(None, "sign the visit"), self.db.atomic():
            if revision is not None:
                self.refuse_changed_since(visit_id, revision)
            self.drop_hidden_answers(visit_id)
            signed = self.signing.sign(visit_id, clinician_id, findings, plan)
        self.audit.remember_head()  # once committed
        return signed

    def refuse_changed_since(self, visit_id: int, shown: int) -> None:
        """Lock the visit and raise SignConflictError if its revision is no longer `shown`.

        Call inside the signature's transaction, so no change can come in between.
        """
        lock_visit(self.db, visit_id)
        refuse_stale_draft(self.db, visit_id, shown)

    def context(self, visit_id: int) -> VisitContext:
        """The patient's age at the visit and whether it is a follow-up (an earlier one signed)."""
        return visit_context(self.db, self.get(visit_id))

    def drop_hidden_answers(self, visit_id: int) -> list[str]:
        """Clear (audited) the answers of items the visit does not show at the patient's age
        or on this kind of visit; the ids cleared. Kept until then: see `visit_versions`."""
        visit = self.get(visit_id)
        if visit.signed:
            return []
        hidden = hidden_answer_ids(
            self.db, visit, self._protocol(visit.protocol, visit.protocol_version)
        )
        for item_id in hidden:
            for side in SIDES:
                self.clear_answer(visit_id, item_id, side)
        return hidden

    def convert(
        self, visit_id: int, version: int, *, night_pain_for_weight_loss: bool | None = None
    ) -> list[str]:
        """Move a draft to a newer version of its protocol (clinical.md 10.3, audited); the
        ids of the answers not carried over. See `kneedesk.store.visit_versions`."""
        visit = self.get(visit_id)
        target = self._protocol(visit.protocol, version)
        return convert_draft(
            self.db, self.audit, self.clock, visit_id, target, self.protocols,
            night_pain_for_weight_loss=night_pain_for_weight_loss,
        )  # fmt: skip

    # --- internals ---------------------------------------------------------------------------

    def _write(
        self,
        visit_id: int,
        item_id: str,
        side: Side,
        stored: tuple[str | None, str | None],
        based_on: int | None,
        mine: Any,
    ) -> AnswerSaved:
        key = (visit_id, item_id, side)
        with translated(None, f"save the answer for {item_id}"), self.db.atomic():
            visit = self.get(visit_id)
            refuse_signed(visit)
            old = self._current(visit.id, item_id, side)
            if old == stored:  # already so, whoever saved it
                versions = answer_versions(self.db, visit_id)
                return AnswerSaved(
                    versions.get((item_id, side), 0), revision(self.db, visit_id), False
                )
            now = timestamp(self.clock())
            done = next_revision(self.db, visit.id, now)
            by = self._actor()
            if based_on is None:
                write_always(self.db, key, stored, done, by, now)
            elif not write_if(self.db, key, based_on, stored, done, by, now):
                raise answer_conflict(self.db, key, mine)
            self.audit.record(
                Action.EDIT,
                Entity.VISIT,
                visit.id,
                {
                    "item": item_id,
                    "side": side,
                    "before": audit_shown(old),
                    "after": audit_shown(stored),
                },
            )
        return AnswerSaved(done, done, True)

    def _actor(self) -> int | None:
        try:
            return self.audit.actor()
        except NotSignedInError:
            return None

    def _current(
        self, visit_id: int, item_id: str, side: Side
    ) -> tuple[str | None, str | None] | None:
        row = self.db.execute(
            "SELECT value, not_tested_reason FROM answers "
            "WHERE visit_id = ? AND item_id = ? AND side = ?",
            [visit_id, item_id, side],
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def _protocol(self, protocol_id: str, version: int) -> Protocol:
        try:
            return self.protocols(protocol_id, version)
        except (ProtocolError, KeyError) as exc:
            raise InvalidValueError(
                f"KneeDesk does not know protocol {protocol_id!r} version {version}.",
                "Use a protocol this version of KneeDesk ships with, or update KneeDesk.",
            ) from exc

    def _item(self, visit: Visit, item_id: str) -> Item:
        item = self._protocol(visit.protocol, visit.protocol_version).get(item_id)
        if item is None:
            raise InvalidValueError(
                f"{item_id}: is not an item of protocol {visit.protocol} version "
                f"{visit.protocol_version}.",
                "This is a bug in the screen that sent it; the value was not saved.",
            )
        return item
