"""Printed reports: the exact PDF bytes given to a patient, kept for reprinting."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kneedesk.core.i18n import SOURCE_LANGUAGE, _
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, sha256_hex, timestamp, utc_now
from kneedesk.store.dialect import StoreDatabase
from kneedesk.store.errors import InvalidValueError, NotFoundError, translated
from kneedesk.store.languages import checked_language
from kneedesk.store.visit_rows import get_visit

if TYPE_CHECKING:  # only a type here: `kneedesk report` imports this without sqlite-utils
    pass

_INFO = "id, visit_id, kind, created_at, created_by, size, sha256, language"


class ReportKind(StrEnum):
    """Which document was printed."""

    HANDOUT = "handout"
    SUMMARY = "summary"


@dataclass(frozen=True)
class ReportInfo:
    """A stored report without its bytes (for lists)."""

    id: int
    visit_id: int
    kind: ReportKind
    created_at: str
    created_by: int | None
    size: int
    sha256: str
    # The language it was printed in ("en", "es", ...): a reprint is these same bytes.
    language: str = "en"


@dataclass(frozen=True)
class StoredReport:
    """A stored report with its PDF bytes; `intact` is False if the bytes no longer match."""

    info: ReportInfo
    pdf: bytes

    @property
    def intact(self) -> bool:
        """True when the bytes still have the SHA-256 recorded when they were stored."""
        return sha256_hex(self.pdf) == self.info.sha256


class ReportRepo:
    """Stores each printed PDF with its SHA-256 so the same document can be reprinted."""

    def __init__(self, db: StoreDatabase, audit: AuditLog, *, clock: Clock = utc_now) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    def store(
        self,
        visit_id: int,
        kind: ReportKind,
        pdf: bytes,
        *,
        created_by: int | None = None,
        saved_as: str | None = None,
        language: str = SOURCE_LANGUAGE,
    ) -> ReportInfo:
        """Keep the bytes of a printed report (audited as a print), or of one saved as a PDF
        file (`saved_as`: the file written; audited as an export naming the file), with the
        language it was printed in."""
        kind = ReportKind(kind)
        language = checked_language(language)
        if not pdf.startswith(b"%PDF-"):
            raise InvalidValueError(
                "The report to store is not a PDF document.", "This is a bug; nothing was stored."
            )
        digest = sha256_hex(pdf)
        with translated(None, "store the printed report"), self.db.atomic():
            get_visit(self.db, visit_id)
            report_id = (
                self.db.table("reports")
                .insert(
                    {
                        "visit_id": visit_id,
                        "kind": str(kind),
                        "created_at": timestamp(self.clock()),
                        "created_by": created_by,
                        "pdf": pdf,
                        "size": len(pdf),
                        "sha256": digest,
                        "language": language,
                    }
                )
                .last_pk
            )
            assert isinstance(report_id, int)
            detail = {
                "visit_id": visit_id,
                "kind": str(kind),
                "sha256": digest,
                "language": language,
            }
            if saved_as is not None:
                detail["file"] = saved_as
            action = Action.PRINT if saved_as is None else Action.EXPORT
            self.audit.record(action, Entity.REPORT, report_id, detail)
        return self.info(report_id)

    def info(self, report_id: int) -> ReportInfo:
        """A stored report's details without the bytes."""
        row = self.db.execute(f"SELECT {_INFO} FROM reports WHERE id = ?", [report_id]).fetchone()
        if row is None:
            raise NotFoundError(_("There is no stored report with id {id}.").format(id=report_id))
        return _info(row)

    def get(self, report_id: int) -> StoredReport:
        """A stored report with its bytes (check `intact` before reprinting)."""
        info = self.info(report_id)
        (pdf,) = self.db.execute("SELECT pdf FROM reports WHERE id = ?", [report_id]).fetchone()
        return StoredReport(info, bytes(pdf))

    def latest(self, visit_id: int, kind: ReportKind) -> StoredReport | None:
        """The most recently stored report of this kind for a visit, or None."""
        row = self.db.execute(
            "SELECT id FROM reports WHERE visit_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
            [visit_id, str(ReportKind(kind))],
        ).fetchone()
        return self.get(row[0]) if row else None

    def for_visit(self, visit_id: int) -> list[ReportInfo]:
        """Every report stored for a visit, oldest first."""
        rows = self.db.execute(
            f"SELECT {_INFO} FROM reports WHERE visit_id = ? ORDER BY id", [visit_id]
        ).fetchall()
        return [_info(row) for row in rows]

    def record_reprint(self, report_id: int) -> None:
        """Audit that a stored report was printed again."""
        info = self.info(report_id)
        with self.db.atomic():
            self.audit.record(
                Action.PRINT,
                Entity.REPORT,
                report_id,
                {"visit_id": info.visit_id, "kind": str(info.kind), "reprint": True},
            )


def _info(row: tuple[Any, ...]) -> ReportInfo:
    report_id, visit_id, kind, created_at, created_by, size, digest, language = row
    return ReportInfo(
        report_id, visit_id, ReportKind(kind), created_at, created_by, size, digest, language
    )
