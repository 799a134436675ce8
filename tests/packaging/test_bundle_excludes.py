"""The frozen app leaves out what it never imports, and nothing that it does import.

The bundle is built in the development venv, which also holds sqlite-utils' command-line
half (and pip, which that runs), the test and lint tools and the installers. The spec
excludes them; these tests check that the app's code never imports any of them, on any
path: every module of the app and everything it imports anywhere (in functions too, as
the report and chart code do) is loaded in a fresh interpreter, and the self-test, which
the frozen app runs after every build, is run in it as well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spec_stand_ins import Recorder, run_spec

import kneedesk

ROOT = Path(kneedesk.__file__).resolve().parent.parent

# Imports every module of kneedesk, every module any of them names in an import statement
# (wherever it stands), then runs the self-test; prints sys.modules as JSON.
PROBE = """
import ast, contextlib, importlib, io, json, pkgutil, sys
from pathlib import Path
import kneedesk

root = Path(kneedesk.__file__).parent
names = {info.name for info in pkgutil.walk_packages(kneedesk.__path__, "kneedesk.")}
for path in root.rglob("*.py"):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
for name in sorted(names):
    importlib.import_module(name)
from kneedesk.__main__ import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(["--self-test"])
if status != 0:
    sys.exit(out.getvalue())
print(json.dumps(sorted(sys.modules)))
"""


@pytest.fixture(scope="module")
def excludes() -> set[str]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        recorder: Recorder = run_spec(monkeypatch, "linux")[0]
    analysis: dict[str, Any] = recorder.one("Analysis")
    return set(analysis["excludes"])


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every module loaded by the app's code and its self-test, in a fresh interpreter."""
    account = tmp_path_factory.mktemp("account")  # the self-test makes the data folder
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(account))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(account / name.lower())
    for name in ("APPDATA", "LOCALAPPDATA"):
        env[name] = str(account / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard only
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    modules: list[str] = json.loads(done.stdout)
    return set(modules)


def loaded(name: str, modules: set[str]) -> bool:
    return name in modules or any(module.startswith(f"{name}.") for module in modules)


@pytest.mark.slow
def test_nothing_the_app_imports_is_excluded(excludes: set[str], imported: set[str]) -> None:
    # The probe reached the report, the store and the charts, so the check means something.
    assert {"reportlab.pdfgen", "sqlite_utils.db", "pyqtgraph", "kneedesk.gui.app"} <= imported
    # Qt modules are checked in test_packaging_files.py: pyqtgraph tries PySide6.QtTest and
    # does without it, so it is imported here yet rightly left out.
    wrongly_left_out = sorted(
        name for name in excludes if not name.startswith("PySide6.") and loaded(name, imported)
    )
    assert wrongly_left_out == []


@pytest.mark.slow
def test_sqlite_utils_keeps_what_its_library_part_imports(
    excludes: set[str], imported: set[str]
) -> None:
    needed = {"sqlite_utils", "click", "pluggy", "dateutil", "sqlite_fts4"}
    assert needed <= {name.split(".")[0] for name in imported}
    assert not needed & excludes


def test_sqlite_utils_command_line_is_left_out(excludes: set[str]) -> None:
    command_line = {"sqlite_utils.cli", "click_default_group", "tabulate", "pip"}
    assert command_line <= excludes


def test_development_tools_are_left_out(excludes: set[str]) -> None:
    tools = {"pytest", "_pytest", "pytestqt", "pytest_socket", "hypothesis", "pypdf"}
    tools |= {"mypy", "ruff", "importlinter", "uv", "setuptools", "pkg_resources", "wheel"}
    assert tools <= excludes
