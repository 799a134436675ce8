"""Run packaging/kneedesk.spec with stand-ins for PyInstaller's classes (no build needed).

Each PyInstaller call the spec makes is recorded with its arguments, so a test can check what
the spec would bundle, on each platform's branch, in a second.
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import kneedesk

PACKAGING = Path(kneedesk.__file__).resolve().parent.parent / "packaging"


@dataclass
class Recorder:
    """Stand-ins for the spec's PyInstaller classes: each call is recorded with its arguments."""

    calls: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = field(default_factory=dict)

    def stand_in(self, name: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            self.calls.setdefault(name, []).append((args, kwargs))
            return types.SimpleNamespace(pure=[], binaries=[], datas=[], scripts=[], kwargs=kwargs)

        return record

    def one(self, name: str) -> dict[str, Any]:
        assert len(self.calls[name]) == 1, self.calls.get(name)
        return self.calls[name][0][1]


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> tuple[Recorder, dict[str, Any]]:
    """Execute packaging/kneedesk.spec as PyInstaller would, for `platform`."""
    recorder = Recorder()
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.__dict__.update(
        collect_submodules=lambda package, **kw: [f"<submodules of {package}>"],
        copy_metadata=lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")],
    )
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable"):
        setattr(versioninfo, name, recorder.stand_in(name))
    for name in ("StringStruct", "VarFileInfo", "VarStruct"):
        setattr(versioninfo, name, recorder.stand_in(name))
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.__dict__["versioninfo"] = versioninfo
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32", win32)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)
    monkeypatch.delenv("KNEEDESK_CODESIGN_IDENTITY", raising=False)
    namespace: dict[str, Any] = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = recorder.stand_in(name)
    spec = PACKAGING / "kneedesk.spec"
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(code, namespace)
    return recorder, namespace
