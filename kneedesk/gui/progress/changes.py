"""Under a chart: each line's change since the first and since the last visit, in words."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kneedesk.core.progress import Series
from kneedesk.gui.progress.text import change_cells, plain


class _Words(QLabel):
    """Rich text that asks for its one-line width and wraps only when given less."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        super().__init__(html, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self.text())
        hint = super().sizeHint()
        return QSize(max(hint.width(), ceil(document.idealWidth()) + 2), hint.height())


class ChangeTable(QWidget):
    """A small table: line, since first visit, since last visit; meaningful changes in bold."""

    def __init__(self, series: Series, names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changeTable")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self.cells: dict[str, tuple[QLabel, ...]] = {}
        self._names: dict[str, QLabel] = {}
        self._shape: tuple[tuple[str, ...], int] | None = None
        self.show_series(series, names)

    def headings(self) -> tuple[str, str]:
        """The columns' headings: since the first visit, since the last visit."""
        return (self.tr("Since first visit"), self.tr("Since last visit"))

    def show_series(self, series: Series, names: dict[str, str]) -> None:
        """Fill the table for a series (again, when its chart shows another patient)."""
        named = len(series.lines) > 1
        # With two visits "since the last" is "since the first": say it once.
        headings = self.headings()[: 2 if len(series.lines[0].points) >= 3 else 1]
        shape = (tuple(line.key for line in series.lines), len(headings))
        if shape == self._shape:  # the same cells: only their words change
            for line in series.lines:
                if named:
                    self._names[line.key].setText(names.get(line.key, line.label))
                texts = change_cells(series, line)[: len(headings)]
                for label, text in zip(self.cells[line.key], texts, strict=True):
                    label.setText(text)
            return
        self._shape = shape
        grid = self._grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for col in range(grid.columnCount()):
            grid.setColumnStretch(col, 0)
        first_col = 1 if named else 0
        for col, heading in enumerate(headings):
            label = QLabel(heading, self)
            label.setProperty("role", "muted")
            grid.addWidget(label, 0, first_col + col)
        self.cells = {}
        self._names = {}
        for row, line in enumerate(series.lines, start=1):
            if named:
                self._names[line.key] = QLabel(names.get(line.key, line.label), self)
                grid.addWidget(self._names[line.key], row, 0)
            texts = change_cells(series, line)[: len(headings)]
            self.cells[line.key] = tuple(_Words(text, self) for text in texts)
            for col, label in enumerate(self.cells[line.key]):
                label.setObjectName(f"change_{line.key}_{('first', 'last')[col]}")
                grid.addWidget(label, row, first_col + col)
        # Spare width goes to an empty last column: the words keep their natural width while
        # they fit and wrap only when the card is too narrow for them.
        grid.setColumnStretch(first_col + len(headings), 1)

    def text_of(self, key: str) -> str:
        """A line's changes as plain text (for tests and screen readers)."""
        return " \u00b7 ".join(
            f"{heading}: {plain(label.text())}"
            for heading, label in zip(self.headings(), self.cells[key], strict=False)
        )
