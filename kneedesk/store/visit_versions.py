"""What a visit's protocol version changes in the store: the visit's context (age at the
visit, follow-up or not), answers a signature must not hold, and converting a v1 draft to v2.

Hidden answers (clinical.md 3: an age-shown item "appears (and is required) only inside its
band"): while a visit is a draft, an answer to an item that is not shown at the patient's age
is kept but ignored, so correcting a wrong birth date brings it back. At signing it is removed
(audited with its value, like any cleared answer): what is signed holds no answer to a
question that was not asked at that age.

Converting (clinical.md 10.3): an unsigned v1 draft may be moved to v2. Answers (and
not-tested marks) whose item id exists in v2 and whose value v2 accepts are carried over;
`history.other_causes_excluded` is dropped (derived in v2); new items are left empty for the
clinician. A `red_flags.night_pain` yes needs the clinician to say whether it was given for
weight loss: if it was, it moves to `red_flags.systemic` (yes) and night pain is left empty to
be asked again. One audit row records the conversion and every answer not carried over.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from kneedesk.core.i18n import _
from kneedesk.core.protocol import Protocol
from kneedesk.core.value_checks import check_value
from kneedesk.core.visit_context import VisitContext
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, json_value, timestamp
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import InvalidValueError, translated
from kneedesk.store.visit_rows import Visit, answer_rows, get_visit, refuse_signed

DROPPED_ON_CONVERT = ("history.other_causes_excluded",)  # derived in v2
NIGHT_PAIN = "red_flags.night_pain"
SYSTEMIC = "red_flags.systemic"


def visit_context(db: StoreDatabase, visit: Visit) -> VisitContext:
    """The patient's age at the visit and whether an earlier visit of theirs is signed."""
    row = db.execute("SELECT birth_date FROM patients WHERE id = ?", [visit.patient_id]).fetchone()
    earlier = db.execute(
        "SELECT 1 FROM visits WHERE patient_id = ? AND status = 'signed' AND id != ? "
        "AND (visit_date < ? OR (visit_date = ? AND id < ?)) LIMIT 1",
        [visit.patient_id, visit.id, visit.visit_date, visit.visit_date, visit.id],
    ).fetchone()
    return VisitContext.at(row[0] if row else None, visit.visit_date, earlier is not None)


def hidden_answer_ids(db: StoreDatabase, visit: Visit, protocol: Protocol) -> list[str]:
    """Ids of items with a stored answer or mark that this visit does not show."""
    hidden = {item.id for item in visit_context(db, visit).hidden_items(protocol)}
    return sorted({item_id for item_id, *_ in answer_rows(db, visit.id) if item_id in hidden})


def night_pain_needs_answer(db: StoreDatabase, visit_id: int) -> bool:
    """Whether converting this draft needs to know if night pain yes was for weight loss."""
    row = db.execute(
        "SELECT value FROM answers WHERE visit_id = ? AND item_id = ? AND side = 'whole'",
        [visit_id, NIGHT_PAIN],
    ).fetchone()
    return row is not None and row[0] == "true"


def convert_draft(
    db: StoreDatabase,
    audit: AuditLog,
    clock: Clock,
    visit_id: int,
    target: Protocol,
    source: Callable[[str, int], Protocol],
    *,
    night_pain_for_weight_loss: bool | None = None,
) -> list[str]:
    """Move a draft to a newer version of its protocol; the answers not carried over."""
    with translated(None, "convert the visit"), db.atomic():
        visit = get_visit(db, visit_id)
        refuse_signed(visit, "its protocol")
        if visit.protocol != target.id or visit.protocol_version >= target.version:
            raise InvalidValueError(
                f"The visit follows {visit.protocol} version {visit.protocol_version}; it "
                f"cannot be converted to {target.id} version {target.version}.",
                "Only a draft on an older version of the same protocol can be converted.",
            )
        source(visit.protocol, visit.protocol_version)  # still readable
        if night_pain_for_weight_loss is None and night_pain_needs_answer(db, visit_id):
            raise InvalidValueError(
                _("Night pain is answered yes: say whether it was given for weight loss."),
                _(
                    "In version 2, weight loss is its own red flag (unexplained weight loss or "
                    "a history of cancer). Nothing was converted."
                ),
            )
        dropped: list[dict[str, Any]] = []
        for item_id, side, text, reason in answer_rows(db, visit_id):
            item = target.get(item_id)
            value = None if text is None else json.loads(text)
            keep = item is not None and item_id not in DROPPED_ON_CONVERT
            if keep and item is not None:
                keep = (side == "whole") != item.per_side and not check_value(item, value)
            if item_id == NIGHT_PAIN and value is True and night_pain_for_weight_loss:
                keep = False
            if not keep:
                dropped.append({"item": item_id, "side": side, "value": value, "reason": reason})
                db.execute(
                    "DELETE FROM answers WHERE visit_id = ? AND item_id = ? AND side = ?",
                    [visit_id, item_id, side],
                )
        now = timestamp(clock())
        if night_pain_for_weight_loss and any(d["item"] == NIGHT_PAIN for d in dropped):
            db.execute(
                "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, "
                "updated_at) VALUES (?, ?, 'whole', ?, NULL, ?) ON CONFLICT "
                "(visit_id, item_id, side) DO UPDATE SET value = excluded.value, "
                "not_tested_reason = NULL, updated_at = excluded.updated_at",
                [visit_id, SYSTEMIC, json_value(True), now],
            )
        # A change of the draft like any other: a save or signature based on the draft as it
        # was is refused (`kneedesk.store.draft_versions`).
        db.execute(
            "UPDATE visits SET protocol_version = ?, updated_at = ?, revision = revision + 1 "
            "WHERE id = ?",
            [target.version, now, visit_id],
        )
        db.execute(
            "UPDATE answers SET version = (SELECT revision FROM visits WHERE id = ?) "
            "WHERE visit_id = ? AND item_id = ? AND side = 'whole'",
            [visit_id, visit_id, SYSTEMIC],
        )
        audit.record(
            Action.EDIT,
            Entity.VISIT,
            visit_id,
            {
                "field": "protocol_version",
                "before": visit.protocol_version,
                "after": target.version,
                "not_carried_over": dropped,
                "night_pain_for_weight_loss": night_pain_for_weight_loss,
            },
        )
    return [d["item"] for d in dropped]
