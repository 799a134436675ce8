"""The inline "not tested" form of an item row: which side, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneedesk.core.protocol import Item
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

# The usual reasons, offered in the clinician's language; the one chosen (or typed) is kept
# as the words shown.
REASONS = (
    QT_TRANSLATE_NOOP("NotTestedForm", "Too painful to test"),
    QT_TRANSLATE_NOOP("NotTestedForm", "Patient declined"),
    QT_TRANSLATE_NOOP("NotTestedForm", "Not indicated today"),
    QT_TRANSLATE_NOOP("NotTestedForm", "Equipment not available"),
    QT_TRANSLATE_NOOP("NotTestedForm", "Not enough time"),
)
SCOPES: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("NotTestedForm", "Both sides"), None),
    (QT_TRANSLATE_NOOP("NotTestedForm", "Left side only"), "left"),
    (QT_TRANSLATE_NOOP("NotTestedForm", "Right side only"), "right"),
)


class NotTestedForm(QWidget):
    """Pick a side (for per-side items) and a reason, then confirm; Escape cancels."""

    confirmed = Signal(object, str)  # side (None: whole item), reason
    cancelled = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"{item.id}.not_tested_form")
        self.setProperty("role", "not-tested-form")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(4)
        layout = QHBoxLayout()
        column.addLayout(layout)
        layout.addWidget(QLabel(self.tr("Not tested:"), self))
        self.scope = QComboBox(self)
        self.scope.setObjectName(f"{item.id}.not_tested_side")
        self.scope.setAccessibleName(
            self.tr("{label}: which side was not tested").format(label=item.label)
        )
        self.scope.setAccessibleDescription(item.instruction)
        for text, side in SCOPES:
            self.scope.addItem(self.tr(text), side)
        self.scope.setVisible(item.per_side)
        layout.addWidget(self.scope)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.setObjectName(f"{item.id}.not_tested_reason")
        self.reason.setAccessibleName(
            self.tr("{label}: reason it was not tested").format(label=item.label)
        )
        self.reason.setAccessibleDescription(item.instruction)
        self.reason.addItems(["", *(self.tr(reason) for reason in REASONS)])
        self.reason.setMinimumContentsLength(24)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.reason.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.setPlaceholderText(self.tr("Reason (required)"))
        line.returnPressed.connect(self._confirm)
        layout.addWidget(self.reason, 1)
        self.ok = QPushButton(self.tr("Mark not tested"), self)
        self.ok.setObjectName(f"{item.id}.not_tested_confirm")
        self.ok.clicked.connect(self._confirm)
        layout.addWidget(self.ok)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName(f"{item.id}.not_tested_cancel")
        cancel.clicked.connect(self.cancelled.emit)
        layout.addWidget(cancel)
        # Escape anywhere in the form cancels (the editable reason box keeps the bare key).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled.emit)
        # Under the controls, wrapped: a save error can be a long sentence.
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)

    def open_for(self, side: str | None) -> None:
        """Show the form with the side preselected and the reason focused."""
        index = next((n for n, (_, s) in enumerate(SCOPES) if s == side), 0)
        self.scope.setCurrentIndex(index)
        self.reason.setCurrentIndex(0)
        self.reason.setEditText("")
        self.show_error(None)
        self.show()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str | None) -> None:
        """Show why marking failed, or hide the message."""
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def _confirm(self) -> None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.show_error(self.tr("Give a reason"))
            return
        side = self.scope.currentData() if self.item.per_side else None
        self.confirmed.emit(side, reason)
