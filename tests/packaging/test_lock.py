"""requirements.lock, which every `make run` and `make test` install comes from, is current.

After a pin in pyproject.toml changes, these fail until `make lock` has written the lock
again: a clinic's install and CI's must get what pyproject.toml says, on every platform, with
every file checked against its hash. Offline: only the files in the checkout are read.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

import kneedesk

ROOT = Path(kneedesk.__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
STALE = "requirements.lock is stale: run `make lock` and commit it"


@dataclass(frozen=True)
class Locked:
    """One package in the lock: its exact version, platform marker and file hashes."""

    name: str
    version: Version
    marker: Marker | None
    hashes: tuple[str, ...]


def load_lock_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kneedesk_lock", ROOT / "packaging" / "lock.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def parse_lock(text: str) -> dict[str, Locked]:
    """The lock's packages by canonical name (pip's requirements format, one per entry)."""
    entries = re.sub(r"\\\n", " ", text)  # join each entry's continued lines
    found: dict[str, Locked] = {}
    for line in entries.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        hashes = tuple(re.findall(r"--hash=(\S+)", line))
        requirement = Requirement(re.sub(r"--hash=\S+", "", line).strip())
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", line
        name = canonicalize_name(requirement.name)
        assert name not in found, f"{name} is locked twice"
        found[name] = Locked(name, Version(specifier.version), requirement.marker, hashes)
    return found


@pytest.fixture(scope="module")
def locked() -> dict[str, Locked]:
    return parse_lock(LOCK.read_text(encoding="utf-8"))


def declared() -> list[Requirement]:
    """What pyproject.toml asks for: runtime dependencies, the locked extras, the build's."""
    config = pyproject()
    project = config["project"]
    lines = list(project["dependencies"])
    for extra in load_lock_script().EXTRAS:
        lines += project["optional-dependencies"][extra]
    lines += config["build-system"]["requires"]
    return [Requirement(line) for line in lines]


def test_lock_was_written_from_the_current_pyproject() -> None:
    script = load_lock_script()
    recorded = script.recorded_digest(LOCK.read_text(encoding="utf-8"))
    assert recorded == script.inputs_digest(pyproject()), STALE


def test_every_requirement_in_pyproject_is_locked_at_its_version(
    locked: dict[str, Locked],
) -> None:
    wrong = []
    for requirement in declared():
        entry = locked.get(canonicalize_name(requirement.name))
        if entry is None:
            wrong.append(f"{requirement} is not in the lock")
        elif not requirement.specifier.contains(entry.version, prereleases=True):
            wrong.append(f"{requirement} but the lock has {entry.version}")
    assert wrong == [], f"{STALE}\n" + "\n".join(wrong)


def test_every_locked_package_is_pinned_with_hashes(locked: dict[str, Locked]) -> None:
    # The lock holds the transitive packages too, not only those pyproject.toml names.
    assert len(locked) > len(declared())
    assert {"click", "pluggy", "shiboken6", "pyside6-essentials"} <= set(locked)
    unhashed = sorted(name for name, entry in locked.items() if not entry.hashes)
    assert unhashed == []
    assert all(h.startswith("sha256:") for entry in locked.values() for h in entry.hashes)


def test_lock_serves_windows_and_macos_too(locked: dict[str, Locked]) -> None:
    """A lock made on Linux alone would leave out what PyInstaller needs on the others."""
    windows = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
    macos = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}
    linux = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
    for environment, only_there in ((windows, "pefile"), (macos, "macholib")):
        entry = locked[only_there]
        assert entry.marker is not None, only_there
        assert entry.marker.evaluate(environment), only_there
        assert not entry.marker.evaluate(linux), only_there


def test_lock_records_no_index_or_local_path() -> None:
    """pip finds the packages through its own configuration; the hashes make them safe."""
    text = LOCK.read_text(encoding="utf-8")
    assert not re.search(r"^\s*-(-index-url|-extra-index-url|-find-links|i|f)\b", text, re.M)
    assert "file://" not in text
    assert "://" not in text


def test_make_installs_only_from_the_lock() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    stamp = re.search(r"^\$\(STAMP\): (.*)\n((?:\t.*\n)+)", makefile, re.M)
    assert stamp is not None
    assert "$(LOCK)" in stamp.group(1).split()
    assert re.search(r"^LOCK := requirements\.lock$", makefile, re.M)
    installs = [line for line in stamp.group(2).splitlines() if "pip install" in line]
    assert installs == [
        "\t$(PY) -m pip install --quiet --require-hashes -r $(LOCK)",
        "\t$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .",
    ]
    assert re.search(r"^lock: .*\n\t\$\(PY\) packaging/lock\.py", makefile, re.M)


def test_uv_that_writes_the_lock_is_pinned(locked: dict[str, Locked]) -> None:
    dev = [Requirement(line) for line in pyproject()["project"]["optional-dependencies"]["dev"]]
    (uv,) = [r for r in dev if r.name == "uv"]
    (pin,) = uv.specifier
    assert pin.operator == "=="
    assert locked["uv"].version == Version(pin.version)
