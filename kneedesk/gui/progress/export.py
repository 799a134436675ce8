"""Write a chart to a PNG or SVG file: rendered to a temporary file, then moved into place.

PNG goes through pyqtgraph's ImageExporter. SVG is drawn by Qt's own QSvgGenerator:
pyqtgraph 0.14's SVGExporter cannot parse the closed paths Qt writes for markers and the
plot frame (pyqtgraph issue #3495), so it fails on every chart with a marker.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator

PNG_SCALE = 2  # export at twice the on-screen size, sharp enough for letters and slides


@contextlib.contextmanager
def _atomic_target(target: Path, suffix: str) -> Iterator[Path]:
    """A temporary path next to `target`; it replaces `target` only if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".kneedesk-", suffix=suffix, dir=target.parent)
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(
                QCoreApplication.translate("ChartExport", "Nothing was written for {name}.").format(
                    name=target.name
                )
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def export_png(item: Any, target: Path, *, scale: int = PNG_SCALE) -> Path:
    """Write `item` (a graphics item or scene) as a PNG with a white background."""
    exporter = pg_exporters.ImageExporter(item)
    params = exporter.parameters()
    params["background"] = QColor("#ffffff")
    params["antialias"] = True
    params["width"] = int(params["width"] * scale)  # the height follows the aspect ratio
    image = exporter.export(toBytes=True)
    with _atomic_target(target, ".png") as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(
                QCoreApplication.translate(
                    "ChartExport", "Could not write the image {name}."
                ).format(name=target.name)
            )
    return target


class _SvgExporter(pg_exporters.Exporter):  # type: ignore[misc]  # pyqtgraph has no type hints
    """Paints the item through QSvgGenerator, with pyqtgraph's export mode switched on."""

    def __init__(self, item: Any, title: str) -> None:
        super().__init__(item)
        self.title = title

    def parameters(self) -> None:
        return None

    def write(self, path: Path) -> None:
        """Render into an SVG file at `path`."""
        source = QRectF(self.getSourceRect())
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(round(source.width()), round(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        # Axes replay recorded pictures, which scale by the device's resolution: match the
        # screen's, or the axes come out three-quarters size beside the plotted lines.
        screen = QGuiApplication.primaryScreen()
        generator.setResolution(round(screen.logicalDotsPerInchX()) if screen else 96)
        generator.setTitle(self.title)
        generator.setDescription("KneeDesk progress chart")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(
                QCoreApplication.translate(
                    "ChartExport", "Could not write the drawing {name}."
                ).format(name=path.name)
            )
        try:
            # Export mode makes markers draw as shapes rather than cached bitmaps.
            self.setExportMode(True, {"antialias": True, "background": "w", "painter": painter})
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("#ffffff"))
            self.getScene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            self.setExportMode(False)
            painter.end()


def export_svg(item: Any, target: Path, *, title: str = "") -> Path:
    """Write `item` (a graphics item or scene) as an SVG drawing."""
    with _atomic_target(target, ".svg") as tmp:
        _SvgExporter(item, title).write(tmp)
    return target
