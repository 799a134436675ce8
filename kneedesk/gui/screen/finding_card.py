"""One finding on the summary page: a single line (level, title, the numbers it rests on) that
opens into the full card (what it means, every evidence line with its threshold, the source).

Ten findings as full cards push the plan screens down; as lines they fit the first screen and
each one is a click (or Space on its button) away from everything the full card shows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.findings import Finding
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

LEVEL_WORDS = {
    "priority": QT_TRANSLATE_NOOP("FindingCard", "Priority"),
    "attention": QT_TRANSLATE_NOOP("FindingCard", "Attention"),
    "info": QT_TRANSLATE_NOOP("FindingCard", "Information"),
}
KEY_NUMBERS = 1  # evidence lines shown on the closed line; the rest are counted


def level_word(level: str) -> str:
    """A finding's level as the clinician reads it ("Priority")."""
    word = LEVEL_WORDS.get(level)
    return QCoreApplication.translate("FindingCard", word) if word else level


def key_numbers(finding: Finding) -> str:
    """The first evidence line of a finding and how many more, for its closed line."""
    lines = [e.text() for e in finding.evidence]
    shown = "; ".join(lines[:KEY_NUMBERS])
    more = len(lines) - KEY_NUMBERS
    if more <= 0:
        return shown
    #: The first evidence line of a finding, then how many more lines its full card lists.
    return QCoreApplication.translate("FindingCard", "{shown}; +{more} more").format(
        shown=shown, more=more
    )


class FindingCard(QFrame):
    """A finding: one line with level, title and key numbers; opens to the full card."""

    toggled = Signal(bool)

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName(f"finding.{finding.id}")
        self.setProperty("role", "finding")
        self.setProperty("level", finding.level.value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 12, 4)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"finding.{finding.id}.toggle")
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Show the evidence, thresholds and source"))
        self.toggle.toggled.connect(self.set_expanded)
        head.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        level = QLabel(level_word(finding.level.value), self)
        level.setProperty("role", "level")
        level.setProperty("level", finding.level.value)
        level.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        head.addWidget(level, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(finding.title, self)
        title.setProperty("role", "finding-title")
        head.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        self.key = QLabel(key_numbers(finding), self)
        self.key.setObjectName(f"finding.{finding.id}.key")
        self.key.setProperty("role", "finding-key")
        self.key.setWordWrap(True)
        self.key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key.setMinimumWidth(160)
        self.key.setToolTip("\n".join(e.text() for e in finding.evidence))
        head.addWidget(self.key, 1)
        head.addStretch(0)  # takes the line's rest while the card is open and the key hidden
        layout.addLayout(head)
        self.details = QWidget(self)
        self.details.setObjectName(f"finding.{finding.id}.details")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(30, 0, 0, 4)
        details.setSpacing(4)
        text = QLabel(finding.clinician_text, self.details)
        text.setWordWrap(True)
        details.addWidget(text)
        self.evidence = QLabel(self.details)
        self.evidence.setObjectName(f"finding.{finding.id}.evidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = "".join(f"<li>{escape(e.text())}</li>" for e in finding.evidence)
        self.evidence.setText(f"<ul style='margin:0; -qt-list-indent:1'>{lines}</ul>")
        details.addWidget(self.evidence)
        source = QLabel(self.tr("Source: {source}").format(source=finding.source), self.details)
        source.setWordWrap(True)
        source.setProperty("role", "source")
        details.addWidget(source)
        layout.addWidget(self.details)
        self.details.hide()
        self.setAccessibleName(
            self.tr("{level}: {title}").format(level=level.text(), title=finding.title)
        )
        self.toggle.setAccessibleName(self.tr("Details of {title}").format(title=finding.title))

    def expanded(self) -> bool:
        """Whether the full card (evidence, thresholds, source) is shown."""
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Open or close the full card."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        # The closed line names the first numbers; the open card lists them all below.
        self.key.setVisible(not expanded)
        self.details.setVisible(expanded)
        self.toggled.emit(expanded)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the closed line opens it, as the arrow does."""
        if event.button() == Qt.MouseButton.LeftButton and not self.details.underMouse():
            self.toggle.toggle()
            event.accept()
            return
        super().mouseReleaseEvent(event)
