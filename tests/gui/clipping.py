"""Checks that every text a dialog shows is shown whole, on a 1366 x 768 screen.

`clipped_texts(widget)` walks every visible label, button, check box, radio button, field
placeholder and tab title and compares the size its text needs with the size it was given;
it also reports texts and fields that touch or overlap each other. `assert_fits(dialog)`
also checks that the dialog fits on a small laptop screen. Use `app_style()` around them:
the app's stylesheet (bold error lines, padding) changes what text needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from kneedesk.gui.theme import Scheme, apply_theme

# A 1366 x 768 laptop screen less a 40 px taskbar: what a dialog may use.
SCREEN = QRect(0, 0, 1366, 768 - 40)
# 68 characters, accents and descenders (g, j, p, q, y) that a squeezed line cuts first.
LONG_CLINIC_NAME = "Clinique de Physiothérapie Sportive Saint-Jean-sur-Richelieu — Ggjpqy"
# QLineEdit keeps 2 px between its contents rectangle and the text on each side.
LINE_EDIT_MARGIN = 2
LONG_ERROR = (
    "The database file could not be written because the folder it is in is read-only or "
    "the disk is full; free some space or choose another folder, then try again."
)


@contextmanager
def app_style(scheme: Scheme = Scheme.LIGHT) -> Iterator[None]:
    """Apply the application's appearance (stylesheet and palette, as the app does) for the
    block; then the plain style again, and the light colours for what draws its own."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before, palette = app.styleSheet(), app.palette()
    apply_theme(app, scheme)
    try:
        yield
    finally:
        if scheme is not Scheme.LIGHT:
            apply_theme(app, Scheme.LIGHT)  # what draws its own colours draws light again
        app.setStyleSheet(before)
        app.setPalette(palette)


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:60]!r}"


def _scroll_area(widget: QWidget, root: QWidget) -> QAbstractScrollArea | None:
    """The scroll area `widget` is in (inside `root`), if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _cut_off_sideways(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """Cut off at the left or right of a scroll area that cannot scroll sideways."""
    if area.horizontalScrollBar().isVisible():
        return False
    window = widget.window()
    port = area.viewport()
    left = port.mapTo(window, QPoint(0, 0)).x()
    x = widget.mapTo(window, QPoint(0, 0)).x()
    return x < left or x + widget.width() > left + port.width()


def _shown_rect(widget: QWidget, area: QRect | None = None) -> QRect:
    """The part of `widget` (or of its `area`) its parents let show, in window coordinates."""
    window = widget.window()
    area = widget.rect() if area is None else area
    shown = QRect(widget.mapTo(window, area.topLeft()), area.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return shown & window.rect()


def _label_need(label: QLabel) -> QSize:
    """A word-wrapped label needs its widest word and its height at its width."""
    if label.wordWrap():
        return QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
    return label.sizeHint()


def _placeholder_room(edit: QLineEdit) -> int:
    """How wide a placeholder may be before the field elides it (as QLineEdit paints it)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return room.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN


def _size_problems(widget: QWidget) -> list[str]:
    """What of this widget's own text does not fit in the size it was given."""
    need: QSize | None = None
    text = ""
    if isinstance(widget, QLabel) and widget.text():
        text, need = widget.text(), _label_need(widget)
    elif isinstance(widget, QAbstractButton) and widget.text():
        text, need = widget.text(), widget.sizeHint()
    elif isinstance(widget, QLineEdit) and widget.placeholderText():
        text = widget.placeholderText()
        room = _placeholder_room(widget)
        wanted = widget.fontMetrics().horizontalAdvance(text)
        if wanted > room:
            return [f"{_describe(widget, text)}: placeholder needs {wanted} px, field has {room}"]
        return []
    elif isinstance(widget, QTabBar):
        return _tab_problems(widget)
    if need is None:
        return []
    if widget.width() < need.width() or widget.height() < need.height():
        return [
            f"{_describe(widget, text)}: shown {widget.width()}x{widget.height()}, "
            f"needs {need.width()}x{need.height()}"
        ]
    return []


def _tab_problems(bar: QTabBar) -> list[str]:
    """Tab titles squeezed below what they need, or pushed out of the bar (scroll arrows)."""
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text, shown, need = bar.tabText(index), bar.tabRect(index), bar.tabSizeHint(index)
        if shown.width() < need.width() or shown.height() < need.height():
            problems.append(
                f"{_describe(bar, text)}: tab shown {shown.width()}x{shown.height()}, "
                f"needs {need.width()}x{need.height()}"
            )
        elif not bar.rect().contains(shown):
            problems.append(f"{_describe(bar, text)}: tab pushed out of its bar")
    return problems


def _has_text(widget: QWidget) -> str | None:
    """The text a widget shows, if it is one whose text could collide with another's."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text() or None
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return None  # part of its box, which is checked itself
        return widget.text() or widget.placeholderText() or widget.objectName() or "field"
    if isinstance(widget, (QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QTabBar)):
        return widget.objectName() or type(widget).__name__
    return None


def _collisions(shown: list[tuple[QWidget, str, QRect]]) -> list[str]:
    """Pairs of texts or fields that overlap, or touch with no space between them."""
    problems = []
    for n, (first, first_text, first_rect) in enumerate(shown):
        for second, second_text, second_rect in shown[n + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if first_rect.intersects(second_rect):
                how = "overlaps"
            elif first_rect.adjusted(-1, -1, 1, 1).intersects(second_rect):
                how = "touches"
            else:
                continue
            problems.append(
                f"{_describe(first, first_text)} {how} {_describe(second, second_text)}"
            )
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Each visible text in `root` that is not shown whole, with sizes.

    A word-wrapped label needs `heightForWidth(width)`; any other label or button needs its
    size hint; a field's placeholder needs its width in the field's font; a tab its size
    hint. A widget cut off by its parent or the window's edge is clipped too (in a scroll
    area, only at a side it cannot scroll to), and texts or fields that overlap or touch.
    """
    QApplication.processEvents()  # let pending layout requests run
    window = root.window()
    problems: list[str] = []
    shown: list[tuple[QWidget, str, QRect]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        own = _size_problems(widget)
        problems += own
        text = _has_text(widget)
        if text is None:
            continue
        visible = _shown_rect(widget)
        if visible.isEmpty():
            continue  # scrolled out of sight
        # A label draws its text inside its padding; fields and buttons draw to their edge.
        inked = _shown_rect(widget, widget.contentsRect()) if isinstance(widget, QLabel) else None
        shown.append((widget, text, inked or visible))
        if own:
            continue
        area = _scroll_area(widget, root)
        if area is not None and _cut_off_sideways(widget, area):
            problems.append(f"{_describe(widget, text)}: cut off at the side of its scroll area")
        elif area is None and visible.size() != widget.size():
            problems.append(f"{_describe(widget, text)}: cut off by the edge of its parent")
    return problems + _collisions(shown)


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
