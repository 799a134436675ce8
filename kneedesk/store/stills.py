"""Stills kept with a visit: a frame of a video (or a photo) of a test, with its angles.

Each change is its own transaction with an audit row naming the still and what changed
(never the image), so nothing placed is lost and every change can be traced. A signed
visit refuses every change (here and in the database's triggers); a still's image and
source never change at all, even on a draft. The patient's consent to filming is kept
with the visit and is needed before any still of the patient is kept.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kneedesk.core.angles import View
from kneedesk.core.i18n import N_, _, ngettext
from kneedesk.core.protocol import Protocol, ProtocolError
from kneedesk.core.still_checks import note_problem, still_problems
from kneedesk.core.stills import (
    AngleMark,
    Still,
    StillFormatError,
    StillSource,
    image_digest,
    marks_from_json,
    marks_to_json,
    source_from_json,
    source_to_json,
)
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, canonical_json, timestamp, utc_now
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import (
    ConsentRequiredError,
    InvalidValueError,
    NotFoundError,
    translated,
)
from kneedesk.store.visit_rows import Visit, get_visit, refuse_signed

log = logging.getLogger(__name__)
# Translators: {date} is the visit's date as YYYY-MM-DD.
_NO_CONSENT = {
    "video": N_(
        "The patient has not agreed to be filmed for the visit of {date}, so no video still "
        "can be kept."
    ),
    "photo": N_(
        "The patient has not agreed to be filmed for the visit of {date}, so no photo still "
        "can be kept."
    ),
}

_COLUMNS = (
    "uid, item_id, side, view, jpeg, width, height, source, marks, on_handout, hide_face, "
    "note, image_sha256, created_at"
)
_UNREADABLE_SOURCE = StillSource("photo", "unreadable", "0" * 64, 0, None, 1)


class StillRepo:
    """The stills of visits, and each visit's consent to filming."""

    def __init__(
        self,
        db: StoreDatabase,
        audit: AuditLog,
        *,
        clock: Clock = utc_now,
        protocols: Callable[[str, int], Protocol],
    ) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.protocols = protocols

    # --- reading -------------------------------------------------------------------------------

    def for_visit(self, visit_id: int) -> list[Still]:
        """The visit's stills in the order they were kept."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM visit_stills WHERE visit_id = ? ORDER BY position, id",
            [visit_id],
        ).fetchall()
        return [_still(row) for row in rows]

    def get(self, uid: str) -> Still | None:
        """The still with this uid, or None."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM visit_stills WHERE uid = ?", [uid]
        ).fetchone()
        return None if row is None else _still(row)

    def visit_of(self, uid: str) -> int | None:
        """The id of the visit the still belongs to, or None when there is no such still."""
        row = self.db.execute("SELECT visit_id FROM visit_stills WHERE uid = ?", [uid]).fetchone()
        return None if row is None else int(row[0])

    def earlier(
        self, patient_id: int, before_visit_id: int, item_id: str, side: str, view: View
    ) -> list[tuple[int, str, Still]]:
        """(visit id, visit date, still) of the same test, side and view at the patient's
        visits before this one (earlier date, or the same date started earlier), newest
        first; drafts included."""
        visit = get_visit(self.db, before_visit_id)
        rows = self.db.execute(
            f"SELECT v.id, v.visit_date, {', '.join('s.' + c for c in _COLUMNS.split(', '))} "
            "FROM visit_stills AS s JOIN visits AS v ON v.id = s.visit_id "
            "WHERE v.patient_id = ? AND s.item_id = ? AND s.side = ? AND s.view = ? "
            "AND (v.visit_date < ? OR (v.visit_date = ? AND v.id < ?)) "
            "ORDER BY v.visit_date DESC, v.id DESC, s.position, s.id",
            [
                patient_id, item_id, side, str(view), visit.visit_date, visit.visit_date,
                visit.id,
            ],
        ).fetchall()  # fmt: skip
        return [(int(row[0]), str(row[1]), _still(row[2:])) for row in rows]

    def consent(self, visit_id: int) -> str | None:
        """When the patient agreed to be filmed for this visit (ISO time), or None."""
        get_visit(self.db, visit_id)
        row = self.db.execute(
            "SELECT filming_consent FROM visits WHERE id = ?", [visit_id]
        ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    # --- changes ---------------------------------------------------------------------------

    def add(self, visit_id: int, still: Still, actor_id: int | None) -> Still:
        """Keep a still with a draft visit; the stored still (uid, digest and time set).

        Refused when the visit is signed, when the patient's consent to filming was not
        given, when the item is not one of the visit's protocol, or when the still is not
        storable (`kneedesk.core.still_checks`). An empty uid gets a new one.
        """
        problems = still_problems(still)
        if problems:
            where, message = problems[0]
            raise InvalidValueError(
                f"The still cannot be kept: {message}.", "Keep the still again.", field=where
            )
        uid = still.uid or uuid.uuid4().hex
        now = timestamp(self.clock())
        with translated(None, "keep the still"), self.db.atomic():
            visit = get_visit(self.db, visit_id)
            refuse_signed(visit, "its stills")
            self._check_item(visit, still.item_id)
            if self.consent(visit_id) is None:
                raise ConsentRequiredError(
                    _(_NO_CONSENT[still.source.kind]).format(date=visit.visit_date),
                    _("Ask the patient, then tick 'Patient agreed to be filmed' first."),
                )
            if self.visit_of(uid) is not None:
                raise InvalidValueError(
                    f"A still with uid {uid} is already kept.", "Keep it under a new uid."
                )
            position = self.db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM visit_stills WHERE visit_id = ?",
                [visit_id],
            ).fetchone()[0]
            digest = image_digest(still.jpeg)
            self.db.execute(
                "INSERT INTO visit_stills (uid, visit_id, position, item_id, side, view, jpeg, "
                "width, height, image_sha256, marks, source, on_handout, hide_face, note, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)",
                [
                    uid, visit_id, position, still.item_id, still.side, str(still.view),
                    still.jpeg, still.width, still.height, digest,
                    canonical_json(marks_to_json(still.marks)),
                    canonical_json(source_to_json(still.source)), int(still.on_handout),
                    int(still.hide_face), still.note, still.created_at or now, now,
                ],
            )  # fmt: skip
            self._touch(visit_id, now)
            self.audit.record(
                Action.CREATE,
                Entity.VISIT,
                visit_id,
                {
                    "still": uid,
                    "item": still.item_id,
                    "side": still.side,
                    "view": str(still.view),
                    "image_sha256": digest,
                    "source": source_to_json(still.source),
                    "marks": marks_to_json(still.marks),
                },
                actor_id=actor_id,
            )
        kept = self.get(uid)
        assert kept is not None
        return kept

    def update_marks(self, uid: str, marks: Sequence[AngleMark], actor_id: int | None) -> Still:
        """Save the still's points (all of its angles at once)."""
        current = self._existing(uid)
        problems = still_problems(replace(current, marks=tuple(marks), image_sha256=""))
        bad = [message for where, message in problems if where == "marks"]
        if bad:
            raise InvalidValueError(
                f"The points cannot be saved: {bad[0]}.", "Place the points again.", field="marks"
            )
        return self._update(
            uid, "marks", marks_to_json(current.marks), marks_to_json(marks), actor_id
        )

    def update_view(self, uid: str, view: View, actor_id: int | None) -> Still:
        """Save where the camera was."""
        current = self._existing(uid)
        try:
            chosen = View(view)
        except ValueError:
            raise InvalidValueError(f"{view!r} is not a camera view.", field="view") from None
        return self._update(uid, "view", str(current.view), str(chosen), actor_id)

    def update_printing(
        self, uid: str, *, on_handout: bool, hide_face: bool, actor_id: int | None
    ) -> Still:
        """Save whether the still is printed on the handout, and whether the face is hidden."""
        current = self._existing(uid)
        before = {"on_handout": current.on_handout, "hide_face": current.hide_face}
        after = {"on_handout": bool(on_handout), "hide_face": bool(hide_face)}
        return self._update(uid, "printing", before, after, actor_id)

    def update_note(self, uid: str, note: str, actor_id: int | None) -> Still:
        """Save the still's note ("" clears it)."""
        current = self._existing(uid)
        text = note
        problem = note_problem(text)
        if problem:
            raise InvalidValueError(f"The note cannot be saved: {problem}.", field="note")
        return self._update(uid, "note", current.note, text, actor_id)

    def delete(self, uid: str, actor_id: int | None) -> None:
        """Remove a still from a draft; what it held (but the image) stays in the audit log."""
        with translated(None, "remove the still"), self.db.atomic():
            current = self._existing(uid)
            visit_id = self.visit_of(uid)
            assert visit_id is not None
            refuse_signed(get_visit(self.db, visit_id), "its stills")
            self.db.execute("DELETE FROM visit_stills WHERE uid = ?", [uid])
            self._touch(visit_id, timestamp(self.clock()))
            self.audit.record(
                Action.EDIT,
                Entity.VISIT,
                visit_id,
                {
                    "still": uid,
                    "deleted": True,
                    "item": current.item_id,
                    "side": current.side,
                    "view": str(current.view),
                    "image_sha256": current.image_sha256,
                    "source": source_to_json(current.source),
                    "marks": marks_to_json(current.marks),
                    "note": current.note,
                },
                actor_id=actor_id,
            )

    def set_consent(
        self, visit_id: int, given: bool, actor_id: int | None, *, at: str | None = None
    ) -> None:
        """Record (or take back) the patient's consent to filming for a draft visit.

        Taking it back is refused while the visit keeps stills: remove them first. Giving it
        again when it is already given keeps the first time. `at` is the time it was given
        (an imported visit's); by default now.
        """
        now = timestamp(self.clock())
        with translated(None, "save the consent to filming"), self.db.atomic():
            visit = get_visit(self.db, visit_id)
            refuse_signed(visit, "its consent to filming")
            before = self.consent(visit_id)
            if (before is not None) == bool(given):
                return
            if not given:
                kept = self.db.execute(
                    "SELECT count(*) FROM visit_stills WHERE visit_id = ?", [visit_id]
                ).fetchone()[0]
                if kept:
                    raise ConsentRequiredError(
                        # Translators: {date} is the visit's date as YYYY-MM-DD.
                        ngettext(
                            "The consent to filming cannot be taken back while the visit of "
                            "{date} keeps {kept} still(s) of the patient.",
                            "The consent to filming cannot be taken back while the visit of "
                            "{date} keeps {kept} still(s) of the patient.",
                            kept,
                        ).format(date=visit.visit_date, kept=kept),
                        _("Remove the stills first, then untick the consent."),
                    )
            after = (at or now) if given else None
            self.db.execute(
                "UPDATE visits SET filming_consent = ?, updated_at = ? WHERE id = ?",
                [after, now, visit_id],
            )
            self.audit.record(
                Action.EDIT,
                Entity.VISIT,
                visit_id,
                {"filming_consent": {"before": before, "after": after}},
                actor_id=actor_id,
            )

    # --- internals -----------------------------------------------------------------------------

    def _existing(self, uid: str) -> Still:
        still = self.get(uid)
        if still is None:
            raise NotFoundError(f"There is no still {uid}.")
        return still

    def _update(self, uid: str, what: str, before: Any, after: Any, actor_id: int | None) -> Still:
        columns: dict[str, Any]
        if what == "printing":
            columns = {key: int(flag) for key, flag in after.items()}
        else:
            columns = {what: canonical_json(after) if what == "marks" else after}
        now = timestamp(self.clock())
        with translated(None, f"save the still's {what}"), self.db.atomic():
            visit_id = self.visit_of(uid)
            if visit_id is None:
                raise NotFoundError(f"There is no still {uid}.")
            refuse_signed(get_visit(self.db, visit_id), "its stills")
            if before != after:
                assignments = ", ".join(f"{name} = ?" for name in columns)
                self.db.execute(
                    f"UPDATE visit_stills SET {assignments}, updated_at = ? WHERE uid = ?",
                    [*columns.values(), now, uid],
                )
                self._touch(visit_id, now)
                self.audit.record(
                    Action.EDIT,
                    Entity.VISIT,
                    visit_id,
                    {"still": uid, "changed": what, "before": before, "after": after},
                    actor_id=actor_id,
                )
        return self._existing(uid)

    def _check_item(self, visit: Visit, item_id: str) -> None:
        try:
            protocol = self.protocols(visit.protocol, visit.protocol_version)
        except (ProtocolError, KeyError) as exc:
            raise InvalidValueError(
                f"KneeDesk does not know protocol {visit.protocol!r} version "
                f"{visit.protocol_version}.",
                "Update KneeDesk.",
            ) from exc
        if protocol.get(item_id) is None:
            raise InvalidValueError(
                f"{item_id}: is not an item of protocol {visit.protocol} version "
                f"{visit.protocol_version}, so no still can be kept for it.",
                "Choose a test of this visit.",
                field="item",
            )

    def _touch(self, visit_id: int, now: str) -> None:
        self.db.execute("UPDATE visits SET updated_at = ? WHERE id = ?", [now, visit_id])


def _still(row: Sequence[Any]) -> Still:
    """A stored row as a Still; damaged points or source are logged and shown empty (the
    signature check reports the visit altered)."""
    uid, item_id, side, view, jpeg, width, height, source_text, marks_text = row[:9]
    on_handout, hide_face, note, digest, created_at = row[9:]
    try:
        marks = marks_from_json(json.loads(marks_text), width, height)
    except (ValueError, StillFormatError):
        log.warning("Still %s: its points cannot be read; shown without them.", uid)
        marks = ()
    try:
        source = source_from_json(json.loads(source_text))
    except (ValueError, StillFormatError):
        log.warning("Still %s: where it came from cannot be read.", uid)
        source = _UNREADABLE_SOURCE
    return Still(
        uid=str(uid),
        item_id=str(item_id),
        side="left" if side == "left" else "right",
        view=View(view),
        jpeg=bytes(jpeg),
        width=int(width),
        height=int(height),
        source=source,
        marks=marks,
        on_handout=bool(on_handout),
        hide_face=bool(hide_face),
        note=str(note),
        image_sha256=str(digest),
        created_at=str(created_at),
    )
