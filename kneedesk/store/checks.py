"""A full check of a clinic database: schema, file, links, audit chain, signatures, reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kneedesk.store.anchor_key import load_key
from kneedesk.store.anchors import verify_anchors
from kneedesk.store.audit import AuditLog
from kneedesk.store.audit_cross import cross_check
from kneedesk.store.canonical import sha256_hex
from kneedesk.store.db import (
    SCHEMA_VERSION,
    close_db,
    db_path,
    foreign_key_problems,
    integrity_problems,
    open_db,
    schema_version,
)
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import StoreError, translated
from kneedesk.store.schema_check import schema_problems
from kneedesk.store.signing import SignatureStatus, Signing


@dataclass
class CheckReport:
    """What `check_database` found: plain lines to print, and whether anything is wrong."""

    path: Path
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def passed(self, text: str) -> None:
        """Record a check that passed."""
        self.lines.append(f"ok       {text}")

    def noted(self, text: str) -> None:
        """Record something that could not be checked here (not a problem)."""
        self.lines.append(f"note     {text}")
        self.notes.append(text)

    def failed(self, text: str) -> None:
        """Record a problem."""
        self.lines.append(f"PROBLEM  {text}")
        self.problems.append(text)


def check_database(path: Path) -> CheckReport:
    """Open the database (without upgrading it) and run every check; never changes records."""
    report = CheckReport(path)
    try:
        db = open_db(path, migrate=False)
    except StoreError as exc:
        report.failed(f"cannot open the database: {exc.what}")
        report.lines.append(f"         {exc.todo}")
        return report
    try:
        with translated(path, "read the database to check it"):
            run_checks(db, report)
    except StoreError as exc:
        report.failed(exc.what)
        report.lines.append(f"         {exc.todo}")
    finally:
        close_db(db)
    return report


def run_checks(db: Database, report: CheckReport) -> None:
    """Run every check on an open database, adding to `report`."""
    version = schema_version(db)
    if version == SCHEMA_VERSION:
        report.passed(f"schema version {version}")
    else:
        report.passed(
            f"schema version {version} (KneeDesk upgrades it to {SCHEMA_VERSION} on start)"
        )
    changed = schema_problems(db.conn)
    for problem in changed[:40]:  # every guard trigger, should all be dropped
        report.failed(f"the database schema was changed outside KneeDesk: {problem}")
    if not changed:
        report.passed("schema: tables, indexes, triggers and views exactly as KneeDesk made them")
    problems = integrity_problems(db, full=True)
    if problems:
        for problem in problems[:20]:
            report.failed(f"file structure: {problem}")
    else:
        report.passed("file structure (SQLite integrity_check)")
    problems = foreign_key_problems(db)
    if problems:
        for problem in problems[:20]:
            report.failed(f"links between records: {problem}")
    else:
        report.passed("links between records (foreign keys)")
    record_checks(db, report, db_path(db))


def record_checks(db: StoreDatabase, report: CheckReport, db_file: Path | None) -> None:
    """The checks of the records themselves, the same on either engine: the audit chain and
    its anchors (and this computer's witness of the file at `db_file`), the log against the
    records, the signatures and the stored reports."""
    chain = AuditLog(db).verify_chain()
    if chain.ok:
        report.passed(f"audit log: {chain.rows} rows, chain intact (head {chain.head[:16]})")
    else:
        report.failed(f"audit log: row {chain.first_broken_id} {chain.reason}")
    _anchors(db, report, db_file)
    disagreements = cross_check(db)
    for problem in disagreements[:40]:
        report.failed(f"audit log and records: {problem}")
    if len(disagreements) > 40:
        report.failed(f"audit log and records: {len(disagreements) - 40} more disagreements")
    if not disagreements:
        report.passed("audit log and records agree (signatures, addenda, patients, accounts)")
    signing = Signing(db, AuditLog(db))
    signed = signing.signed_visit_ids()
    altered = [v for v in signed if signing.verify(v) != SignatureStatus.OK]
    if altered:
        shown = ", ".join(str(v) for v in altered[:20])
        report.failed(f"signed visits: {len(altered)} altered since signing (visit ids {shown})")
    else:
        report.passed(f"signed visits: {len(signed)} match their signatures")
    bad_reports = [
        report_id
        for report_id, pdf, digest in db.execute("SELECT id, pdf, sha256 FROM reports")
        if sha256_hex(bytes(pdf)) != digest
    ]
    if bad_reports:
        report.failed(f"stored reports changed since printing: ids {bad_reports[:20]}")
    else:
        count = db.execute("SELECT count(*) FROM reports").fetchone()[0]
        report.passed(f"stored reports: {count} match their SHA-256")


def _anchors(db: StoreDatabase, report: CheckReport, db_file: Path | None) -> None:
    """The audit log's anchors, checked with this computer's key (never made by a check)."""
    anchors = verify_anchors(db, load_key(create=False), db_file)
    for problem in anchors.problems:
        report.failed(problem)
    for note in anchors.notes:
        report.noted(note)
    if anchors.passed:
        report.passed(anchors.passed)
