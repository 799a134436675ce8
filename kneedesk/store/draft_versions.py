"""A draft's answers saved only over what the clinician saw: versions and conditional writes.

Each change to a draft's answers takes the next `visits.revision` and writes it into the
answer's `version`, so versions never repeat within a visit (an answer emptied and typed
again elsewhere has a new one). A save states the version it was based on (0: no answer
was stored) and is made with a conditional statement the database answers by its row
count, on both engines alike; a row that has moved on refuses it with a ConflictError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from kneedesk.core.i18n import _
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import ConflictError, NotFoundError, SignConflictError


@dataclass(frozen=True)
class AnswerSaved:
    """What an answer's save left: the slot's version now (0: nothing stored), the draft's
    revision now, and whether this call changed anything."""

    version: int
    revision: int
    changed: bool


def revision(db: StoreDatabase, visit_id: int) -> int:
    """The draft's revision: how many changes its answers have had."""
    row = db.execute("SELECT revision FROM visits WHERE id = ?", [visit_id]).fetchone()
    if row is None:
        raise NotFoundError(_("There is no visit with id {id}.").format(id=visit_id))
    return int(row[0])


def next_revision(db: StoreDatabase, visit_id: int, now: str) -> int:
    """Count one more change of the draft (locking its row on the server); the new revision."""
    row = db.execute(
        "UPDATE visits SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision",
        [now, visit_id],
    ).fetchall()  # all of it: SQLite finishes the statement
    if not row:
        raise NotFoundError(_("There is no visit with id {id}.").format(id=visit_id))
    return int(row[0][0])


def answer_versions(db: StoreDatabase, visit_id: int) -> dict[tuple[str, str], int]:
    """Each stored answer's version by (item id, side)."""
    rows = db.execute(
        "SELECT item_id, side, version FROM answers WHERE visit_id = ?", [visit_id]
    ).fetchall()
    return {(str(r[0]), str(r[1])): int(r[2]) for r in rows}


def write_if(
    db: StoreDatabase,
    key: tuple[int, str, str],
    based_on: int,
    stored: tuple[str | None, str | None],
    version: int,
    by: int | None,
    now: str,
) -> bool:
    """Write an answer only if its version is still `based_on`; whether it was written."""
    text, reason = stored
    cursor = db.execute(
        "UPDATE answers SET value = ?, not_tested_reason = ?, updated_at = ?, version = ?, "
        "updated_by = ? WHERE visit_id = ? AND item_id = ? AND side = ? AND version = ?",
        [text, reason, now, version, by, *key, based_on],
    )
    if cursor.rowcount == 1:
        return True
    if based_on != 0:
        return False
    cursor = db.execute(
        "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at, "
        "version, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (visit_id, item_id, side) DO NOTHING",
        [*key, text, reason, now, version, by],
    )
    return bool(cursor.rowcount == 1)


def delete_if(db: StoreDatabase, key: tuple[int, str, str], based_on: int) -> bool:
    """Remove an answer only if its version is still `based_on`; whether it was removed."""
    cursor = db.execute(
        "DELETE FROM answers WHERE visit_id = ? AND item_id = ? AND side = ? AND version = ?",
        [*key, based_on],
    )
    return bool(cursor.rowcount == 1)


def write_always(
    db: StoreDatabase,
    key: tuple[int, str, str],
    stored: tuple[str | None, str | None],
    version: int,
    by: int | None,
    now: str,
) -> None:
    """Write an answer whatever it holds (a save that states no version: imports, demos)."""
    db.execute(
        "INSERT INTO answers (visit_id, item_id, side, value, not_tested_reason, updated_at, "
        "version, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (visit_id, item_id, side) DO UPDATE SET value = excluded.value, "
        "not_tested_reason = excluded.not_tested_reason, updated_at = excluded.updated_at, "
        "version = excluded.version, updated_by = excluded.updated_by",
        [*key, *stored, now, version, by],
    )


def answer_conflict(db: StoreDatabase, key: tuple[int, str, str], mine: Any) -> ConflictError:
    """The refusal of a save based on an answer another workstation has since changed."""
    visit_id, item_id, side = key
    row = db.execute(
        "SELECT a.value, a.not_tested_reason, a.version, a.updated_at, c.display_name "
        "FROM answers AS a LEFT JOIN clinicians AS c ON c.id = a.updated_by "
        "WHERE a.visit_id = ? AND a.item_id = ? AND a.side = ?",
        [visit_id, item_id, side],
    ).fetchone()
    if row is None:  # emptied there: when and by whom is the audit log's
        theirs, reason, version, at, by = None, None, 0, "", ""
        found = last_change(db, visit_id, item_id, side)
        if found is not None:
            at, by = found
    else:
        theirs = None if row[0] is None else json.loads(row[0])
        reason, version, at, by = row[1], int(row[2]), str(row[3]), str(row[4] or "")
    return ConflictError(
        # Translators: {item} is the protocol item's id, e.g. knee_to_wall_cm.
        _("{item}: another workstation changed this answer after it was shown here.").format(
            item=item_id
        ),
        _("Nothing was saved. Keep your value or use the one stored now."),
        field=item_id,
        side=side,
        mine=mine,
        theirs=theirs,
        theirs_not_tested=reason,
        by=by,
        at=at,
        version=version,
    )


def last_change(
    db: StoreDatabase, visit_id: int, item_id: str, side: str
) -> tuple[str, str] | None:
    """When and by whom (display name) an answer was last changed, from the audit log."""
    rows = db.execute(
        "SELECT a.at, a.detail, c.display_name FROM audit_log AS a "
        "LEFT JOIN clinicians AS c ON c.id = a.actor_id "
        "WHERE a.entity = 'visit' AND a.entity_id = ? AND a.action = 'edit' "
        "ORDER BY a.id DESC LIMIT 200",
        [str(visit_id)],
    ).fetchall()
    for at, detail, name in rows:
        found = json.loads(detail)
        if found.get("item") == item_id and found.get("side") == side:
            return str(at), str(name or "")
    return None


def refuse_stale_draft(db: StoreDatabase, visit_id: int, shown: int) -> None:
    """Raise SignConflictError when the draft's revision is no longer `shown` (the one its
    summary was built from). Call with the visit locked, in the signature's transaction."""
    now = revision(db, visit_id)
    if now != shown:
        raise SignConflictError(
            _(
                "This visit was changed on another workstation since you opened the summary: "
                "check it again before signing."
            ),
            _("Nothing was signed."),
            revision=now,
        )
