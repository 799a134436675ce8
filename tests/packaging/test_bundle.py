"""The frozen one-folder app built by `make package` finds its resources, fonts and Qt plugins.

Builds dist/KneeDesk/ with packaging/build.py (what `make package` runs), which reuses a bundle
already built from the same inputs, then runs the frozen executables. A fresh checkout, as
in CI, always builds. Nothing is downloaded: PyInstaller works from the installed packages.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import kneedesk
from kneedesk.store.paths import default_db_path

pytestmark = pytest.mark.slow

ROOT = Path(kneedesk.__file__).resolve().parent.parent
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "store-schema-v1.sqlite3"


def load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kneedesk_build", ROOT / "packaging" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build() -> ModuleType:
    """packaging/build.py, after it has made (or found) an up-to-date bundle."""
    script = load_build_script()
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,  # a hang guard only; a build takes a few minutes on two cores
        check=False,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    return script


def run(
    command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def without_qt_platform() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}


def empty_account(tmp_path: Path) -> dict[str, str]:
    """A user account nothing has run on (empty home and XDG folders), no Qt platform set."""
    env = {k: v for k, v in without_qt_platform().items() if k != "XDG_STATE_HOME"}
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / "account" / name.lower()
        folder.mkdir(parents=True)
        env[name] = str(folder)
    return env


@pytest.mark.parametrize("name", ["KneeDesk", "kneedesk-cli"])
def test_frozen_self_test_passes(build: ModuleType, name: str, tmp_path: Path) -> None:
    # Run from an unrelated folder, so nothing can come from the checkout by accident, on a
    # new account, as on a clinic's new computer.
    env = empty_account(tmp_path)
    done = run([str(build.executable(name)), "--self-test"], env, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    line = done.stdout.strip()
    assert re.fullmatch(r"KneeDesk \S+ self-test: ok \(.*\)", line), line
    assert f"KneeDesk {kneedesk.__version__} " in line
    if sys.platform.startswith("linux"):
        # It takes the first start's path: the user-only data folder is made.
        folder = Path(env["XDG_DATA_HOME"]) / "KneeDesk"
        assert folder.is_dir()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_frozen_and_source_self_tests_agree(build: ModuleType, tmp_path: Path) -> None:
    env = empty_account(tmp_path)
    frozen = run([str(build.executable()), "--self-test"], env, tmp_path)
    source = run([sys.executable, "-m", "kneedesk", "--self-test"], env, ROOT)
    assert source.returncode == 0, source.stderr
    assert frozen.stdout == source.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_frozen_app_uses_the_same_database_path(build: ModuleType, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "COLUMNS": "500"}
    frozen = run([str(build.executable()), "check", "--help"], env, tmp_path)
    source = run([sys.executable, "-m", "kneedesk", "check", "--help"], env, ROOT)
    expected = tmp_path / "data" / "KneeDesk" / default_db_path().name
    assert f"(default: {expected})" in frozen.stdout, frozen.stdout
    assert frozen.stdout == source.stdout


def test_frozen_app_opens_a_database_from_the_first_release(
    build: ModuleType, tmp_path: Path
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    shutil.copyfile(FIXTURE_V1, clinic)
    done = run([str(build.executable()), "check", "--db", str(clinic)], cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No problems found." in done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux menu entry")
def test_linux_bundle_installs_its_menu_entry_for_one_user(
    build: ModuleType, tmp_path: Path
) -> None:
    """The unpacked bundle alone adds KneeDesk to the menu, pointing at itself."""
    home = tmp_path / "home"
    # XDG_DATA_HOME unset: the default, ~/.local/share, is what a clinic workstation has.
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"} | {"HOME": str(home)}
    script = build.bundle_dir() / "install.sh"
    done = run(["sh", str(script)], env, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr

    share = home / ".local" / "share"
    desktop = share / "applications" / "org.kneedesk.KneeDesk.desktop"
    exec_line = next(x for x in desktop.read_text("utf-8").splitlines() if x.startswith("Exec="))
    assert exec_line == f'Exec="{build.bundle_dir() / "KneeDesk"}"'
    assert (
        share / "icons" / "hicolor" / "256x256" / "apps" / "org.kneedesk.KneeDesk.png"
    ).is_file()
    assert (share / "metainfo" / "org.kneedesk.KneeDesk.metainfo.xml").is_file()
    assert (home / ".local" / "bin" / "KneeDesk").resolve() == build.executable("KneeDesk")
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        checked = run([validator, str(desktop)])
        assert checked.returncode == 0, checked.stdout + checked.stderr

    removed = run(["sh", str(script), "--remove"], env, tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists()
    assert build.executable("KneeDesk").is_file()
