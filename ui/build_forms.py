"""Compile ui/*.ui and ui/*.qss into kneedesk/gui/forms/ (run `make forms`).

The generated modules are committed and never edited by hand; a test checks they
are up to date with their .ui sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "kneedesk" / "gui" / "forms"


def uic_command() -> list[str]:
    """The pyside6-uic executable next to this Python, or on PATH."""
    here = Path(sys.executable).with_name("pyside6-uic")
    exe = here if here.exists() else shutil.which("pyside6-uic")
    if exe is None:
        raise SystemExit("pyside6-uic not found: run `make test` once to create the venv")
    return [str(exe)]


def compile_ui(source: Path) -> str:
    """The Python module pyside6-uic makes from one .ui file."""
    result = subprocess.run(
        [*uic_command(), str(source)], check=True, capture_output=True, text=True
    )
    return result.stdout


def target_for(source: Path) -> Path:
    """kneedesk/gui/forms/ui_<name>.py for ui/<name>.ui."""
    return FORMS_DIR / f"ui_{source.stem}.py"


def stylesheet_module() -> str:
    """A Python module holding every ui/*.qss (kneedesk.qss first) as one template string;
    kneedesk.gui.theme fills its $name colours for the light or dark appearance."""
    sheets = sorted(UI_DIR.glob("*.qss"), key=lambda p: (p.name != "kneedesk.qss", p.name))
    text = "\n".join(p.read_text(encoding="utf-8") for p in sheets)
    return (
        '"""The application stylesheet template, generated from ui/*.qss by ui/build_forms.py."""'
        "\n\n"
        f"STYLESHEET_TEMPLATE = {text!r}\n"
    )


def main() -> int:
    """Regenerate every form module and the stylesheet module."""
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules generated from ui/*.ui by ui/build_forms.py; do not edit."""\n')
    for source in sorted(UI_DIR.glob("*.ui")):
        target_for(source).write_text(compile_ui(source), encoding="utf-8")
        print(f"{source.relative_to(ROOT)} -> {target_for(source).relative_to(ROOT)}")  # noqa: T201
    (FORMS_DIR / "style_qss.py").write_text(stylesheet_module(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
