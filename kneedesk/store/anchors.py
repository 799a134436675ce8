"""Checking the audit log's anchors against this computer's key and its record of the head.

The hash chain shows a row changed on its own; the anchors show a chain rebuilt by someone
without the key (`kneedesk.store.anchor_key`). A valid anchor on row N vouches for rows 1..N,
since each row's hash covers the one before. So:

- an anchor of this computer's key that does not match its row means the log was rebuilt
  from that row on ("altered after" the last row still vouched for);
- a row with no anchor after the first anchored one was added without any key;
- anchors whose rows are gone mean rows were cut from the end;
- the witness (the last head this computer recorded for this file) must still be in the log,
  with its anchor if it had one: a log cut short with its anchors, or an older copy put in
  the file's place, ends before it.

Rows anchored with another computer's key cannot be checked here; that is said, not
reported as tampering (a database moved between computers).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kneedesk.store.anchor_key import AnchorKey, Witness, key_file_path, read_witness
from kneedesk.store.dialect import StoreDatabase

if TYPE_CHECKING:
    pass


@dataclass
class AnchorReport:
    """What the anchor check found: problems (tampering), notes (could not check) and a
    line for a check that passed."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    passed: str = ""


@dataclass
class _Walk:
    """State of one pass over the log in row order."""

    key: AnchorKey
    last_good: tuple[int, str] | None = None
    failure: tuple[int, str] | None = None
    anchored_seen: bool = False
    vouched: int = 0
    foreign_tail: list[int] = field(default_factory=list)
    foreign_keys: set[str] = field(default_factory=set)

    def row(self, row_id: int, at: str, row_hash: str, key_id: str | None, mac: str | None) -> None:
        if key_id is None or mac is None:
            if self.anchored_seen and self.failure is None:
                self.failure = (row_id, "has no anchor: it was added without a KneeDesk key")
            return
        self.anchored_seen = True
        if key_id != self.key.key_id:
            if self.failure is None:
                self.foreign_tail.append(row_id)
                self.foreign_keys.add(key_id)
            return
        if not self.key.vouches(row_id, row_hash, mac):
            if self.failure is None:
                self.failure = (row_id, "does not match its anchor: the log was rebuilt")
            return
        if self.failure is None:
            self.last_good = (row_id, at)
            self.vouched += 1
            self.foreign_tail.clear()
            self.foreign_keys.clear()


def verify_anchors(db: StoreDatabase, key: AnchorKey | None, db_file: Path | None) -> AnchorReport:
    """Check every anchor and this computer's witness of the database at `db_file` (None:
    the clinic server, whose head no single computer witnesses)."""
    report = AnchorReport()
    try:
        db.execute("SELECT 1 FROM audit_anchors LIMIT 1").fetchall()
    except sqlite3.OperationalError:
        report.notes.append(
            "audit anchors: the file predates anchors (upgraded when KneeDesk opens it)"
        )
        return report
    if key is None:
        report.notes.append(
            "audit anchors: cannot verify anchors on this computer, which has no KneeDesk "
            f"audit key ({key_file_path()}). The database was made on another computer or "
            "moved here; that computer can check them."
        )
        return report
    _dangling(db, report)
    walk = _Walk(key)
    cursor = db.execute(
        "SELECT a.id, a.at, a.hash, n.key_id, n.mac FROM audit_log AS a "
        "LEFT JOIN audit_anchors AS n ON n.audit_id = a.id ORDER BY a.id"
    )
    while batch := cursor.fetchmany(1000):
        for row_id, at, row_hash, key_id, mac in batch:
            walk.row(row_id, at, row_hash, key_id, mac)
    _conclude(walk, report)
    witness = read_witness(key, db_file) if db_file is not None else None
    if witness is not None:
        _check_witness(db, key, witness, report)
    return report


def _dangling(db: StoreDatabase, report: AnchorReport) -> None:
    rows = db.execute(
        "SELECT audit_id FROM audit_anchors WHERE audit_id NOT IN (SELECT id FROM audit_log) "
        "ORDER BY audit_id"
    ).fetchall()
    if rows:
        ids = [r[0] for r in rows]
        report.problems.append(
            f"audit log: {len(ids)} anchored row(s) are gone (rows {_span(ids)}): rows were "
            "removed from the log"
        )


def _conclude(walk: _Walk, report: AnchorReport) -> None:
    if walk.failure is not None:
        row_id, reason = walk.failure
        if walk.last_good is None:
            report.problems.append(
                f"audit log altered: row {row_id} {reason}; no row carries a valid anchor of "
                "this computer's key"
            )
        else:
            good_id, good_at = walk.last_good
            report.problems.append(
                f"audit log altered after {when(good_at)}: row {row_id} {reason} (row "
                f"{good_id} is the last one this computer's key vouches for)"
            )
        return
    if walk.foreign_tail:
        keys = ", ".join(sorted(walk.foreign_keys))
        report.notes.append(
            f"audit anchors: cannot verify rows {_span(walk.foreign_tail)} on this computer: "
            f"they were anchored with another computer's key ({keys})"
        )
    if walk.last_good is not None:
        good_id, good_at = walk.last_good
        report.passed = (
            f"audit anchors: rows 1-{good_id} vouched for by this computer's key "
            f"(last anchored {when(good_at)})"
        )
    elif not walk.anchored_seen:
        report.notes.append(
            "audit anchors: no row carries an anchor yet (rows written before anchoring began)"
        )


def _check_witness(
    db: StoreDatabase, key: AnchorKey, witness: Witness, report: AnchorReport
) -> None:
    if witness.key_id != key.key_id:
        return  # written with a key this computer no longer has
    if not witness.genuine(key):
        report.problems.append(
            "audit log: this computer's record of the log's head was changed "
            f"({key.path.parent / 'heads'})"
        )
        return
    row = db.execute(
        "SELECT a.hash, n.key_id, n.mac FROM audit_log AS a "
        "LEFT JOIN audit_anchors AS n ON n.audit_id = a.id WHERE a.id = ?",
        [witness.audit_id],
    ).fetchone()
    seen = f"row {witness.audit_id}, which this computer recorded on {when(witness.at)}"
    if row is None:
        last = db.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
        report.problems.append(
            f"audit log ends at row {last}, before {seen}: rows were removed, or an older copy "
            "of the database was put in its place outside KneeDesk"
        )
    elif row[0] != witness.hash:
        report.problems.append(f"audit log altered: {seen} is no longer the same")
    elif witness.anchored and not (
        row[1] == key.key_id
        and row[2] is not None
        and key.vouches(witness.audit_id, row[0], row[2])
    ):
        report.problems.append(f"audit log: {seen} has lost its anchor: anchors were removed")


def when(at: str) -> str:
    """An audit time as printed: '2026-11-20 09:00:00 UTC'."""
    return f"{at[:10]} {at[11:19]} UTC" if len(at) >= 19 else at


def _span(ids: list[int]) -> str:
    return str(ids[0]) if len(ids) == 1 else f"{ids[0]}-{ids[-1]}"
