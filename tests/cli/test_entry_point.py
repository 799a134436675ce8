"""`kneedesk` itself (kneedesk.__main__) sends a command to the command line and nothing else
to the app; the command line alone never starts, or loads, the GUI."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files

import pytest

import kneedesk.__main__
import kneedesk.cli

EXAMPLE = str(files("kneedesk.resources").joinpath("examples", "example-visit.json"))

CLI_WITHOUT_A_COMMAND = """
import json, sys
from kneedesk.cli import main

status = main(sys.argv[1:])
gui = sorted(m for m in sys.modules if m.startswith(("PySide6", "kneedesk.gui")))
print(json.dumps([status, gui]))
"""


def test_a_command_given_to_kneedesk_runs_in_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert kneedesk.__main__.main(["score", EXAMPLE]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scores"]["kujala"]["total"] is not None


@pytest.mark.parametrize("args", [[], ["--self-test"], ["--demo"]])
def test_the_command_line_alone_never_opens_the_app(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CLI_WITHOUT_A_COMMAND, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    status, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert status == kneedesk.cli.EXIT_USAGE
    assert loaded == []
    assert "start `kneedesk`" in done.stderr
