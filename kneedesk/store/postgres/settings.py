"""Where a workstation finds the clinic server: a plain record, with no database library.

Kept apart from `connect` so that the app, the settings page and the store can name a
server without loading psycopg: a single workstation on its own file never needs it.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = 5432
APP_ROLE = "kneedesk_app"
"""The least-privilege role the workstations connect as (made by `kneedesk server init`)."""


@dataclass(frozen=True)
class ServerSettings:
    """Where a workstation finds the clinic database (kept in the workstation's settings)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    ca_file: str = ""
    """The clinic's CA certificate (PEM) that signed the server's certificate."""

    @property
    def local_socket(self) -> bool:
        """Whether `host` is the folder of this computer's server socket (no TLS needed)."""
        return self.host.startswith("/") or self.host == ""

    @property
    def label(self) -> str:
        """How messages name the database: "kneedesk on clinic-server:5432"."""
        where = "this computer" if self.local_socket else f"{self.host}:{self.port}"
        return f"{self.database} on {where}"

    @property
    def keyring_name(self) -> str:
        """The entry under which the password is kept in the keychain."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"
