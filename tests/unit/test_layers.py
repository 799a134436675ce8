"""Core, store, report, reporting and services never import Qt: checked at run time and in the
source."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import kneedesk

ROOT = Path(kneedesk.__file__).resolve().parent.parent
QT_FREE = (
    "kneedesk.core",
    "kneedesk.store",
    "kneedesk.report",
    "kneedesk.reporting",
    "kneedesk.services",
)
FORBIDDEN = ("PySide6", "pyqtgraph", "shiboken6")

IMPORT_ALL = """
import importlib, json, pkgutil, sys
imported, failed = [], []
for name in {packages!r}:
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        try:
            importlib.import_module(info.name)
            imported.append(info.name)
        except Exception as exc:
            failed.append(f"{{info.name}}: {{exc!r}}")
qt = sorted(m for m in sys.modules if m.split(".")[0] in {forbidden!r})
print(json.dumps({{"imported": imported, "failed": failed, "qt": qt}}))
"""


def test_importing_every_module_loads_no_qt() -> None:
    code = IMPORT_ALL.format(packages=QT_FREE, forbidden=FORBIDDEN)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == []
    assert report["qt"] == []
    # The walk really went through the modules, not just the package roots.
    assert "kneedesk.core.findings.hip" in report["imported"]
    assert "kneedesk.core.assessment" in report["imported"]


def qt_free_files() -> list[Path]:
    files: list[Path] = []
    for name in QT_FREE:
        files.extend(sorted((ROOT / name.replace(".", "/")).rglob("*.py")))
    return files


def forbidden_imports(tree: ast.AST) -> list[str]:
    """Every import of a forbidden package anywhere in a module, including inside functions."""
    found: list[str] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                called in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                names = [first.value]
        found.extend(
            f"line {node.lineno}: {n}"  # type: ignore[attr-defined]
            for n in names
            if n.split(".")[0] in FORBIDDEN
        )
    return found


@pytest.mark.parametrize("path", qt_free_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_source_has_no_qt_import(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert forbidden_imports(tree) == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import pyqtgraph as pg",
        "def f():\n    from shiboken6 import isValid\n",
        "class A:\n    def m(self):\n        import PySide6.QtWidgets\n",
        "import importlib\nimportlib.import_module('pyqtgraph')",
        "__import__('PySide6.QtGui')",
    ],
)
def test_the_static_check_catches_qt_imports(source: str) -> None:
    assert forbidden_imports(ast.parse(source))


def test_the_static_check_allows_other_imports() -> None:
    assert forbidden_imports(ast.parse("import json\nfrom kneedesk.core import scoring")) == []


def test_the_import_contract_is_declared_and_run_by_make() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    forbidden = [c for c in contracts if c["type"] == "forbidden"]
    assert any(
        set(QT_FREE) <= set(c["source_modules"]) and set(FORBIDDEN) <= set(c["forbidden_modules"])
        for c in forbidden
    ), forbidden
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "lint-imports" in makefile


def test_the_gui_never_imports_the_command_line() -> None:
    """The command line starts the app, so the app must not lean on the command line: what
    both need (the demo clinic) lives in `kneedesk.services`."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(
        c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"
    )
    assert layers.index("kneedesk.cli") < layers.index("kneedesk.gui")
    assert layers.index("kneedesk.gui") < layers.index("kneedesk.services")
    offenders = [
        f"{path.relative_to(ROOT)}: {node.module}"
        for path in sorted((ROOT / "kneedesk" / "gui").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and node.module.startswith("kneedesk.cli")
    ]
    assert offenders == []
