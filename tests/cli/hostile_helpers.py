"""Hostile input for the command line: the corpus of bad shapes and an in-process runner."""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import traceback
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from kneedesk.cli import main

EXAMPLES = files("kneedesk.resources").joinpath("examples")
MAX_LINE = 300  # the longest problem line a user may be shown


def example_data(name: str = "example-visit.json") -> dict[str, Any]:
    """A fresh copy of a bundled example visit document."""
    data: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text(encoding="utf-8"))
    return data


def example_path(name: str = "example-visit.json") -> str:
    """Where a bundled example lives on disk."""
    return str(EXAMPLES.joinpath(name))


@dataclass(frozen=True)
class Outcome:
    """What one in-process run of `kneedesk` gave: exit status and both output streams."""

    status: int | None
    stdout: str
    stderr: str
    crash: str  # the traceback, when the command raised instead of returning a status


def run_cli(*argv: str) -> Outcome:
    """Call `kneedesk.cli.main` with captured output; a raised exception is kept as text."""
    out, err = io.StringIO(), io.StringIO()
    crash = ""
    status: int | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(argv))
        except SystemExit as exc:  # argparse usage errors
            status = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - the point is to see any crash
            crash = traceback.format_exc()
    return Outcome(status, out.getvalue(), err.getvalue(), crash)


def assert_refused_cleanly(outcome: Outcome) -> None:
    """Exit 2, no traceback, and every stderr line short enough to read."""
    assert outcome.crash == "", outcome.crash[-2000:]
    assert "Traceback" not in outcome.stderr
    assert outcome.status == 2, (outcome.status, outcome.stderr[:500])
    assert outcome.stderr.strip(), "a refusal says why"
    assert_lines_bounded(outcome.stderr)


def assert_lines_bounded(text: str) -> None:
    """Every line at most MAX_LINE characters, and no raw control or bidi character."""
    for line in text.splitlines():
        assert len(line) <= MAX_LINE, f"{len(line)} characters: {line[:200]!r}"
        assert not any(
            ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E
            for c in line.replace("\t", " ")
        ), repr(line[:200])


def digest(path: Path) -> str:
    """SHA-256 of a file (a database that must stay as it was)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_change(path: str, value: Any, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The example document with `value` put at a "/"-separated path (made if missing)."""
    data = copy.deepcopy(base if base is not None else example_data())
    keys = path.split("/")
    target = data
    for key in keys[:-1]:
        target = target.setdefault(key, {})
    target[keys[-1]] = value
    return data


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


def _with_raw(field_path: str, raw: str) -> str:
    """The example document as JSON text with one field's value replaced by raw JSON text."""
    marker = "__RAW_VALUE__"
    return _dumps(with_change(field_path, marker)).replace(f'"{marker}"', raw)


def corpus() -> dict[str, str]:
    """Each hostile shape as the text of a JSON file, by a short name."""
    doc = example_data()
    return {
        "deep-nesting": _deep(5000),
        "deep-nesting-990": _deep(990),
        "deep-in-answers": _with_raw("answers/body_mass", _deep(3000)),
        "huge-int": _with_raw("answers/body_mass", "9" * 5000),
        "huge-int-version": _with_raw("protocol_version", "7" * 4400),
        "long-int-under-limit": _with_raw("answers/height", "8" * 4000),
        "long-protocol-id": _dumps(with_change("protocol", "x" * 5000)),
        "path-traversal-id": _dumps(with_change("protocol", "../../../../etc/passwd")),
        "path-traversal-dots": _dumps(with_change("protocol", "..")),
        "absolute-id": _dumps(with_change("protocol", "/etc/passwd")),
        "uppercase-id": _dumps(with_change("protocol", "RUNNERS-KNEE")),
        "unknown-version": _dumps(with_change("protocol_version", 10**30)),
        "long-clinician": _dumps(with_change("visit/clinician", "C" * 201)),
        "long-given-name": _dumps(with_change("patient/given_name", "G" * 201)),
        "long-family-name": _dumps(with_change("patient/family_name", "F" * 5000)),
        "long-chart-number": _dumps(with_change("patient/id", "K" * 41)),
        "surrogate-name": _with_raw("patient/given_name", '"Ana\\ud800"'),
        "surrogate-key": _with_raw("answers/body_mass", '{"\\udc00": 1}'),
        "surrogate-clinician": _with_raw("visit/clinician", '"\\udfff"'),
        "surrogate-reason": _with_raw("not_tested", '{"height": "\\ud83d"}'),
        "nul-in-name": _dumps(with_change("patient/family_name", "Ru\x00iz")),
        "escape-in-name": _dumps(with_change("patient/given_name", "\x1b[2J\x1b[31mAna")),
        "bidi-in-name": _dumps(with_change("patient/family_name", "Ruiz\u202egnp.exe")),
        "isolate-in-chart": _dumps(with_change("patient/id", "P\u2066-1")),
        "c1-in-clinician": _dumps(with_change("visit/clinician", "Mar\x85ta")),
        "birth-1800": _dumps(with_change("patient/birth_date", "1800-01-01")),
        "birth-year-1": _dumps(with_change("patient/birth_date", "0001-01-01")),
        "long-reason": _dumps(with_change("not_tested", {"height": "r" * 501})),
        "huge-array-answers": _dumps(with_change("answers", list(range(300_000)))),
        "huge-array-checklist": _dumps(
            with_change("answers/history.aggravators", ["running"] * 200_000)
        ),
        "huge-string": _dumps(with_change("answers/symptom_side", "s" * 1_000_000)),
        "many-unknown-keys": _dumps(
            with_change("answers", {f"bogus.{n}": n for n in range(20_000)})
        ),
        "long-key": _dumps(with_change("answers", {"k" * 100_000: 1})),
        "duplicate-key": _dumps(doc)[:-1] + ', "format": "kneedesk-visit"}',
        "not-utf8": "\udcff",  # written with surrogateescape: a lone 0xff byte
        "export-file": _dumps([doc, example_data("example-followup.json")]),
        "same-chart-two-patients": _dumps(
            [
                doc,
                with_change(
                    "patient/given_name", "Someone Else", example_data("example-followup.json")
                ),
            ]
        ),
        "number-nan": _with_raw("answers/body_mass", "NaN"),
        "number-infinity": _with_raw("answers/height", "1e999"),
        "top-level-string": '"just text"',
        "empty-file": "",
    }


def write_corpus_file(folder: Path, name: str, text: str) -> Path:
    """Write one corpus entry as a file (lone surrogates become the bytes they stand for)."""
    path = folder / f"{name}.json"
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    return path
