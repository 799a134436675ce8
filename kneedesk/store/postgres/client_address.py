"""How a second connection, or `pg_dump` and `pg_restore`, reach the store's database.

Taken from the store's own open connection: the same server, user and TLS checks (the CA
file, `verify-full`), without the app's session options (its short statement timeout would
cut a backup). The password goes to a child program in its environment (`PGPASSWORD`) only,
never on its command line (which other users of the computer can read) or in a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo

from kneedesk.store.postgres.database import PgDatabase

# What a connection to the same server needs; everything else (options, application name)
# is the app's own session.
_KEPT = (
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "passfile",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslcrldir",
    "connect_timeout",
)


@dataclass(frozen=True)
class ClientAddress:
    """Where the store's database is, and the password the store connected with."""

    params: dict[str, str]
    password: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, db: PgDatabase) -> ClientAddress:
        """The address of the database `db` is connected to (reads no data, takes no lock)."""
        info = db.conn.info
        params = {k: v for k, v in info.get_parameters().items() if k in _KEPT}
        # Where it is, even where that is libpq's default (a default may differ for a child
        # program, whose PG* environment variables are removed).
        params |= {"host": info.host, "port": str(info.port), "dbname": info.dbname}
        params["user"] = info.user
        return cls(params, info.password)

    @property
    def database(self) -> str:
        return self.params.get("dbname", "")

    def conninfo(self, database: str | None = None, application: str = "KneeDesk backup") -> str:
        """A connection string with no password in it (for a child program's command line)."""
        params: dict[str, Any] = dict(self.params)
        if database is not None:
            params["dbname"] = database
        params["application_name"] = application
        return make_conninfo(**params)

    def connect(self, database: str | None = None) -> psycopg.Connection[Any]:
        """A new connection of our own, in a transaction until committed."""
        conninfo = self.conninfo(database)
        if self.password is not None:
            conninfo = make_conninfo(conninfo, password=self.password)
        return psycopg.connect(conninfo)

    def child_environment(self) -> dict[str, str]:
        """The environment for pg_dump or pg_restore: ours without any PG* setting, plus the
        password (so the user's own PGOPTIONS, PGSERVICE or PGDATABASE cannot change what
        they connect to or how)."""
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith("PG")}
        if self.password is not None:
            env["PGPASSWORD"] = self.password
        return env
