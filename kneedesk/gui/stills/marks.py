"""One angle drawn on a still: draggable handles at its points, lines between them, the
reference line it is measured from, and its value beside the vertex."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from kneedesk.core.angles import ANGLES, AngleError, Point, Side, View, angle_degrees
from kneedesk.core.i18n import SOURCE_LANGUAGE, current_language
from kneedesk.core.locale_format import local_number
from kneedesk.core.stills import AngleMark
from kneedesk.gui import theme

RADIUS = 7.0
LABEL_OFFSET = QPointF(14, 10)


def point_prompt(name: str) -> str:
    """ "Click the knee centre" for "Knee centre"; names that start with an abbreviation
    ("C7", "PSIS") keep their capitals. Other languages keep the name as it is written
    (a German noun keeps its capital) and put it after a colon."""
    if current_language() == SOURCE_LANGUAGE and len(name) > 1 and name[1].islower():
        name = name[0].lower() + name[1:]
    # Translators: {point} is a point's name ("Knee centre"); keep it whole, e.g. after a colon.
    return QCoreApplication.translate("StillMarks", "Click the {point}").format(point=name)


def value_text(angle_id: str, value: float | None) -> str:
    short = ANGLES[angle_id].short
    if value is not None:
        return f"{short}: {local_number(f'{value:+.1f}')}°"
    # Translators: {angle} is an angle's short name; two of its points are on top of each other.
    return QCoreApplication.translate("StillMarks", "{angle}: points overlap").format(angle=short)


class Handle(QGraphicsEllipseItem):
    """A point of an angle: dragged with the mouse, nudged with the arrow keys, kept inside
    the still. Drawn at the same size on the screen whatever the zoom."""

    def __init__(self, mark: MarkItems, number: int, bounds: QRectF, editable: bool) -> None:
        super().__init__(QRectF(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS))
        self.mark = mark
        self.number = number
        self.bounds = bounds
        flags = (
            QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        if editable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.SizeAllCursor if editable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(ANGLES[mark.angle_id].points[number])
        self.restyle()

    def restyle(self) -> None:
        tokens = theme.active()
        selected = self.isSelected()
        self.setPen(QPen(QColor(tokens.on_accent if not selected else tokens.ink_strong), 2))
        self.setBrush(QBrush(QColor(tokens.focus if selected else tokens.chart_orange)))

    def point(self) -> Point:
        return Point(self.pos().x(), self.pos().y())

    def clamp(self, wanted: QPointF) -> QPointF:
        b = self.bounds
        return QPointF(
            min(max(wanted.x(), b.left()), b.right()), min(max(wanted.y(), b.top()), b.bottom())
        )

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return self.clamp(QPointF(value))
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.mark.moved()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.restyle()
        return super().itemChange(change, value)


class MarkItems:
    """The scene items of one angle, placed point by point; `moved` runs after any change."""

    def __init__(
        self,
        scene: QGraphicsScene,
        angle_id: str,
        bounds: QRectF,
        editable: bool,
        on_change: Callable[[MarkItems], None],
    ) -> None:
        self.scene = scene
        self.angle_id = angle_id
        self.kind = ANGLES[angle_id]
        self.bounds = bounds
        self.editable = editable
        self._on_change = on_change
        self.handles: list[Handle] = []
        self.lines: list[QGraphicsLineItem] = []
        self.reference = QGraphicsLineItem()
        self.reference.setZValue(1)
        scene.addItem(self.reference)
        self.label_box = QGraphicsRectItem()
        self.label_box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label_box.setZValue(4)
        self.label = QGraphicsSimpleTextItem(self.label_box)
        scene.addItem(self.label_box)
        self.value: float | None = None
        self.label_row = 0  # moved down a row per label of an earlier angle in the way
        self.view: View = View.FRONT
        self.side: Side = "left"
        self.restyle()

    @property
    def complete(self) -> bool:
        return len(self.handles) == len(self.kind.points)

    @property
    def next_point(self) -> str | None:
        return None if self.complete else self.kind.points[len(self.handles)]

    def add_point(self, at: QPointF) -> Handle:
        handle = Handle(self, len(self.handles), self.bounds, self.editable)
        handle.setPos(handle.clamp(at))
        if self.handles:
            line = QGraphicsLineItem()
            line.setZValue(2)
            line.setPen(self._line_pen())
            self.scene.addItem(line)
            self.lines.append(line)
        self.handles.append(handle)
        self.scene.addItem(handle)
        self.moved()
        return handle

    def points(self) -> tuple[Point, ...]:
        return tuple(handle.point() for handle in self.handles)

    def to_mark(self) -> AngleMark:
        return AngleMark(self.angle_id, self.points())

    def set_context(self, view: View, side: Side) -> None:
        self.view, self.side = view, side
        self.moved()

    def moved(self) -> None:
        """Redraw the lines, the reference line and the value after a point moved."""
        spots = [handle.pos() for handle in self.handles]
        for line, (a, b) in zip(self.lines, zip(spots, spots[1:], strict=False), strict=False):
            line.setLine(QLineF(a, b))
        self._draw_reference(spots)
        self.value = None
        if self.complete:
            try:
                self.value = angle_degrees(self.angle_id, self.points(), self.view, self.side)
            except AngleError:
                self.value = None
        self._draw_label(spots)
        self._on_change(self)

    def _draw_reference(self, spots: list[QPointF]) -> None:
        if self.kind.reference == "" or len(spots) < 2:
            self.reference.setVisible(False)
            return
        start, end = spots[0], spots[1]
        length = QLineF(start, end).length()
        if self.kind.reference == "horizontal":
            sign = 1.0 if end.x() >= start.x() else -1.0
            tip = QPointF(start.x() + sign * length, start.y())
        else:
            sign = 1.0 if end.y() >= start.y() else -1.0
            tip = QPointF(start.x(), start.y() + sign * length)
        self.reference.setLine(QLineF(start, tip))
        self.reference.setVisible(True)

    def vertex(self) -> QPointF | None:
        """Where the value is drawn: the middle point of three, else the first."""
        if not self.complete:
            return None
        return self.handles[1 if len(self.handles) == 3 else 0].pos()

    def set_label_row(self, row: int) -> None:
        if row != self.label_row:
            self.label_row = row
            self._draw_label([handle.pos() for handle in self.handles])

    def _draw_label(self, spots: list[QPointF]) -> None:
        if not self.complete:
            self.label_box.setVisible(False)
            return
        vertex = spots[1] if len(spots) == 3 else spots[0]
        self.label.setText(value_text(self.angle_id, self.value))
        text = self.label.boundingRect()
        top = LABEL_OFFSET.y() + self.label_row * (text.height() + 6)
        self.label.setPos(LABEL_OFFSET.x() + 4, top + 2)
        self.label_box.setRect(QRectF(LABEL_OFFSET.x(), top, text.width() + 8, text.height() + 4))
        self.label_box.setPos(vertex)
        self.label_box.setVisible(True)

    def _line_pen(self) -> QPen:
        pen = QPen(QColor(theme.active().focus), 2.5)
        pen.setCosmetic(True)
        return pen

    def restyle(self) -> None:
        tokens = theme.active()
        for line in self.lines:
            line.setPen(self._line_pen())
        reference = QPen(QColor(tokens.warn_line), 2, Qt.PenStyle.DashLine)
        reference.setCosmetic(True)
        self.reference.setPen(reference)
        back = QColor(tokens.surface)
        back.setAlpha(225)
        self.label_box.setBrush(QBrush(back))
        self.label_box.setPen(QPen(QColor(tokens.line), 1))
        self.label.setBrush(QBrush(QColor(tokens.ink_strong)))
        for handle in self.handles:
            handle.restyle()

    def remove(self) -> None:
        for item in [*self.handles, *self.lines, self.reference, self.label_box]:
            self.scene.removeItem(item)
        self.handles.clear()
        self.lines.clear()
