"""One KneeDesk window per database: a second launch brings the running window to the front.

The running KneeDesk listens on a local socket named for the user and the database file. A
later launch connects, asks it to come forward and waits for its answer (a handshake): only
a KneeDesk that answers counts. Another program holding the name (it may have taken it on
purpose) gets a message instead of KneeDesk quietly closing; a name left by a crashed
KneeDesk, where nobody answers at all, is taken over.
"""

from __future__ import annotations

import getpass
import hashlib
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

_REQUEST = b"kneedesk-raise 1\n"
_ANSWER = b"kneedesk-raised 1\n"
_TIMEOUT_MS = 1000

FOREIGN_MESSAGE = QT_TRANSLATE_NOOP(
    "SingleInstance",
    "Another program is using the name KneeDesk uses to find its own open window, and it "
    "did not answer as KneeDesk. KneeDesk starts anyway; if KneeDesk is already open on this "
    "database it will say so. If this happens again, restart the computer or ask your IT "
    "support to check which program it is.",
)


class Running(Enum):
    """What answered on the socket name of a database."""

    NONE = "none"  # nobody listens: start normally
    KNEEDESK = "kneedesk"  # a KneeDesk answered and comes to the front
    FOREIGN = "foreign"  # something listens but did not answer as KneeDesk


def server_name(db_path: Path) -> str:
    """A local-socket name unique to this user and database file."""
    key = f"{getpass.getuser()}:{db_path.resolve()}".encode()
    return "kneedesk-" + hashlib.sha256(key).hexdigest()[:20]


def probe(name: str, timeout_ms: int = _TIMEOUT_MS) -> Running:
    """Connect to `name`, ask a KneeDesk there to come forward, and say who answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Running.NONE
    try:
        socket.write(_REQUEST)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        answer = b""
        while len(answer) < len(_ANSWER) and socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll().data())
        if not answer and socket.bytesAvailable():
            answer = bytes(socket.readAll().data())
        return Running.KNEEDESK if answer.startswith(_ANSWER) else Running.FOREIGN
    finally:
        socket.abort()


def notify_running(db_path: Path, timeout_ms: int = _TIMEOUT_MS) -> Running:
    """Ask a running KneeDesk on this database to come to the front; say who answered."""
    return probe(server_name(db_path), timeout_ms)


class InstanceServer(QObject):
    """Listens for later launches on the same database, answers them and emits `activated`."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.name = server_name(db_path)

    def listen(self) -> bool:
        """Start listening; take the name over only from a crashed instance (nobody answers).

        False when another program holds the name: it is left alone.
        """
        # Asked first: Qt's listen would replace a socket file another program listens on.
        if probe(self.name, 300) is not Running.NONE:
            return False
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a stale socket file: nobody listens on it
        return self._server.listen(self.name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(self._on_ready)

    def _on_ready(self) -> None:
        conn = self.sender()
        if not isinstance(conn, QLocalSocket):
            return
        data = bytes(conn.readAll().data())
        conn.readyRead.disconnect(self._on_ready)
        if data.startswith(_REQUEST):
            conn.write(_ANSWER)
            conn.flush()
            conn.disconnectFromServer()  # after the answer is written
            conn.disconnected.connect(conn.deleteLater)
            self.activated.emit()
        else:
            conn.abort()
            conn.deleteLater()
