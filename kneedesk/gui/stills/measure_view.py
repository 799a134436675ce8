"""`MeasureView`: place the points of angles on a kept still and read the angles live.

Choose an angle (the ones that fit the item first), click its points in the order the
prompt names them, then drag a handle or nudge the selected one with the arrow keys (Shift
for 10 px); Tab goes to the next handle, Delete removes the selected angle. Points are in
the still's pixels, kept inside it. The camera view sets the angles' signs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.angles import ANGLES, Side, View
from kneedesk.core.stills import FILMED_ITEMS, AngleMark
from kneedesk.gui import theme
from kneedesk.gui.stills.marks import Handle, MarkItems, point_prompt, value_text
from kneedesk.gui.stills.zoom_view import ZoomView

PANEL_WIDTH = 300


def angle_choices(item_id: str) -> list[str]:
    """The item's own angles first (the suggested one at the top), then the others."""
    own = list(FILMED_ITEMS.get(item_id, ()))
    return own + [angle_id for angle_id in ANGLES if angle_id not in own]


class MeasureCanvas(ZoomView):
    """The still with its marks; clicks place points while an angle is being placed."""

    def __init__(self, owner: MeasureView) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setObjectName("stillMeasureCanvas")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        placing = self.owner.placing is not None
        self.left_pans = not placing
        under = self.itemAt(event.position().toPoint())
        if (
            placing
            and event.button() == Qt.MouseButton.LeftButton
            and not isinstance(under, Handle)
        ):
            self.owner.place(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.owner.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.owner.select_next_handle(forward):
            return True
        return super().focusNextPrevChild(forward)


class MeasureView(QWidget):
    """Measures angles on `image` (the still). `changed()` after any point, mark or view change."""

    changed = Signal()

    def __init__(
        self,
        image: QImage,
        item_id: str,
        side: Side,
        view: View,
        marks: Sequence[AngleMark] = (),
        *,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.side = side
        self.editable = editable
        self.placing: MarkItems | None = None
        self._marks: list[MarkItems] = []
        self.canvas = MeasureCanvas(self)
        self.canvas.set_image(image)
        self._build_panel(view)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.panel)
        for mark in marks:
            items = self._new_mark(mark.angle_id)
            for point in mark.points:
                items.add_point(QPointF(point.x, point.y))
        self._refresh()
        theme.changed().changed.connect(self._restyle)
        self.canvas.zoomChanged.connect(self._stack_labels)

    # --- building --------------------------------------------------------------------------

    def _build_panel(self, view: View) -> None:
        self.panel = QWidget(self)
        self.panel.setMinimumWidth(PANEL_WIDTH)
        self.panel.setMaximumWidth(PANEL_WIDTH)
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(12, 0, 0, 0)
        self.view_choice = QComboBox(self.panel)
        for choice in View:
            self.view_choice.addItem(choice.label, choice)
        self.view_choice.setCurrentIndex(list(View).index(view))
        self.view_choice.setAccessibleName(self.tr("Camera view"))
        self.view_choice.setToolTip(
            self.tr("Where the camera was: it decides the sign of each angle")
        )
        self.view_choice.currentIndexChanged.connect(self._view_changed)
        self.angle_choice = QComboBox(self.panel)
        own = FILMED_ITEMS.get(self.item_id, ())
        for angle_id in angle_choices(self.item_id):
            self.angle_choice.addItem(ANGLES[angle_id].label, angle_id)
            if own and angle_id == own[-1]:
                self.angle_choice.insertSeparator(self.angle_choice.count())
        self.angle_choice.setAccessibleName(self.tr("Angle to measure"))
        # Wider than usual when a language names the views and angles at more length.
        for box in (self.view_choice, self.angle_choice):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._choices = (self.view_choice, self.angle_choice)
        self.add_button = QPushButton(self.tr("Place this angle"), self.panel)
        self.add_button.setToolTip(
            self.tr("Then click its points on the still, in the order asked")
        )
        self.add_button.clicked.connect(self.start_angle)
        self.prompt = QLabel(self.panel)
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("role", "notice")
        self.values = QListWidget(self.panel)
        self.values.setAccessibleName(self.tr("Angles measured"))
        self.values.currentRowChanged.connect(self._row_chosen)
        self.definition = QLabel(self.panel)
        self.definition.setWordWrap(True)
        self.definition.setProperty("role", "muted")
        self.remove_button = QPushButton(self.tr("Remove angle"), self.panel)
        self.remove_button.setToolTip(self.tr("Remove the selected angle (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.help = QLabel(
            self.tr(
                "Drag a point, or select it and nudge it with the arrow keys (Shift: 10 px). "
                "Tab goes to the next point. Ctrl+wheel or + and − zoom."
            ),
            self.panel,
        )
        self.help.setWordWrap(True)
        self.help.setProperty("role", "muted")
        self.note = QLabel(
            self.tr(
                "This still belongs to a signed visit: its points and camera view cannot be "
                "changed."
            ),
            self.panel,
        )
        self.note.setWordWrap(True)
        self.note.setProperty("role", "notice")
        self.note.setVisible(not self.editable)
        self.fit_button = QPushButton(self.tr("Fit"), self.panel)
        self.fit_button.setToolTip(self.tr("Fit the still to the window"))
        self.fit_button.clicked.connect(self.canvas.fit)
        column.addWidget(QLabel(self.tr("Camera view"), self.panel))
        column.addWidget(self.view_choice)
        column.addSpacing(8)
        angle_label = QLabel(self.tr("Angle"), self.panel)
        column.addWidget(angle_label)
        column.addWidget(self.angle_choice)
        column.addWidget(self.add_button)
        column.addWidget(self.prompt)
        column.addWidget(self.values, 1)
        column.addWidget(self.definition)
        column.addWidget(self.remove_button)
        column.addWidget(self.note)
        column.addWidget(self.help)
        column.addWidget(self.fit_button)
        self.view_choice.setEnabled(self.editable)
        for widget in (angle_label, self.angle_choice, self.add_button, self.remove_button):
            widget.setVisible(self.editable)  # nothing to add or remove on a signed still
        self.help.setVisible(self.editable)

    # --- what it measured ------------------------------------------------------------------

    def view(self) -> View:
        return View(self.view_choice.currentData())

    def marks(self) -> tuple[AngleMark, ...]:
        """The angles with all their points, in the still's pixels."""
        return tuple(items.to_mark() for items in self._marks if items.complete)

    def values_shown(self) -> list[str]:
        """The side panel's lines, as the clinician reads them."""
        return [self.values.item(row).text() for row in range(self.values.count())]

    def mark_items(self) -> list[MarkItems]:
        return list(self._marks)

    # --- placing ---------------------------------------------------------------------------

    def start_angle(self, angle_id: str | None = None) -> None:
        """Begin placing an angle (the one chosen, by default): clicks add its points."""
        if not self.editable:
            return
        if not isinstance(angle_id, str):
            angle_id = str(self.angle_choice.currentData())
        if self.placing is not None:  # an angle begun and not finished is let go
            self._drop(self.placing)
        self.placing = self._new_mark(angle_id)
        self.canvas.setFocus()
        self._refresh()

    def place(self, at: QPointF) -> None:
        mark = self.placing
        if mark is None:
            return
        mark.add_point(at)
        if mark.complete:
            self.placing = None
            self.values.setCurrentRow(self._marks.index(mark))
        self._refresh()

    def _new_mark(self, angle_id: str) -> MarkItems:
        items = MarkItems(self.canvas.scene(), angle_id, self._bounds(), self.editable, self._moved)
        items.set_context(self.view(), self.side)
        self._marks.append(items)
        return items

    def _bounds(self) -> QRectF:
        return self.canvas.scene().sceneRect()

    def _drop(self, items: MarkItems) -> None:
        items.remove()
        self._marks.remove(items)
        if self.placing is items:
            self.placing = None

    def remove_selected(self) -> None:
        if not self.editable:
            return
        chosen = self._chosen()
        if chosen is not None:
            self._drop(chosen)
            self._refresh()
            self.changed.emit()

    def _chosen(self) -> MarkItems | None:
        for item in self.canvas.scene().selectedItems():
            if isinstance(item, Handle):
                return item.mark
        row = self.values.currentRow()
        complete = [items for items in self._marks if items.complete]
        return complete[row] if 0 <= row < len(complete) else self.placing

    # --- keys ------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Nudge, delete or cancel; False for keys the canvas should handle itself."""
        key = event.key()
        if key == Qt.Key.Key_Escape and self.placing is not None:
            self._drop(self.placing)
            self._refresh()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        handle = self.selected_handle()
        if key not in moves or handle is None:
            return False
        if self.editable:
            step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = moves[Qt.Key(key)]
            handle.setPos(handle.pos() + QPointF(dx * step, dy * step))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete and Escape work from the side panel too (the list has the focus)."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Escape) and self.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_handle(self) -> Handle | None:
        for item in self.canvas.scene().selectedItems():
            if isinstance(item, Handle):
                return item
        return None

    def handles(self) -> list[Handle]:
        return [handle for items in self._marks for handle in items.handles]

    def select_next_handle(self, forward: bool) -> bool:
        """Select the next (or previous) handle; False after the last, so Tab moves on."""
        handles = self.handles()
        current = self.selected_handle()
        at = handles.index(current) if current in handles else (-1 if forward else len(handles))
        wanted = at + (1 if forward else -1)
        self.canvas.scene().clearSelection()
        if not 0 <= wanted < len(handles):
            return False
        handles[wanted].setSelected(True)
        self.canvas.ensureVisible(handles[wanted])
        return True

    # --- updating --------------------------------------------------------------------------

    def _moved(self, _items: MarkItems) -> None:
        if hasattr(self, "values"):
            self._refresh_values()
            self.changed.emit()

    def _view_changed(self) -> None:
        for items in self._marks:
            items.set_context(self.view(), self.side)
        self.changed.emit()

    def _row_chosen(self, row: int) -> None:
        complete = [items for items in self._marks if items.complete]
        self._define(complete[row].angle_id if 0 <= row < len(complete) else None)
        if 0 <= row < len(complete) and self.selected_handle() not in complete[row].handles:
            self.canvas.scene().clearSelection()

    def _stack_labels(self) -> None:
        """Angles whose values would be drawn on top of each other take a row each."""
        placed: list[QPoint] = []
        for items in self._marks:
            vertex = items.vertex()
            if vertex is None:
                continue
            at = self.canvas.mapFromScene(vertex)
            near = [p for p in placed if abs(p.x() - at.x()) < 160 and abs(p.y() - at.y()) < 60]
            items.set_label_row(len(near))
            placed.append(at)

    def _define(self, angle_id: str | None) -> None:
        """The chosen angle's definition and source, so its sign can be read right."""
        if angle_id is None:
            self.definition.clear()
            return
        kind = ANGLES[angle_id]
        self.definition.setText(f"{kind.short}: {kind.definition} ({kind.source}).")

    def _refresh_values(self) -> None:
        self._stack_labels()
        complete = [items for items in self._marks if items.complete]
        texts = [value_text(items.angle_id, items.value) for items in complete]
        if texts == self.values_shown():
            return
        row = self.values.currentRow()
        self.values.blockSignals(True)
        self.values.clear()
        self.values.addItems(texts)
        self.values.setCurrentRow(min(max(row, 0), len(texts) - 1))
        self.values.blockSignals(False)
        self._row_chosen(self.values.currentRow())

    def _refresh(self) -> None:
        self._refresh_values()
        placing = self.placing
        if placing is not None and placing.next_point is not None:
            # Translators: {prompt} asks for the next point ("Click the knee centre").
            prompt = self.tr("{prompt}. Esc stops.")
            self.prompt.setText(prompt.format(prompt=point_prompt(placing.next_point)))
            self.prompt.setVisible(True)
        elif self.editable and not self._marks:
            self.prompt.setText(self.tr("Choose an angle, then “Place this angle”."))
            self.prompt.setVisible(True)
        else:
            self.prompt.setVisible(False)
        self.remove_button.setEnabled(self.editable and bool(self._marks))

    def _restyle(self) -> None:
        for items in self._marks:
            items.restyle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Widen the panel to its lists' longest names, measured once styled for showing."""
        super().showEvent(event)
        longest = max(box.sizeHint().width() for box in self._choices)
        self.panel.setFixedWidth(max(PANEL_WIDTH, longest + 12))
