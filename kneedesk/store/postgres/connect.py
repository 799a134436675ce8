"""Connecting a workstation to the clinic server: where it is, TLS, and the schema's version.

A server on another computer is reached only over TLS with its certificate checked against
the clinic's CA file and its host name (`sslmode=verify-full`); a server on this computer
may be reached over its local socket instead, where no network is crossed. Every call has
a timeout, so a workstation never waits for ever on a network that has gone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg

from kneedesk.store.errors import DatabaseTooNewError, ServerSetupError
from kneedesk.store.postgres import migrations
from kneedesk.store.postgres.connect_errors import connect_error
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.settings import DEFAULT_PORT as DEFAULT_PORT
from kneedesk.store.postgres.settings import ServerSettings as ServerSettings

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 15_000
"""No statement the app runs takes long; one that does is stuck behind a lock or a network."""
LOCK_TIMEOUT_MS = 5_000
NETWORK_TIMEOUT_MS = 8_000
"""A request the network stopped carrying fails after this long (TCP's user timeout), and an
idle connection whose network went away is noticed by keepalives in about as long."""


def conninfo_args(settings: ServerSettings, password: str | None) -> dict[str, Any]:
    """psycopg connection arguments; refuses a remote server without a CA file."""
    args: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "dbname": settings.database,
        "user": settings.user,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "KneeDesk",
        "options": (
            f"-c search_path=kneedesk -c statement_timeout={STATEMENT_TIMEOUT_MS} "
            f"-c lock_timeout={LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=60000 "
            # psycopg prepares a statement run often; a generic plan cannot use the trigram
            # index for a LIKE pattern it does not know, so always plan for the values.
            "-c plan_cache_mode=force_custom_plan"
        ),
        # A network that goes silently (Wi-Fi out of range, a cable pulled) is noticed in
        # seconds, not in TCP's default quarter of an hour (ignored on a local socket).
        "keepalives": 1,
        "keepalives_idle": 4,
        "keepalives_interval": 2,
        "keepalives_count": 2,
        "tcp_user_timeout": NETWORK_TIMEOUT_MS,
        # Never read a password or service from files in the user's home: the keychain only.
        "passfile": "/nonexistent" if password is not None else None,
    }
    if password is not None:
        args["password"] = password
    if settings.local_socket:
        args["sslmode"] = "disable"
        return {k: v for k, v in args.items() if v is not None}
    if not settings.ca_file:
        raise ServerSetupError(
            f"KneeDesk connects to the clinic server {settings.host} only over TLS, checked "
            "against the clinic's CA certificate, and none is set.",
            "In Settings > Clinic server, choose the CA certificate file your IT provider "
            "gave you (a .pem or .crt file).",
        )
    if not Path(settings.ca_file).is_file():
        raise ServerSetupError(
            f"The CA certificate file {settings.ca_file} does not exist or cannot be read.",
            "Choose the CA certificate file again in Settings > Clinic server.",
        )
    args["sslmode"] = "verify-full"
    args["sslrootcert"] = settings.ca_file
    # libpq prefers GSSAPI encryption to TLS where a Kerberos ticket allows it, and then
    # checks no certificate: TLS it is, always.
    args["gssencmode"] = "disable"
    return {k: v for k, v in args.items() if v is not None}


def connect(settings: ServerSettings, password: str | None) -> PgDatabase:
    """An open connection to the clinic database, in autocommit between transactions.

    Raises ServerUnavailableError when the server cannot be reached, and a ServerSetupError
    naming the cause when it refuses: ServerLoginError, ServerAccessRefusedError,
    ServerDatabaseMissingError or ServerCertificateError.
    """
    args = conninfo_args(settings, password)

    def new_connection() -> psycopg.Connection[Any]:
        try:
            return psycopg.connect(autocommit=True, **args)
        except psycopg.Error as exc:
            raise connect_error(exc, settings) from exc

    return PgDatabase(new_connection(), label=settings.label, connect=new_connection)


def open_server(settings: ServerSettings, password: str | None) -> PgDatabase:
    """Connect and check the schema: set up, not newer than this KneeDesk, nothing pending."""
    db = connect(settings, password)
    try:
        check_schema(db, settings.label)
    except BaseException:
        db.close()
        raise
    return db


def check_schema(db: PgDatabase, label: str) -> None:
    """Refuse a database never set up, one a newer KneeDesk changed, or one not upgraded."""
    newer = migrations.unknown(db)
    if newer:
        raise DatabaseTooNewError(
            f"The clinic database ({label}) was upgraded by a newer version of KneeDesk "
            f"({', '.join(newer)}).",
            "Install the same KneeDesk version as the other workstations. Nothing was changed.",
        )
    if not migrations.applied(db):
        raise ServerSetupError(
            f"The clinic database ({label}) has not been set up for KneeDesk.",
            "Set it up first with 'kneedesk server init' (see docs/clinic-server.md).",
        )
    waiting = migrations.pending(db)
    if waiting:
        raise ServerSetupError(
            f"The clinic database ({label}) needs upgrading for this version of KneeDesk "
            f"({', '.join(m.name for m in waiting)}).",
            "Ask the person who looks after the server to run 'kneedesk server upgrade'. "
            "Nothing was changed.",
        )
