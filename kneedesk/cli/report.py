"""`kneedesk report`: write a visit document's patient handout or clinician summary as PDF."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from kneedesk.cli.score import EXIT_BAD_INPUT, _check_pair, _load
from kneedesk.core.visit_doc import VisitDoc

DESCRIPTION = """\
Write the patient handout (default) or the clinician summary of a visit document as a PDF.
With --previous (one or more earlier visit documents of the same patient), the handout adds
a "Your progress" section with charts and the summary a visit history.

If a document is not valid, nothing is written: each problem is printed as one line on
standard error, starting with the file name and the item id, and the exit status is 2."""

EPILOG = """\
example:
  kneedesk report resources/examples/example-followup.json --out handout.pdf \\
      --previous resources/examples/example-visit.json --paper a4

--clinic FILE.json is a JSON object with "name", "address", "phone" and "logo" (a path to a
PNG or JPEG, relative to the JSON file) for the letterhead."""


def register(subparsers: Any) -> None:
    """Add the `report` subcommand."""
    parser = subparsers.add_parser(
        "report",
        help="write the patient handout or clinician summary of a visit document as PDF",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("visit", metavar="VISIT.json", help="the visit document to report on")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF to write")
    parser.add_argument(
        "--kind", choices=("handout", "summary"), default="handout", help="default: handout"
    )
    parser.add_argument(
        "--previous",
        metavar="VISIT.json",
        nargs="+",
        default=[],
        help="earlier visit documents of the same patient, for progress",
    )
    parser.add_argument("--paper", choices=("letter", "a4"), default="letter")
    parser.add_argument(
        "--units", choices=("metric", "us"), default="metric", help="us: lb, in, mi and lbf"
    )
    parser.add_argument("--clinic", metavar="FILE.json", help="clinic details for the letterhead")
    parser.set_defaults(func=run)


def _load_clinic(path: str, errors: list[str]) -> Any:
    """Read the clinic letterhead file, adding a line to `errors` if it cannot be used."""
    from kneedesk.report.model import Clinic

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        errors.append(f"{path}: cannot read the file ({exc.strerror or exc})")
        return None
    except ValueError as exc:
        errors.append(f"{path}: not valid JSON ({exc})")
        return None
    if not isinstance(data, dict):
        errors.append(f"{path}: must be a JSON object with name, address, phone and logo")
        return None
    unknown = sorted(set(data) - {"name", "address", "phone", "logo"})
    for key in unknown:
        errors.append(f"{path}: {key}: unknown key (known: name, address, phone, logo)")
    texts = {k: data.get(k, "") for k in ("name", "address", "phone")}
    for key, value in texts.items():
        if not isinstance(value, str):
            errors.append(f"{path}: {key}: must be text")
    logo = data.get("logo")
    logo_path = None
    if logo is not None:
        logo_path = Path(path).parent / str(logo)
        if not logo_path.is_file():
            errors.append(f"{path}: logo: no file {logo_path}")
    if unknown or not all(isinstance(v, str) for v in texts.values()):
        return None
    return Clinic(logo=logo_path, **texts)


def write_atomically(path: str, data: bytes) -> None:
    """Write bytes to a temporary file beside `path`, then move it into place."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    """Write the PDF; on bad input print one line per problem on stderr and exit 2."""
    errors: list[str] = []
    doc = _load(args.visit, errors)
    earlier: list[VisitDoc] = []
    for path in args.previous:
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
        sys.stderr.write("".join(f"{line}\n" for line in errors))
        return EXIT_BAD_INPUT

    from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
    from kneedesk.report.documents import handout_data

    units = (
        DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE) if args.units == "us" else DisplayUnits()
    )
    data = handout_data(doc, earlier, clinic=clinic, paper=args.paper, units=units)
    if args.kind == "summary":
        from kneedesk.report.summary import render_summary

        pdf = render_summary(data)
    else:
        from kneedesk.report.handout import render_handout

        pdf = render_handout(data)
    write_atomically(args.out, pdf)
    return 0
