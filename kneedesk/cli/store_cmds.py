"""`kneedesk backup`, `restore` and `check`: look after the clinic database from the shell."""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kneedesk.store.errors import DatabaseInUseError, StoreError, translated
from kneedesk.store.paths import default_db_path

if TYPE_CHECKING:
    from kneedesk.store.store import Store

# The store (and sqlite-utils with it) is imported inside each command, not here: building the
# parser imports this module for every command, `kneedesk report` and `score` included.

EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2

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
        "Check the backup first (a KneeDesk database, intact, not from a newer KneeDesk, with "
        "exactly the schema KneeDesk made), then replace the database with it. The current "
        "database is kept beside it as '<name>.before-restore-<date-time>'. KneeDesk must be "
        "closed.",
    )
    restore.add_argument("backup_file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(func=run_restore)

    check = _add(
        subparsers,
        "check",
        "check the clinic database and report any problem",
        "Check the schema (exactly as KneeDesk made it), the file structure, the links between "
        "records, the audit log's hash chain and its anchors (with this computer's audit key), "
        "the audit log against the records, every signed visit against its signature and every "
        "stored report against its SHA-256. Nothing is changed. Exit status 1 when a problem is "
        "found; 'note' lines say what cannot be checked on this computer.",
    )
    check.set_defaults(func=run_check)

    export = _add(
        subparsers,
        "export",
        "write patients' visits as visit documents (JSON)",
        "Write every visit of one patient (or of all patients) as a JSON array of visit "
        "documents, the format described in docs/visit-format.md. The document's patient id "
        "is the chart number. Signatures, findings and addenda are not part of the format.",
    )
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--patient", metavar="CHART", help="the patient's chart number")
    who.add_argument("--all", action="store_true", help="every patient, archived ones too")
    export.add_argument("--out", required=True, metavar="FILE", help="the JSON file to write")
    export.set_defaults(func=run_export)

    import_ = _add(
        subparsers,
        "import",
        "add visits from visit documents (JSON)",
        "Read one visit document or a JSON array of them, check every one, and add the visits "
        "as drafts (patients are matched by chart number and added when new). Nothing is "
        "imported if any document has a problem: each is printed on one line naming the item, "
        "and the exit status is 2. Importing the same file twice adds nothing the second time.",
    )
    import_.add_argument("file", metavar="FILE", help="the JSON file to read")
    import_.set_defaults(func=run_import)


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


def _not_a_file(path: Path, wanted: str) -> str | None:
    """Why `path` cannot be used as `wanted` (a folder, pipe or device), or None.

    Checked with `os.stat` before anything opens it: opening a named pipe to read it waits
    for ever for a writer, and a folder cannot be read as a file.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the command itself says so
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISFIFO(mode):
        kind = "a named pipe"
    else:
        kind = "a device or socket"
    return f"kneedesk: {path} is {kind}, not a file; give {wanted}. Nothing was changed.\n"


def _refuse_special(*checks: tuple[Path, str]) -> int | None:
    """Print one line and return exit status 2 for the first path that is not a file."""
    for path, wanted in checks:
        problem = _not_a_file(path, wanted)
        if problem is not None:
            sys.stderr.write(problem)
            return EXIT_BAD_INPUT
    return None


_DATABASE_FILE = "the database file itself (it normally ends in .sqlite3)"


def _no_database(path: Path) -> int:
    """Say there is no database at `path`, naming a copy KneeDesk moved aside if there is one."""
    from kneedesk.store.errors import MissingDatabaseError
    from kneedesk.store.file_checks import refuse_missing_with_copy

    try:
        refuse_missing_with_copy(path)
    except MissingDatabaseError as exc:
        return _error(exc)
    sys.stderr.write(f"kneedesk: there is no database at {path}.\n")
    return EXIT_PROBLEM


def _os_error(exc: OSError, doing: str) -> int:
    sys.stderr.write(f"kneedesk: could not {doing}: {exc.strerror or exc}.\n")
    return EXIT_PROBLEM


def _error(exc: StoreError) -> int:
    sys.stderr.write(f"kneedesk: {exc.what}\n")
    if exc.todo:
        sys.stderr.write(f"  {exc.todo}\n")
    return EXIT_PROBLEM


def run_backup(args: argparse.Namespace) -> int:
    """Write a verified backup of the database."""
    from kneedesk.store.backup import backup_to
    from kneedesk.store.db import close_db, open_db

    path = _db_path(args)
    refused = _refuse_special((path, _DATABASE_FILE))
    if refused is not None:
        return refused
    if not path.exists():
        return _no_database(path)
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
    sys.stdout.write(
        f"Audit log head of the backup: {info.short_head} (row:hash). Write it down: a later "
        "check of a file whose log no longer has it shows that history was rewritten.\n"
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Replace the database with a verified backup, keeping the current one."""
    from kneedesk.store.restore import restore_database

    path = _db_path(args)
    refused = _refuse_special(
        (path, _DATABASE_FILE), (Path(args.backup_file), "the backup file to restore")
    )
    if refused is not None:
        return refused
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
    from kneedesk.store.checks import check_database

    path = _db_path(args)
    refused = _refuse_special((path, _DATABASE_FILE))
    if refused is not None:
        return refused
    if not path.exists():
        return _no_database(path)
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


def _open_store(path: Path) -> Store | int:
    from kneedesk.store.store import Store

    try:
        return Store.open(path)
    except DatabaseInUseError:
        sys.stderr.write("kneedesk: KneeDesk is open on this database; close it and try again.\n")
        return EXIT_PROBLEM
    except StoreError as exc:
        return _error(exc)


def run_export(args: argparse.Namespace) -> int:
    """Write visit documents for one patient or all patients."""
    from kneedesk.store.transfer import export_patients

    path, out = _db_path(args), Path(args.out)
    refused = _refuse_special((path, _DATABASE_FILE))
    if refused is not None:
        return refused
    if not path.exists():
        return _no_database(path)
    if out.exists():
        sys.stderr.write(f"kneedesk: {out} already exists; choose a new file name.\n")
        return EXIT_PROBLEM
    store = _open_store(path)
    if isinstance(store, int):
        return store
    try:
        with store, translated(path, "read the visits to export"):
            if args.all:
                total = store.patients.count(include_archived=True)
                patients = store.patients.search(limit=max(total, 1), include_archived=True)
            else:
                patient = store.patients.by_chart_number(args.patient)
                if patient is None:
                    sys.stderr.write(f"kneedesk: no patient has chart number {args.patient}.\n")
                    return EXIT_PROBLEM
                patients = [patient]
            result = export_patients(store, patients)
    except StoreError as exc:
        return _error(exc)
    text = json.dumps(result.documents, ensure_ascii=False, indent=2)
    try:
        _write_new(out, text + "\n")
    except OSError as exc:
        return _os_error(exc, f"write {out}")
    sys.stdout.write(f"Wrote {len(result.documents)} visit document(s) to {out}.\n")
    for line in result.skipped:
        sys.stderr.write(f"kneedesk: not exported: {line}\n")
    return EXIT_PROBLEM if result.skipped else 0


def _write_new(out: Path, text: str) -> None:
    """Write a new file; a failed write (a full disk) leaves no half-written file behind."""
    # Readable by this account only, like the database and backups: it holds patient data.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        try:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        except OSError:
            f.close()
            out.unlink(missing_ok=True)
            raise


def run_import(args: argparse.Namespace) -> int:
    """Check visit documents and add their visits; exit 2 when the file cannot be imported."""
    from kneedesk.cli.score import write_problems
    from kneedesk.core.json_input import JsonInputError, parse_json
    from kneedesk.core.visit_batch import check_documents
    from kneedesk.store.errors import InvalidValueError
    from kneedesk.store.transfer import import_documents

    path, source = _db_path(args), Path(args.file)
    refused = _refuse_special((source, "a JSON file of visit documents"), (path, _DATABASE_FILE))
    if refused is not None:
        return refused
    try:
        data = parse_json(source.read_bytes())
    except OSError as exc:
        sys.stderr.write(f"kneedesk: cannot read {source}: {exc.strerror or exc}\n")
        return EXIT_BAD_INPUT
    except JsonInputError as exc:
        write_problems([f"{source}: document: {exc}"])
        return EXIT_BAD_INPUT
    documents = data if isinstance(data, list) else [data]
    # The same checker the store's import runs, so what passes here is what the store takes.
    _, problems = check_documents(documents)
    if problems:
        write_problems(f"{source}: {p}" for p in problems)
        return EXIT_BAD_INPUT
    store = _open_store(path)
    if isinstance(store, int):
        return store
    with store:
        try:
            result = import_documents(store, documents)
        except InvalidValueError as exc:
            # What the file says conflicts with this database (a chart number that belongs to
            # another patient here): bad input, like a problem in the file itself.
            write_problems([f"{source}: {exc.what}", *([f"  {exc.todo}"] if exc.todo else [])])
            return EXIT_BAD_INPUT
        except StoreError as exc:
            return _error(exc)
    if result.visits_added == 0 and result.visits_already_present:
        sys.stdout.write(
            f"Nothing imported: all {result.visits_already_present} visit(s) in {source} are "
            "already in this database (the file was imported before).\n"
        )
        return 0
    sys.stdout.write(
        f"Imported {result.visits_added} visit(s) ({result.patients_added} new patient(s)); "
        f"{result.visits_already_present} were already here.\n"
    )
    return 0
