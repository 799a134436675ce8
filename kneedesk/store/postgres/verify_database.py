"""The scratch database where each backup is restored and compared before it is kept.

It is `<clinic database>_verify`, made at set-up (and by `server upgrade` when missing) and
owned by the app's role, so a workstation may empty it and restore into it without any other
right on the server. It holds a copy of the records only while a backup is checked: it is
emptied before and after each check.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from kneedesk.store.errors import BackupError, ServerSetupError
from kneedesk.store.postgres.client_address import ClientAddress
from kneedesk.store.postgres.database import PgDatabase, map_error
from kneedesk.store.postgres.pg_tools import NO_WINDOW, PgTools
from kneedesk.store.postgres.schema import quote_ident
from kneedesk.store.postgres.table_digests import TableDigest, session_settings, table_digests

SUFFIX = "_verify"
RESTORE_TIMEOUT_S = 4 * 3600
_NAME_BYTES = 63  # PostgreSQL's longest name


def verify_database_name(database: str) -> str:
    """`kneedesk` -> `kneedesk_verify` (cut to PostgreSQL's 63 bytes if need be)."""
    head = database.encode()[: _NAME_BYTES - len(SUFFIX)].decode(errors="ignore")
    return head + SUFFIX


# pg_advisory_lock key for making the scratch database ("KDverify" in ASCII, cut to 63 bits).
_VERIFY_LOCK = 0x4B44766572696679 & 0x7FFFFFFFFFFFFFFF


def ensure_verify_database(db: PgDatabase, app_role: str) -> bool:
    """Create the scratch database of `db`'s database, owned by `app_role`, if it is missing.

    Run by the set-up role (`server init`, `server upgrade`). Returns True if it was made.
    """
    database, encoding, collate, ctype = db.execute(
        "SELECT datname, pg_encoding_to_char(encoding), datcollate, datctype "
        "FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    name = verify_database_name(str(database))
    # CREATE DATABASE runs outside a transaction: a session lock makes two set-ups or upgrades
    # started at once take turns, so the second finds the database the first made.
    db.execute("SELECT pg_advisory_lock(?)", [_VERIFY_LOCK])
    try:
        return _create(db, name, str(encoding), str(collate), str(ctype), app_role)
    finally:
        db.execute("SELECT pg_advisory_unlock(?)", [_VERIFY_LOCK])


def _create(
    db: PgDatabase, name: str, encoding: str, collate: str, ctype: str, app_role: str
) -> bool:
    if db.execute("SELECT 1 FROM pg_database WHERE datname = ?", [name]).fetchone() is not None:
        return False
    statement = (
        f"CREATE DATABASE {quote_ident(name)} OWNER {quote_ident(app_role)} TEMPLATE template0 "
        f"ENCODING {_literal(encoding)} LC_COLLATE {_literal(collate)} LC_CTYPE {_literal(ctype)}"
    )
    try:
        db.execute(statement)
        db.execute(f"REVOKE ALL ON DATABASE {quote_ident(name)} FROM PUBLIC")
    except (sqlite3.Error, psycopg.Error) as exc:
        raise ServerSetupError(
            f"The database {name}, where KneeDesk checks each backup of the clinic server, "
            f"could not be created: {exc}.",
            f"Create it as the PostgreSQL superuser: {statement}; then REVOKE ALL ON DATABASE "
            f"{quote_ident(name)} FROM PUBLIC.",
        ) from exc
    return True


def restore_and_digest(
    dump: Path, address: ClientAddress, tools: PgTools
) -> dict[str, TableDigest]:
    """Restore `dump` into the scratch database and count and hash what it holds.

    The scratch database is emptied before and after. Raises BackupError when the dump does
    not restore (damaged, cut short) or the scratch database cannot be used.
    """
    scratch = verify_database_name(address.database)
    with _scratch_connection(address, scratch) as conn:
        _empty(conn, scratch)
        try:
            _pg_restore(dump, address, scratch, tools)
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                return table_digests(conn)
        finally:
            _empty(conn, scratch)


def check_verify_database(conn: psycopg.Connection[Any], database: str) -> None:
    """Raise BackupError, before anything is dumped, if the scratch database of `database`
    is missing or not the app role's own (asked of the clinic database, `conn`)."""
    scratch = verify_database_name(database)
    row = conn.execute(
        "SELECT pg_get_userbyid(datdba), current_user FROM pg_database WHERE datname = %s",
        [scratch],
    ).fetchone()
    if row is None:
        raise BackupError(
            f"The database {scratch}, where KneeDesk checks each backup before keeping it, "
            "does not exist on the clinic server.",
            "Ask the person who looks after the server to run 'kneedesk server upgrade', "
            "which creates it (docs/clinic-server.md, 'Backups'). No backup was made.",
        )
    owner, user = row
    if owner != user:
        raise BackupError(
            f"The database {scratch}, where KneeDesk checks each backup before keeping it, "
            f"belongs to {owner}, not to the app's role {user}.",
            "Ask the person who looks after the server to give it to the app's role: "
            f"ALTER DATABASE {quote_ident(scratch)} OWNER TO {quote_ident(str(user))}. "
            "No backup was made.",
        )


def _scratch_connection(address: ClientAddress, scratch: str) -> psycopg.Connection[Any]:
    try:
        conn = address.connect(scratch)
    except psycopg.Error as exc:
        raise map_error(exc, f"{scratch} on the clinic server") from exc
    conn.autocommit = True
    session_settings(conn)
    return conn


def _empty(conn: psycopg.Connection[Any], scratch: str) -> None:
    """Drop every schema the app's role made in the scratch database (its tables with it)."""
    try:
        schemas = [
            str(row[0])
            for row in conn.execute(
                "SELECT nspname FROM pg_namespace WHERE nspowner = "
                "(SELECT oid FROM pg_roles WHERE rolname = current_user) "
                "AND nspname <> 'public' AND nspname NOT LIKE 'pg\\_%'"
            )
        ]
        for schema in schemas:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
        # A schema left by someone else would make the restore clash: say so now.
        left = conn.execute(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'kneedesk'"
        ).fetchone()
    except psycopg.Error as exc:
        raise BackupError(
            f"KneeDesk could not empty the database {scratch}, where it checks each backup: "
            f"{exc.diag.message_primary or exc}.",
            f"Ask the person who looks after the server to make the app's role the owner of "
            f"{scratch} and of everything in it. No backup was kept.",
        ) from exc
    if left and left[0]:
        raise BackupError(
            f"The database {scratch}, where KneeDesk checks each backup, holds a schema "
            "'kneedesk' that the app's role does not own.",
            f"Ask the person who looks after the server to drop that schema in {scratch} "
            "(DROP SCHEMA kneedesk CASCADE). No backup was kept.",
        )


def _pg_restore(dump: Path, address: ClientAddress, scratch: str, tools: PgTools) -> None:
    command = [
        str(tools.pg_restore),
        "--no-password",
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        f"--dbname={address.conninfo(scratch, 'KneeDesk backup check')}",
        str(dump),
    ]
    try:
        done = subprocess.run(
            command,
            env=address.child_environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=RESTORE_TIMEOUT_S,
            check=False,
            creationflags=NO_WINDOW,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError(
            f"pg_restore ({tools.pg_restore}) could not be run to check the backup: {exc}.",
            "Check the PostgreSQL command-line tools on this workstation, then back up again. "
            "No backup was kept.",
        ) from exc
    if done.returncode != 0:
        raise BackupError(
            f"The backup does not restore, so it was not kept: {last_lines(done.stderr)}",
            "Back up again. If it fails again, the disk of the backup folder or of the "
            "clinic server may be failing: give this message to the person who looks after "
            "the server.",
        )


def last_lines(text: str, count: int = 3) -> str:
    """The last few lines a program printed, on one line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " ".join(lines[-count:]) or "(it said nothing)"


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"
