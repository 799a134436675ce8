"""`kneedesk report --db PATH --visit ID`: a signed visit's report from the clinic database.

The PDF is rendered exactly as the app renders it (`kneedesk.services.visit_report`), written to a
temporary file beside the target and moved into place, and the export is recorded in the
audit log. The bytes are not kept in the database: only printing from the app (or saving
from its report view) keeps a copy for reprinting.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kneedesk.cli.score import EXIT_BAD_INPUT
from kneedesk.cli.store_cmds import EXIT_PROBLEM, _db_path, _error, _open_store
from kneedesk.core.i18n import SOURCE_LANGUAGE
from kneedesk.store.audit import Action, Entity
from kneedesk.store.canonical import sha256_hex
from kneedesk.store.errors import NotFoundError, StoreError


def run_from_database(args: argparse.Namespace) -> int:
    """Write the report of visit `args.visit_id`; exit 2 for a visit that cannot be used."""
    path, out = _db_path(args), Path(args.out)
    if not out.parent.is_dir():
        sys.stderr.write(f"{args.out}: the folder {out.parent} does not exist\n")
        return EXIT_BAD_INPUT
    if not path.exists():
        sys.stderr.write(f"kneedesk: there is no database at {path}.\n")
        return EXIT_PROBLEM
    store = _open_store(path)
    if isinstance(store, int):
        return store
    from kneedesk.services.report_files import write_atomically
    from kneedesk.services.report_render import render_report
    from kneedesk.services.visit_report import ReportUnavailableError, visit_report

    with store:
        try:
            # A handout in the patient's language unless asked; a summary in English unless asked.
            language = args.language or (SOURCE_LANGUAGE if args.kind == "summary" else None)
            report = visit_report(store, args.visit_id, language)
        except NotFoundError:
            sys.stderr.write(f"kneedesk: there is no visit with id {args.visit_id} in {path}.\n")
            return EXIT_BAD_INPUT
        except ReportUnavailableError as exc:
            sys.stderr.write(f"kneedesk: {exc.what}\n  {exc.todo}\n")
            return EXIT_BAD_INPUT
        except StoreError as exc:
            return _error(exc)
        if not report.signed:
            sys.stderr.write(
                f"kneedesk: visit {args.visit_id} ({report.patient.display_name}, "
                f"{report.visit.visit_date}) is a draft; reports are made from signed visits.\n"
                "  Sign it in KneeDesk first (its report view previews drafts).\n"
            )
            return EXIT_BAD_INPUT
        pdf = render_report(report.data, args.kind, report.language)
        try:
            # The file is written inside the audit row's transaction: no row without a file.
            with store.db.atomic():
                store.audit.record(
                    Action.EXPORT,
                    Entity.VISIT,
                    report.visit.id,
                    {
                        "report": args.kind,
                        "language": report.language,
                        "sha256": sha256_hex(pdf),
                        "file": str(out.resolve()),
                    },
                )
                write_atomically(out, pdf)
        except StoreError as exc:
            return _error(exc)
        except OSError as exc:
            sys.stderr.write(f"kneedesk: cannot write {out}: {exc.strerror or exc}\n")
            return EXIT_PROBLEM
    if report.altered:
        sys.stderr.write(
            f"kneedesk: warning: visit {args.visit_id} no longer matches its signature; the "
            "PDF is marked ALTERED RECORD on every page. Run 'kneedesk check'.\n"
        )
    return 0
