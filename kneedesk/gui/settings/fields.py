"""Showing a problem at its field: red border on the input, the message just below it."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def prepare_error_label(label: QLabel) -> None:
    """Style a field's error label and hide it until there is something to say."""
    label.setProperty("role", "error")
    # A label already polished (a form may have asked its size) would keep the plain style:
    # polish again so the message is drawn, and measured, bold and red.
    label.style().unpolish(label)
    label.style().polish(label)
    label.setWordWrap(True)
    label.clear()
    label.setVisible(False)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input invalid (the stylesheet draws it red) or valid again."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_field_problem(widget: QWidget | None, label: QLabel, problem: str | None) -> None:
    """Show `problem` under the field, or clear it when None."""
    label.setText(problem or "")
    label.setVisible(bool(problem))
    label.setAccessibleDescription(problem or "")
    if widget is not None:
        set_invalid(widget, bool(problem))
        # A screen reader reads the problem with the field; the usual description comes back
        # once it is fixed.
        usual = widget.property("usualDescription")
        if usual is None:
            usual = widget.accessibleDescription()
            widget.setProperty("usualDescription", usual)
        widget.setAccessibleDescription(problem or usual)


def fit_bold_text(button: QAbstractButton) -> None:
    """Make a button wide enough for its text in bold (the default button is drawn bold)."""
    font = button.font()
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text().replace("&", "")) + 36
    button.setMinimumWidth(max(button.minimumWidth(), width))


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for messages that just appeared (it never shrinks), up to
    the height of the screen."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen()
    if screen is not None:  # never past the screen's foot: longer translations stop there
        frame = window.frameGeometry().height() - window.height()
        needed = min(needed, screen.availableGeometry().height() - frame)
    if needed > window.height():
        window.resize(width, needed)
