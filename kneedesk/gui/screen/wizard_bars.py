"""The bars around a wizard page: above it, the notice of required items left empty in the
section just left; below it, the footer with the progress line and Back / Next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class LeaveNotice(QWidget):
    """ "“Section” still has N required items empty: ...", with Go back and Dismiss."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leave_notice")
        # A QWidget subclass draws its stylesheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "leave-notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 10, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.go_back_button = QPushButton("Go back", self)
        self.go_back_button.setObjectName("leave_notice_back")
        self.go_back_button.clicked.connect(self.backRequested.emit)
        layout.addWidget(self.go_back_button)
        dismiss = QPushButton("Dismiss", self)
        dismiss.setObjectName("leave_notice_dismiss")
        dismiss.clicked.connect(self.hide)
        layout.addWidget(dismiss)
        self.hide()

    def show_missing(self, section_title: str, labels: Sequence[str]) -> None:
        """Name the required items of a section still empty, and show the notice."""
        count = len(labels)
        self.text.setText(
            f"“{section_title}” still has {count} required item"
            f"{'s' if count > 1 else ''} empty: {', '.join(labels)}. You can come back to it."
        )
        self.show()


class WizardFooter(QWidget):
    """The progress of the page (or of the visit, on the summary) with Back and Next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.progress = QLabel(self)
        self.progress.setObjectName("wizard_progress")
        self.progress.setProperty("role", "progress")
        layout.addWidget(self.progress, 1)
        self.back_button = QPushButton("‹ Back", self)
        self.back_button.setObjectName("wizard_back")
        self.back_button.setToolTip("Previous section (Ctrl+PgUp or Alt+Left)")
        self.next_button = QPushButton("Next ›", self)
        self.next_button.setObjectName("wizard_next")
        self.next_button.setToolTip("Next section (Ctrl+PgDown or Alt+Right)")
        self.next_button.setProperty("role", "primary")
        for button in (self.back_button, self.next_button):
            button.setAutoDefault(True)
            layout.addWidget(button)

    def show_place(self, index: int, section_count: int, read_only: bool, progress: str) -> None:
        """Buttons and progress for page `index` (`section_count` is the summary)."""
        self.back_button.setEnabled(index > 0)
        on_summary = index == section_count
        self.next_button.setEnabled(not (on_summary and read_only))
        last = index == section_count - 1
        self.next_button.setText("Sign visit…" if on_summary else "Summary ›" if last else "Next ›")
        self.progress.setText(progress)
