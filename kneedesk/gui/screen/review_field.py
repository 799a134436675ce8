"""The "Next visit" field under the plan: a usual interval from the list, or any text typed.

Like every input of the screen it saves by itself: a short pause after the last keystroke,
leaving the field, Enter or picking from the list hands the text to the saver. A signed
visit shows the value it was signed with, read-only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kneedesk.core.plan_record import REVIEW_CHOICES, REVIEW_MAX_LENGTH
from kneedesk.gui.screen.editor import IDLE_SAVE_MS
from kneedesk.gui.screen.recorder import SINK_ERRORS
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

ReviewSaver = Callable[[str], None]
"""Stores the next visit; raises like an `AnswerSink` (ValueError, OSError, sqlite3.Error)."""

PLACEHOLDER = QT_TRANSLATE_NOOP("ReviewField", "Choose or type, e.g. in 3 weeks")
#: “in N weeks” is what the clinician types (in English) for the handout to print the date.
HINT = QT_TRANSLATE_NOOP(
    "ReviewField",
    "Printed on the patient's handout. “in N weeks” also prints the date it falls on.",
)


class ReviewField(QWidget):
    """An editable combo for the next visit, with its label, a hint and a save error."""

    changed = Signal(str)  # the text now saved

    def __init__(
        self,
        read_only: bool = False,
        saver: ReviewSaver | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_field")
        self.read_only = read_only
        self.saver = saver
        self._saved = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Next visit:"), self)
        label.setProperty("role", "item-label")
        row.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setObjectName("review_combo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(REVIEW_CHOICES)
        self.combo.setCurrentIndex(-1)
        self.combo.setMinimumContentsLength(26)
        edit = self.combo.lineEdit()
        assert edit is not None  # an editable combo has one
        hint = self.tr(HINT)
        for widget in (self.combo, edit):
            widget.setAccessibleName(self.tr("Next visit"))
            widget.setAccessibleDescription(hint)
        edit.setObjectName("review_edit")
        edit.setPlaceholderText(self.tr(PLACEHOLDER))
        # Room for the whole placeholder, however long the language makes it.
        room = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 48
        self.combo.setMinimumWidth(max(self.combo.minimumSizeHint().width(), room))
        edit.setMaxLength(REVIEW_MAX_LENGTH)
        edit.clear()
        label.setBuddy(self.combo)
        row.addWidget(self.combo)
        self.value = QLabel(self)
        self.value.setObjectName("review_value")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.value)
        self.hint = QLabel(hint, self)
        self.hint.setProperty("role", "caption")
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        if read_only:
            row.addStretch(1)
        outer.addLayout(row)
        self.error = QLabel(self)
        self.error.setObjectName("review_error")
        self.error.setProperty("role", "error")
        self.error.hide()
        outer.addWidget(self.error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_SAVE_MS)
        self._timer.timeout.connect(self.commit)
        edit.textEdited.connect(lambda _text: self._timer.start())
        edit.editingFinished.connect(self.commit)
        self.combo.textActivated.connect(lambda _text: self.commit())
        self.combo.setVisible(not read_only)
        self.hint.setVisible(not read_only)
        self.value.setVisible(read_only)
        self._show_value()

    def text(self) -> str:
        """The next visit as shown (signed: as signed)."""
        return self._saved if self.read_only else self.combo.currentText().strip()

    def load(self, text: str) -> None:
        """Show a saved next visit without saving it again."""
        self._timer.stop()
        self._saved = text.strip()
        self.combo.setCurrentIndex(self.combo.findText(self._saved))
        self.combo.setEditText(self._saved)
        self._show_value()

    def commit(self) -> None:
        """Save the text when it differs from the saved one; a refusal is shown under it."""
        self._timer.stop()
        text = self.text()
        if self.read_only or text == self._saved:
            return
        try:
            if self.saver is not None:
                self.saver(text)
        except SINK_ERRORS as exc:
            reason = str(exc).strip() or type(exc).__name__
            self.show_error(self.tr("Not saved: {reason}").format(reason=reason))
            return
        self._saved = text
        self.show_error(None)
        self.changed.emit(text)

    def show_error(self, message: str | None) -> None:
        """Show why the text was not saved, or hide the message."""
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def _show_value(self) -> None:
        self.value.setText(self._saved or self.tr("Not set"))
        self.value.setProperty("role", "" if self._saved else "caption")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)
