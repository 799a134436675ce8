"""What is wrong with a connection to the clinic server, and at which field.

`diagnose` connects as the workstation would (same TLS rules, same timeouts), checks the
schema, and names the problem: the settings page then shows it under the field to fix.
libpq reports most failures at connection time as text only (no SQLSTATE), so they are told
apart by the phrases PostgreSQL and libpq use; anything else keeps the server's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from kneedesk.store.errors import StoreError
from kneedesk.store.postgres.settings import ServerSettings


class Field(Enum):
    """The settings field a problem is shown at (GENERAL: under the Test button)."""

    HOST = auto()
    PORT = auto()
    DATABASE = auto()
    USER = auto()
    PASSWORD = auto()
    CA_FILE = auto()
    GENERAL = auto()


class Problem(Enum):
    """What is wrong, each with the field to fix."""

    NO_HOST = (auto(), Field.HOST)
    NO_DATABASE_NAME = (auto(), Field.DATABASE)
    NO_USER = (auto(), Field.USER)
    NO_PASSWORD = (auto(), Field.PASSWORD)
    NO_CA_FILE = (auto(), Field.CA_FILE)
    CA_FILE_MISSING = (auto(), Field.CA_FILE)
    UNKNOWN_HOST = (auto(), Field.HOST)
    UNREACHABLE = (auto(), Field.HOST)
    WRONG_PASSWORD = (auto(), Field.PASSWORD)
    UNKNOWN_USER = (auto(), Field.USER)
    NO_SUCH_DATABASE = (auto(), Field.DATABASE)
    NOT_ALLOWED = (auto(), Field.GENERAL)
    CERTIFICATE = (auto(), Field.CA_FILE)
    HOST_NAME_MISMATCH = (auto(), Field.HOST)
    NO_TLS = (auto(), Field.HOST)
    NOT_SET_UP = (auto(), Field.DATABASE)
    NEEDS_UPGRADE = (auto(), Field.DATABASE)
    TOO_NEW = (auto(), Field.DATABASE)
    OTHER = (auto(), Field.GENERAL)

    @property
    def field(self) -> Field:
        return self.value[1]


@dataclass(frozen=True)
class Diagnosis:
    """A problem and the server's own words (or the names of migrations) for the details."""

    problem: Problem
    detail: str = ""


# Phrases of PostgreSQL's and libpq's messages (lower case), checked in this order.
_PHRASES: tuple[tuple[Problem, tuple[str, ...]], ...] = (
    (Problem.WRONG_PASSWORD, ("password authentication failed", "authentication failed")),
    (Problem.NO_PASSWORD, ("no password supplied", "fe_sendauth")),
    (Problem.UNKNOWN_USER, ("role ",)),  # 'role "x" does not exist'
    (Problem.NO_SUCH_DATABASE, ("database ",)),  # 'database "x" does not exist'
    (Problem.HOST_NAME_MISMATCH, ("does not match host name",)),
    (
        Problem.CERTIFICATE,
        ("certificate", "ssl error", "sslrootcert", "tlsv1 alert", "ssl syscall"),
    ),
    (Problem.NO_TLS, ("server does not support ssl",)),
    (Problem.NOT_ALLOWED, ("pg_hba.conf", "no encryption")),
    (Problem.UNKNOWN_HOST, ("could not translate host name", "name or service not known")),
    (
        Problem.UNREACHABLE,
        (
            "connection refused",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "could not connect",
            "connection timed out",
            "no such file or directory",
            "server closed the connection",
        ),
    ),
)


def missing_fields(settings: ServerSettings, password: str) -> Diagnosis | None:
    """The first field left empty that a connection needs (checked before connecting)."""
    if not settings.host.strip():
        return Diagnosis(Problem.NO_HOST)
    if not settings.database.strip():
        return Diagnosis(Problem.NO_DATABASE_NAME)
    if not settings.user.strip():
        return Diagnosis(Problem.NO_USER)
    if not password:
        return Diagnosis(Problem.NO_PASSWORD)
    if not settings.local_socket:
        if not settings.ca_file:
            return Diagnosis(Problem.NO_CA_FILE)
        if not Path(settings.ca_file).is_file():
            return Diagnosis(Problem.CA_FILE_MISSING, settings.ca_file)
    return None


def classify(exc: BaseException) -> Diagnosis:
    """The problem a failed connection (a StoreError from `connect`) points at."""
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    words = str(cause).strip()
    lower = words.lower()
    for problem, phrases in _PHRASES:
        if any(phrase in lower for phrase in phrases):
            named = problem in (Problem.UNKNOWN_USER, Problem.NO_SUCH_DATABASE)
            if named and "does not exist" not in lower:
                continue  # 'no pg_hba.conf entry for ... database "x"' is not this
            return Diagnosis(problem, words)
    if isinstance(exc, StoreError):
        return Diagnosis(Problem.OTHER, f"{exc.what} {exc.todo}".strip())
    return Diagnosis(Problem.OTHER, words)


def diagnose(settings: ServerSettings, password: str) -> Diagnosis | None:
    """Connect and check the schema; None when the workstation can work on this server.

    Blocks for up to the connection timeout: call it on a worker thread.
    """
    empty = missing_fields(settings, password)
    if empty is not None:
        return empty
    # psycopg is loaded only when a server is used, never on a workstation on its own file.
    from kneedesk.store.postgres import migrations
    from kneedesk.store.postgres.connect import connect

    try:
        db = connect(settings, password)
    except StoreError as exc:
        return classify(exc)
    try:
        newer = migrations.unknown(db)
        if newer:
            return Diagnosis(Problem.TOO_NEW, ", ".join(newer))
        if not migrations.applied(db):
            return Diagnosis(Problem.NOT_SET_UP)
        waiting = migrations.pending(db)
        if waiting:
            return Diagnosis(Problem.NEEDS_UPGRADE, ", ".join(m.name for m in waiting))
    except Exception as exc:  # a connection lost half-way, a role without rights
        return classify(exc)
    finally:
        db.close()
    return None
