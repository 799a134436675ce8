"""Who uses KneeDesk: a clinician account as the rest of the app sees it, and its role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What an account may do: admins also manage accounts and clinic settings."""

    CLINICIAN = "clinician"
    ADMIN = "admin"


@dataclass(frozen=True)
class Clinician:
    """A clinician account (never the password hash)."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: str
    # The GUI language this clinician chose ("es"); None: the computer's.
    language: str | None = None
