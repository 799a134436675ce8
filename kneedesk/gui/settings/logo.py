"""Reading a clinic logo from any image Qt can load into a small PNG for the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap

from kneedesk.core.locale_format import local_number
from kneedesk.gui.settings.logo_limits import MAX_LOGO_FILE_BYTES, MAX_LOGO_PIXELS


class LogoError(ValueError):
    """The chosen file cannot be used as a logo; the message says why and what to do."""


def image_file_filter() -> str:
    """The file dialog filter listing every image format this Qt can read."""
    formats = sorted(
        {bytes(f.data()).decode("ascii").lower() for f in QImageReader.supportedImageFormats()}
    )
    patterns = " ".join(f"*.{f}" for f in formats)
    # Translators: a file dialog's filter: keep {patterns}, the ";;" and the "(*)".
    return QCoreApplication.translate("Logo", "Images ({patterns});;All files (*)").format(
        patterns=patterns
    )


def load_logo(path: Path | str) -> bytes:
    """PNG bytes of the image at `path`, scaled down to fit 600 x 600 px; LogoError if unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LogoError(
            QCoreApplication.translate(
                "Logo", "KneeDesk cannot open {file} ({problem}). Choose another file."
            ).format(file=path.name, problem=exc.strerror)
        ) from exc
    if size > MAX_LOGO_FILE_BYTES:
        mb = size / (1024 * 1024)
        limit = MAX_LOGO_FILE_BYTES // (1024 * 1024)
        raise LogoError(
            QCoreApplication.translate(
                "Logo",
                "{file} is {size} MB; a logo must be under {limit} MB. "
                "Save a smaller copy (a few hundred pixels wide is plenty) and choose that.",
            ).format(file=path.name, size=local_number(f"{mb:.1f}"), limit=limit)
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise LogoError(
            QCoreApplication.translate(
                "Logo",
                "{file} is not an image KneeDesk can read ({problem}). Choose a PNG or JPEG file.",
            ).format(file=path.name, problem=reader.errorString())
        )
    return image_to_png(image)


def image_to_png(image: QImage) -> bytes:
    """An image as PNG bytes, scaled down (never up) to fit 600 x 600 px."""
    if image.width() > MAX_LOGO_PIXELS or image.height() > MAX_LOGO_PIXELS:
        image = image.scaled(
            MAX_LOGO_PIXELS,
            MAX_LOGO_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise LogoError(
            QCoreApplication.translate(
                "Logo", "KneeDesk could not convert this image. Choose a PNG or JPEG file."
            )
        )
    buffer.close()
    return bytes(data.data())


def logo_pixmap(png: bytes, box: QSize) -> QPixmap:
    """A preview of the logo that fits in `box` (a null pixmap if the bytes are not an image)."""
    pixmap = QPixmap()
    if not pixmap.loadFromData(png, "PNG"):
        return QPixmap()
    if pixmap.width() > box.width() or pixmap.height() > box.height():
        pixmap = pixmap.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return pixmap
