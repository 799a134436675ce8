"""The frame around a wizard page: the section list with the red-flag banner under it, the
notice of required items left empty in the section just left above the page, the footer with
the progress line and Back / Next below it, and the keys that step between sections."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


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
        self.go_back_button = QPushButton(self.tr("Go back"), self)
        self.go_back_button.setObjectName("leave_notice_back")
        self.go_back_button.clicked.connect(self.backRequested.emit)
        layout.addWidget(self.go_back_button)
        dismiss = QPushButton(self.tr("Dismiss"), self)
        dismiss.setObjectName("leave_notice_dismiss")
        dismiss.clicked.connect(self.hide)
        layout.addWidget(dismiss)
        self.hide()

    def show_missing(self, section_title: str, labels: Sequence[str]) -> None:
        """Name the required items of a section still empty, and show the notice."""
        count = len(labels)
        if count > 1:
            text = self.tr(
                "“{section}” still has {count} required items empty: {names}. "
                "You can come back to it."
            )
        else:
            text = self.tr(
                "“{section}” still has {count} required item empty: {names}. "
                "You can come back to it."
            )
        self.text.setText(text.format(section=section_title, count=count, names=", ".join(labels)))
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
        self.back_button = QPushButton(self.tr("‹ Back"), self)
        self.back_button.setObjectName("wizard_back")
        self.back_button.setToolTip(self.tr("Previous section (Ctrl+PgUp or Alt+Left)"))
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.next_button.setObjectName("wizard_next")
        self.next_button.setToolTip(self.tr("Next section (Ctrl+PgDown or Alt+Right)"))
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
        if on_summary:
            self.next_button.setText(self.tr("Sign visit…"))
        elif last:
            self.next_button.setText(self.tr("Summary ›"))
        else:
            self.next_button.setText(self.tr("Next ›"))
        self.progress.setText(progress)


NEXT_KEYS = ("Ctrl+PgDown", "Alt+Right")


BACK_KEYS = ("Ctrl+PgUp", "Alt+Left")


def add_step_shortcuts(wizard: QWidget, step: Callable[[int], None]) -> None:
    """Next and Back by keyboard anywhere in the wizard (`step(1)`, `step(-1)`)."""
    for keys, direction in ((NEXT_KEYS, 1), (BACK_KEYS, -1)):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), wizard)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=direction: step(d))


def lay_out_clinician_view(
    view: QWidget, section_list: QListWidget, banner: QWidget, pages: QWidget
) -> tuple[LeaveNotice, WizardFooter]:
    """Place the section list, banner, pages and bars in `view`; the two bars made for it."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    body = QHBoxLayout()
    body.setSpacing(0)
    # The red-flag banner sits under the section list, not above the page: a banner that
    # appeared above the page when a flag is answered yes would push the page down under
    # the mouse, and the next fast click would answer the wrong flag.
    # The list is as tall as its sections, so the banner takes the free space under it.
    column = QFrame(view)
    column.setObjectName("section_column")
    column.setFixedWidth(section_list.width())
    section_list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    section_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
    left = QVBoxLayout(column)
    left.setContentsMargins(0, 0, 0, 0)
    left.setSpacing(0)
    left.addWidget(section_list)
    left.addStretch(1)
    left.addWidget(banner)
    body.addWidget(column)
    right = QVBoxLayout()
    right.setSpacing(0)
    notice = LeaveNotice(view)
    right.addWidget(notice)
    right.addWidget(pages, 1)
    footer = WizardFooter(view)
    right.addWidget(footer)
    body.addLayout(right, 1)
    layout.addLayout(body, 1)
    return notice, footer
