"""The original video's fingerprint (SHA-256) and finding it again in the clinic's folder."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

CHUNK = 4 * 1024**2

FINDABLE_SUFFIXES = frozenset(
    {".mp4", ".mov", ".m4v", ".3gp", ".mkv", ".avi", ".webm", ".jpg", ".jpeg", ".png"}
)


class HashCancelledError(Exception):
    """`file_sha256` stopped because its `cancelled` callback said so."""


def file_sha256(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """The file's SHA-256 as hex, read in 4 MB chunks (fine for multi-GB files).

    `progress(done, total)` is called after each chunk, with bytes; `cancelled()` is checked
    before each chunk and a True answer raises `HashCancelledError`. OSError passes through.
    """
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        total = os.fstat(file.fileno()).st_size
        done = 0
        while True:
            if cancelled is not None and cancelled():
                raise HashCancelledError(f"hashing {os.fspath(path)} was cancelled")
            chunk = file.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def find_by_hash(
    folder: Path, sha256: str, name_hint: str, *, size_bytes: int | None = None
) -> Path | None:
    """The file in `folder` (or one folder below it) whose SHA-256 is `sha256`, or None.

    The file named `name_hint` is tried first (in the folder, then in its subfolders); then
    the other video and photo files, those with the hinted name's extension first. With
    `size_bytes` (the original's size, `MediaInfo.size_bytes`), files of another size are
    passed over unread. Files that cannot be read are skipped. Every candidate is hashed in
    full, so this reads as many files as it must, and no deeper than one level.
    """
    wanted = sha256.lower()
    hinted = Path(name_hint).name
    suffix = Path(hinted).suffix.lower()
    candidates = [p for p in _files(folder) if size_bytes is None or _size(p) == size_bytes]
    candidates.sort(key=lambda p: (p.name != hinted, p.suffix.lower() != suffix, len(p.parts)))
    for candidate in candidates:
        try:
            if file_sha256(candidate) == wanted:
                return candidate
        except OSError:
            continue
    return None


def _files(folder: Path) -> list[Path]:
    """Video and photo files directly in `folder` and in its immediate subfolders."""
    found: list[Path] = []
    try:
        top = sorted(folder.iterdir())
    except OSError:
        return found
    for entry in top:
        if entry.is_dir():
            try:
                found.extend(p for p in sorted(entry.iterdir()) if _findable(p))
            except OSError:
                continue
        elif _findable(entry):
            found.append(entry)
    return found


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _findable(path: Path) -> bool:
    return path.suffix.lower() in FINDABLE_SUFFIXES and path.is_file()
