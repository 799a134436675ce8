"""A picture in a QGraphicsView that zooms (Ctrl+wheel, + and -, Fit) and pans when zoomed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from kneedesk.gui import theme

ZOOM_STEP = 1.25
MAX_ZOOM = 16.0


class ZoomView(QGraphicsView):
    """Shows one picture at scene coordinates equal to its pixels, fitted until zoomed.

    Ctrl+wheel and the + and - keys zoom; `fit()` fits the picture again. When zoomed the
    scroll bars appear, and dragging with the middle button (or the left one on the
    picture where the subclass does not use clicks) pans.
    """

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.picture)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fitted = True
        self._pan_from: tuple[float, float] | None = None
        self.left_pans = True
        self.restyle()
        theme.changed().changed.connect(self.restyle)

    def restyle(self) -> None:
        """The surround of the picture: quiet, in the appearance's colours."""
        self.setBackgroundBrush(QBrush(QColor(theme.active().sunken)))

    def set_image(self, image: QImage) -> None:
        """Show `image`; a picture of another size is fitted again."""
        old = self.picture.pixmap().size()
        self.picture.setPixmap(QPixmap.fromImage(image))
        if old != image.size():
            self.scene().setSceneRect(QRectF(0, 0, image.width(), image.height()))
            self._fitted = True
        if self._fitted:
            self.fit()

    def image(self) -> QImage:
        return self.picture.pixmap().toImage()

    def zoom(self) -> float:
        """The scale: screen pixels per picture pixel."""
        return self.transform().m11()

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True
        self.zoomChanged.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        current = self.zoom()
        target = min(MAX_ZOOM, current * factor)
        if target <= self._fit_scale():  # never smaller than the whole picture
            self.fit()
            return
        if current > 0 and target != current:
            self.scale(target / current, target / current)
        self._fitted = False
        self.zoomChanged.emit(self.zoom())

    def _fit_scale(self) -> float:
        rect = self.scene().sceneRect()
        port = self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return 1.0
        return min(port.width() / rect.width(), port.height() / rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)

    def _zoomed(self) -> bool:
        return not self._fitted

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        pans = button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.left_pans and self._zoomed()
        )
        if pans and self.itemAt(event.position().toPoint()) in (None, self.picture):
            self._pan_from = (event.position().x(), event.position().y())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            x, y = event.position().x(), event.position().y()
            dx, dy = x - self._pan_from[0], y - self._pan_from[1]
            self._pan_from = (x, y)
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(dx))
            v.setValue(v.value() - round(dy))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
