"""The summary page: scores, normalised strength and LSI, other measures, findings with their
evidence, the plan editor, the next visit, and "Sign visit…" (the application asks for the
password)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
from kneedesk.core.i18n import _
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import V1_ER_TORQUE_NOTE, had_wrong_er_torque
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.gui import theme
from kneedesk.gui.screen.finding_card import FindingCard, level_word
from kneedesk.gui.screen.plan_editor import PlanEditor, PlanSaver
from kneedesk.gui.screen.red_flag_banner import RedFlagBanner
from kneedesk.gui.screen.review_field import ReviewField, ReviewSaver
from kneedesk.gui.screen.summary_text import SummaryText


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
        age: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary_page")
        self.protocol = protocol
        self.units = units
        self.previous = previous
        self.age = age  # the patient's age at the visit: v2 rules depend on it (as signing)
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
        title = QLabel(self.tr("Summary and plan"), body)
        title.setProperty("role", "page-title")
        layout.addWidget(title)
        self.banner = RedFlagBanner(body)
        layout.addWidget(self.banner)
        # Why the summary was built again (a signature refused: the visit changed elsewhere).
        self.notice = QLabel(body)
        self.notice.setObjectName("summary_notice")
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "error")
        self.notice.hide()
        layout.addWidget(self.notice)
        # At a glance, on the first screen: findings one line each beside the scores, then
        # the plan; strength and the other measures follow below it.
        top = QHBoxLayout()
        top.setSpacing(24)
        findings = QVBoxLayout()
        findings.setSpacing(4)
        findings_head = QHBoxLayout()
        findings_head.addWidget(_heading(self.tr("Findings"), body), 1)
        self.expand_all = QPushButton(self.tr("Show all details"), body)
        self.expand_all.setObjectName("summary_expand_findings")
        self.expand_all.setCheckable(True)
        self.expand_all.setToolTip(
            self.tr("Open every finding to its evidence, thresholds and source")
        )
        self.expand_all.toggled.connect(self._expand_all)
        findings_head.addWidget(self.expand_all, 0, Qt.AlignmentFlag.AlignBottom)
        findings.addLayout(findings_head)
        self.findings_box = QVBoxLayout()
        self.findings_box.setSpacing(4)
        findings.addLayout(self.findings_box)
        self.no_findings = QLabel(self.tr("No findings from the answers so far."), body)
        self.no_findings.setProperty("role", "caption")
        findings.addWidget(self.no_findings)
        findings.addStretch(1)
        scores = QVBoxLayout()
        scores.setSpacing(6)
        scores.addWidget(_heading(self.tr("Scores"), body))
        self.kujala = _rich(body, "summary_kujala")
        scores.addWidget(self.kujala)
        self.pain = _rich(body, "summary_pain")
        scores.addWidget(self.pain)
        scores.addStretch(1)
        scores_box = QWidget(body)
        scores_box.setLayout(scores)
        scores.setContentsMargins(0, 0, 0, 0)
        scores_box.setMaximumWidth(440)  # the findings take the rest of the width
        top.addLayout(findings, 1)
        top.addWidget(scores_box)
        layout.addLayout(top)
        layout.addWidget(_heading(self.tr("Plan"), body))
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
        self.sign_button = QPushButton(self.tr("Sign visit…"), body)
        self.sign_button.setObjectName("sign_visit")
        self.sign_button.setProperty("role", "primary")
        self.sign_button.setToolTip(self.tr("Sign the visit: it becomes read-only"))
        self.sign_button.clicked.connect(self.signRequested.emit)
        self.sign_button.setVisible(not read_only)
        sign_row.addWidget(self.sign_button)
        layout.addLayout(sign_row)
        measures = QHBoxLayout()
        measures.setSpacing(24)
        strength = QVBoxLayout()
        strength.setSpacing(6)
        strength.addWidget(_heading(self.tr("Strength"), body))
        self.strength = _rich(body, "summary_strength")
        strength.addWidget(self.strength)
        self.lsi_note = QLabel(body)
        self.lsi_note.setWordWrap(True)
        self.lsi_note.setProperty("role", "caption")
        strength.addWidget(self.lsi_note)
        self.torque_note = QLabel(_(V1_ER_TORQUE_NOTE), body)
        self.torque_note.setObjectName("summary_torque_note")
        self.torque_note.setWordWrap(True)
        self.torque_note.setProperty("role", "caption")
        self.torque_note.hide()
        strength.addWidget(self.torque_note)
        strength.addStretch(1)
        other = QVBoxLayout()
        other.setSpacing(6)
        other.addWidget(_heading(self.tr("Other measures"), body))
        self.measures = _rich(body, "summary_measures")
        other.addWidget(self.measures)
        other.addStretch(1)
        measures.addLayout(strength, 1)
        measures.addLayout(other, 1)
        layout.addLayout(measures)
        layout.addStretch(1)
        self.setWidget(body)
        self._cards: list[FindingCard] = []
        theme.changed().changed.connect(self._recolour)

    def show_notice(self, text: str) -> None:
        """Say at the top of the summary why it changed ("" hides it)."""
        self.notice.setText(f"⚠ {text}" if text else "")
        self.notice.setVisible(bool(text))

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
            age=self.age,
        )
        self.assessment = a
        text = SummaryText(a, self.units)
        self.kujala.setText(text.kujala())
        self.pain.setText(text.pain())
        self.strength.setText(text.strength())
        self.lsi_note.setText(text.lsi_note())
        # 10.4: the signed v1 visit's ER torque is not shown; say why (its kept PDF keeps it).
        self.torque_note.setVisible(
            self.plan_editor.read_only and had_wrong_er_torque(answers, self.protocol.version)
        )
        self.measures.setText(text.other_measures())
        for card in self._cards:
            self.findings_box.removeWidget(card)
            card.deleteLater()
        self._cards = [FindingCard(f, self.widget()) for f in a.findings]
        for card in self._cards:
            card.set_expanded(self.expand_all.isChecked())
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
        if self.plan_editor.read_only:
            hint = self.tr("The plan as signed; the handout prints these doses and notes.")
        elif a.red_flag:
            hint = self.tr("A red flag is ticked: no plan is suggested until it is ruled out.")
        else:
            hint = self.tr(
                "Suggested from the findings (combined hip and knee exercise is the default). "
                "Grey doses are the library's, printed as shown; type to change a dose or note "
                "(F2); add or remove items below."
            )
        self.plan_hint.setText(hint)

    def _recolour(self, _scheme: object) -> None:
        """The score tables again, in the new appearance's colours (their rich text names
        colours)."""
        if self.assessment is None:
            return
        text = SummaryText(self.assessment, self.units)
        self.kujala.setText(text.kujala())
        self.pain.setText(text.pain())
        self.strength.setText(text.strength())
        self.measures.setText(text.other_measures())

    def cards(self) -> list[FindingCard]:
        """The finding cards, in presentation order."""
        return list(self._cards)

    def _expand_all(self, expanded: bool) -> None:
        self.expand_all.setText(
            self.tr("Show one line each") if expanded else self.tr("Show all details")
        )
        for card in self._cards:
            card.set_expanded(expanded)

    def findings_text(self) -> str:
        """All finding titles and evidence lines as plain text (for tests and copying)."""
        lines: list[str] = []
        for f in self.assessment.findings if self.assessment else ():
            lines.append(f"{level_word(f.level.value)}: {f.title}")
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
