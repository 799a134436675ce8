"""Core, store, report, media and services never import Qt (checked at run time and in the
source), and the layers contract keeps every import pointing down."""

from __future__ import annotations

import ast
import json
import os
import shutil
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
    "kneedesk.services",
    "kneedesk.media",
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


LAYERS = [
    "kneedesk.cli | kneedesk.gui",
    "kneedesk.services",
    "kneedesk.report | kneedesk.store | kneedesk.media",
    "kneedesk.core",
]


def layers_contract() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    found: dict[str, object] = next(c for c in contracts if c["type"] == "layers")
    return found


def test_the_layers_are_front_ends_then_services_then_report_store_media_then_core() -> None:
    """The command line and the GUI are independent siblings above the use cases: the
    composition root (`kneedesk.__main__`) is the only module that knows both. The report,
    the store and the media decoding are siblings too."""
    assert layers_contract()["layers"] == LAYERS


def test_no_gui_module_imports_the_command_line() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {node.module}"
        for path in sorted((ROOT / "kneedesk" / "gui").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and node.module.startswith("kneedesk.cli")
    ]
    assert offenders == []


def lint_toy_package(tmp_path: Path, imports: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run lint-imports with this project's layers contract over a package of one module per
    layer, where `imports` adds an import statement to a layer's module."""
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is a dev dependency"
    package = tmp_path / "kneedesk"
    for layer in ("cli", "gui", "services", "report", "store", "media", "core"):
        (package / layer).mkdir(parents=True)
        (package / layer / "__init__.py").write_text(imports.get(layer, "") + "\n")
    (package / "__init__.py").write_text("")
    contract = layers_contract()
    lines = [
        "[tool.importlinter]",
        'root_package = "kneedesk"',
        "",
        "[[tool.importlinter.contracts]]",
    ]
    lines += [f"{key} = {json.dumps(value)}" for key, value in contract.items()]
    (tmp_path / "layers.toml").write_text("\n".join(lines) + "\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run(
        [lint, "--config", "layers.toml", "--no-cache", "--no-logo"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )


def test_the_contract_allows_imports_that_point_down(tmp_path: Path) -> None:
    done = lint_toy_package(
        tmp_path,
        {
            "cli": "import kneedesk.services\nimport kneedesk.store",
            "gui": "import kneedesk.services\nimport kneedesk.report\nimport kneedesk.core",
            "services": "import kneedesk.report\nimport kneedesk.store\nimport kneedesk.media",
            "report": "import kneedesk.core",
            "store": "import kneedesk.core",
            "media": "import kneedesk.core",
        },
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(
    ("layer", "statement"),
    [
        ("gui", "import kneedesk.cli"),  # siblings: the GUI never leans on the command line
        ("cli", "import kneedesk.gui"),  # nor the command line on the GUI
        ("services", "import kneedesk.gui"),
        ("services", "import kneedesk.cli"),
        ("store", "import kneedesk.services"),
        ("report", "import kneedesk.store"),  # siblings
        ("store", "import kneedesk.media"),  # siblings
        ("media", "import kneedesk.report"),  # siblings
        ("media", "import kneedesk.services"),
        ("core", "import kneedesk.report"),
    ],
)
def test_the_contract_breaks_on_an_upward_or_sideways_import(
    tmp_path: Path, layer: str, statement: str
) -> None:
    done = lint_toy_package(tmp_path, {layer: statement})
    assert done.returncode == 1, done.stdout + done.stderr
    assert "0 kept, 1 broken" in done.stdout
    assert f"kneedesk.{layer}" in done.stdout
