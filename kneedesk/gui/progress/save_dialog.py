"""Ask where to save an exported chart (Qt's own dialog, the same on every system)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from kneedesk.gui.start_folder import start_folder

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)"}


def suggested_name(title: str, kind: str) -> str:
    """A file name from the chart's title: "Kujala score" -> "kujala-score.png"."""
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "chart"
    return f"{stem}.{kind}"


def ask_export_path(parent: QWidget, title: str, kind: str, folder: str = "") -> Path | None:
    """The file the clinician chose for a PNG or SVG export, or None when cancelled."""
    start = start_folder(folder)
    dialog = QFileDialog(parent, f"Export {title} as {kind.upper()}")
    dialog.setObjectName("exportChartDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(FILTERS[kind])
    dialog.setDefaultSuffix(kind)
    dialog.setDirectory(str(start))
    dialog.selectFile(suggested_name(title, kind))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
