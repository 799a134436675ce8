"""The committed form modules and stylesheet match their ui/ sources (run `make forms`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "ui" / "build_forms.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_forms"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("source", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_form_module_is_compiled_from_its_ui_file(source: Path) -> None:
    forms = build_forms()
    committed = forms.target_for(source)
    assert committed.exists(), f"{committed} is missing: run make forms"
    assert committed.read_text(encoding="utf-8") == forms.compile_ui(source), (
        f"{committed.name} is out of date with {source.name}: run make forms"
    )


def test_stylesheet_module_matches_the_qss_files() -> None:
    forms = build_forms()
    committed = ROOT / "kneedesk" / "gui" / "forms" / "style_qss.py"
    assert committed.read_text(encoding="utf-8") == forms.stylesheet_module(), (
        "style_qss.py is out of date with ui/*.qss: run make forms"
    )


def test_every_form_module_has_a_source() -> None:
    forms_dir = ROOT / "kneedesk" / "gui" / "forms"
    sources = {p.stem for p in (ROOT / "ui").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in forms_dir.glob("ui_*.py")}
    assert generated == sources
