"""Compare…: today's still beside the earlier one of the same test, side and view.

Each picture has its visit's date above it and its angles' points drawn on it; under them
each angle measured on both: "FPPA 19° → 14° (−5°)", and always the camera caution (a 2-D
angle changes by a few degrees with where the camera stood).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.i18n import _
from kneedesk.core.stills import Still
from kneedesk.gui import theme
from kneedesk.gui.screen.editor import side_word
from kneedesk.gui.screen.still_card import still_pixmap
from kneedesk.services.stills import NO_EARLIER, Comparison, marks_text

PICTURE_HEIGHT = 420


def marked_pixmap(still: Still, height: int = PICTURE_HEIGHT) -> QPixmap:
    """The still scaled to `height` with each angle's points joined as placed."""
    source = still_pixmap(still)
    if source.isNull():
        return source
    picture = source.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
    scale = picture.height() / max(1, still.height)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tokens = theme.active()
    mark_colour, outline = QColor(tokens.photo_mark), QColor(tokens.photo_mark_outline)
    for mark in still.marks:
        points = [QPointF(p.x * scale, p.y * scale) for p in mark.points]
        for colour, width in ((outline, 5.0), (mark_colour, 2.5)):
            painter.setPen(QPen(colour, width))
            for a, b in zip(points, points[1:], strict=False):
                painter.drawLine(a, b)
        for point in points:
            painter.setPen(QPen(outline, 1.5))
            painter.setBrush(mark_colour)
            painter.drawEllipse(point, 4.5, 4.5)
    painter.end()
    return picture


def _label(text: str, role: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class CompareDialog(QDialog):
    """The two stills side by side with their angles then and now, or why there is none."""

    def __init__(
        self,
        comparison: Comparison | None,
        still: Still,
        item_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stillCompare")
        side = side_word(still.side)
        self.setWindowTitle(self.tr("Compare: {item}, {side}").format(item=item_label, side=side))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(_label(f"{item_label}, {side} · {still.view.label}", "subtitle", self))
        if comparison is None:
            self.summary = _label(_(NO_EARLIER), "intro", self, "compareNone")
            layout.addWidget(self.summary)
            self.setMinimumWidth(480)  # a sentence, not a column of words
        else:
            pictures = QGridLayout()
            pictures.setHorizontalSpacing(16)
            for column, (heading, shown) in enumerate(
                (
                    (
                        self.tr("Earlier: {date}").format(date=comparison.earlier_date),
                        comparison.earlier,
                    ),
                    (
                        self.tr("This visit: {date}").format(date=comparison.today_date),
                        comparison.today,
                    ),
                )
            ):
                pictures.addWidget(_label(heading, "item-label", self), 0, column)
                picture = QLabel(self)
                picture.setObjectName("compareEarlier" if column == 0 else "compareToday")
                picture.setPixmap(marked_pixmap(shown))
                pictures.addWidget(picture, 1, column, Qt.AlignmentFlag.AlignTop)
                pictures.addWidget(
                    _label(marks_text(shown) or self.tr("No angle measured"), "muted", self),
                    2,
                    column,
                )
            layout.addLayout(pictures)
            lines = [change.text for change in comparison.changes] or [
                self.tr("No angle was measured on both stills.")
            ]
            self.summary = _label("\n".join(lines), "still-angles", self, "compareChanges")
            layout.addWidget(self.summary)
        self.caution: QLabel | None = None
        if comparison is not None:
            self.caution = _label(f"⚠ {comparison.caution}", "notice", self, "compareCaution")
            layout.addWidget(self.caution)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
