"""Where save, export and open dialogs start: the user's Documents folder, or home.

A dialog given a folder that does not exist (a fresh account has no Documents folder yet)
or an empty path opens in the program's working folder, which for an installed app is its
program folder: a PDF saved there is lost on the next upgrade.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder when it exists, else the home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def start_folder(preferred: str = "") -> Path:
    """`preferred` when it is an existing folder (e.g. the last one used), else Documents."""
    if preferred and Path(preferred).is_dir():
        return Path(preferred)
    return documents_folder()
