"""The connection string (DSN) the IT person gives the `kneedesk server` commands, checked.

The commands connect as a role of the IT person's (the server's superuser, or a role that
may create roles and owns the database), with PostgreSQL's own DSN: `host=... dbname=...
user=...` or `postgresql://...`. Its password comes from PostgreSQL's usual places
(PGPASSWORD, the password file) or a prompt, never from the command line. A server on
another computer is reached only over TLS with its certificate checked (`sslmode=verify-full`
and the clinic's CA file in `sslrootcert`); a server on this computer may be reached over its
local socket (`host=/var/run/postgresql`), where no network is crossed.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from kneedesk.store.errors import ServerSetupError
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.settings import APP_ROLE, DEFAULT_PORT, ServerSettings

CONNECT_TIMEOUT_S = 10
_EXAMPLE = (
    'Write it like "host=clinic-server.local dbname=kneedesk user=postgres '
    'sslmode=verify-full sslrootcert=ca.crt" (or "host=/var/run/postgresql dbname=kneedesk '
    'user=postgres" on the server itself).'
)
# libpq reads these when the DSN leaves them out; the checks see what libpq will use.
_ENVIRONMENT = {
    "host": "PGHOST",
    "hostaddr": "PGHOSTADDR",
    "port": "PGPORT",
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
}


@dataclass(frozen=True)
class ServerDsn:
    """A checked DSN: where the clinic database is and how the set-up role reaches it."""

    text: str
    params: dict[str, str]

    def _first(self, key: str) -> str:
        return self.params.get(key, "").split(",")[0].strip()

    @property
    def host(self) -> str:
        """The host (or socket folder) to reach; "" for libpq's default local socket."""
        return self._first("host") or self._first("hostaddr")

    @property
    def local_socket(self) -> bool:
        """Whether every host is a socket folder on this computer (no network crossed)."""
        return _all_local(self.params)

    @property
    def port(self) -> int:
        port = self._first("port")
        return int(port) if port.isdigit() else DEFAULT_PORT

    @property
    def database(self) -> str:
        return self.params["dbname"]

    @property
    def label(self) -> str:
        """How messages name the database: "kneedesk on clinic-server.local:5432"."""
        where = "this computer" if self.local_socket else f"{self.host}:{self.port}"
        return f"{self.database} on {where}"

    def app_settings(self, user: str = APP_ROLE) -> ServerSettings:
        """How a workstation (the app's role) reaches the same database."""
        return ServerSettings(
            host=self.host,
            database=self.database,
            user=user,
            port=self.port,
            ca_file="" if self.local_socket else self.params.get("sslrootcert", ""),
        )


def parse_dsn(text: str, environ: dict[str, str] | None = None) -> ServerDsn:
    """Read and check a DSN; raises ServerSetupError saying how to write it otherwise."""
    env = dict(os.environ) if environ is None else environ
    try:
        given = {k: str(v) for k, v in conninfo_to_dict(text).items() if v is not None}
    except psycopg.ProgrammingError as exc:
        raise ServerSetupError(
            f"The connection string (--dsn) cannot be read: {exc}.", _EXAMPLE
        ) from exc
    if "password" in given:
        raise ServerSetupError(
            "The connection string (--dsn) holds a password: it would be kept in the shell's "
            "history and be seen by every user of this computer in its list of processes.",
            "Leave the password out: KneeDesk asks for it, or set it in the PGPASSWORD "
            "environment variable or PostgreSQL's password file (pgpass).",
        )
    if "service" in given or env.get("PGSERVICE"):
        raise ServerSetupError(
            "The connection names a PostgreSQL service (service= or PGSERVICE), whose host "
            "and TLS settings KneeDesk cannot check before connecting.",
            f"Write them in the connection string (--dsn) itself. {_EXAMPLE}",
        )
    params = dict(given)
    for key, variable in _ENVIRONMENT.items():
        if key not in params and env.get(variable):
            params[key] = env[variable]
    if not params.get("dbname"):
        raise ServerSetupError(
            "The connection string (--dsn) does not name the clinic's database (dbname).",
            f"Add dbname=kneedesk (the database made for KneeDesk). {_EXAMPLE}",
        )
    if not _all_local(params):
        _require_tls(params)
    return ServerDsn(text, params)


def _all_local(params: dict[str, str]) -> bool:
    if params.get("hostaddr"):
        return False
    hosts = [h.strip() for h in params.get("host", "").split(",")]
    if hosts == [""]:
        # No host: libpq's default, a local socket on Linux and macOS, localhost on Windows.
        return os.name != "nt"
    return all(h.startswith("/") or h.startswith("@") for h in hosts)


def _require_tls(params: dict[str, str]) -> None:
    where = params.get("host") or params.get("hostaddr") or "localhost"
    if params.get("sslmode") != "verify-full" or not params.get("sslrootcert"):
        raise ServerSetupError(
            f"The server {where} is reached over the network, and KneeDesk connects over the "
            "network only with TLS, checking the server's certificate against the clinic's CA "
            "certificate and its host name.",
            "Add sslmode=verify-full sslrootcert=<the clinic's CA file, e.g. ca.crt> to the "
            "connection string (see docs/clinic-server.md, step 2), or run the command on the "
            "server itself over its local socket (host=/var/run/postgresql).",
        )
    ca_file = params["sslrootcert"]
    if not Path(ca_file).is_file():
        raise ServerSetupError(
            f"The CA certificate file {ca_file} (sslrootcert) does not exist or is not a file.",
            "Give the path of the clinic's CA certificate (the ca.crt made in step 2 of "
            "docs/clinic-server.md).",
        )


def connect_dsn(dsn: ServerDsn, ask_password: Callable[[str], str] | None = None) -> PgDatabase:
    """Connect as the DSN's role (the IT person's), in autocommit between transactions.

    When the server wants a password that PostgreSQL's usual places do not hold,
    `ask_password(user)` is asked for it (a prompt in a terminal), once.
    """
    extra: dict[str, Any] = {"application_name": "KneeDesk server set-up"}
    if "connect_timeout" not in dsn.params:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        try:
            conn = psycopg.connect(dsn.text, autocommit=True, **extra)
        except psycopg.OperationalError as exc:
            if ask_password is None or _NO_PASSWORD not in str(exc):
                raise
            user = dsn.params.get("user") or getpass.getuser()
            conn = psycopg.connect(dsn.text, autocommit=True, password=ask_password(user), **extra)
    except psycopg.Error as exc:
        raise ServerSetupError(
            f"KneeDesk could not connect to {dsn.label}: {str(exc).strip()}",
            "Check the connection string (host, port, dbname, user), that the server is "
            "running, and the password (PGPASSWORD or PostgreSQL's password file).",
        ) from exc
    return PgDatabase(conn, label=dsn.label)


_NO_PASSWORD = "no password supplied"
"""libpq's words when the server asks for a password and none was given."""
