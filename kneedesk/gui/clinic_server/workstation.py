"""Which store this workstation opens: its own SQLite file, or the clinic server.

Kept in the workstation's settings (QSettings, the same INI file as the window's place),
never in the clinic database: each workstation is set up on its own. The server's password
is kept in the computer's keychain through `keyring`, never in a file or in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QSettings

from kneedesk.gui.window_geometry import settings as workstation_settings
from kneedesk.store.postgres.settings import APP_ROLE, DEFAULT_PORT, ServerSettings

KEYRING_SERVICE = "KneeDesk clinic server"
"""The keychain's name for the entries KneeDesk keeps (one per server, database and user)."""
GROUP = "clinic-server"


class StoreMode(StrEnum):
    """Where this workstation's records are."""

    FILE = "file"
    SERVER = "server"


@dataclass(frozen=True)
class StoreChoice:
    """The workstation's choice; `server` holds the last server details even in file mode."""

    mode: StoreMode
    server: ServerSettings

    @property
    def uses_server(self) -> bool:
        return self.mode is StoreMode.SERVER


def blank_server() -> ServerSettings:
    """The fields of a server never set up: the usual port and the app's role."""
    return ServerSettings(host="", database="", user=APP_ROLE, port=DEFAULT_PORT)


def read_choice(store: QSettings | None = None) -> StoreChoice:
    """The workstation's choice (its own file when nothing was ever chosen)."""
    qs = store if store is not None else workstation_settings()
    qs.beginGroup(GROUP)
    try:
        raw_mode = str(qs.value("mode", StoreMode.FILE.value))
        try:
            port = int(str(qs.value("port", DEFAULT_PORT)))
        except ValueError:
            port = DEFAULT_PORT
        server = ServerSettings(
            host=str(qs.value("host", "")),
            database=str(qs.value("database", "")),
            user=str(qs.value("user", APP_ROLE)) or APP_ROLE,
            port=port,
            ca_file=str(qs.value("ca-file", "")),
        )
    finally:
        qs.endGroup()
    mode = StoreMode.SERVER if raw_mode == StoreMode.SERVER.value else StoreMode.FILE
    return StoreChoice(mode, server)


def save_choice(choice: StoreChoice, store: QSettings | None = None) -> None:
    """Keep the choice in the workstation's settings (the password goes to the keychain)."""
    qs = store if store is not None else workstation_settings()
    qs.beginGroup(GROUP)
    try:
        qs.setValue("mode", choice.mode.value)
        qs.setValue("host", choice.server.host)
        qs.setValue("port", choice.server.port)
        qs.setValue("database", choice.server.database)
        qs.setValue("user", choice.server.user)
        qs.setValue("ca-file", choice.server.ca_file)
    finally:
        qs.endGroup()
    qs.sync()


class KeychainError(Exception):
    """The computer's keychain cannot be read or written (none installed, or locked)."""


def read_password(server: ServerSettings) -> str | None:
    """The server's password from the keychain (None when none is kept)."""
    import keyring  # here, not at the top: loading it costs 60 ms of every start
    import keyring.errors

    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_name)
    except keyring.errors.KeyringError as exc:
        raise KeychainError(str(exc)) from exc


def save_password(server: ServerSettings, password: str) -> None:
    """Keep the server's password in the keychain (an empty one removes the entry)."""
    import keyring
    import keyring.errors

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, server.keyring_name, password)
        elif keyring.get_password(KEYRING_SERVICE, server.keyring_name) is not None:
            keyring.delete_password(KEYRING_SERVICE, server.keyring_name)
    except keyring.errors.KeyringError as exc:
        raise KeychainError(str(exc)) from exc
