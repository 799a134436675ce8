"""The audit log read against the records: what it says happened must be what is there.

A signature, an addendum, a patient, a visit, an account or a stored report that was
deleted, added or changed with plain SQL leaves the audit log disagreeing with the tables,
even when each table looks healthy on its own:

- every `sign` row has its visit, still signed, by the same account, with the digest the row
  recorded; a visit is signed once; every signed visit has its `sign` row;
- every `addendum` row has its addendum with the same digest, and every addendum its row;
- every patient, visit and account has its `create` row, and every `create` row its record;
- a patient's chart number, names and birth date, and an account's user name, role and
  active flag, are the last values the audit log recorded for them;
- every stored report has its `print` or `export` row with the same SHA-256;
- every `backup` row's audit head is still the log's hash at that row.

The guard triggers themselves are checked with the rest of the schema (`schema_check.py`).

Someone who rewrites the audit log to match is caught by its anchors (`anchors.py`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kneedesk.store.anchors import when
from kneedesk.store.dialect import StoreDatabase

if TYPE_CHECKING:
    pass

_PATIENT_FIELDS = ("chart_number", "given_name", "family_name", "birth_date")
_ACCOUNT_FIELDS = ("username", "role", "active")


@dataclass
class _Row:
    id: int
    at: str
    actor_id: int | None
    detail: dict[str, Any]


@dataclass
class _Log:
    """The audit rows the cross-check needs, read in one pass, by (action, entity)."""

    rows: dict[tuple[str, str], dict[str, list[_Row]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )

    def of(self, action: str, entity: str) -> dict[str, list[_Row]]:
        return self.rows[(action, entity)]


def cross_check(db: StoreDatabase) -> list[str]:
    """Every disagreement between the audit log and the records, one line each."""
    log = _read_log(db)
    problems: list[str] = []
    problems += _signatures(db, log)
    problems += _addenda(db, log)
    problems += _patients(db, log)
    problems += _visits(db, log)
    problems += _accounts(db, log)
    problems += _reports(db, log)
    problems += _backups(db, log)
    return problems


def _read_log(db: StoreDatabase) -> _Log:
    log = _Log()
    cursor = db.execute(
        "SELECT id, at, actor_id, action, entity, entity_id, detail FROM audit_log "
        "WHERE action IN ('create', 'sign', 'addendum', 'print', 'export', 'backup') "
        "OR (action = 'edit' AND entity IN ('patient', 'clinician')) ORDER BY id"
    )
    while batch := cursor.fetchmany(1000):
        for row_id, at, actor_id, action, entity, entity_id, detail_text in batch:
            try:
                detail = json.loads(detail_text)
            except ValueError:
                detail = {}
            row = _Row(row_id, at, actor_id, detail if isinstance(detail, dict) else {})
            log.of(action, entity)[entity_id or ""].append(row)
    return log


def _signatures(db: StoreDatabase, log: _Log) -> list[str]:
    problems = []
    signs = log.of("sign", "visit")
    visits = {
        str(r[0]): (r[1], r[2])
        for r in db.execute("SELECT id, signed_by, digest FROM visits WHERE status = 'signed'")
    }
    for visit_id, rows in signs.items():
        first = rows[0]
        status = db.execute("SELECT status FROM visits WHERE id = ?", [visit_id]).fetchone()
        if status is None:
            problems.append(f"visit {visit_id}, signed on {when(first.at)}, is gone")
            continue
        if status[0] != "signed":
            problems.append(f"visit {visit_id} was signed on {when(first.at)} but is a draft again")
            continue
        if len(rows) > 1:
            problems.append(
                f"visit {visit_id} has {len(rows)} signing records; a visit is signed once"
            )
        signed_by, digest = visits[visit_id]
        if rows[-1].actor_id != signed_by:
            problems.append(
                f"visit {visit_id} names account {signed_by} as signer, but account "
                f"{rows[-1].actor_id} signed it"
            )
        if rows[-1].detail.get("digest") != digest:
            problems.append(f"visit {visit_id}'s digest is not the one recorded at signing")
    for visit_id in sorted(set(visits) - set(signs), key=int):
        problems.append(f"signed visit {visit_id} has no record of being signed")
    return problems


def _addenda(db: StoreDatabase, log: _Log) -> list[str]:
    problems = []
    stored = {
        row[0]: (str(row[1]), row[2])
        for row in db.execute("SELECT id, visit_id, digest FROM addenda")
    }
    recorded: set[int] = set()
    for visit_id, rows in log.of("addendum", "visit").items():
        for row in rows:
            addendum_id = row.detail.get("addendum")
            if not isinstance(addendum_id, int):
                continue
            recorded.add(addendum_id)
            found = stored.get(addendum_id)
            if found is None:
                problems.append(
                    f"addendum {addendum_id} of visit {visit_id}, added on {when(row.at)}, is gone"
                )
            elif found != (visit_id, row.detail.get("digest")):
                problems.append(f"addendum {addendum_id} is not the one recorded when it was added")
    for addendum_id in sorted(set(stored) - recorded):
        problems.append(f"addendum {addendum_id} has no record of being added")
    return problems


def _patients(db: StoreDatabase, log: _Log) -> list[str]:
    current = {
        str(r[0]): dict(zip(_PATIENT_FIELDS, r[1:], strict=True))
        for r in db.execute(f"SELECT id, {', '.join(_PATIENT_FIELDS)} FROM patients")
    }
    return _entities(
        "patient", current, log.of("create", "patient"), log.of("edit", "patient"), _PATIENT_FIELDS
    )


def _accounts(db: StoreDatabase, log: _Log) -> list[str]:
    current = {
        str(r[0]): {"username": r[1], "role": r[2], "active": bool(r[3])}
        for r in db.execute("SELECT id, username, role, active FROM clinicians")
    }
    return _entities(
        "account",
        current,
        log.of("create", "clinician"),
        log.of("edit", "clinician"),
        _ACCOUNT_FIELDS,
        created={"active": True},
    )


def _entities(
    what: str,
    current: dict[str, dict[str, Any]],
    creates: dict[str, list[_Row]],
    edits: dict[str, list[_Row]],
    fields: tuple[str, ...],
    created: dict[str, Any] | None = None,
) -> list[str]:
    """Records against their create rows, and each field against its last audited value."""
    problems = []
    for entity_id, rows in creates.items():
        if entity_id not in current:
            problems.append(f"{what} {entity_id}, added on {when(rows[0].at)}, is gone")
    for entity_id in sorted(set(current) - set(creates), key=_number):
        problems.append(f"{what} {entity_id} has no record of being added")
    for entity_id, values in current.items():
        if entity_id not in creates:
            continue
        expected = dict(created or {})
        expected.update({k: v for k, v in creates[entity_id][0].detail.items() if k in fields})
        for row in edits.get(entity_id, []):
            after = row.detail.get("after", row.detail)
            if isinstance(after, dict):
                expected.update({k: v for k, v in after.items() if k in fields})
        changed = [k for k, v in expected.items() if values.get(k) != v]
        if changed:
            problems.append(
                f"{what} {entity_id}: {', '.join(changed)} changed without a record in the "
                "audit log"
            )
    return problems


def _visits(db: StoreDatabase, log: _Log) -> list[str]:
    current: dict[str, dict[str, Any]] = {
        str(r[0]): {} for r in db.execute("SELECT id FROM visits")
    }
    return _entities("visit", current, log.of("create", "visit"), {}, ())


def _reports(db: StoreDatabase, log: _Log) -> list[str]:
    problems = []
    stored = {str(r[0]): r[1] for r in db.execute("SELECT id, sha256 FROM reports")}
    recorded: dict[str, str] = {}
    for action in ("print", "export"):
        for report_id, rows in log.of(action, "report").items():
            for row in rows:
                if not row.detail.get("reprint") and isinstance(row.detail.get("sha256"), str):
                    recorded.setdefault(report_id, row.detail["sha256"])
    for report_id, digest in recorded.items():
        if report_id not in stored:
            problems.append(f"stored report {report_id} is gone")
        elif stored[report_id] != digest:
            problems.append(f"stored report {report_id} is not the one printed")
    for report_id in sorted(set(stored) - set(recorded), key=_number):
        problems.append(f"stored report {report_id} has no record of being printed")
    return problems


def _backups(db: StoreDatabase, log: _Log) -> list[str]:
    problems = []
    for row in log.of("backup", "database").get("", []):
        rows, head = row.detail.get("audit_rows"), row.detail.get("audit_head")
        if not isinstance(rows, int) or not isinstance(head, str) or rows < 1:
            continue
        found = db.execute("SELECT hash FROM audit_log WHERE id = ?", [rows]).fetchone()
        if found is None or not str(found[0]).startswith(head):
            problems.append(
                f"the backup of {when(row.at)} recorded audit head {rows}:{head}, which the "
                "log no longer has: its history was rewritten"
            )
    return problems


def _number(text: str) -> int:
    return int(text) if text.isdigit() else -1
