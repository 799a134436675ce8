"""The editor of a free-text answer (e.g. "Other cause considered"): one line, autosaved.

Saved like a number: a moment after the last keystroke and when the field is left; emptied,
the answer is cleared. Longer than TEXT_MAX_LENGTH characters, the text is kept in the field,
not saved, and the message under the field says how much to remove.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from kneedesk.core.protocol import Item
from kneedesk.core.protocol_model import TEXT_MAX_LENGTH
from kneedesk.core.text_checks import unsafe_char_problem
from kneedesk.gui.screen.editor import IDLE_SAVE_MS, Editor, Reading, describe

# Far above the limit, so a pasted text arrives whole and the message can say how long it is.
FIELD_MAX_LENGTH = 4 * TEXT_MAX_LENGTH


def text_problem(text: str) -> str | None:
    """Why a typed text cannot be saved, or None."""
    if len(text) > TEXT_MAX_LENGTH:
        extra = len(text) - TEXT_MAX_LENGTH
        return QCoreApplication.translate(
            "TextEditor", "{length} characters: at most {maximum}, remove {extra}"
        ).format(length=len(text), maximum=TEXT_MAX_LENGTH, extra=extra)
    problem = unsafe_char_problem(text)
    if not problem:
        return None
    #: {problem} is the rest of the sentence, e.g. "contains a control character".
    return QCoreApplication.translate("TextEditor", "The text {problem}").format(problem=problem)


class TextEditor(Editor):
    """A line of free text with a characters-left count once it gets long."""

    def __init__(self, item: Item, side: str | None, parent: QWidget | None = None) -> None:
        super().__init__(item, side, parent)
        self.setObjectName(f"{self.name}.editor")
        self.edit = QLineEdit(self)
        self.edit.setObjectName(self.name)
        self.edit.setMaxLength(FIELD_MAX_LENGTH)
        self.edit.setPlaceholderText(self.tr("Optional, a few words"))
        self.edit.setMinimumWidth(200)
        self.edit.setToolTip(
            self.tr("At most {maximum} characters").format(maximum=TEXT_MAX_LENGTH)
        )
        describe(self.edit, item, side)
        self.count = QLabel("", self)
        self.count.setObjectName(f"{self.name}.count")
        self.count.setProperty("role", "unit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        # The count takes the room of its longest text from the start: nothing shifts.
        self.count.setText(self.tr("{count} left").format(count=-FIELD_MAX_LENGTH))
        self.count.setMinimumWidth(self.count.sizeHint().width())
        self.count.setText("")
        self._saved_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_SAVE_MS)
        self._timer.timeout.connect(lambda: self.committed.emit(False))
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self.finish)

    def _edited(self, text: str) -> None:
        self._show_count(text)
        self._timer.start()

    def _show_count(self, text: str) -> None:
        left = TEXT_MAX_LENGTH - len(text)
        # Shown near the limit only: a count on every short note is noise.
        self.count.setText(
            self.tr("{count} left").format(count=left) if left < TEXT_MAX_LENGTH // 5 else ""
        )

    def finish(self) -> None:
        """Stop the idle timer and report the change."""
        self._timer.stop()
        self.committed.emit(True)

    def load(self, stored: Any) -> None:
        """Show a stored text."""
        self._timer.stop()
        text = stored if isinstance(stored, str) else ""
        self.edit.setText(text)
        self._saved_text = text
        self._show_count(text)

    def read(self) -> Reading:
        """The text to save (surrounding spaces removed; empty clears the answer)."""
        text = self.edit.text().strip()
        if text == self._saved_text:
            return Reading(text or None, None, savable=False)
        problem = text_problem(text)
        if problem:
            return Reading(None, problem, savable=False)
        return Reading(text or None)

    def mark_saved(self) -> None:
        """The current text is what is stored."""
        self._saved_text = self.edit.text().strip()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only keeps the text selectable."""
        self.edit.setReadOnly(read_only)

    def inputs(self) -> list[QWidget]:
        """The line edit."""
        return [self.edit]
