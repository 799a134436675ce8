"""The summary page: scores, normalised strength and LSI, other measures, findings with their
evidence, the plan editor, the next visit, and "Sign visit…" (the application asks for the
password)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import Assessment, assess_answers
from kneedesk.core.findings import Finding
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.screen.plan_editor import PlanEditor, PlanSaver
from kneedesk.gui.screen.red_flag_banner import RedFlagBanner
from kneedesk.gui.screen.review_field import ReviewField, ReviewSaver
from kneedesk.gui.screen.summary_text import SummaryText

LEVEL_WORDS = {"priority": "Priority", "attention": "Attention", "info": "Information"}


def _rich(parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "summary-heading")
    return label


class FindingCard(QFrame):
    """One finding: level in words, title, what it means, the evidence lines and the source."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"finding.{finding.id}")
        self.setProperty("role", "finding")
        self.setProperty("level", finding.level.value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        head = QHBoxLayout()
        level = QLabel(LEVEL_WORDS.get(finding.level.value, finding.level.value), self)
        level.setProperty("role", "level")
        level.setProperty("level", finding.level.value)
        head.addWidget(level)
        title = QLabel(finding.title, self)
        title.setProperty("role", "finding-title")
        title.setWordWrap(True)
        head.addWidget(title, 1)
        layout.addLayout(head)
        text = QLabel(finding.clinician_text, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.evidence = _rich(self, f"finding.{finding.id}.evidence")
        lines = "".join(f"<li>{escape(e.text())}</li>" for e in finding.evidence)
        self.evidence.setText(f"<ul style='margin:0; -qt-list-indent:1'>{lines}</ul>")
        layout.addWidget(self.evidence)
        source = QLabel(f"Source: {finding.source}", self)
        source.setWordWrap(True)
        source.setProperty("role", "source")
        layout.addWidget(source)
        self.setAccessibleName(f"{level.text()}: {finding.title}")


class SummaryPage(QScrollArea):
    """Scores, measures and findings recomputed from the answers, the plan and next visit."""

    signRequested = Signal()
    planChanged = Signal()
    reviewChanged = Signal(str)  # the next visit, once saved

    def __init__(
        self,
        protocol: Protocol,
        units: DisplayUnits,
        *,
        previous: Answers | None = None,
        thresholds: Thresholds | None = None,
        read_only: bool = False,
        review_saver: ReviewSaver | None = None,
        plan_saver: PlanSaver | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary_page")
        self.protocol = protocol
        self.units = units
        self.previous = previous
        self.thresholds = thresholds
        self.assessment: Assessment | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("summary_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(8)
        title = QLabel("Summary and plan", body)
        title.setProperty("role", "page-title")
        layout.addWidget(title)
        self.banner = RedFlagBanner(body)
        layout.addWidget(self.banner)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(_heading("Scores", body))
        self.kujala = _rich(body, "summary_kujala")
        left.addWidget(self.kujala)
        self.pain = _rich(body, "summary_pain")
        left.addWidget(self.pain)
        left.addWidget(_heading("Strength", body))
        self.strength = _rich(body, "summary_strength")
        left.addWidget(self.strength)
        self.lsi_note = QLabel(body)
        self.lsi_note.setWordWrap(True)
        self.lsi_note.setProperty("role", "caption")
        left.addWidget(self.lsi_note)
        left.addWidget(_heading("Other measures", body))
        self.measures = _rich(body, "summary_measures")
        left.addWidget(self.measures)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(_heading("Findings", body))
        self.findings_box = QVBoxLayout()
        self.findings_box.setSpacing(8)
        right.addLayout(self.findings_box)
        self.no_findings = QLabel("No findings from the answers so far.", body)
        self.no_findings.setProperty("role", "caption")
        right.addWidget(self.no_findings)
        right.addStretch(1)
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        layout.addLayout(columns)
        layout.addWidget(_heading("Plan", body))
        self.plan_hint = QLabel(body)
        self.plan_hint.setWordWrap(True)
        self.plan_hint.setProperty("role", "caption")
        layout.addWidget(self.plan_hint)
        self.plan_editor = PlanEditor(read_only, body, saver=plan_saver)
        self.plan_editor.planChanged.connect(self.planChanged.emit)
        layout.addWidget(self.plan_editor)
        layout.addSpacing(6)
        self.review = ReviewField(read_only, review_saver, body)
        self.review.changed.connect(self.reviewChanged.emit)
        layout.addWidget(self.review)
        sign_row = QHBoxLayout()
        sign_row.addStretch(1)
        self.sign_button = QPushButton("Sign visit…", body)
        self.sign_button.setObjectName("sign_visit")
        self.sign_button.setProperty("role", "primary")
        self.sign_button.setToolTip("Sign the visit: it becomes read-only")
        self.sign_button.clicked.connect(self.signRequested.emit)
        self.sign_button.setVisible(not read_only)
        sign_row.addWidget(self.sign_button)
        layout.addLayout(sign_row)
        layout.addStretch(1)
        self.setWidget(body)
        self._cards: list[FindingCard] = []

    def set_red_flags(self, labels: Sequence[str]) -> None:
        """Show or hide the red-flag banner."""
        self.banner.set_flags(labels)

    def set_answers(self, answers: Answers) -> None:
        """Recompute scores, findings and the suggested plan from these answers."""
        a = assess_answers(
            answers,
            self.protocol,
            previous=self.previous,
            thresholds=self.thresholds,
            units=self.units,
        )
        self.assessment = a
        text = SummaryText(a, self.units)
        self.kujala.setText(text.kujala())
        self.pain.setText(text.pain())
        self.strength.setText(text.strength())
        self.lsi_note.setText(text.lsi_note())
        self.measures.setText(text.other_measures())
        for card in self._cards:
            self.findings_box.removeWidget(card)
            card.deleteLater()
        self._cards = [FindingCard(f, self.widget()) for f in a.findings]
        for card in self._cards:
            self.findings_box.addWidget(card)
        self.no_findings.setVisible(not self._cards)
        self.banner.set_flags(
            [
                self.protocol.item(e.measure).label
                for f in a.findings
                if f.id == "refer_first"
                for e in f.evidence
            ]
        )
        self.plan_editor.set_suggested(a.plan)
        self.plan_hint.setText(
            "A red flag is ticked: no plan is suggested until it is ruled out."
            if a.red_flag
            else "Suggested from the findings (combined hip and knee exercise is the default). "
            "Edit the dose and note in the table (F2); add or remove items below."
        )

    def findings_text(self) -> str:
        """All finding titles and evidence lines as plain text (for tests and copying)."""
        lines: list[str] = []
        for f in self.assessment.findings if self.assessment else ():
            lines.append(f"{LEVEL_WORDS.get(f.level.value)}: {f.title}")
            lines.extend(f"  {e.text()}" for e in f.evidence)
        return "\n".join(lines)

    def plan(self) -> list[dict[str, str]]:
        """The edited plan as JSON data: [{id, dose, note}]."""
        return self.plan_editor.plan()

    def set_plan(self, plan: Sequence[Mapping[str, str]]) -> None:
        """Show a plan as the clinician's own (a signed plan, or a draft's edited one)."""
        self.plan_editor.set_plan(plan)

    def restore_plan(self, plan: Sequence[Mapping[str, str]], edited: bool) -> None:
        """Restore a plan saved with a draft; ``edited`` False: it follows the findings."""
        self.plan_editor.restore(plan, edited)

    def review_text(self) -> str:
        """The next visit as shown ("in 3 weeks"; "" when not set)."""
        return self.review.text()

    def set_review(self, text: str) -> None:
        """Restore the next visit saved with the draft, or sealed with the signed plan."""
        self.review.load(text)
