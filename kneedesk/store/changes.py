"""A change another workstation made, as the clinic server announces it (no psycopg here:
the GUI reads these on a SQLite-only workstation too, where none ever come)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

RESYNC = "resync"
"""The kind of change said after (re)connecting: anything may have changed meanwhile."""

PRESENCE = "presence"
"""A draft opened or closed on a workstation (see `kneedesk.store.presence`)."""


@dataclass(frozen=True)
class Change:
    """One committed change: what kind (`patient`, `visit`, `answer`, `still`, `addendum`,
    `report`, PRESENCE or RESYNC), whose, and whether this workstation made it."""

    kind: str
    patient_id: int | None = None
    visit_id: int | None = None
    own: bool = False


def parse(payload: str, *, own: bool = False) -> Change:
    """The change a notice's payload names (an unreadable one: refresh everything)."""
    try:
        data = json.loads(payload)
        return Change(
            str(data["kind"]),
            _int_or_none(data.get("patient")),
            _int_or_none(data.get("visit")),
            own,
        )
    except (ValueError, KeyError, TypeError):
        return Change(RESYNC, own=own)


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)
