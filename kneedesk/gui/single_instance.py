"""One KneeDesk window per database: a second launch brings the running window to the front."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"raise\n"


def server_name(db_path: Path) -> str:
    """A local-socket name unique to this user and database file."""
    key = f"{getpass.getuser()}:{db_path.resolve()}".encode()
    return "kneedesk-" + hashlib.sha256(key).hexdigest()[:20]


def notify_running(db_path: Path, timeout_ms: int = 500) -> bool:
    """Ask a running KneeDesk on this database to come to the front; True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_MESSAGE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same database and emits `activated`."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.name = server_name(db_path)

    def listen(self) -> bool:
        """Start listening, clearing a stale socket left by a crashed instance."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
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
        conn.abort()
        conn.deleteLater()
        if data.startswith(_MESSAGE.strip()):
            self.activated.emit()
