"""The audit log: append-only, hash-chained rows recording who viewed or changed what, and when."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kneedesk.store.anchor_key import AnchorKey, load_key, write_witness
from kneedesk.store.canonical import Clock, canonical_json, sha256_hex, timestamp, utc_now
from kneedesk.store.dialect import (
    StoreDatabase,
    claim_audit_chain,
    in_transaction,
    witness_path,
)
from kneedesk.store.errors import NotSignedInError, ServerUnavailableError

if TYPE_CHECKING:  # only a type here: `kneedesk report` imports this without sqlite-utils
    pass

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
"""The previous-row hash of the first audit row."""


class Action(StrEnum):
    """What was done."""

    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    SIGN = "sign"
    ADDENDUM = "addendum"
    EXPORT = "export"
    IMPORT = "import"
    PRINT = "print"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    BACKUP = "backup"
    RESTORE = "restore"


class Entity(StrEnum):
    """What kind of record it was done to."""

    PATIENT = "patient"
    VISIT = "visit"
    REPORT = "report"
    CLINICIAN = "clinician"
    SETTINGS = "settings"
    DATABASE = "database"


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as stored."""

    id: int
    at: str
    actor_id: int | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    """The result of re-hashing the audit log from its first row."""

    rows: int
    first_broken_id: int | None
    reason: str
    head: str

    @property
    def ok(self) -> bool:
        """True when every row's hash matches its content and the previous row."""
        return self.first_broken_id is None


def row_hash(
    prev_hash: str,
    row_id: int,
    at: str,
    actor_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    detail_text: str,
) -> str:
    """The chained hash of one audit row: SHA-256 of the previous hash and the row's content."""
    content = canonical_json([row_id, at, actor_id, action, entity, entity_id, detail_text])
    return sha256_hex(prev_hash + content)


_NOT_LOADED = object()


class AuditLog:
    """Appends audit rows inside the caller's transaction and checks the chain.

    Each row is anchored in the same transaction with this computer's audit key
    (`kneedesk.store.anchor_key`), loaded, or made, at the first write.
    """

    def __init__(
        self,
        db: StoreDatabase,
        *,
        clock: Clock = utc_now,
        actor: Callable[[], int | None] = lambda: None,
        key: AnchorKey | None | object = _NOT_LOADED,
    ) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self._key = key

    def anchor_key(self) -> AnchorKey | None:
        """The key new rows are anchored with (None: it could not be read or made)."""
        if self._key is _NOT_LOADED:
            self._key = load_key(create=True)
        return self._key if isinstance(self._key, AnchorKey) else None

    def record(
        self,
        action: Action,
        entity: Entity,
        entity_id: int | str | None = None,
        detail: dict[str, Any] | None = None,
        *,
        actor_id: int | None = None,
        use_current_actor: bool = True,
        system: bool = False,
    ) -> AuditEntry:
        """Append one row. Call inside the `db.atomic()` block of the change it records.

        The actor is the signed-in clinician unless `actor_id` is given (or
        `use_current_actor` is false, for events such as a failed login). Asking for the
        current actor raises NotSignedInError when the store requires a session and nobody
        is signed in, which refuses the change it records; `system` events (a scheduled
        backup) are recorded without an actor then.
        """
        who = actor_id
        if who is None and use_current_actor:
            try:
                who = self.actor()
            except NotSignedInError:
                if not system:
                    raise

        detail_text = canonical_json(detail or {})
        at = timestamp(self.clock())
        ref = None if entity_id is None else str(entity_id)
        with self.db.atomic():
            claim_audit_chain(self.db)
            last = self.db.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            row_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
            digest = row_hash(prev, row_id, at, who, action, entity, ref, detail_text)
            self.db.execute(
                "INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, detail, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [row_id, at, who, str(action), str(entity), ref, detail_text, prev, digest],
            )
            self._anchor(row_id, digest)
        return AuditEntry(
            row_id, at, who, str(action), str(entity), ref, detail or {}, prev, digest
        )

    def _anchor(self, row_id: int, digest: str) -> None:
        key = self.anchor_key()
        if key is None:
            return
        try:
            self.db.execute(
                "INSERT INTO audit_anchors (audit_id, key_id, mac) VALUES (?, ?, ?)",
                [row_id, key.key_id, key.anchor(row_id, digest)],
            )
        except sqlite3.OperationalError as exc:
            # A backup from before anchors, being restored: its upgrade adds the table, and
            # the next row's anchor covers this one through the chain.
            if "no such table" not in str(exc):
                raise

    def remember_head(self) -> None:
        """Record the committed head outside the database, beside this computer's key.

        A no-op inside a transaction (the head may yet be rolled back). `kneedesk check`
        later reports a log that ends before the row remembered here: rows removed, or an
        older copy put in the file's place.
        """
        if in_transaction(self.db):
            return
        key = self.anchor_key()
        if key is None:
            return
        # On the server, other workstations append after this head: it must stay in the log
        # all the same, with this computer's anchor if it had one.
        where = witness_path(self.db)
        try:
            head, anchored = self._committed_head(key)
        except ServerUnavailableError as exc:
            # Called after a change committed: the connection going now must not report that
            # change as not saved (the clinician would make it again). The next change's
            # call records the head instead.
            log.warning("cannot read the audit head to record it: %s", exc.what)
            return
        if where is None or head is None:
            return
        try:
            write_witness(key, where, int(head[0]), str(head[1]), str(head[2]), anchored)
        except OSError as exc:
            log.warning("cannot record the audit head beside %s: %s", key.path, exc)

    def _committed_head(self, key: AnchorKey) -> tuple[tuple[Any, ...] | None, bool]:
        """The newest audit row (id, hash, at) and whether this computer's key anchored it."""
        head = self.db.execute(
            "SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if head is None:
            return None, False
        try:
            anchor = self.db.execute(
                "SELECT key_id FROM audit_anchors WHERE audit_id = ?", [head[0]]
            ).fetchone()
        except sqlite3.OperationalError:  # no anchors table: an older file not upgraded
            anchor = None
        return tuple(head), anchor is not None and anchor[0] == key.key_id

    def entries(
        self,
        *,
        entity: Entity | None = None,
        entity_id: int | str | None = None,
        action: Action | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Audit rows, newest first, optionally for one record or one kind of action."""
        where, params = [], []
        if entity is not None:
            where.append("entity = ?")
            params.append(str(entity))
        if entity_id is not None:
            where.append("entity_id = ?")
            params.append(str(entity_id))
        if action is not None:
            where.append("action = ?")
            params.append(str(action))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.execute(
            f"SELECT id, at, actor_id, action, entity, entity_id, detail, prev_hash, hash "
            f"FROM audit_log {clause} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        ).fetchall()
        return [_entry(row) for row in rows]

    def head(self) -> str:
        """The hash of the newest row: write it down to detect a log rewritten from scratch."""
        last = self.db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return str(last[0]) if last else GENESIS_HASH

    def verify_chain(self) -> ChainReport:
        """Re-hash every row in order; report the first row whose content or link was changed."""
        prev = GENESIS_HASH
        count = 0
        expected_id = 1
        for row in self._all_rows():
            row_id, at, actor_id, action, entity, entity_id, detail_text, stored_prev, stored = row
            count += 1
            if row_id != expected_id:
                return ChainReport(
                    count, row_id, f"row {expected_id} is missing (rows were deleted)", prev
                )
            if stored_prev != prev:
                return ChainReport(count, row_id, "does not follow the row before it", prev)
            digest = row_hash(prev, row_id, at, actor_id, action, entity, entity_id, detail_text)
            if digest != stored:
                return ChainReport(
                    count, row_id, "its content was changed after it was written", prev
                )
            prev = stored
            expected_id += 1
        return ChainReport(count, None, "", prev)

    def _all_rows(self) -> Iterator[tuple[Any, ...]]:
        cursor = self.db.execute(
            "SELECT id, at, actor_id, action, entity, entity_id, detail, prev_hash, hash "
            "FROM audit_log ORDER BY id"
        )
        while batch := cursor.fetchmany(1000):
            yield from batch


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    row_id, at, actor_id, action, entity, entity_id, detail_text, prev, digest = row
    return AuditEntry(
        row_id, at, actor_id, action, entity, entity_id, json.loads(detail_text), prev, digest
    )
