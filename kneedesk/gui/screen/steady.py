"""Keeping a page still: widgets that come and go (a "Clear" link, a message) keep their space.

A click must land where it was aimed. Anything that appears when a value is entered takes room
set aside for it, so nothing under it moves (see tests/gui/test_screen_layout_stability.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget

WARNING_SIGN = "⚠"  # messages start with it
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def keep_place_when_hidden(widget: QWidget) -> None:
    """Let a widget keep its space in the layout while hidden."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def fix_to_widest(label: QLabel, texts: tuple[str, ...]) -> None:
    """Give a label the width of the widest text it will show, its text centred: a change of
    text then neither moves it nor re-wraps what is beside it (moving the rows under it)."""
    label.ensurePolished()  # the stylesheet's font and padding decide the width
    shown = label.text()
    widths = []
    for text in texts:
        label.setText(text)
        widths.append(label.sizeHint().width())
    label.setText(shown)
    label.setFixedWidth(max(widths))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)


class MessageLabel(QLabel):
    """A wrapped message that keeps room for a number of lines, shown or hidden, set or empty."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines  # 0: reserve nothing (for messages that only an exception shows)
        self.setWordWrap(True)
        if lines:
            keep_place_when_hidden(self)
        self._reserve()

    def _reserve(self) -> None:
        if not self.lines:
            return
        # Measured the way QLabel lays out plain text, with the warning sign: its fallback font
        # can make a line taller than the label font's own line spacing.
        sample = "\n".join([f"{WARNING_SIGN} Wg"] * self.lines)
        box = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), WRAP, sample)
        margins = self.contentsMargins()
        self.setMinimumHeight(box.height() + margins.top() + margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        """The stylesheet's font arrives after construction: reserve for it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()
