"""Write requirements.lock, the file every `make run` and `make test` install comes from.

`make lock` runs this after a pin in pyproject.toml changed. uv resolves, for Windows, macOS
and Linux at once (platform markers kept), the runtime dependencies, the `dev` and `package`
extras and the build requirements ([build-system] requires, installed into the venv because
the project itself is installed without build isolation), and writes every package,
transitive ones included, with its exact version and the hash of each of its files.

The first line records a digest of those inputs, read from pyproject.toml, so that
tests/packaging/test_lock.py can tell offline that the lock is stale.

    python packaging/lock.py [--upgrade]

Without --upgrade, versions already in the lock are kept where pyproject.toml allows them;
--upgrade takes the newest release of everything that is not pinned in pyproject.toml.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
EXTRAS = ("dev", "package")
# The oldest Python the lock is made for; uv's universal resolution covers the newer ones.
PYTHON = "3.11"
DIGEST_PREFIX = "# inputs-sha256: "


def lock_inputs(pyproject: dict[str, Any]) -> dict[str, Any]:
    """What the lock is resolved from: a change to any of it makes the lock stale."""
    project = pyproject["project"]
    extras = project.get("optional-dependencies", {})
    return {
        "python": PYTHON,
        "requires-python": project.get("requires-python", ""),
        "dependencies": list(project.get("dependencies", [])),
        "extras": {name: list(extras.get(name, [])) for name in EXTRAS},
        "build-system": list(pyproject["build-system"]["requires"]),
    }


def inputs_digest(pyproject: dict[str, Any]) -> str:
    """A digest of lock_inputs(); the order of the lists matters to nobody, so it is sorted."""
    inputs = lock_inputs(pyproject)
    canonical = {
        key: sorted(value) if isinstance(value, list) else value for key, value in inputs.items()
    }
    canonical["extras"] = {name: sorted(deps) for name, deps in inputs["extras"].items()}
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_digest(lock_text: str) -> str | None:
    """The inputs digest written on the lock's first line, if there is one."""
    first = lock_text.splitlines()[0] if lock_text else ""
    return first.removeprefix(DIGEST_PREFIX) if first.startswith(DIGEST_PREFIX) else None


def compile_command(output: Path, upgrade: bool) -> list[str]:
    """uv pip compile for every platform, with hashes; build requirements come on stdin."""
    command = [sys.executable, "-m", "uv", "pip", "compile", str(PYPROJECT), "-"]
    command += [f"--extra={name}" for name in EXTRAS]
    command += ["--universal", f"--python-version={PYTHON}", "--generate-hashes"]
    command += ["--format=requirements-txt", "--custom-compile-command=make lock"]
    command += ["--quiet", f"--output-file={output}"]
    if upgrade:
        command.append("--upgrade")
    return command


def write_lock(upgrade: bool = False) -> int:
    """Resolve and write requirements.lock with its digest line; return the exit status."""
    pyproject = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    build_requirements = "".join(f"{line}\n" for line in pyproject["build-system"]["requires"])
    done = subprocess.run(
        compile_command(LOCK, upgrade), input=build_requirements, text=True, cwd=ROOT, check=False
    )
    if done.returncode != 0:
        return done.returncode
    body = LOCK.read_text(encoding="utf-8")
    if recorded_digest(body) is not None:  # uv keeps the lines above its own header
        body = body.split("\n", 1)[1]
    LOCK.write_text(f"{DIGEST_PREFIX}{inputs_digest(pyproject)}\n{body}", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the lock."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="newest unpinned versions")
    args = parser.parse_args(argv)
    return write_lock(args.upgrade)


if __name__ == "__main__":
    sys.exit(main())
