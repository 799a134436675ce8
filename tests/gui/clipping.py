"""Checks that every text a dialog shows is shown whole, on a 1366 x 768 screen.

`clipped_texts(widget)` walks every visible label, button and check box and compares the
size its text needs with the size it was given; `assert_fits(dialog)` also checks that the
dialog fits on a small laptop screen. Use `app_style()` around them: the app's stylesheet
(bold error lines, padding) changes what text needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTabWidget,
    QWidget,
)

from kneedesk.gui.forms.style_qss import STYLESHEET

# A 1366 x 768 laptop screen less a 40 px taskbar: what a dialog may use.
SCREEN = QRect(0, 0, 1366, 768 - 40)
LONG_CLINIC_NAME = "Riverside Sports Physiotherapy and Running Injury Clinic North"  # 62
LONG_ERROR = (
    "The database file could not be written because the folder it is in is read-only or "
    "the disk is full; free some space or choose another folder, then try again."
)


@contextmanager
def app_style() -> Iterator[None]:
    """Apply the application's stylesheet (as the app does) for the block."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(STYLESHEET)
    try:
        yield
    finally:
        app.setStyleSheet(before)


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:60]!r}"


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_texts(root: QWidget) -> list[str]:
    """Each visible label, button or check box in `root` whose text does not fit, with sizes.

    A word-wrapped label needs `heightForWidth(width)`; any other label or button needs its
    size hint. A widget cut off by the edge of the window (outside a scroll area) is clipped
    too.
    """
    QApplication.processEvents()  # let pending layout requests run
    window = root.window()
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text:  # an image, or nothing to show
                continue
            if widget.wordWrap():
                need_w, need_h = (
                    widget.minimumSizeHint().width(),
                    widget.heightForWidth(widget.width()),
                )
            else:
                hint = widget.sizeHint()
                need_w, need_h = hint.width(), hint.height()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if not text:
                continue
            hint = widget.sizeHint()
            need_w, need_h = hint.width(), hint.height()
        else:
            continue
        if widget.width() < need_w or widget.height() < need_h:
            problems.append(
                f"{_describe(widget, text)}: shown {widget.width()}x{widget.height()}, "
                f"needs {need_w}x{need_h}"
            )
            continue
        if not _in_scroll_area(widget, root):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            shown = QRect(top_left, widget.size())
            if not window.rect().contains(shown):
                problems.append(f"{_describe(widget, text)}: cut off by the window edge")
    return problems


def tab_pages(root: QWidget) -> Iterator[str]:
    """Show each page of every tab widget in `root` in turn, yielding the tab's title."""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index)


def assert_fits(dialog: QWidget) -> None:
    """The dialog fits a 1366 x 768 screen and shows every text whole (each tab too)."""
    QApplication.processEvents()
    size = dialog.size()
    shown = f"{dialog.objectName()} is {size.width()}x{size.height()}"
    assert size.width() <= SCREEN.width(), f"{shown}, wider than the screen"
    assert size.height() <= SCREEN.height(), f"{shown}, taller than the screen"
    problems = clipped_texts(dialog)
    for title in tab_pages(dialog):
        problems += [f"[{title}] {p}" for p in clipped_texts(dialog)]
    assert not problems, "\n".join(problems)
