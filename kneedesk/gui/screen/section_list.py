"""The list of sections on the left of the wizard, each with its completion state in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kneedesk.gui import theme
from kneedesk.gui.screen.state import SectionStatus
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

ICON_SIZE = 18
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # an item's SectionStatus, to redraw its icon
SUMMARY_STATUS = QT_TRANSLATE_NOOP("SectionList", "scores, findings, plan")
# A section's state in words, under its name.
STATUS_WORDS = {
    SectionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("SectionList", "not started"),
    SectionStatus.PARTLY: QT_TRANSLATE_NOOP("SectionList", "partly done"),
    SectionStatus.DONE: QT_TRANSLATE_NOOP("SectionList", "done"),
    SectionStatus.SKIPPED: QT_TRANSLATE_NOOP("SectionList", "skipped"),
}
# More sections than this (v2 has 12) get tighter rows, so the list fits a 768-pixel-high
# screen without a scroll bar (with the red-flag banner under it): Qt measures wrapped items
# without the bar's width, and the last line of an item would be cut once it appears.
COMPACT_AFTER = 9


def status_colour(status: SectionStatus | None) -> str:
    """A state's colour in the appearance shown now (the summary's when None)."""
    tokens = theme.active()
    return (
        {
            SectionStatus.NOT_STARTED: tokens.status_not_started,
            SectionStatus.PARTLY: tokens.status_partly,
            SectionStatus.DONE: tokens.status_done,
            SectionStatus.SKIPPED: tokens.status_skipped,
        }.get(status, tokens.status_current)
        if status
        else tokens.status_current
    )


def status_icon(status: SectionStatus | None, ratio: float = 2.0) -> QIcon:
    """A shape per state (ring, half disc, tick, dash), so colour is not the only cue."""
    size = int(ICON_SIZE * ratio)
    pixmap = QPixmap(size, size)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(status_colour(status))
    box = QRectF(2, 2, ICON_SIZE - 4, ICON_SIZE - 4)
    painter.setPen(QPen(colour, 1.6))
    if status is SectionStatus.DONE:
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor(theme.active().on_accent), 2.0))
        path = QPainterPath(QPointF(5.5, 9.5))
        path.lineTo(8, 12)
        path.lineTo(12.5, 6.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif status is SectionStatus.PARTLY:
        painter.drawEllipse(box)
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status is SectionStatus.SKIPPED:
        painter.drawEllipse(box)
        painter.drawLine(QPointF(5.5, 9), QPointF(12.5, 9))
    elif status is SectionStatus.NOT_STARTED:
        painter.drawEllipse(box)
    else:  # the summary
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 3, 3)
    painter.end()
    return QIcon(pixmap)


class SectionList(QListWidget):
    """Sections in order, then the summary; arrow keys or a click open a section."""

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_list")
        self.setAccessibleName(self.tr("Sections of the screen"))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.titles = list(titles)
        if len(self.titles) > COMPACT_AFTER:
            self.setStyleSheet("#section_list::item { padding: 2px 10px; margin: 0 6px; }")
        for n, title in enumerate(self.titles):
            item = QListWidgetItem(f"{n + 1}. {title}", self)
            item.setData(Qt.ItemDataRole.UserRole, n)
        summary = QListWidgetItem(self.tr("Summary and plan"), self)
        summary.setIcon(status_icon(None))
        summary_status = self.tr(SUMMARY_STATUS)
        summary.setToolTip(self.tr("Summary: {status}").format(status=summary_status))
        summary.setData(Qt.ItemDataRole.AccessibleDescriptionRole, summary_status)
        theme.changed().changed.connect(self._recolour)

    def _recolour(self, _scheme: object) -> None:
        """Draw the icons again in the new appearance's colours."""
        ratio = self.devicePixelRatioF() or 1.0
        for row in range(self.count()):
            item = self.item(row)
            status = item.data(STATUS_ROLE)
            if status is not None or row == self.count() - 1:
                item.setIcon(status_icon(status, ratio))

    def sizeHint(self) -> QSize:
        """As tall as every item: Qt caps a list that adjusts to its contents at 24 lines."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        self.executeDelayedItemsLayout()
        contents = self.contentsSize().height() + 2 * self.frameWidth()
        height = contents + margins.top() + margins.bottom()
        return QSize(hint.width(), max(hint.height(), height))

    def set_status(self, index: int, status: SectionStatus) -> None:
        """Show a section's state as an icon and in words."""
        item = self.item(index)
        words = self.tr(STATUS_WORDS.get(status, status.value))
        text = f"{index + 1}. {self.titles[index]}\n{words}"
        if item.text() != text:
            item.setText(text)
            item.setIcon(status_icon(status, self.devicePixelRatioF() or 1.0))
            item.setData(STATUS_ROLE, status)
            item.setToolTip(f"{self.titles[index]}: {words}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words)
            self.updateGeometry()

    def status_text(self, index: int) -> str:
        """The state shown for a section (for tests and screen readers)."""
        return str(self.item(index).data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
