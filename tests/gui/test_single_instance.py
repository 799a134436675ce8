"""The single-instance hand-off: only a KneeDesk that answers counts as running.

A running KneeDesk is a real second process; another program holding the socket name is a
plain Unix socket server (Qt's local sockets are Unix sockets on Linux and macOS).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import kneedesk
from kneedesk.gui import app as app_module
from kneedesk.gui.single_instance import (
    FOREIGN_MESSAGE,
    InstanceServer,
    Running,
    notify_running,
    server_name,
)

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")

RUNNING_KNEEDESK = """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from kneedesk.gui.single_instance import InstanceServer

    app = QCoreApplication([])
    server = InstanceServer(Path(sys.argv[1]))
    assert server.listen()
    def activated():
        print("activated", flush=True)
        QTimer.singleShot(200, app.quit)  # let the answer reach the other launch
    server.activated.connect(activated)
    print("ready", flush=True)
    QTimer.singleShot(20_000, app.quit)
    app.exec()
"""


def socket_path(db: Path) -> str:
    """Where Qt keeps the socket of a plain name on Unix."""
    return os.path.join(QDir.tempPath(), server_name(db))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "clinic.kneedesk"
    yield path
    if os.path.exists(socket_path(path)) and not os.path.isdir(socket_path(path)):
        os.unlink(socket_path(path))


class ForeignServer:
    """Another program listening on KneeDesk's socket name, answering `reply` to anyone."""

    def __init__(self, path: str, reply: bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(4)
        self.reply = reply
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                try:
                    conn.recv(100)
                    conn.sendall(self.reply)
                except OSError:
                    pass

    def close(self) -> None:
        """Stop listening and end the thread (closing alone leaves it blocked in accept)."""
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join()


def test_a_running_kneedesk_answers_and_comes_forward(db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(kneedesk.__file__).resolve().parents[1])}
    with subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(RUNNING_KNEEDESK), str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr
        assert notify_running(db) is Running.KNEEDESK
        assert child.stdout.readline().strip() == "activated"
        child.wait(timeout=30)
    assert notify_running(db.with_name("other.kneedesk")) is Running.NONE


@pytest.mark.parametrize("reply", [b"", b"hello, I am not KneeDesk\n"])
def test_another_program_on_the_name_is_told_apart_and_left_alone(
    qtbot: QtBot, db: Path, reply: bytes
) -> None:
    foreign = ForeignServer(socket_path(db), reply)
    try:
        assert notify_running(db, timeout_ms=300) is Running.FOREIGN
        server = InstanceServer(db)
        assert not server.listen()  # its socket is not removed from under it
        assert os.path.exists(socket_path(db))
        assert notify_running(db, timeout_ms=300) is Running.FOREIGN
    finally:
        foreign.close()


def test_a_stale_socket_left_by_a_crash_is_taken_over(qtbot: QtBot, db: Path) -> None:
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(socket_path(db))
    stale.close()  # the file stays, nobody listens: as after a crash
    server = InstanceServer(db)
    try:
        assert server.listen()
    finally:
        server.close()


def test_kneedesk_says_so_instead_of_closing_when_another_program_holds_the_name(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warnings: list[str] = []
    refusals: list[str] = []
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "log.txt")
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    # Stop the start after the message: the database path is a folder, refused at once.
    monkeypatch.setattr(app_module, "show_store_error", lambda _p, exc, _t: refusals.append(exc))
    db.mkdir()
    foreign = ForeignServer(socket_path(db), b"")
    try:
        status = app_module.run_gui(str(db))
    finally:
        foreign.close()
    assert warnings == [FOREIGN_MESSAGE]
    assert status == 1  # it went on to open the database
    assert len(refusals) == 1
