"""Writing a finished document to disk without ever leaving half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write bytes to a temporary file beside `path`, then move it into place.

    The temporary file is created readable by the user only (it holds patient data), and
    is removed again if anything fails, so the target is either the old file or the new one.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a replaced file, where the system allows it (not Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


SQLITE_HEADER = b"SQLite format 3\x00"
# Every report PDF names KneeDesk as its creator (kneedesk.report.templates.render_pdf) and
# reportlab as its producer; a PDF with both in its document information is one of ours.
KNEEDESK_PDF_MARKERS = (b"/Creator (KneeDesk)", b"/Producer (ReportLab PDF Library")
_LARGEST_CHECKED = 256 * 1024 * 1024  # bytes; no report is anywhere near this


def is_kneedesk_pdf(path: str | Path) -> bool:
    """Whether the file is a PDF that KneeDesk wrote (recognised by its document information)."""
    target = Path(path)
    if target.stat().st_size > _LARGEST_CHECKED:
        return False
    data = target.read_bytes()
    return data.startswith(b"%PDF-") and all(marker in data for marker in KNEEDESK_PDF_MARKERS)


def overwrite_refusal(path: str | Path, *, force: bool = False) -> str | None:
    """Why a report must not be written to `path` (one sentence), or None if it may be.

    A new file or an earlier KneeDesk PDF may be replaced; anything else only with `force`,
    and a database or a folder never: one mistyped --out must not destroy the clinic's records.
    """
    target = Path(path)
    if not os.path.lexists(target):
        return None
    if target.is_dir():
        return f"{target} is a folder; give the PDF's file name"
    try:
        with target.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
        if head == SQLITE_HEADER:
            return (
                f"{target} is a database (perhaps the clinic's); a report never replaces it, "
                "even with --force: choose another file name"
            )
        if is_kneedesk_pdf(target) or force:
            return None
    except OSError as exc:
        if force:
            return None
        return f"{target} exists and cannot be read to check it ({exc.strerror or exc})"
    return (
        f"{target} exists and is not a PDF written by KneeDesk; choose another file name, "
        "or add --force to replace it"
    )
