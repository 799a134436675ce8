"""`kneedesk server ...`: set up the clinic server, upgrade it, move a clinic in and out.

Run by the clinic's IT person, connected with a PostgreSQL DSN as a role of theirs (the
server's superuser, or a role that may create roles and owns the database). Passwords are
asked for (twice) or read from environment variables for scripted set-up, never taken from
the command line, where the shell's history and the list of processes would show them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kneedesk.store.errors import StoreError

if TYPE_CHECKING:
    from kneedesk.store.postgres.dsn import ServerDsn

# The store (psycopg with it) is imported inside each command, not here: building the parser
# imports this module for every command.

EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2
MIN_APP_PASSWORD = 16

APP_PASSWORD_ENV = "KNEEDESK_APP_PASSWORD"
ADMIN_USER_ENV = "KNEEDESK_ADMIN_USER"
ADMIN_NAME_ENV = "KNEEDESK_ADMIN_NAME"
ADMIN_PASSWORD_ENV = "KNEEDESK_ADMIN_PASSWORD"

_DSN_HELP = (
    'PostgreSQL connection string, e.g. "host=clinic-server.local dbname=kneedesk '
    'user=postgres sslmode=verify-full sslrootcert=ca.crt" or, on the server itself, '
    '"host=/var/run/postgresql dbname=kneedesk user=postgres". Over the network it must use '
    "sslmode=verify-full with sslrootcert. No password in it: PGPASSWORD, the pgpass file or "
    "a prompt."
)


class _InputError(Exception):
    """What the person typed (or did not set) cannot be used; the message says how to fix it."""


def register(subparsers: Any) -> None:
    """Add `kneedesk server` and its subcommands."""
    server = subparsers.add_parser(
        "server",
        help="set up the clinic server (PostgreSQL) and move a clinic onto it or off it",
        description="Clinic server mode: every workstation works on one PostgreSQL database. "
        "See docs/clinic-server.md.",
    )
    commands = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND", required=True)

    init = _add(
        commands,
        "init",
        "set up an empty database for KneeDesk",
        "Create the roles kneedesk_owner (owns the schema, applies upgrades) and kneedesk_app "
        "(what the workstations use: it may not change or delete signed visits, addenda, "
        "stored reports or the audit log), the schema kneedesk, and the clinic's first "
        f"administrator. Passwords are asked for, or read from {APP_PASSWORD_ENV}, "
        f"{ADMIN_USER_ENV}, {ADMIN_NAME_ENV} and {ADMIN_PASSWORD_ENV}.",
    )
    init.add_argument(
        "--no-admin",
        action="store_true",
        help="add no administrator: for a server the clinic's file is then imported into "
        "(import-sqlite brings the clinic's own accounts)",
    )
    init.set_defaults(func=run_init)

    upgrade = _add(
        commands,
        "upgrade",
        "upgrade the database's schema for this version of KneeDesk",
        "Apply the schema changes this KneeDesk needs, as the owner role, each in one "
        "transaction, and give the app's role its grants again.",
    )
    upgrade.set_defaults(func=run_upgrade)

    check = _add(
        commands,
        "check",
        "check the clinic server's records and guards and report any problem",
        "Check that the schema is up to date and every guard trigger is in place, enabled and "
        "unchanged, then the same as 'kneedesk check' on a file: the audit log's chain and "
        "anchors, every signed visit's digest and the records' rules. Changes nothing; exit "
        "status 1 on a problem.",
    )
    check.set_defaults(func=run_check)

    import_ = _add(
        commands,
        "import-sqlite",
        "copy a single-workstation clinic's file onto the empty server database",
        "Copy every patient, visit, signature, stored report, still, account, setting and "
        "audit row of the file, ids kept, in one transaction; then compare row counts and a "
        "digest of every table, re-check the audit chain and verify every signature on the "
        "server. Any difference rolls everything back. The server must be set up with "
        "'kneedesk server init --no-admin' and hold no records. Close KneeDesk on the file "
        "first; the file is not changed.",
    )
    import_.add_argument("file", metavar="FILE", help="the clinic's KneeDesk database file")
    import_.set_defaults(func=run_import_sqlite)

    export = _add(
        commands,
        "export-sqlite",
        "copy everything on the server into a new KneeDesk file",
        "Write a complete KneeDesk database file of the server's records (read in one "
        "snapshot, so workstations may keep working), verified as import-sqlite verifies. "
        "Open it with 'kneedesk --db FILE'.",
    )
    export.add_argument("file", metavar="FILE", help="the new file to write (must not exist)")
    export.set_defaults(func=run_export_sqlite)


def _add(commands: Any, name: str, help_text: str, description: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=description
    )
    parser.add_argument("--dsn", required=True, metavar="DSN", help=_DSN_HELP)
    return parser


def _error(exc: StoreError) -> int:
    sys.stderr.write(f"kneedesk: {exc.what}\n")
    if exc.todo:
        sys.stderr.write(f"  {exc.todo}\n")
    return EXIT_PROBLEM


def _refused(exc: Exception) -> int:
    """The server refused a set-up step (a role without the rights it needs)."""
    sys.stderr.write(
        f"kneedesk: the server refused: {exc}\n  Connect (--dsn user=...) as the server's "
        "superuser, or a role with CREATEROLE that owns the database. Nothing was changed.\n"
    )
    return EXIT_PROBLEM


def _ask_login(user: str) -> str:
    """The password of the DSN's role, asked for in a terminal."""
    if not _interactive():
        return ""  # refused again: the message says where a script puts it (PGPASSWORD)
    return getpass.getpass(f"Password of the PostgreSQL role {user}: ")


def _dsn(args: argparse.Namespace) -> ServerDsn | int:
    from kneedesk.store.postgres.dsn import parse_dsn

    try:
        return parse_dsn(args.dsn)
    except StoreError as exc:
        _error(exc)
        return EXIT_BAD_INPUT


# --- init and upgrade --------------------------------------------------------------------------


def run_init(args: argparse.Namespace) -> int:
    """Set up the database: roles, schema, grants, and (unless --no-admin) the first admin."""
    from kneedesk.store.postgres.dsn import connect_dsn
    from kneedesk.store.postgres.server import APP_ROLE, OWNER_ROLE, init_server

    dsn = _dsn(args)
    if isinstance(dsn, int):
        return dsn
    try:
        app_password = _app_password()
        admin = None if args.no_admin else _admin()
    except _InputError as exc:
        sys.stderr.write(f"kneedesk: {exc}\n")
        return EXIT_BAD_INPUT
    try:
        db = connect_dsn(dsn, _ask_login)
        try:
            applied = init_server(db, app_password)
        finally:
            db.close()
    except StoreError as exc:
        return _error(exc)
    except sqlite3.Error as exc:
        return _refused(exc)
    sys.stdout.write(
        f"Set up {dsn.label}: roles {OWNER_ROLE} (owner) and {APP_ROLE} (the workstations), "
        f"schema kneedesk ({', '.join(applied)}).\n"
    )
    if admin is None:
        sys.stdout.write(
            "No administrator was added (--no-admin). Next, move the clinic's file onto it: "
            f'kneedesk server import-sqlite FILE --dsn "{args.dsn}"\n'
        )
        return 0
    return _add_admin(dsn, app_password, *admin)


def _add_admin(dsn: ServerDsn, app_password: str, username: str, name: str, password: str) -> int:
    """Add the first administrator through the store, connected as a workstation is."""
    from kneedesk.store.clinicians import Role
    from kneedesk.store.store import Store

    try:
        with Store.open_server(dsn.app_settings(), app_password) as store:
            store.accounts.create(username, name, password, Role.ADMIN)
    except StoreError as exc:
        _error(exc)
        sys.stderr.write(
            "  The database is set up, but has no administrator yet: the first workstation "
            "that connects asks for one.\n"
        )
        return EXIT_PROBLEM
    sys.stdout.write(
        f"First administrator: {username} ({name}). They sign in on any workstation "
        "connected to the clinic server and add the other clinicians.\n"
    )
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    """Apply pending migrations as the owner role."""
    from kneedesk.store.errors import ServerSetupError
    from kneedesk.store.postgres import migrations
    from kneedesk.store.postgres.dsn import connect_dsn
    from kneedesk.store.postgres.server import SCHEMA, upgrade_server

    dsn = _dsn(args)
    if isinstance(dsn, int):
        return dsn
    try:
        db = connect_dsn(dsn, _ask_login)
        try:
            db.execute(f"SET search_path = {SCHEMA}")
            if not migrations.applied(db):
                raise ServerSetupError(
                    f"The database ({dsn.label}) has not been set up for KneeDesk.",
                    "Set it up with 'kneedesk server init' first. Nothing was changed.",
                )
            newer = migrations.unknown(db)
            if newer:
                raise ServerSetupError(
                    f"The database ({dsn.label}) was upgraded by a newer KneeDesk "
                    f"({', '.join(newer)}).",
                    "Upgrade it with that version (or a later one). Nothing was changed.",
                )
            applied = upgrade_server(db)
        finally:
            db.close()
    except StoreError as exc:
        return _error(exc)
    except sqlite3.Error as exc:
        return _refused(exc)
    if applied:
        sys.stdout.write(f"Upgraded {dsn.label}: {', '.join(applied)}.\n")
    else:
        sys.stdout.write(f"{dsn.label} is up to date; the app's grants were renewed.\n")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Run the full check on the server's database and print a plain report."""
    from kneedesk.store.postgres.dsn import connect_dsn
    from kneedesk.store.postgres.server import SCHEMA
    from kneedesk.store.postgres.server_checks import check_server

    dsn = _dsn(args)
    if isinstance(dsn, int):
        return dsn
    try:
        db = connect_dsn(dsn, _ask_login)
        try:
            db.execute(f"SET search_path = {SCHEMA}")
            report = check_server(db)
        finally:
            db.close()
    except StoreError as exc:
        return _error(exc)
    sys.stdout.write(f"Checking {dsn.label}\n")
    for line in report.lines:
        sys.stdout.write(f"  {line}\n")
    if report.ok:
        sys.stdout.write("No problems found.\n")
        return 0
    sys.stdout.write(
        f"{len(report.problems)} problem(s) found. Make no further changes; keep this database "
        "for inspection and restore the latest good backup into a new one (see "
        "docs/clinic-server.md, 'Restoring a backup of the server').\n"
    )
    return EXIT_PROBLEM


# --- moving a clinic in and out ----------------------------------------------------------------


def run_import_sqlite(args: argparse.Namespace) -> int:
    """Copy a clinic's SQLite file onto the empty server database."""
    from kneedesk.store.errors import DatabaseInUseError
    from kneedesk.store.postgres.dsn import connect_dsn
    from kneedesk.store.postgres.transfer import import_sqlite

    dsn = _dsn(args)
    if isinstance(dsn, int):
        return dsn
    source = Path(args.file)
    try:
        db = connect_dsn(dsn, _ask_login)
        try:
            report = import_sqlite(source, db)
        finally:
            db.close()
    except DatabaseInUseError:
        sys.stderr.write(
            f"kneedesk: KneeDesk is open on {source}. Close KneeDesk, then import again. "
            "Nothing was changed.\n"
        )
        return EXIT_PROBLEM
    except StoreError as exc:
        return _error(exc)
    sys.stdout.write(
        f"Imported {source} into {dsn.label}: {report.summary()}. Every table's rows and "
        f"digest match the file; the audit chain ({report.audit_rows} rows) and "
        f"{report.signatures} signature(s) verify on the server.\n"
    )
    return 0


def run_export_sqlite(args: argparse.Namespace) -> int:
    """Write a complete, verified KneeDesk file of the server's records."""
    from kneedesk.store.postgres.dsn import connect_dsn
    from kneedesk.store.postgres.transfer import export_sqlite

    dsn = _dsn(args)
    if isinstance(dsn, int):
        return dsn
    target = Path(args.file)
    try:
        db = connect_dsn(dsn, _ask_login)
        try:
            report = export_sqlite(db, target)
        finally:
            db.close()
    except StoreError as exc:
        return _error(exc)
    sys.stdout.write(
        f"Exported {dsn.label} to {target}: {report.summary()}. Every table's rows and digest "
        f"match the server; the audit chain ({report.audit_rows} rows) and "
        f"{report.signatures} signature(s) verify in the file. Open it with: "
        f'kneedesk --db "{target}"\n'
    )
    return 0


# --- passwords and names -----------------------------------------------------------------------


def _app_password() -> str:
    password = _secret(APP_PASSWORD_ENV, "Password for the app's database role kneedesk_app")
    if len(password) < MIN_APP_PASSWORD:
        raise _InputError(
            f"The password for kneedesk_app has {len(password)} characters; it needs at least "
            f"{MIN_APP_PASSWORD}. Each workstation keeps it in its keychain, so nobody types it "
            "every day: choose a long one."
        )
    return password


def _admin() -> tuple[str, str, str]:
    """The first administrator's user name, name and password, checked before anything."""
    from kneedesk.store.errors import InvalidValueError
    from kneedesk.store.password_policy import check_password

    username = _text(ADMIN_USER_ENV, "First administrator's user name")
    name = _text(ADMIN_NAME_ENV, "First administrator's full name")
    if not 1 <= len(username) <= 64:
        raise _InputError("The administrator's user name must have 1 to 64 characters.")
    password = _secret(ADMIN_PASSWORD_ENV, f"Password for {username}")
    try:
        check_password(password, [("user name", username), ("clinician's name", name)])
    except InvalidValueError as exc:
        raise _InputError(f"{exc.what} {exc.todo}".strip()) from exc
    return username, name, password


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _text(variable: str, prompt: str) -> str:
    value = os.environ.get(variable, "").strip()
    if value:
        return value
    if not _interactive():
        raise _InputError(f"{prompt} is needed: set {variable} or run the command in a terminal.")
    value = input(f"{prompt}: ").strip()
    if not value:
        raise _InputError(f"{prompt} is empty. Nothing was changed.")
    return value


def _secret(variable: str, prompt: str) -> str:
    value = os.environ.get(variable, "")
    if value:
        return value
    if not _interactive():
        raise _InputError(
            f"{prompt} is needed: set {variable} or run the command in a terminal, where it "
            "is asked for. It is never taken from the command line."
        )
    first = getpass.getpass(f"{prompt}: ")
    second = getpass.getpass(f"{prompt} (again): ")
    if first != second:
        raise _InputError("The two passwords typed differ. Nothing was changed.")
    return first
