"""`kneedesk backup`, `restore` and `check`: look after the clinic database from the shell."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kneedesk.store.backup import backup_to
from kneedesk.store.checks import check_database
from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import DatabaseInUseError, StoreError
from kneedesk.store.paths import default_db_path
from kneedesk.store.restore import restore_database

EXIT_PROBLEM = 1

IN_APP_BACKUP = (
    "KneeDesk is open on this database and holds it exclusively so nothing can be lost. "
    "Use Back up in the KneeDesk window (or close KneeDesk and run this command again)."
)


def register(subparsers: Any) -> None:
    """Add the `backup`, `restore` and `check` subcommands."""
    backup = _add(
        subparsers,
        "backup",
        "write a verified backup copy of the clinic database",
        "Copy the database with SQLite's backup API and check the copy with an integrity "
        "check. The copy is one self-contained file that only your account can read. An "
        "existing file is never overwritten.",
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.set_defaults(func=run_backup)

    restore = _add(
        subparsers,
        "restore",
        "replace the clinic database with a backup",
        "Check the backup first (a KneeDesk database, intact, not from a newer KneeDesk), then "
        "replace the database with it. The current database is kept beside it as "
        "'<name>.before-restore-<date-time>'. KneeDesk must be closed.",
    )
    restore.add_argument("backup_file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(func=run_restore)

    check = _add(
        subparsers,
        "check",
        "check the clinic database and report any problem",
        "Check the file structure, the links between records, the audit log's hash chain, "
        "every signed visit against its signature and every stored report against its "
        "SHA-256. Nothing is changed. Exit status 1 when a problem is found.",
    )
    check.set_defaults(func=run_check)


def _add(subparsers: Any, name: str, help_text: str, description: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"the clinic database (default: {default_db_path()})",
    )
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def _error(exc: StoreError) -> int:
    sys.stderr.write(f"kneedesk: {exc.what}\n")
    if exc.todo:
        sys.stderr.write(f"  {exc.todo}\n")
    return EXIT_PROBLEM


def run_backup(args: argparse.Namespace) -> int:
    """Write a verified backup of the database."""
    path = _db_path(args)
    if not path.exists():
        sys.stderr.write(f"kneedesk: there is no database at {path}.\n")
        return EXIT_PROBLEM
    try:
        db = open_db(path, migrate=False)
    except DatabaseInUseError:
        sys.stderr.write(f"kneedesk: {IN_APP_BACKUP}\n")
        return EXIT_PROBLEM
    except StoreError as exc:
        return _error(exc)
    try:
        info = backup_to(db, args.out)
    except StoreError as exc:
        return _error(exc)
    finally:
        close_db(db)
    counts = ", ".join(f"{n} {name}" for name, n in info.counts.items())
    sys.stdout.write(f"Backed up {path} to {info.path} and verified it ({counts}).\n")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Replace the database with a verified backup, keeping the current one."""
    path = _db_path(args)
    try:
        result = restore_database(args.backup_file, path)
    except DatabaseInUseError:
        sys.stderr.write(
            "kneedesk: KneeDesk is open on this database. Close KneeDesk, then restore again. "
            "Nothing was changed.\n"
        )
        return EXIT_PROBLEM
    except StoreError as exc:
        return _error(exc)
    sys.stdout.write(f"Restored {path} from {result.restored_from}.\n")
    if result.previous_copy is not None:
        sys.stdout.write(f"The previous database is kept as {result.previous_copy}.\n")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Check the database and print a plain report."""
    path = _db_path(args)
    if not path.exists():
        sys.stderr.write(f"kneedesk: there is no database at {path}.\n")
        return EXIT_PROBLEM
    report = check_database(path)
    sys.stdout.write(f"Checking {path}\n")
    for line in report.lines:
        sys.stdout.write(f"  {line}\n")
    if report.ok:
        sys.stdout.write("No problems found.\n")
        return 0
    sys.stdout.write(
        f"{len(report.problems)} problem(s) found. Make no further changes; restore the latest "
        "good backup with 'kneedesk restore' and keep this file for inspection.\n"
    )
    return EXIT_PROBLEM
