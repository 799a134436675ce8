"""Build the one-folder app with PyInstaller and check it with its own --self-test.

`make package` runs this. The bundle goes to dist/KneeDesk/ (and dist/KneeDesk.app on macOS).
A build takes minutes, so it is skipped when dist/ already holds a bundle made from the same
sources, spec, icons and installed packages (their digest is kept in build/); --clean always
builds from scratch, as a release build should.

    python packaging/build.py [--clean]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "kneedesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
STAMP = ROOT / "build" / "kneedesk-bundle.sha256"
LOCK = ROOT / "build" / "kneedesk-bundle.lock"
APP_NAME = "KneeDesk"
CLI_NAME = "kneedesk-cli"
# What goes into the bundle; a change to any of it means a new build.
INPUTS = (
    "kneedesk",
    "resources",
    "packaging/kneedesk.spec",
    "packaging/icons",
    "packaging/linux",
    "pyproject.toml",
)
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.kneedesk.KneeDesk"


def bundle_dir() -> Path:
    """The folder that holds the executables (inside the .app on macOS)."""
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app" / "Contents" / "MacOS"
    return DIST / APP_NAME


def executable(name: str = CLI_NAME) -> Path:
    """The path of one of the bundle's executables."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return bundle_dir() / f"{name}{suffix}"


def _input_files() -> Iterator[Path]:
    for name in INPUTS:
        path = ROOT / name
        if path.is_file():
            yield path
            continue
        for found in sorted(path.rglob("*")):
            if found.is_file() and "__pycache__" not in found.parts and found.suffix != ".pyc":
                yield found


def inputs_digest() -> str:
    """A digest of everything the bundle is made from, including the installed packages."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version} {platform.platform()}\n".encode())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions())
    digest.update("\n".join(packages).encode())
    for path in _input_files():
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def up_to_date(digest: str) -> bool:
    """Whether dist/ holds a bundle built from exactly these inputs."""
    return (
        STAMP.is_file()
        and STAMP.read_text(encoding="utf-8").strip() == digest
        and executable(APP_NAME).is_file()
        and executable(CLI_NAME).is_file()
    )


@contextmanager
def build_lock() -> Iterator[None]:
    """One build at a time in a checkout (two would write the same dist/ folder)."""
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("a+b") as handle:
        if os.name == "posix":
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def add_linux_desktop_files(bundle: Path) -> None:
    """Put the menu entry, icons, AppStream file and install.sh into the Linux bundle.

    A clinic unpacks the archive anywhere and runs ./install.sh; nothing from the source
    checkout is needed on the workstation.
    """
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(ROOT / "packaging" / "icons" / "hicolor", share / "icons" / "hicolor")
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def self_test() -> subprocess.CompletedProcess[str]:
    """Run the bundle's --self-test headless and return the finished process."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(
        [str(executable()), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def build(clean: bool) -> int:
    """Build unless up to date, then self-test; return the exit status."""
    with build_lock():
        digest = inputs_digest()
        if not clean and up_to_date(digest):
            sys.stdout.write(f"{bundle_dir().relative_to(ROOT)} is up to date\n")
            return 0
        STAMP.unlink(missing_ok=True)
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        command += ["--distpath", str(DIST), "--workpath", str(WORK)]
        if clean:
            command.append("--clean")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # hooks import Qt; no display needed
        done = subprocess.run([*command, str(SPEC)], cwd=ROOT, env=env, check=False)
        if done.returncode != 0:
            return done.returncode
        if sys.platform.startswith("linux"):
            add_linux_desktop_files(bundle_dir())
        checked = self_test()
        sys.stdout.write(checked.stdout)
        sys.stderr.write(checked.stderr)
        if checked.returncode != 0:
            return checked.returncode
        STAMP.write_text(digest + "\n", encoding="utf-8")
        sys.stdout.write(f"built {bundle_dir().relative_to(ROOT)}\n")
        return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="ignore caches and build anew")
    args = parser.parse_args(argv)
    return build(args.clean)


if __name__ == "__main__":
    sys.exit(main())
