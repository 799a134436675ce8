"""Canonical JSON, digests and timestamps shared by the repositories."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

Clock = Callable[[], datetime]
"""Returns the current time; injected so tests can move time (lockouts, signing times)."""


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """An ISO 8601 UTC timestamp with microseconds; sorts as text in time order."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_timestamp(text: str) -> datetime:
    """Read back a timestamp written by `timestamp`."""
    return datetime.fromisoformat(text)


def canonical_json(value: Any) -> str:
    """One fixed JSON text for a value: sorted keys, no spaces, UTF-8, no NaN or infinity.

    Digests are computed over this form, so the same content always hashes the same.
    """
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def sha256_hex(text: str | bytes) -> str:
    """The SHA-256 of text (UTF-8) or bytes as lowercase hex."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def json_value(value: Any) -> str:
    """Encode an answer value as canonical JSON, refusing anything JSON cannot hold exactly."""
    _check_plain(value)
    return canonical_json(value)


def _check_plain(value: Any) -> None:
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number")
        return
    if isinstance(value, list | tuple):
        for entry in value:
            _check_plain(entry)
        return
    if isinstance(value, dict):
        for key, entry in value.items():
            if not isinstance(key, str):
                raise ValueError(f"object keys must be text, not {key!r}")
            _check_plain(entry)
        return
    raise ValueError(f"{type(value).__name__} values cannot be stored as JSON")
