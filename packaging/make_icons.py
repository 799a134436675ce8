"""Draw the app icons for the installers from resources/icons/kneedesk.svg.

Qt's SVG renderer draws each size from the vector source (sharper small sizes than scaling
one bitmap down); Pillow, which reportlab already installs, packs them into the Windows
.ico and the macOS .icns. The output is committed under packaging/icons/, with the SVG's
SHA-256 in packaging/icons/SOURCE.sha256 so a test can tell when the icons are stale.

Run from the repository root:  .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "kneedesk.svg"
OUT = ROOT / "packaging" / "icons"
STAMP = OUT / "SOURCE.sha256"
APP_ID = "org.kneedesk.KneeDesk"

LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def linux_icon_path(size: int) -> Path:
    """Where the PNG of one size goes, laid out like the hicolor icon theme."""
    return OUT / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def source_digest() -> str:
    """The SHA-256 of the SVG the icons are drawn from."""
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn as a square transparent PNG of `size` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    """Write the Linux PNGs, kneedesk.ico, kneedesk.icns and the source digest."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = SOURCE.read_bytes()
    sizes = sorted(set(LINUX_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    pngs = {size: render_png(svg, size) for size in sizes}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}

    for size in LINUX_SIZES:
        target = linux_icon_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])

    largest = max(ICO_SIZES)
    images[largest].save(
        OUT / "kneedesk.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest],
    )
    largest = max(ICNS_SIZES)
    images[largest].save(
        OUT / "kneedesk.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != largest],
    )
    STAMP.write_text(f"{source_digest()}  resources/icons/kneedesk.svg\n", encoding="utf-8")
    del app
    sys.stdout.write(f"icons written to {OUT.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
