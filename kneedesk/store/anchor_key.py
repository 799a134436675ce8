"""This computer's audit key: a secret kept outside the database that vouches for its audit log.

Anyone who can write the database file can rewrite its hash-chained audit log from scratch;
the chain alone cannot show that. So every audit row also gets an anchor, an HMAC of its
chained hash under a per-install key that lives in the user's configuration folder, never in
the database or its backups. Someone holding only the database file (a copy on a USB stick,
the file on a shared drive, a backup) cannot make a valid anchor for a row they added or
changed.

Beside the key this computer keeps, per database path, the last audit row it anchored (the
"witness"), so a log cut short together with its anchors, or an older copy put in the
file's place outside KneeDesk, is seen too.

`KNEEDESK_KEY_FILE` points elsewhere (the tests set it to a temporary folder).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kneedesk.store.canonical import canonical_json

log = logging.getLogger(__name__)

KEY_FILE_ENV = "KNEEDESK_KEY_FILE"
_KEY_HEADER = "kneedesk-audit-key-1"
_ANCHOR_FORMAT = "kneedesk-audit-anchor-1"
_WITNESS_FORMAT = "kneedesk-audit-witness-1"


def key_file_path() -> Path:
    """Where this computer's audit key lives (the file may not exist yet).

    The roaming configuration folder, in a `keys` subfolder: on Linux that is not the data
    folder holding the database, and on Windows it is `AppData\\Roaming`, not the `Local`
    folder; copying the database file never copies the key.
    """
    override = os.environ.get(KEY_FILE_ENV)
    if override:
        return Path(override)
    config = platformdirs.user_config_path("KneeDesk", appauthor=False, roaming=True)
    return config / "keys" / "audit.key"


@dataclass(frozen=True)
class AnchorKey:
    """The secret, and the short public id anchors made with it carry."""

    secret: bytes
    path: Path

    @property
    def key_id(self) -> str:
        """16 hex digits naming the key (not secret: it tells whose anchor a row carries)."""
        return hashlib.sha256(b"kneedesk-audit-key-id:" + self.secret).hexdigest()[:16]

    def mac(self, *parts: object) -> str:
        """HMAC-SHA-256 (hex) of the canonical JSON of `parts`."""
        message = canonical_json(list(parts)).encode("utf-8")
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def anchor(self, audit_id: int, row_hash: str) -> str:
        """The anchor of one audit row: it vouches for that row and, through the chain, all
        rows before it."""
        return self.mac(_ANCHOR_FORMAT, audit_id, row_hash)

    def vouches(self, audit_id: int, row_hash: str, mac: str) -> bool:
        """Whether `mac` is this key's anchor of the row (compared in constant time)."""
        return hmac.compare_digest(self.anchor(audit_id, row_hash), mac)


def load_key(*, create: bool) -> AnchorKey | None:
    """This computer's audit key; with `create`, made (user-only) on first use.

    Returns None when there is no key and `create` is false (a check never makes one), or
    when the file cannot be read or made (logged: the records are still saved, and
    `kneedesk check` then says which rows carry no anchor).
    """
    path = key_file_path()
    try:
        return _read(path)
    except FileNotFoundError:
        if not create:
            return None
    except (OSError, ValueError) as exc:
        log.warning("cannot read the audit key %s: %s", path, exc)
        return None
    try:
        return _create(path)
    except FileExistsError:  # another process made it meanwhile
        try:
            return _read(path)
        except (OSError, ValueError) as exc:
            log.warning("cannot read the audit key %s: %s", path, exc)
            return None
    except OSError as exc:
        log.warning("cannot create the audit key %s: %s", path, exc)
        return None


def _read(path: Path) -> AnchorKey:
    header, _, secret_hex = path.read_text(encoding="ascii").strip().partition(" ")
    if header != _KEY_HEADER or len(secret_hex) != 64:
        raise ValueError("not a KneeDesk audit key file")
    return AnchorKey(bytes.fromhex(secret_hex), path)


def _create(path: Path) -> AnchorKey:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(f"{_KEY_HEADER} {secret.hex()}\n")
        f.flush()
        os.fsync(f.fileno())
    log.info("made this computer's audit key %s", path)
    return AnchorKey(secret, path)


# --- the witness: the last anchored row of each database, kept beside the key ---------------


@dataclass(frozen=True)
class Witness:
    """The last audit row this computer anchored in the database at `path`."""

    path: str
    audit_id: int
    hash: str
    at: str
    anchored: bool
    key_id: str
    mac: str

    def genuine(self, key: AnchorKey) -> bool:
        """Whether the record was written with `key` and not changed since."""
        expected = key.mac(
            _WITNESS_FORMAT, self.path, self.audit_id, self.hash, self.at, self.anchored
        )
        return self.key_id == key.key_id and hmac.compare_digest(expected, self.mac)


def _witness_file(key: AnchorKey, db_file: Path) -> Path:
    name = hashlib.sha256(str(db_file.resolve()).encode("utf-8")).hexdigest()[:32]
    return key.path.parent / "heads" / f"{name}.json"


def read_witness(key: AnchorKey, db_file: Path) -> Witness | None:
    """This computer's record of the database at `db_file`, or None if it has none.

    A record that cannot be parsed is returned with an empty mac, so it reads as changed.
    """
    path = _witness_file(key, db_file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Witness(
            str(data["path"]),
            int(data["audit_id"]),
            str(data["hash"]),
            str(data["at"]),
            data["anchored"] is True,
            str(data["key_id"]),
            str(data["mac"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Witness(str(db_file), 0, "", "", False, key.key_id, "")


def write_witness(
    key: AnchorKey, db_file: Path, audit_id: int, row_hash: str, at: str, anchored: bool
) -> None:
    """Remember the committed head of the database at `db_file` (replaces the old record);
    `anchored`: the head carries this key's anchor."""
    target = _witness_file(key, db_file)
    resolved = str(db_file.resolve())
    mac = key.mac(_WITNESS_FORMAT, resolved, audit_id, row_hash, at, anchored)
    record = {
        "path": resolved,
        "audit_id": audit_id,
        "hash": row_hash,
        "at": at,
        "anchored": anchored,
        "key_id": key.key_id,
        "mac": mac,
    }
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(canonical_json(record) + "\n")
    os.replace(temp, target)
