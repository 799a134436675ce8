"""Why a backup of the clinic server is not restored from a workstation, and who does it.

Restoring the clinic server replaces the records of every workstation at once, needs the
PostgreSQL superuser and every workstation closed: it is the IT person's job, on the server,
with `pg_restore` into a fresh database and then `kneedesk server upgrade`
(docs/clinic-server.md, "Restoring a backup"). The app refuses it with those steps.
"""

from __future__ import annotations

from pathlib import Path

from kneedesk.store.errors import BackupError

DUMP_MAGIC = b"PGDMP"
"""The first bytes of a pg_dump custom-format archive."""

GUIDE = "docs/clinic-server.md, 'Restoring a backup of the server'"


def is_server_dump(path: Path) -> bool:
    """Whether `path` is a pg_dump custom-format archive (a backup of the clinic server)."""
    try:
        with Path(path).open("rb") as file:
            return file.read(len(DUMP_MAGIC)) == DUMP_MAGIC
    except OSError:
        return False


def server_restore_refusal(path: Path | None = None) -> BackupError:
    """The refusal to restore from a workstation, with the steps for the clinic's IT person."""
    name = f" {path.name}" if path is not None else ""
    if path is not None and not is_server_dump(path):
        return BackupError(
            f"KneeDesk is connected to the clinic server, so it does not restore the file"
            f"{name} over the clinic's records from a workstation.",
            "To move the records of a KneeDesk file onto the server, the person who looks "
            "after the server runs 'kneedesk server import-sqlite' on an empty server "
            "database (docs/clinic-server.md, 'Move the clinic's existing records onto the "
            "server'). Nothing was changed.",
            path,
        )
    return BackupError(
        f"A backup of the clinic server{name} is restored on the server by the person who "
        "looks after it, not from a workstation: it replaces the records of every "
        "workstation at once.",
        "Give them the backup file and these steps: close KneeDesk on every workstation; "
        "create a fresh, empty database; pg_restore the backup into it as the PostgreSQL "
        f"superuser; then run 'kneedesk server upgrade' on it ({GUIDE}). Nothing was changed.",
        path,
    )
