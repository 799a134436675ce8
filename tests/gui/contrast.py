"""Text contrast measured on rendered pixels (WCAG 2: at least 4.5:1 for body text).

`low_contrast(root)` renders `root` once and, for every visible text it shows (labels,
buttons, check boxes, fields and their placeholders, tab titles, menu entries, table cells
and headers, list items, chart titles and axis numbers), takes the part of the image where
the text is drawn: its background is the most common colour there, its text colour the
colour of the glyphs' inked cores (the strongest contrast that a handful of pixels reach, so
one stray pixel does not decide, nor antialiased edges or a button's gradient). It returns a
line for each text below the minimum, naming the widget, its text and the colours measured.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

AA_MINIMUM = 4.5
INKED_PIXELS = 6  # the text colour: the strongest colour this many pixels reach (glyph cores)
MAX_ROWS = 12  # table and list rows checked per view (the first ones shown)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def measure(image: QImage, rect: QRect) -> tuple[float, QColor, QColor] | None:
    """(ratio, text colour, background colour) of the text drawn in `rect` of `image`, or
    None when nothing but background is drawn there."""
    rect = rect & image.rect()
    if rect.width() < 2 or rect.height() < 2:
        return None
    pixels = [
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]
    counts = Counter(pixels)
    background = QColor(counts.most_common(1)[0][0])
    inked = sorted(((ratio(QColor(p), background), p, n) for p, n in counts.items()), reverse=True)
    reached = 0
    for value, pixel, n in inked:  # strongest first
        reached += n
        if reached >= INKED_PIXELS:
            return (value, QColor(pixel), background) if value > 1.0 else None
    return None


def _shown(widget: QWidget, root: QWidget, rect: QRect) -> QRect:
    """`rect` (in widget coordinates) in root coordinates, cut to what its parents show."""
    shown = QRect(widget.mapTo(root, rect.topLeft()), rect.size())
    parent: QWidget | None = widget
    while parent is not None and parent is not root:
        shown &= QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return shown


def _button_text_rect(button: QAbstractButton) -> QRect:
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[arg-type]
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return style.subElementRect(element, option, button)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        return style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    return button.rect().adjusted(3, 3, -3, -3)


def _view_texts(view: QAbstractItemView) -> Iterator[tuple[QWidget, str, QRect]]:
    model = view.model()
    if model is None:
        return
    port = view.viewport()
    root_index = view.rootIndex()
    for row in range(MAX_ROWS):
        for column in range(64):
            index = model.index(row, column, root_index)  # (some models hide their counts)
            if not index.isValid():
                break
            text = str(index.data() or "")
            if not text.strip() or view.isIndexHidden(index):
                continue
            rect = view.visualRect(index) & port.rect()
            yield port, text, rect.adjusted(2, 1, -2, -1)


def _header_texts(header: QHeaderView) -> Iterator[tuple[QWidget, str, QRect]]:
    model = header.model()
    if model is None:
        return
    port = header.viewport()
    vertical = header.orientation() == Qt.Orientation.Vertical
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text.strip():
            continue
        start, size = header.sectionViewportPosition(section), header.sectionSize(section)
        across = port.width() if vertical else port.height()
        rect = QRect(0, start, across, size) if vertical else QRect(start, 0, size, across)
        yield port, text, rect.adjusted(3, 3, -3, -3) & port.rect()


def _chart_texts(view: QGraphicsView) -> Iterator[tuple[QWidget, str, QRect]]:
    """A chart's title and the numbers of its axes (pyqtgraph draws them in a scene)."""
    chart = view.parentWidget()
    title = getattr(chart, "title", None)
    plot = getattr(chart, "plot", None)
    port = view.viewport()
    if title is not None:
        box = view.mapFromScene(title.sceneBoundingRect()).boundingRect()
        yield port, f"chart title {title.text}", box.adjusted(2, 2, -2, -2)
    if plot is not None:
        # The numbers only, beside the drawing: the axis line is a quiet rule, not text.
        drawing = view.mapFromScene(plot.vb.sceneBoundingRect()).boundingRect()
        for name in ("left", "bottom"):
            box = view.mapFromScene(plot.getAxis(name).sceneBoundingRect()).boundingRect()
            if name == "left":
                box.setRight(min(box.right(), drawing.left() - 7))
            else:
                box.setTop(max(box.top(), drawing.bottom() + 7))
            yield port, f"{name} axis numbers", box


def texts(root: QWidget) -> Iterator[tuple[QWidget, str, QRect]]:
    """Every visible, enabled text under `root`: (widget, text, where it is drawn, in the
    widget's coordinates)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) or not widget.isEnabled() or widget.width() < 2:
            continue
        if isinstance(widget, QLabel):
            if widget.text().strip() and widget.pixmap().isNull():
                yield widget, widget.text(), widget.contentsRect()
        elif isinstance(widget, QAbstractButton):
            if widget.text().strip():
                yield widget, widget.text(), _button_text_rect(widget)
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
            if text.strip() and widget.echoMode() is QLineEdit.EchoMode.Normal:
                yield widget, text, widget.contentsRect().adjusted(4, 2, -4, -2)
        elif isinstance(widget, QComboBox):
            if widget.currentText().strip():
                option = QStyleOptionComboBox()
                widget.initStyleOption(option)
                field = widget.style().subControlRect(
                    QStyle.ComplexControl.CC_ComboBox,
                    option,
                    QStyle.SubControl.SC_ComboBoxEditField,
                    widget,
                )
                yield widget, widget.currentText(), field
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab) and widget.isTabEnabled(tab):
                    rect = widget.tabRect(tab).adjusted(4, 3, -4, -3)
                    yield widget, f"tab {widget.tabText(tab)}", rect
        elif isinstance(widget, (QMenuBar, QMenu)):
            for action in widget.actions():
                if action.isVisible() and action.text().strip():
                    rect = widget.actionGeometry(action).adjusted(2, 2, -2, -2)
                    yield widget, f"menu {action.text()}", rect
        elif isinstance(widget, QHeaderView):
            yield from _header_texts(widget)
        elif isinstance(widget, QAbstractItemView):
            yield from _view_texts(widget)
        elif isinstance(widget, QGraphicsView) and widget.objectName() == "chartCanvas":
            yield from _chart_texts(widget)


def _describe(widget: QWidget, text: str) -> str:
    name = widget.objectName() or type(widget).__name__
    parent = widget.parentWidget()
    if not widget.objectName() and parent is not None and parent.objectName():
        name = f"{parent.objectName()}/{name}"
    return f"{name} {' '.join(text.split())[:50]!r}"


def low_contrast(root: QWidget, minimum: float = AA_MINIMUM) -> list[str]:
    """Each text shown under `root` whose rendered contrast is below `minimum`."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit) and root.isAncestorOf(focused):
        focused.clearFocus()  # its blinking caret is not text (and would be measured as ink)
    image = root.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    scale = image.width() / max(1, root.width())
    problems = []
    for widget, text, rect in texts(root):
        shown = _shown(widget, root, rect)
        if shown.isEmpty():
            continue
        box = QRect(
            round(shown.x() * scale),
            round(shown.y() * scale),
            round(shown.width() * scale),
            round(shown.height() * scale),
        )
        found = measure(image, box)
        if found is not None and found[0] < minimum:
            value, ink, paper = found
            problems.append(
                f"{_describe(widget, text)}: {value:.2f}:1 ({ink.name()} on {paper.name()})"
            )
    return problems
