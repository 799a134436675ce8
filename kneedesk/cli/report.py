"""`kneedesk report`: write a visit's patient handout or clinician summary as PDF.

The visit comes from a visit document (VISIT.json) or from the clinic database
(--db PATH --visit ID, handled by `kneedesk.cli.report_db`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kneedesk.cli.score import EXIT_BAD_INPUT, _check_pair, _load, read_json, write_problems
from kneedesk.core.i18n import (
    SOURCE_LANGUAGE,
    UnknownLanguageError,
    language_choices,
    parse_language,
    use_language,
)
from kneedesk.core.text_checks import clip, unsafe_char_problem
from kneedesk.core.visit_doc import VisitDoc
from kneedesk.services.report_files import overwrite_refusal, write_atomically

# Longest letterhead texts; the letterhead is a few lines at the top of each page.
CLINIC_TEXT_MAX = {"name": 200, "address": 500, "phone": 100}

DESCRIPTION = """\
Write the patient handout (default) or the clinician summary of a visit as a PDF, from a
visit document (VISIT.json) or from a signed visit in the clinic database (--visit ID).

From a visit document: with --previous (one or more earlier visit documents of the same
patient), the handout adds a "Your progress" section with charts and the summary a visit
history. If a document is not valid, nothing is written: each problem is printed as one
line on standard error, starting with the file name and the item id, and the exit status
is 2.

From the database: the visit's signed findings and plan, the clinic's letterhead, paper,
units and thresholds and the patient's earlier signed visits are used, and the export is
recorded in the audit log. --previous, --paper, --units and --clinic do not apply."""

EPILOG = """\
examples:
  kneedesk report resources/examples/example-followup.json --out handout.pdf \\
      --previous resources/examples/example-visit.json --paper a4
  kneedesk report --db clinic.kneedesk --visit 12 --kind summary --out summary.pdf

--clinic FILE.json is a JSON object with "name", "address", "phone" and "logo" (a path to a
PNG or JPEG, relative to the JSON file) for the letterhead."""

# Options that only make sense for a visit document; the database has its own settings.
DOCUMENT_ONLY = ("previous", "paper", "units", "clinic")


def register(subparsers: Any) -> None:
    """Add the `report` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="write the patient handout or clinician summary of a visit as PDF",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "visit", metavar="VISIT.json", nargs="?", help="the visit document to report on"
    )
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF to write")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace --out even if it is not a PDF written by KneeDesk (never a database)",
    )
    parser.add_argument(
        "--kind", choices=("handout", "summary"), default="handout", help="default: handout"
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the clinic database to read --visit from (default: your clinic database)",
    )
    parser.add_argument(
        "--visit",
        dest="visit_id",
        metavar="ID",
        type=int,
        help="the id of a signed visit in the database (instead of VISIT.json)",
    )
    parser.add_argument(
        "--previous",
        metavar="VISIT.json",
        nargs="+",
        help="earlier visit documents of the same patient, for progress",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        type=_language,
        help=(
            f"the report's language: {language_choices()}. Default: a handout in the "
            "patient's handout language (with --visit; else English), a summary in English"
        ),
    )
    parser.add_argument("--paper", choices=("letter", "a4"), help="default: letter")
    parser.add_argument("--units", choices=("metric", "us"), help="us: lb, in, mi and lbf")
    parser.add_argument("--clinic", metavar="FILE.json", help="clinic details for the letterhead")
    parser.set_defaults(func=run)


def _language(code: str) -> str:
    """argparse type: a shipped language's code, or a message naming the choices."""
    try:
        return parse_language(code)
    except UnknownLanguageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _source_problems(args: argparse.Namespace) -> list[str]:
    """Lines saying why the choice between VISIT.json and --db/--visit is not usable."""
    from_db = args.visit_id is not None or args.db is not None
    if args.visit is not None and from_db:
        return [
            "kneedesk: give either a visit document (VISIT.json) or --visit ID from a "
            "database, not both"
        ]
    if args.visit is None and args.visit_id is None:
        if args.db is not None:
            return ["kneedesk: --db needs --visit ID, the visit to report on"]
        return ["kneedesk: give a visit document (VISIT.json) or --visit ID from a database"]
    if args.visit is None:
        given = [f"--{name}" for name in DOCUMENT_ONLY if getattr(args, name) is not None]
        return [
            f"kneedesk: {option} applies to a visit document only; with --visit the clinic's "
            "settings and the patient's earlier visits are used"
            for option in given
        ]
    return []


def _load_clinic(path: str, errors: list[str]) -> Any:
    """Read the clinic letterhead file, adding a line to `errors` if it cannot be used."""
    from kneedesk.report.model import Clinic

    data = read_json(path, errors, "name, address, phone and logo")
    if data is None:
        return None
    before = len(errors)
    unknown = sorted(set(data) - {"name", "address", "phone", "logo"})
    for key in unknown[:5]:
        errors.append(f"{path}: {clip(key)}: unknown key (known: name, address, phone, logo)")
    texts = {k: data.get(k, "") for k in ("name", "address", "phone")}
    for key, value in texts.items():
        if not isinstance(value, str):
            errors.append(f"{path}: {key}: must be text")
        elif len(value) > CLINIC_TEXT_MAX[key]:
            errors.append(
                f"{path}: {key}: is {len(value)} characters; at most {CLINIC_TEXT_MAX[key]}"
            )
        elif problem := unsafe_char_problem(value.replace("\n", " ")):  # address: lines
            errors.append(f"{path}: {key}: {problem}")
    logo = data.get("logo")
    logo_path = None
    if logo is not None:
        logo_path = _logo_path(path, logo, errors)
    return None if len(errors) > before else Clinic(logo=logo_path, **texts)


def _logo_path(path: str, logo: Any, errors: list[str]) -> Path | None:
    """The logo file named in the clinic file, or None and a line in `errors`."""
    if not isinstance(logo, str) or not logo.strip() or unsafe_char_problem(logo):
        errors.append(f"{path}: logo: must be the file name of a PNG or JPEG image")
        return None
    logo_path = Path(path).parent / logo
    try:
        found = logo_path.is_file()
    except (OSError, ValueError):  # a name too long for the system, say
        found = False
    if not found:
        errors.append(f"{path}: logo: no file {clip(str(logo_path))}")
        return None
    return logo_path


def run(args: argparse.Namespace) -> int:
    """Write the PDF; on bad input print one line per problem on stderr and exit 2."""
    problems = _source_problems(args)
    refusal = overwrite_refusal(args.out, force=args.force)
    if refusal:
        problems.append(f"kneedesk: {refusal}")
    if problems:
        write_problems(problems)
        return EXIT_BAD_INPUT
    if args.visit is None:
        from kneedesk.cli.report_db import run_from_database

        return run_from_database(args)
    errors: list[str] = []
    doc = _load(args.visit, errors)
    earlier: list[VisitDoc] = []
    for path in args.previous or ():
        previous = _load(path, errors)
        if previous is not None and doc is not None:
            _check_pair(doc, previous, path, errors)
        if previous is not None:
            earlier.append(previous)
    clinic = _load_clinic(args.clinic, errors) if args.clinic else None
    out_dir = Path(args.out).parent
    if not out_dir.is_dir():
        errors.append(f"{args.out}: the folder {out_dir} does not exist")
    if errors or doc is None:
        write_problems(errors)
        return EXIT_BAD_INPUT

    from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
    from kneedesk.report.documents import handout_data
    from kneedesk.services.report_render import render_report

    units = (
        DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE) if args.units == "us" else DisplayUnits()
    )
    language = args.language or SOURCE_LANGUAGE
    with use_language(language):
        data = handout_data(doc, earlier, clinic=clinic, paper=args.paper or "letter", units=units)
    write_atomically(args.out, render_report(data, args.kind, language))
    return 0
