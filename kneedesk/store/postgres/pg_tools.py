"""PostgreSQL's own backup programs, `pg_dump` and `pg_restore`, found on this workstation.

They come with the PostgreSQL installer (Windows), Postgres.app or Homebrew (macOS) and the
`postgresql-client` package (Linux), and are looked for on the PATH first, then where those
put them. `pg_dump` refuses a server newer than itself, so the pair chosen is of the
server's major version if there is one, else the oldest newer one; both of the same version.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kneedesk.store.errors import BackupError

_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)
"""On Windows, run the programs without flashing a console window."""


@dataclass(frozen=True)
class PgTools:
    """A `pg_dump` and the `pg_restore` beside it, of one major version."""

    pg_dump: Path
    pg_restore: Path
    major: int


def executable(folder: Path, name: str) -> Path:
    """`name` in `folder`, with `.exe` on Windows."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def _numbered(parent: Path, prefix: str = "") -> list[Path]:
    """The folders `parent/<prefix><major>`, newest version first."""
    try:
        entries = list(parent.iterdir())
    except OSError:
        return []
    numbered = [
        (int(rest.split(".")[0]), entry)
        for entry in entries
        if entry.name.startswith(prefix)
        and (rest := entry.name[len(prefix) :])
        and rest.split(".")[0].isdigit()
    ]
    return [entry for _major, entry in sorted(numbered, reverse=True)]


def usual_folders(platform: str = sys.platform) -> list[Path]:
    """Where PostgreSQL's installers put the programs on this kind of computer."""
    if platform == "win32":
        roots = {
            os.environ.get(v, "") for v in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
        }
        return [
            version / "bin"
            for root in sorted(r for r in roots if r)
            for version in _numbered(Path(root) / "PostgreSQL")
        ]
    if platform == "darwin":
        app = Path("/Applications/Postgres.app/Contents/Versions")
        return [
            *(v / "bin" for v in _numbered(app)),
            app / "latest" / "bin",
            *(v / "bin" for v in _numbered(Path("/opt/homebrew/opt"), "postgresql@")),
            *(v / "bin" for v in _numbered(Path("/usr/local/opt"), "postgresql@")),
            *(v / "bin" for v in _numbered(Path("/Library/PostgreSQL"))),
            Path("/opt/homebrew/bin"),
            Path("/usr/local/bin"),
        ]
    return [
        *(v / "bin" for v in _numbered(Path("/usr/lib/postgresql"))),
        *(v / "bin" for v in _numbered(Path("/usr"), "pgsql-")),
        Path("/usr/local/pgsql/bin"),
    ]


def search_folders(path_env: str | None = None) -> list[Path]:
    """The PATH's folders, then the usual ones, each once."""
    path_env = os.environ.get("PATH", "") if path_env is None else path_env
    folders = [Path(p) for p in path_env.split(os.pathsep) if p]
    seen: set[Path] = set()
    out: list[Path] = []
    for folder in [*folders, *usual_folders()]:
        if folder not in seen:
            seen.add(folder)
            out.append(folder)
    return out


def program_major(program: Path) -> int | None:
    """The major version `program --version` reports (15 for 15.18, 9 for 9.6); None if none."""
    try:
        done = subprocess.run(
            [str(program), "--version"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
            creationflags=NO_WINDOW,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(done.stdout)
    return int(match[1]) if match and done.returncode == 0 else None


def find_tools(server_major: int, folders: Iterable[Path] | None = None) -> PgTools:
    """The `pg_dump` and `pg_restore` to back up a server of major version `server_major`.

    Raises BackupError saying what to install when there are none, or only older ones.
    """
    candidates: list[PgTools] = []
    for folder in search_folders() if folders is None else folders:
        dump, restore = executable(folder, "pg_dump"), executable(folder, "pg_restore")
        if not dump.is_file():
            continue
        major = program_major(dump)
        if major is None:
            continue
        if restore.is_file() and program_major(restore) == major:
            candidates.append(PgTools(dump, restore, major))
        else:
            candidates.append(PgTools(dump, Path(), major))
    usable = [t for t in candidates if t.major >= server_major and t.pg_restore != Path()]
    if usable:
        exact = [t for t in usable if t.major == server_major]
        return exact[0] if exact else min(usable, key=lambda t: t.major)
    raise _missing(server_major, candidates)


def _missing(server_major: int, found: Sequence[PgTools]) -> BackupError:
    install = (
        f"Install PostgreSQL's command-line tools, version {server_major} or newer, on this "
        "workstation (Windows: the PostgreSQL installer from postgresql.org, 'Command Line "
        "Tools'; macOS: Postgres.app or Homebrew's postgresql; Linux: the postgresql-client "
        "package), then back up again. See docs/clinic-server.md, 'Backups'."
    )
    if not found:
        return BackupError(
            "KneeDesk cannot back up the clinic server: PostgreSQL's pg_dump and pg_restore "
            "programs are not on this workstation (looked on the PATH and where PostgreSQL's "
            "installers put them).",
            install,
        )
    older = ", ".join(f"{t.pg_dump} (version {t.major})" for t in found)
    if all(t.major >= server_major for t in found):
        return BackupError(
            f"KneeDesk cannot back up the clinic server: there is no pg_restore of the same "
            f"version beside pg_dump ({older}).",
            install,
        )
    return BackupError(
        f"KneeDesk cannot back up the clinic server: it runs PostgreSQL {server_major}, and "
        f"the pg_dump on this workstation is older ({older}); an older pg_dump cannot back "
        "up a newer server.",
        install,
    )
