"""Where widgets are on screen, to check that entering a value moves nothing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget


def settle() -> None:
    """Run the layout requests a change posted, as the event loop would before painting."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()


def describe(widget: QWidget) -> str:
    """A readable name for a widget in a failure message."""
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text!r}" if text else name


def places(wizard: QWidget) -> dict[QWidget, QRect]:
    """Every visible widget of the wizard and where it is, in wizard coordinates."""
    found: dict[QWidget, QRect] = {}
    for widget in wizard.findChildren(QWidget):
        if widget.isVisibleTo(wizard) and not widget.isWindow():
            top_left = widget.mapTo(wizard, QPoint(0, 0))
            found[widget] = QRect(top_left, widget.size())
    return found


def moved(before: dict[QWidget, QRect], after: dict[QWidget, QRect]) -> list[str]:
    """The widgets visible both times whose place or size changed."""
    return [
        f"{describe(w)}: {before[w].getRect()} -> {after[w].getRect()}"
        for w in before
        if w in after and before[w] != after[w]
    ]


def report(problems: list[str]) -> str:
    """The first few moves (a shift usually moves everything under it)."""
    more = f"\n... and {len(problems) - 12} more" if len(problems) > 12 else ""
    return "\n".join(problems[:12]) + more
