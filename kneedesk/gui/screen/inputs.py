"""The number and list editors: typed numbers in display units, checked as they are typed.

Object names follow the item id: ``body_mass``, ``leg_length.left``, list entries
``load.weekly_distance.0``; choices and option boxes are in ``choices``, free text in
``text_input``, and ``editor_kinds.make_editor`` picks the editor for an item's kind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kneedesk.core.protocol import Item
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.screen.display import NumberFormat
from kneedesk.gui.screen.editor import IDLE_SAVE_MS, Editor, Reading, describe, set_flag
from kneedesk.gui.screen.state import InputError


def _line_edit(name: str, fmt: NumberFormat, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(fmt.placeholder())
    edit.setMaxLength(16)
    edit.setMinimumWidth(80)
    edit.setMaximumWidth(140)
    edit.setToolTip(
        QCoreApplication.translate("NumberEditor", "Allowed: {range}").format(
            range=fmt.range_text()
        )
    )
    return edit


def _unit_label(fmt: NumberFormat, parent: QWidget) -> QLabel:
    label = QLabel(fmt.unit or "", parent)
    label.setProperty("role", "unit")
    return label


class NumberEditor(Editor):
    """A number or whole number, typed in the clinic's display unit and saved in the stored unit."""

    def __init__(
        self, item: Item, side: str | None, units: DisplayUnits, parent: QWidget | None = None
    ) -> None:
        super().__init__(item, side, parent)
        self.format = NumberFormat(item, units)
        self.setObjectName(f"{self.name}.editor")
        self.edit = _line_edit(self.name, self.format, self)
        describe(self.edit, item, side)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(_unit_label(self.format, self))
        layout.addStretch(1)
        self._saved_text = ""
        self._saved_value: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_SAVE_MS)
        self._timer.timeout.connect(lambda: self.committed.emit(False))
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.editingFinished.connect(self.finish)

    def finish(self) -> None:
        """Stop the idle timer and report the change."""
        self._timer.stop()
        self.committed.emit(True)

    def load(self, stored: Any) -> None:
        """Show a stored value converted to the display unit."""
        self._timer.stop()
        text = "" if stored is None else self.format.show(stored)
        self.edit.setText(text)
        self._saved_text, self._saved_value = text, stored

    def read(self) -> Reading:
        """Parse the text; unchanged text is not saved again (no rounding drift)."""
        text = self.edit.text()
        if text.strip() == self._saved_text.strip():
            return Reading(self._saved_value, None, savable=False)
        try:
            return Reading(self.format.parse(text))
        except InputError as exc:
            return Reading(None, str(exc), savable=False)

    def mark_saved(self) -> None:
        """The current text is what is stored."""
        reading = self.read()
        self._saved_text, self._saved_value = self.edit.text(), reading.value

    def set_read_only(self, read_only: bool) -> None:
        """Read-only keeps the value selectable."""
        self.edit.setReadOnly(read_only)

    def inputs(self) -> list[QWidget]:
        """The line edit."""
        return [self.edit]


class ListEditor(Editor):
    """A fixed number of numbers (e.g. four weekly distances); blanks are saved as null."""

    def __init__(
        self, item: Item, side: str | None, units: DisplayUnits, parent: QWidget | None = None
    ) -> None:
        super().__init__(item, side, parent)
        self.format = NumberFormat(item, units)
        self.setObjectName(f"{self.name}.editor")
        length = item.length or 1
        labels = item.entry_labels or tuple(str(n + 1) for n in range(length))
        self.labels = labels
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.edits: list[QLineEdit] = []
        for n, label in enumerate(labels):
            caption = QLabel(label, self)
            caption.setProperty("role", "caption")
            edit = _line_edit(f"{self.name}.{n}", self.format, self)
            describe(edit, item, side, label)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, n)
            grid.addWidget(edit, 1, n)
            edit.editingFinished.connect(lambda: self.committed.emit(True))
            self.edits.append(edit)
        grid.addWidget(_unit_label(self.format, self), 1, length)
        grid.setColumnStretch(length + 1, 1)
        self._saved_texts = [""] * length
        self._saved: list[Any] = [None] * length
        self._good: list[bool] = [True] * length
        self._last: list[Any] = [None] * length

    def load(self, stored: Any) -> None:
        """Show each entry of a stored list."""
        values = list(stored) if isinstance(stored, list) else []
        values += [None] * (len(self.edits) - len(values))
        for n, edit in enumerate(self.edits):
            value = values[n]
            text = "" if value is None else self.format.show(value)
            edit.setText(text)
            self._saved_texts[n], self._saved[n] = text, value

    def read(self) -> Reading:
        """The list to save; a bad entry keeps its saved value and is reported."""
        values: list[Any] = []
        errors: list[tuple[str, str]] = []
        for n, edit in enumerate(self.edits):
            self._good[n] = True
            if edit.text().strip() == self._saved_texts[n].strip():
                values.append(self._saved[n])
                continue
            try:
                values.append(self.format.parse(edit.text()))
            except InputError as exc:
                self._good[n] = False
                values.append(self._saved[n])
                errors.append((self.labels[n], str(exc)))
        self._last = values
        value = None if all(v is None for v in values) else values
        saved = None if all(v is None for v in self._saved) else self._saved
        return Reading(value, self._message(errors), savable=value != saved)

    def _message(self, errors: list[tuple[str, str]]) -> str | None:
        # One short message, however many entries are wrong (they are marked red), so it fits
        # the room kept for it under the field.
        if len(errors) <= 1:
            if not errors:
                return None
            #: A refused entry of a list of numbers ("Week 2"), then what is wrong with it.
            return self.tr("{entry}: {problem}").format(entry=errors[0][0], problem=errors[0][1])
        labels = ", ".join(label for label, _ in errors)
        return self.tr("{entries}: enter {range}").format(
            entries=labels, range=self.format.range_text()
        )

    def mark_saved(self) -> None:
        """Entries that parsed are now stored."""
        self.read()
        for n, edit in enumerate(self.edits):
            if self._good[n]:
                self._saved_texts[n] = edit.text()
                self._saved[n] = self._last[n]

    def set_invalid(self, invalid: bool) -> None:
        """Mark only the entries that were rejected."""
        for n, edit in enumerate(self.edits):
            set_flag(edit, "invalid", invalid and not self._good[n])

    def set_read_only(self, read_only: bool) -> None:
        """Read-only keeps the values selectable."""
        for edit in self.edits:
            edit.setReadOnly(read_only)

    def inputs(self) -> list[QWidget]:
        """Every entry."""
        return list(self.edits)
