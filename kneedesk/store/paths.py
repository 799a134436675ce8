"""Where the database lives by default, and warnings about places where it should not live."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path, PurePath, PureWindowsPath

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "KneeDesk"
DB_FILENAME = "kneedesk.sqlite3"

# Folder names of the common sync clients. A database in one of them is copied while it is
# being written, which breaks SQLite's write-ahead log and can lose or mix up records.
_SYNCED_FOLDER_MARKERS = (
    "dropbox",
    "onedrive",
    "icloud",
    "icloud drive",
    "mobile documents",  # macOS name of the iCloud Drive folder
    "google drive",
    "googledrive",
    "my drive",
    "box sync",
    "nextcloud",
    "owncloud",
    "pcloud",
    "sync.com",
)
# File system types that live on another machine (Linux /proc/mounts names).
_NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs"}


def default_data_dir() -> Path:
    """The user's private KneeDesk data folder (not created)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    """The path of the user's database in the user's data folder (nothing is created)."""
    return default_data_dir() / DB_FILENAME


def ensure_private_dir(path: Path) -> None:
    """Create a folder (and parents) readable by the user only; leave an existing one alone."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


def in_default_data_dir(path: Path) -> bool:
    """Whether a database file sits directly in the user's KneeDesk data folder."""
    return Path(path).absolute().parent == default_data_dir().absolute()


def prepare_db_folder(path: Path) -> None:
    """Make the folder of a database that lives in the user's data folder (user-only).

    On a new account the data folder does not exist yet: the first start, the demo clinic
    and every command that defaults to it create it here, however the path was passed on.
    Any other folder is left to the caller: a mistyped or disconnected one must be reported,
    not created.
    """
    if in_default_data_dir(path):
        ensure_private_dir(Path(path).parent)
        tighten_private_dir(Path(path).parent)


def tighten_private_dir(folder: Path) -> None:
    """Make the user's own KneeDesk data folder user-only again if others may read it.

    An older `kneedesk demo --db` (or anything else) may have made it with the default
    permissions; the folder holds patient records, so it is set back to user-only.
    """
    if os.name != "posix":
        return
    try:
        info = folder.stat()
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid == os.getuid() and mode & 0o077:
            folder.chmod(mode & 0o700)
            log.info("made %s readable by its owner only (it was %o)", folder, mode)
    except OSError as exc:
        log.warning("could not make %s user-only: %s", folder, exc)


def location_warnings(path: Path) -> list[str]:
    """Plain-language warnings if the database sits on a network share or a cloud-synced folder.

    SQLite's write-ahead log needs every reader and writer on one computer, and sync clients
    copy a file while it is being written; either can lose or mix up records.
    """
    warnings: list[str] = []
    text = str(path)
    lowered = [part.lower() for part in PurePath(path).parts]
    advice = "Keep the database on this computer's own disk and use 'Back up' to copy it elsewhere."
    if _is_unc(text):
        warnings.append(
            f"The database {text} is on a network share. SQLite databases can be damaged when "
            f"they are used over a network. {advice}"
        )
    elif _is_macos_network_volume(path) or _is_linux_network_mount(path):
        warnings.append(
            f"The database {text} appears to be on a network drive. SQLite databases can be "
            f"damaged when they are used over a network. {advice}"
        )
    for marker in _SYNCED_FOLDER_MARKERS:
        if any(part == marker or part.startswith(marker + " ") for part in lowered):
            warnings.append(
                f"The database {text} is inside a cloud-synced folder ({marker}). Sync programs "
                f"copy the file while KneeDesk is writing it, which can lose or mix up records. "
                f"{advice}"
            )
            break
    return warnings


def _is_unc(text: str) -> bool:
    if text.startswith(("\\\\", "//")):
        return True
    drive = PureWindowsPath(text).drive
    return drive.startswith("\\\\")


def _is_macos_network_volume(path: Path) -> bool:
    parts = PurePath(path).parts
    if sys.platform != "darwin" or len(parts) < 3 or parts[1] != "Volumes":
        return False
    try:
        volume = Path(*parts[:3])
        # The boot volume is usually a symlink to "/"; other volumes are external or network.
        return volume.resolve() != Path("/") and _macos_fs_is_network(volume)
    except OSError:
        return False


def _macos_fs_is_network(volume: Path) -> bool:
    # statvfs cannot tell the file system type on macOS; a mount table check is good enough.
    try:
        out = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    for line in out.splitlines():
        if f" on {volume} (" in line:
            return any(fs in line for fs in ("smbfs", "afpfs", "nfs", "webdav"))
    return False


def _is_linux_network_mount(path: Path) -> bool:
    mounts = Path("/proc/mounts")
    if not sys.platform.startswith("linux") or not mounts.exists():
        return False
    try:
        resolved = str(path.parent.resolve() if not path.exists() else path.resolve())
        best = ("", "")
        for line in mounts.read_text().splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            mount_point, fs_type = fields[1].replace("\\040", " "), fields[2]
            inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best[0]):
                best = (mount_point, fs_type)
        return best[1] in _NETWORK_FS_TYPES
    except OSError:
        return False


def dated_sibling(path: Path, label: str) -> Path:
    """A free file name beside `path`: "<stem>.<label>-<date-time>[-n]<suffix>"."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
    return candidate


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only; fail if it already exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries to the disk, so a new or renamed file survives a power cut."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
