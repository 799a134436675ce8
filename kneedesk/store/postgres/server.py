"""Setting up and upgrading the clinic database on a PostgreSQL server.

`init_server` runs once, connected as a role that may create roles (the server's superuser
or a role with CREATEROLE that owns the database). It makes:

- the owner role (`kneedesk_owner`, no login): owns the schema, its tables and guards, and
  is the only role that applies migrations;
- the app's role (`kneedesk_app`, login with a password): reads and writes only what the
  repositories need, and can neither change nor delete a signed visit, an audit row, an
  addendum or a stored report, nor drop or disable the triggers that guard them;
- the schema `kneedesk` at the newest version, and the clinic's first administrator;
- the scratch database `<database>_verify`, owned by the app's role, where each backup is
  restored and compared before it is kept (`verify_database`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kneedesk.store.errors import DatabaseTooNewError, ServerSetupError
from kneedesk.store.postgres import migrations
from kneedesk.store.postgres.database import PgDatabase
from kneedesk.store.postgres.schema import grants, quote_ident
from kneedesk.store.postgres.settings import APP_ROLE as APP_ROLE
from kneedesk.store.postgres.verify_database import ensure_verify_database

OWNER_ROLE = "kneedesk_owner"
SCHEMA = "kneedesk"
EXTENSIONS = ("pg_trgm", "unaccent")


@dataclass(frozen=True)
class Roles:
    owner: str = OWNER_ROLE
    app: str = APP_ROLE


def init_server(
    db: PgDatabase, app_password: str, roles: Roles = Roles(), *, upto: str | None = None
) -> list[str]:
    """Create the roles, the schema at the newest version and the app's grants.

    `db` is connected to the clinic's (empty) database as a role that may create roles.
    Returns the migrations applied (`upto`: stop after that one, for the dumps of released
    schemas the tests upgrade). The first administrator is added afterwards through the
    store, as the app's role (see `kneedesk.cli.server`).
    """
    if not app_password:
        raise ServerSetupError(
            "The app's database role needs a password.",
            "Choose a long password for it; each workstation keeps it in its keychain.",
        )
    existing = db.execute("SELECT 1 FROM pg_namespace WHERE nspname = ?", [SCHEMA]).fetchone()
    if existing is not None and migrations.applied(_in_schema(db)):
        raise ServerSetupError(
            f"The database ({db.label}) is already set up for KneeDesk.",
            "To upgrade it for a newer KneeDesk, run 'kneedesk server upgrade'. Nothing was "
            "changed.",
        )
    owner, app = quote_ident(roles.owner), quote_ident(roles.app)
    with db.atomic():
        if not _role_exists(db, roles.owner):
            db.execute(f"CREATE ROLE {owner} NOLOGIN")
        if _role_exists(db, roles.app):
            db.execute(f"ALTER ROLE {app} LOGIN PASSWORD {_literal(db, app_password)}")
        else:
            db.execute(f"CREATE ROLE {app} LOGIN NOINHERIT PASSWORD {_literal(db, app_password)}")
        # The role running the set-up acts as the owner while it builds the schema.
        db.execute(f"GRANT {owner} TO CURRENT_USER")
        db.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {owner}")
        for extension in EXTENSIONS:
            db.execute(f"CREATE EXTENSION IF NOT EXISTS {extension} SCHEMA {SCHEMA}")
        db.execute(f"ALTER ROLE {app} SET search_path = {SCHEMA}")
    return upgrade_server(db, roles, upto=upto)


def upgrade_server(db: PgDatabase, roles: Roles = Roles(), *, upto: str | None = None) -> list[str]:
    """Apply pending migrations as the owner role, then grant the app's role what it needs.

    Returns the migrations applied (none when the database is up to date: running it again
    changes nothing). Refuses a database a newer KneeDesk upgraded. Two upgrades at once
    (two workstations' IT sessions) take turns under the migration lock.
    """
    owner = quote_ident(roles.owner)
    _in_schema(db)
    newer = migrations.unknown(db)
    if newer:
        raise DatabaseTooNewError(
            f"The clinic database ({db.label}) was upgraded by a newer version of KneeDesk "
            f"({', '.join(newer)}); this version cannot upgrade or use it.",
            "Run 'kneedesk server upgrade' with the newest KneeDesk version the clinic uses, "
            "and install that version on every workstation. Nothing was changed.",
        )
    with db.atomic():
        migrations.lock(db)
        for statement in database_rights(db, roles):
            db.execute(statement)
    db.execute(f"SET ROLE {owner}")
    try:
        applied = migrations.apply(db, upto)
        with db.atomic():
            migrations.lock(db)
            for statement in grants(roles.app):
                db.execute(statement)
    finally:
        db.execute("RESET ROLE")
    # Where each backup is restored and compared (a database set up before it existed, or
    # restored from a backup onto a new server, gets it here).
    ensure_verify_database(db, roles.app)
    return applied


def database_rights(db: PgDatabase, roles: Roles = Roles()) -> list[str]:
    """What anyone may do in the clinic database itself: only the app's role may connect,
    and nobody may make temporary tables or objects in the public schema.

    Run by init and by every upgrade: a database restored from a dump (which does not carry
    these) or copied from a template gets PostgreSQL's defaults back, which let every role
    connect and make temporary tables.
    """
    database = quote_ident(str(db.execute("SELECT current_database()").fetchone()[0]))
    return [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {quote_ident(roles.app)}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
    ]


def _in_schema(db: PgDatabase) -> PgDatabase:
    db.execute(f"SET search_path = {SCHEMA}")
    return db


def _role_exists(db: PgDatabase, name: str) -> bool:
    return db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [name]).fetchone() is not None


def _literal(db: PgDatabase, text: str) -> str:
    """A string literal for statements that take no parameters (CREATE ROLE ... PASSWORD)."""
    quoted = db.execute("SELECT quote_literal(?)", [text]).fetchone()[0]
    return str(quoted)
