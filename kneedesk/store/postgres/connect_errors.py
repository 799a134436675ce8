"""Why a workstation could not connect to the clinic server, said so that it can be fixed.

libpq reports a failed connection as text only (no SQLSTATE): the server's refusal
("password authentication failed", "no pg_hba.conf entry", "database ... does not exist")
or its own ("certificate verify failed", "Connection refused"). Each known cause gets its
own error class and a message naming what to check; anything else keeps libpq's words.
Nothing was written, so these messages never speak of a change not saved.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import psycopg

from kneedesk.store.errors import (
    ServerAccessRefusedError,
    ServerCertificateError,
    ServerDatabaseMissingError,
    ServerLoginError,
    ServerSetupError,
    ServerUnavailableError,
    StoreError,
)

if TYPE_CHECKING:
    from kneedesk.store.postgres.settings import ServerSettings

_SETTINGS = "Settings > Clinic server"
_ASK_IT = "the person who looks after the clinic server"

_UNREACHABLE = (
    "connection refused",
    "no such file or directory",
    "timeout expired",
    "could not translate host name",
    "network is unreachable",
    "no route to host",
    "the database system is starting up",
    "the database system is shutting down",
    "server closed the connection unexpectedly",
)
_MISSING_ROLE = re.compile(r'role ".*" does not exist')
_MISSING_DATABASE = re.compile(r'database ".*" does not exist')
_CERTIFICATE_NAME = re.compile(r'server certificate for "([^"]*)".* does not match host name')


def reason(exc: psycopg.Error) -> str:
    """libpq's message without its "connection failed: connection to server ... failed:"."""
    text = str(exc).strip()
    if " failed: " in text:
        text = text.rsplit(" failed: ", 1)[1]
    return text.replace("FATAL:", "").split("\n")[0].strip()


def connect_error(exc: psycopg.Error, settings: ServerSettings) -> StoreError:
    """The store error for a connection the server or libpq refused."""
    why = reason(exc)
    lowered = why.lower()
    where = settings.label
    if "password authentication failed" in lowered or _MISSING_ROLE.match(why):
        return ServerLoginError(
            f"The clinic server ({where}) refused the user name or password: there is no user "
            f"'{settings.user}' there, or its password is not the one saved on this computer.",
            f"Check the user name in {_SETTINGS} and enter the password again; "
            f"{_ASK_IT} can tell you both.",
        )
    if "no password supplied" in lowered:
        return ServerLoginError(
            f"The clinic server ({where}) asks for the password of user '{settings.user}', "
            "and none is saved on this computer.",
            f"Enter the password in {_SETTINGS}; it is kept in this computer's keychain.",
        )
    if "permission denied for database" in lowered:
        return ServerAccessRefusedError(
            f"User '{settings.user}' may not connect to database '{settings.database}' on "
            f"the clinic server ({where}).",
            "Use the app's user (kneedesk_app unless the server was set up otherwise) in "
            f"{_SETTINGS}, or ask {_ASK_IT} to grant this user CONNECT on the database.",
        )
    if "pg_hba.conf" in lowered:
        return ServerAccessRefusedError(
            f"The clinic server ({where}) does not let user '{settings.user}' connect to "
            f"database '{settings.database}' from this computer ({why}).",
            f"Ask {_ASK_IT} to allow this computer's network for that user and database in "
            "the server's pg_hba.conf, as a hostssl line (see docs/clinic-server.md), then "
            "to reload the server.",
        )
    if _MISSING_DATABASE.match(why):
        return ServerDatabaseMissingError(
            f"There is no database '{settings.database}' on the clinic server ({where}).",
            f"Check the database name in {_SETTINGS}; {_ASK_IT} can tell you the right one.",
        )
    certificate = _certificate_problem(why, settings)
    if certificate:
        return ServerCertificateError(
            f"KneeDesk did not connect to the clinic server ({where}): {certificate}. "
            "Nothing was sent to it.",
            f"Check the server's address and the CA file in {_SETTINGS}: the address must be "
            "the name on the server's certificate, and the CA file the clinic's. If both are "
            f"right, do not connect, and ask {_ASK_IT} to check the server.",
        )
    if any(text in lowered for text in _UNREACHABLE):
        return ServerUnavailableError(
            f"KneeDesk cannot reach the clinic server ({where}): {why}.",
            "Check that the server computer is on and its database is running, the address "
            f"and port in {_SETTINGS}, and this computer's network cable or Wi-Fi; then try "
            "again.",
        )
    return ServerSetupError(
        f"KneeDesk could not connect to the clinic server ({where}): {why}.",
        f"Check the server's address, database, user name and password in {_SETTINGS}, or "
        f"ask {_ASK_IT}.",
    )


def _certificate_problem(why: str, settings: ServerSettings) -> str:
    lowered = why.lower()
    name = _CERTIFICATE_NAME.search(why)
    if name:
        return (
            f"its certificate is made out for {name.group(1)}, not for {settings.host}, so "
            "it may not be the clinic's server"
        )
    if "certificate verify failed" in lowered or "local issuer" in lowered:
        return (
            f"its certificate is not signed by the clinic's CA ({settings.ca_file}), so it "
            "may not be the clinic's server"
        )
    if "certificate" in lowered:
        return f"its certificate could not be verified ({why})"
    if "does not support ssl" in lowered:
        return "it does not offer TLS, and KneeDesk sends nothing over a network unencrypted"
    return ""
