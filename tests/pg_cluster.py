"""A throwaway PostgreSQL cluster for the tests: `initdb` and `pg_ctl` in a temporary folder,
listening on a Unix socket only (no TCP port is opened; the tests' socket guard allows Unix
sockets). Started once per test run on first use and stopped at the end.

PostgreSQL refuses to run as root; under root (CI containers) the server runs as the
`postgres` account the Debian package creates, and its folder is handed to that account.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER = "kd_super"


def _version_dirs() -> list[Path]:
    root = Path("/usr/lib/postgresql")
    if not root.is_dir():
        return []
    versions = sorted(root.iterdir(), key=lambda p: int(p.name) if p.name.isdigit() else 0)
    return [v / "bin" for v in reversed(versions)]


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    candidates = [Path(found).parent] if found else []
    candidates += _version_dirs()
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def available() -> bool:
    """Whether initdb and pg_ctl are installed (Debian's postgresql package)."""
    return _bin_dir() is not None


@dataclass
class Cluster:
    """A running cluster: connect through `socket_dir` as `SUPERUSER`."""

    folder: Path
    socket_dir: Path
    bin_dir: Path
    run_as: str | None
    port: int = 5432
    options: str = ""
    """The server's command-line settings, to start it again as it was."""

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.socket_dir} port={self.port} dbname={dbname} user={user}"

    def admin(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.conninfo(dbname), autocommit=True)

    def client(self, name: str) -> str:
        """A client program (psql, pg_dump) of the server's version, run as anyone."""
        for folder in (self.bin_dir, self.bin_dir.resolve().parent, *_version_dirs()):
            if (folder / name).exists():
                return str(folder / name)
        raise RuntimeError(f"PostgreSQL's {name} is not installed")

    def command(self, name: str, *args: str) -> list[str]:
        """A server program's command line, run as the cluster's account."""
        cmd = [str(self.bin_dir / name), *args]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def ctl(self, *args: str) -> None:
        subprocess.run(
            self.command("pg_ctl", "-D", str(self.folder / "data"), "-w", "-t", "60", *args),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        self.ctl("stop", "-m", "fast")

    def start(self) -> None:
        """Start the stopped server again, as it was first started."""
        self.ctl("start", "-o", self.options, "-l", str(self.folder / "server.log"))

    def restart(self) -> None:
        self.ctl("restart", "-m", "fast", "-l", str(self.folder / "server.log"))


def _server_account() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:  # pragma: no cover - the Debian package always creates it
        raise RuntimeError("PostgreSQL cannot run as root and there is no postgres user") from exc
    return "postgres"


@contextmanager
def running_cluster(
    tcp_port: int | None = None, tls: Path | None = None, *, durable: bool = False
) -> Iterator[Cluster]:
    """Start a new cluster in a temporary folder; stop it and remove the folder afterwards.

    The tests use the Unix socket alone. A benchmark may also ask for `tcp_port` on the
    loopback address, with TLS from `tls` (a folder holding server.crt and server.key), and
    a `durable` server (fsync on, as a clinic's is; the tests' throwaway one skips it).
    """
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed")
    run_as = _server_account()
    folder = Path(tempfile.mkdtemp(prefix="kneedesk-pg-"))
    socket_dir = folder / "socket"
    socket_dir.mkdir()
    if run_as:
        uid, gid = pwd.getpwnam(run_as).pw_uid, pwd.getpwnam(run_as).pw_gid
        for path in (folder, socket_dir):
            os.chown(path, uid, gid)
    cluster = Cluster(folder, socket_dir, bin_dir, run_as, tcp_port or 5432)
    subprocess.run(
        cluster.command(
            "initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        ),
        check=True,
        capture_output=True,
    )  # fmt: skip
    listen = "127.0.0.1" if tcp_port else ""
    options = (
        f"-c listen_addresses='{listen}' -c unix_socket_directories='{socket_dir}' "
        f"{'' if durable else '-c fsync=off -c full_page_writes=off '}-c max_connections=200 "
        "-c shared_buffers=64MB"
    )
    if tcp_port:
        options += f" -c port={tcp_port}"
    if tls is not None:
        for name in ("server.crt", "server.key"):
            shutil.copy(tls / name, folder / name)
            os.chmod(folder / name, 0o600)
            if run_as:
                os.chown(folder / name, pwd.getpwnam(run_as).pw_uid, pwd.getpwnam(run_as).pw_gid)
        options += (
            f" -c ssl=on -c ssl_cert_file='{folder / 'server.crt'}'"
            f" -c ssl_key_file='{folder / 'server.key'}'"
        )
    cluster.options = options
    cluster.start()
    try:
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
