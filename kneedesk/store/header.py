"""Read the 100-byte SQLite file header to recognise a KneeDesk database before opening it."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from kneedesk.store.errors import CorruptDatabaseError, NotKneeDeskDatabaseError

# "KNDS" in ASCII: stored in the header's application_id so a KneeDesk file is recognised
# (and another program's SQLite file refused) before any table is read.
APPLICATION_ID = 0x4B4E4453

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class Header:
    """The fields of a SQLite file header that the store relies on."""

    page_size: int
    page_count: int  # 0 when the header's size field is not trustworthy
    application_id: int
    wal_mode: bool


def read_header(path: Path, *, hot_wal: bool = False) -> Header:
    """Parse the header of an existing file; raise a clear error if it is not a KneeDesk database.

    Nothing is written. A file shorter than its header says is reported as truncated, unless
    `hot_wal` (a non-empty -wal lies beside it): a checkpoint writes page 1, with the new page
    count, before the pages that grow the file, so a crash in between leaves a short file that
    SQLite completes from the -wal. The caller then replays and checks it on a copy.
    """
    size = path.stat().st_size
    with path.open("rb") as f:
        raw = f.read(HEADER_SIZE)
    if size == 0:
        raise NotKneeDeskDatabaseError(
            f"The file {path} is empty (0 bytes), so it holds no KneeDesk records.",
            "If you expected your records here, the file was probably replaced by a failed copy: "
            "restore your latest backup with 'kneedesk restore'. To start a new clinic, choose a "
            "file name that does not exist yet.",
            path,
        )
    if not raw.startswith(SQLITE_MAGIC):
        raise NotKneeDeskDatabaseError(
            f"The file {path} is not a KneeDesk database (it is not an SQLite database at all).",
            "Check that you chose the right file; KneeDesk databases normally end in "
            "'.sqlite3'. The file was not changed.",
            path,
        )
    if len(raw) < HEADER_SIZE:
        raise CorruptDatabaseError(
            f"The database {path} is truncated: it is only {size} bytes long.",
            "The file was probably cut short by an interrupted copy. Restore your latest "
            "backup with 'kneedesk restore'. The file was not changed.",
            path,
        )
    (page_size_raw,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size_raw == 1 else page_size_raw
    write_version, read_version = raw[18], raw[19]
    (change_counter,) = struct.unpack(">I", raw[24:28])
    (in_header_pages,) = struct.unpack(">I", raw[28:32])
    (version_valid_for,) = struct.unpack(">I", raw[92:96])
    (application_id,) = struct.unpack(">I", raw[68:72])
    if page_size < 512 or page_size & (page_size - 1):
        raise CorruptDatabaseError(
            f"The database {path} is damaged: its header is not valid.",
            "Restore your latest backup with 'kneedesk restore'. The file was not changed.",
            path,
        )
    # The in-header page count is only valid when this matches the change counter.
    page_count = in_header_pages if version_valid_for == change_counter else 0
    if application_id != APPLICATION_ID:
        raise NotKneeDeskDatabaseError(
            f"The file {path} is an SQLite database made by another program, not by KneeDesk.",
            "Check that you chose the right file. KneeDesk does not open or change other "
            "programs' databases; the file was not changed.",
            path,
        )
    if page_count and size < page_count * page_size and not hot_wal:
        raise CorruptDatabaseError(
            f"The database {path} is truncated: it should be {page_count * page_size} bytes "
            f"long but is only {size}.",
            "The file was probably cut short by an interrupted copy or a full disk. Restore "
            "your latest backup with 'kneedesk restore'. The file was not changed.",
            path,
        )
    if size % page_size:
        raise CorruptDatabaseError(
            f"The database {path} is damaged: its size ({size} bytes) is not a whole number "
            f"of {page_size}-byte pages.",
            "The file was probably cut short by an interrupted copy. Restore your latest "
            "backup with 'kneedesk restore'. The file was not changed.",
            path,
        )
    return Header(
        page_size=page_size,
        page_count=page_count,
        application_id=application_id,
        wal_mode=write_version == 2 and read_version == 2,
    )
