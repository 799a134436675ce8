"""Checking a clinic moved between a SQLite file and the server: nothing lost, nothing changed.

Run before the move is committed: every table's row count and digest on both sides, the
audit chain re-hashed where the records now are, and every signed visit verified there
(its digest recomputed and matched with the one the audit log recorded at signing).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kneedesk.store.audit import AuditLog
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import StoreError
from kneedesk.store.postgres.transfer_tables import TABLES, TableDigest, columns, digest
from kneedesk.store.signing import SignatureStatus, Signing


class TransferCheckError(StoreError):
    """The records where they were moved to differ from where they came from."""


@dataclass
class TransferReport:
    """What was moved: rows per table, and what was verified."""

    counts: dict[str, int] = field(default_factory=dict)
    audit_rows: int = 0
    signatures: int = 0

    def summary(self) -> str:
        """ "30 patients, 105 visits, ..." for the command's last line."""
        return ", ".join(f"{n:,} {_LABELS.get(name, name)}" for name, n in self.counts.items())


_LABELS = {
    "clinicians": "accounts",
    "visit_stills": "stills",
    "signed_findings": "signed findings",
    "reports": "stored reports",
    "audit_log": "audit rows",
    "audit_anchors": "audit anchors",
}


def common_columns(source: StoreDatabase, target: StoreDatabase) -> dict[str, list[str]]:
    """Each table's columns, the same on both sides; raises if a schema differs."""
    out: dict[str, list[str]] = {}
    for table in TABLES:
        theirs, ours = columns(source, table.name), columns(target, table.name)
        if sorted(theirs) != sorted(ours):
            raise TransferCheckError(
                f"The table {table.name} has different columns where the records come from "
                f"({', '.join(sorted(theirs)) or 'none'}) and where they go "
                f"({', '.join(sorted(ours)) or 'none'}).",
                "Both must be at this KneeDesk version's schema: upgrade the older one (open "
                "the file with this KneeDesk, or run 'kneedesk server upgrade'). Nothing was "
                "changed.",
            )
        out[table.name] = ours
    return out


def table_digests(db: StoreDatabase, names: dict[str, list[str]]) -> dict[str, TableDigest]:
    return {t.name: digest(db, t, names[t.name]) for t in TABLES}


def compare(
    source: StoreDatabase,
    target: StoreDatabase,
    names: dict[str, list[str]],
    *,
    source_digests: dict[str, TableDigest] | None = None,
) -> TransferReport:
    """Compare every table, then check the audit chain and every signature on `target`.

    Raises TransferCheckError naming the first difference; the caller rolls back.
    """
    before = source_digests or table_digests(source, names)
    after = table_digests(target, names)
    report = TransferReport()
    for table in TABLES:
        theirs, ours = before[table.name], after[table.name]
        if theirs.rows != ours.rows:
            raise TransferCheckError(
                f"The table {table.name} has {theirs.rows} rows where the records come from "
                f"but {ours.rows} where they were copied to.",
                _NOTHING_KEPT,
            )
        if theirs.sha256 != ours.sha256:
            raise TransferCheckError(
                f"The table {table.name} differs after copying (its digest is not the same).",
                _NOTHING_KEPT,
            )
        report.counts[table.name] = ours.rows
    audit = AuditLog(target, key=None)
    chain = audit.verify_chain()
    if not chain.ok:
        raise TransferCheckError(
            "The audit log's hash chain does not verify after copying: row "
            f"{chain.first_broken_id} {chain.reason}.",
            "Check the original with 'kneedesk check'. " + _NOTHING_KEPT,
        )
    report.audit_rows = chain.rows
    signing = Signing(target, audit)
    for visit_id in signing.signed_visit_ids():
        status = signing.verify(visit_id)
        if status is not SignatureStatus.OK:
            raise TransferCheckError(
                f"The signature of visit {visit_id} does not verify after copying "
                f"({status.value}).",
                "Check the original with 'kneedesk check'. " + _NOTHING_KEPT,
            )
        report.signatures += 1
    return report


_NOTHING_KEPT = "Nothing was kept: the copy was rolled back."
