"""`kneedesk score`: print a visit document's scores and findings as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kneedesk.core.json_input import JsonInputError, parse_json
from kneedesk.core.text_checks import ELLIPSIS, escape_unsafe
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.visit_doc import VisitDoc, VisitDocError, load_visit_doc

# A bad document, previous document or thresholds file; argparse uses 2 for bad usage too.
EXIT_BAD_INPUT = 2
MAX_LINE = 300  # characters of one problem line on standard error
MAX_LINES = 50  # problem lines printed for one command; the rest are counted

DESCRIPTION = """\
Check a visit document (the JSON format described in docs/visit-format.md) and print its
scores, findings and suggested plan as JSON on standard output. With --previous, changes
since that visit (Kujala, pain, KOOS-PF, strength) are included.

If a document is not valid, nothing is printed on standard output: each problem is
written as one line on standard error, starting with the file name and the item id,
and the exit status is 2."""

EPILOG = """\
example:
  kneedesk score resources/examples/example-followup.json \\
      --previous resources/examples/example-visit.json

Example documents ship with KneeDesk in resources/examples/."""


def register(subparsers: Any) -> None:
    """Add the `score` subcommand."""
    parser = subparsers.add_parser(
        "score",
        help="print the scores and findings of a visit document as JSON",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("visit", metavar="VISIT.json", help="the visit document to score")
    parser.add_argument(
        "--previous",
        metavar="VISIT.json",
        help="an earlier visit document of the same patient, to report change",
    )
    parser.add_argument(
        "--thresholds",
        metavar="FILE.json",
        help="a JSON object of finding thresholds that differ from the defaults",
    )
    parser.set_defaults(func=run)


def write_problems(lines: Iterable[str]) -> None:
    """Print problem lines on stderr: each bounded and escaped, at most MAX_LINES of them.

    Whatever a file holds, the terminal gets short lines without control characters.
    """
    shown = list(lines)
    if len(shown) > MAX_LINES:
        shown = [*shown[:MAX_LINES], f"... and {len(shown) - MAX_LINES} more problem(s)"]
    for line in shown:
        line = escape_unsafe(line)
        if len(line) > MAX_LINE:
            line = line[: MAX_LINE - 1] + ELLIPSIS
        sys.stderr.write(line + "\n")


def read_json(path: str, errors: list[str], shape: str) -> Any:
    """Read a small JSON file (thresholds, clinic details); None and a line in `errors` if bad."""
    try:
        data = parse_json(Path(path).read_bytes())
    except OSError as exc:
        errors.append(f"{path}: cannot read the file ({exc.strerror or exc})")
        return None
    except JsonInputError as exc:
        errors.append(f"{path}: {exc}")
        return None
    if not isinstance(data, dict):
        errors.append(f"{path}: must be a JSON object of {shape}")
        return None
    return data


def _load(path: str, errors: list[str]) -> VisitDoc | None:
    """Load one visit document, adding one line per problem to `errors`."""
    try:
        return load_visit_doc(path)
    except OSError as exc:
        errors.append(f"{path}: cannot read the file ({exc.strerror or exc})")
    except VisitDocError as exc:
        errors.extend(f"{path}: {problem}" for problem in exc.problems)
    return None


def _load_thresholds(path: str, errors: list[str]) -> Thresholds | None:
    """Load a thresholds file, adding a line to `errors` if it cannot be used."""
    data = read_json(path, errors, "threshold names and numbers")
    if data is None:
        return None
    try:
        return Thresholds.from_dict(data)
    except ValueError as exc:
        errors.append(f"{path}: {exc}")
        return None


def _check_pair(doc: VisitDoc, previous: VisitDoc, path: str, errors: list[str]) -> None:
    """Refuse to compare visits of different patients, or a 'previous' visit that is not earlier."""
    if previous.patient.id != doc.patient.id:
        errors.append(
            f"{path}: patient.id: is {previous.patient.id!r}, not the scored visit's patient "
            f"{doc.patient.id!r}"
        )
    if previous.visit.date >= doc.visit.date:
        errors.append(
            f"{path}: visit.date: {previous.visit.date.isoformat()} is not before the scored "
            f"visit's date {doc.visit.date.isoformat()}"
        )


def run(args: argparse.Namespace) -> int:
    """Score the visit; print JSON on success, problems on stderr (exit 2) otherwise."""
    errors: list[str] = []
    doc = _load(args.visit, errors)
    previous = _load(args.previous, errors) if args.previous else None
    thresholds = _load_thresholds(args.thresholds, errors) if args.thresholds else None
    if doc is not None and previous is not None:
        _check_pair(doc, previous, args.previous, errors)
    if errors or doc is None:
        write_problems(errors)
        return EXIT_BAD_INPUT

    # Imported here: every subcommand module is imported to build the parser, and scoring
    # pulls in the whole clinical core, which `kneedesk --help` does not need.
    from kneedesk.core.assessment import assess

    result = assess(doc, previous, thresholds).to_dict()
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # names with accents on any console
    sys.stdout.write(text + "\n")
    return 0
