"""The command line stays light: a command loads only what it uses, and the version when asked."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib.resources import files
from pathlib import Path

import kneedesk

REPORT_ONLY = textwrap.dedent(
    """
    import json, sys
    from kneedesk.cli import main

    status = main(["report", sys.argv[1], "--out", sys.argv[2]])
    print(json.dumps([status, sorted(sys.modules)]))
    """
)


def test_a_report_from_a_visit_document_loads_no_database_library(tmp_path: Path) -> None:
    visit = str(files("kneedesk.resources").joinpath("examples", "example-visit.json"))
    done = subprocess.run(
        [sys.executable, "-c", REPORT_ONLY, visit, str(tmp_path / "handout.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    status, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert status == 0
    assert (tmp_path / "handout.pdf").stat().st_size > 0
    heavy = [m for m in modules if m.split(".")[0] in ("sqlite_utils", "numpy", "PySide6")]
    assert heavy == []
    assert "kneedesk.store.db" not in modules
    assert "importlib.metadata" not in modules


def test_version_is_printed_from_the_package_metadata() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kneedesk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"kneedesk {kneedesk.__version__}\n"
    assert kneedesk.__version__ == kneedesk.version() != ""
