"""Ask where to save an exported chart (Qt's own dialog, the same on every system)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kneedesk.gui.start_folder import start_folder


def name_filter(kind: str) -> str:
    """The file dialog's filter for a "png" or "svg" export, in the GUI's language."""
    if kind == "png":
        return QCoreApplication.translate("ExportChartDialog", "PNG image (*.png)")
    return QCoreApplication.translate("ExportChartDialog", "SVG drawing (*.svg)")


def suggested_name(title: str, kind: str) -> str:
    """A file name from the chart's title: "Kujala score" -> "kujala-score.png" (accents
    dropped: "Puntuación" -> "puntuacion")."""
    letters = unicodedata.normalize("NFKD", title.lower())
    plain = "".join(c for c in letters if not unicodedata.combining(c))
    stem = re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "chart"
    return f"{stem}.{kind}"


def ask_export_path(parent: QWidget, title: str, kind: str, folder: str = "") -> Path | None:
    """The file the clinician chose for a PNG or SVG export, or None when cancelled."""
    start = start_folder(folder)
    caption = QCoreApplication.translate("ExportChartDialog", "Export {title} as {kind}")
    dialog = QFileDialog(parent, caption.format(title=title, kind=kind.upper()))
    dialog.setObjectName("exportChartDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter(kind))
    dialog.setDefaultSuffix(kind)
    dialog.setDirectory(str(start))
    dialog.selectFile(suggested_name(title, kind))
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
