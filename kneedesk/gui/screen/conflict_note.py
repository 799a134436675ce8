"""At a field another workstation changed since it was shown here: both values and a choice.

The value the clinician typed stays in the field; nothing is saved until they choose "Keep
mine" (their value is saved over the one stored now) or "Use theirs" (the field takes the
stored value). The same words serve the visit's answers and the patient dialog.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneedesk.store.errors import ConflictError


def local_minute(stamp: str) -> str:
    """A stored UTC timestamp as local date and time to the minute ("" stays "")."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def conflict_text(conflict: ConflictError, theirs: str, mine: str) -> str:
    """What the clinician reads at the field: who changed it, when, and both values."""
    translate = QCoreApplication.translate
    when = local_minute(conflict.at)
    if conflict.by and when:
        head = translate(
            "ConflictNote", "Changed on another workstation by {name} at {time}."
        ).format(name=conflict.by, time=when)
    elif when:
        head = translate("ConflictNote", "Changed on another workstation at {time}.").format(
            time=when
        )
    else:
        head = translate("ConflictNote", "Changed on another workstation.")
    empty = translate("ConflictNote", "(empty)")
    return "\n".join(
        (
            head,
            translate("ConflictNote", "Stored now: {value}").format(value=theirs or empty),
            translate("ConflictNote", "You typed: {value}").format(value=mine or empty),
            translate("ConflictNote", "Nothing was saved: choose which to keep."),
        )
    )


class ConflictNote(QFrame):
    """The conflict at one field: what happened, both values, "Keep mine" and "Use theirs"."""

    keepMine = Signal()
    useTheirs = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}.conflict")
        self.setProperty("role", "conflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}.conflict_text")
        self.text.setWordWrap(True)
        self.text.setProperty("role", "error")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.keep = QPushButton(self.tr("Keep mine"), self)
        self.keep.setObjectName(f"{name}.keep_mine")
        self.keep.setToolTip(self.tr("Save the value you typed over the one stored now"))
        self.keep.clicked.connect(self.keepMine.emit)
        self.take = QPushButton(self.tr("Use theirs"), self)
        self.take.setObjectName(f"{name}.use_theirs")
        self.take.setToolTip(self.tr("Show and keep the value stored now"))
        self.take.clicked.connect(self.useTheirs.emit)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.conflict: ConflictError | None = None
        self.hide()

    def show_conflict(self, conflict: ConflictError, theirs: str, mine: str) -> None:
        """Show a conflict with both values as the clinician reads them."""
        self.conflict = conflict
        self.text.setText(conflict_text(conflict, theirs, mine))
        self.show()

    def dismiss(self) -> None:
        """Hide it once the clinician chose (or the field was saved another way)."""
        self.conflict = None
        self.text.setText("")
        self.hide()
