"""The screen wizard: section list, one page per protocol section, the summary, and patient mode.

The application hands the wizard a protocol, the clinic's display units, an ``AnswerSink``
(its autosave), the visit's saved answers and not-tested marks, and optionally the previous
visit's answers and the clinic's thresholds, and savers for the next visit and the plan
edited on the summary page. Every change goes to the sink at once; nothing here touches the store.
Not-tested marks use the visit document's keys: ``"item.id"`` for a whole item,
``"item.id:left"`` / ``"item.id:right"`` for one side (see ``state``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import KUJALA
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.screen.live import prefill, refresh_worked_out
from kneedesk.gui.screen.patient_mode import PatientModeView
from kneedesk.gui.screen.plan_editor import PlanSaver
from kneedesk.gui.screen.recorder import AnswerSink, Recorder
from kneedesk.gui.screen.red_flag_banner import RedFlagBanner
from kneedesk.gui.screen.review_field import ReviewSaver
from kneedesk.gui.screen.section_list import SectionList
from kneedesk.gui.screen.section_page import SectionPage
from kneedesk.gui.screen.state import ScreenState, SectionStatus
from kneedesk.gui.screen.still_hub import StillHub, StillKeeper
from kneedesk.gui.screen.summary_page import SummaryPage
from kneedesk.gui.screen.wizard_bars import add_step_shortcuts, lay_out_clinician_view


class ScreenWizard(QWidget):
    """Walks the clinician through the protocol, saving each change through the sink."""

    answersChanged = Signal()
    redFlagChanged = Signal(bool)
    finishRequested = Signal()
    sectionChanged = Signal(int)
    patientModeChanged = Signal(bool)  # True: the patient has the screen

    def __init__(
        self,
        protocol: Protocol,
        units: DisplayUnits,
        sink: AnswerSink,
        initial: Answers | Mapping[str, Any],
        not_tested: Mapping[str, str],
        *,
        previous: Answers | None = None,
        thresholds: Thresholds | None = None,
        read_only: bool = False,
        review_saver: ReviewSaver | None = None,
        plan_saver: PlanSaver | None = None,
        parent: QWidget | None = None,
        context: VisitContext | None = None,
        stills: StillKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen_wizard")
        self.protocol = protocol
        self.read_only = read_only
        # `context`: the patient's age and whether it is a follow-up (what is asked).
        self.state = ScreenState(protocol, initial, not_tested, context)
        self.sections = self.state.sections  # the pages of this visit, in order
        self.recorder = Recorder(sink, self.state, self)
        self.recorder.changed.connect(self._on_changed)
        # The visit's stills (None: no stills on these pages); `refill` hands it the next.
        self.stills = StillHub(stills, self)
        self.patient_view: PatientModeView | None = None
        # Asked before patient mode ends (the app asks for the clinician's password);
        # None lets it end at once.
        self.hand_back_guard: Callable[[], bool] | None = None
        self._summary_stale = True
        self._red_flag = bool(self.state.red_flags())

        self.modes = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.modes)
        self.clinician = QWidget(self.modes)
        self.clinician.setObjectName("clinician_view")
        self.modes.addWidget(self.clinician)
        self.banner = RedFlagBanner(self.clinician)
        self.section_list = SectionList([s.title for s in self.sections], self.clinician)
        self.section_list.setFixedWidth(240)
        self.pages = QStackedWidget(self.clinician)
        self.section_pages: list[SectionPage] = []
        for section in self.sections:
            page = SectionPage(
                section,
                units,
                self.recorder,
                read_only,
                self.pages,
                self.state.context,
                self.stills,
            )
            page.lastFieldPassed.connect(self._focus_next_button)
            page.patientModeRequested.connect(self.enter_patient_mode)
            self.pages.addWidget(page)
            self.section_pages.append(page)
        self.units = units
        self.summary = self._make_summary(previous, thresholds, review_saver, plan_saver)
        self._build_layout()
        add_step_shortcuts(self, self._step)
        self.section_list.currentRowChanged.connect(self._list_moved)
        self._current = -1
        self._refresh_everything()
        self.set_section(self._resume_index())

    def _make_summary(
        self,
        previous: Answers | None,
        thresholds: Thresholds | None,
        review_saver: ReviewSaver | None,
        plan_saver: PlanSaver | None,
    ) -> SummaryPage:
        summary = SummaryPage(
            self.protocol,
            self.units,
            previous=previous,
            thresholds=thresholds,
            read_only=self.read_only,
            review_saver=review_saver,
            plan_saver=plan_saver,
            age=self.state.context.age,
        )
        summary.signRequested.connect(self.finishRequested.emit)
        self.pages.addWidget(summary)
        return summary

    def refill(
        self,
        sink: AnswerSink,
        initial: Answers | Mapping[str, Any],
        not_tested: Mapping[str, str],
        *,
        previous: Answers | None = None,
        thresholds: Thresholds | None = None,
        review_saver: ReviewSaver | None = None,
        plan_saver: PlanSaver | None = None,
        context: VisitContext | None = None,
        stills: StillKeeper | None = None,
    ) -> None:
        """Show another visit in these pages (`wizard_pool.layout_key`: they must fit it).

        Every field, note, prompt, flag and mark is shown again from the new visit's answers,
        each page scrolled to its top; the summary (findings, plan, next visit) is made anew.
        """
        if self.patient_view is not None:
            self.leave_patient_mode()
        self.state = ScreenState(self.protocol, initial, not_tested, context)
        self.sections = self.state.sections
        self.recorder.sink = sink
        self.recorder.state = self.state
        self.hand_back_guard = None
        self._red_flag = bool(self.state.red_flags())
        self.leave_notice.hide()
        self.leave_text.clear()
        self._missing_section = -1
        for page in self.section_pages:
            page.refill()
        self.stills.set_keeper(stills)
        old = self.summary
        self.summary = self._make_summary(previous, thresholds, review_saver, plan_saver)
        self.pages.removeWidget(old)
        old.deleteLater()
        self._summary_stale = True
        self._current = -1
        self._refresh_everything()
        self.set_section(self._resume_index())

    def take_saved_elsewhere(
        self, answers: Mapping[str, Any], not_tested: Mapping[str, str]
    ) -> list[str]:
        """Show answers another workstation saved, except in the field being typed in
        (`saved_elsewhere`); returns the items whose shown value changed."""
        from kneedesk.gui.screen.saved_elsewhere import take_saved_elsewhere

        changed = take_saved_elsewhere(self, answers, not_tested)
        for item_id in changed:
            self._on_changed(item_id)
        return changed

    def _build_layout(self) -> None:
        self.leave_notice, self.footer = lay_out_clinician_view(
            self.clinician, self.section_list, self.banner, self.pages
        )
        self.leave_text = self.leave_notice.text
        self.go_back_button = self.leave_notice.go_back_button
        self.leave_notice.backRequested.connect(self._back_to_missing)
        self._missing_section = -1
        self.progress = self.footer.progress
        self.back_button = self.footer.back_button
        self.back_button.clicked.connect(lambda: self._step(-1))
        self.next_button = self.footer.next_button
        self.next_button.clicked.connect(self._next_clicked)

    # --- public -----------------------------------------------------------------------------

    @property
    def section_count(self) -> int:
        """Number of sections shown on this visit (the summary comes after them)."""
        return len(self.sections)

    def current_section(self) -> int:
        """Index of the page shown; ``section_count`` is the summary."""
        return self._current

    def page(self, index: int) -> SectionPage:
        """The page of one section."""
        return self.section_pages[index]

    def answers(self) -> Answers:
        """The answers as saved so far."""
        return self.state.answers()

    def not_tested(self) -> dict[str, str]:
        """The not-tested marks as saved so far."""
        return self.state.not_tested()

    def red_flag(self) -> bool:
        """Whether any red flag is ticked."""
        return self._red_flag

    def plan(self) -> list[dict[str, str]]:
        """The plan as edited on the summary page: [{id, dose, note}, ...]."""
        return self.summary.plan()

    def set_plan(self, plan: Sequence[Mapping[str, str]]) -> None:
        """Show a plan as the clinician's own (a signed plan, or a draft's edited one)."""
        self.summary.set_plan(plan)

    def restore_plan(self, plan: Sequence[Mapping[str, str]], edited: bool) -> None:
        """Restore the plan saved with a draft; ``edited`` False: it follows the findings."""
        self.summary.restore_plan(plan, edited)

    def commit_plan(self) -> None:
        """Save the plan now, with a dose or note still being typed (before leaving, signing)."""
        self.summary.plan_editor.flush()

    def review(self) -> str:
        """The next visit as shown on the summary page ("" when not set)."""
        return self.summary.review_text()

    def set_review(self, text: str) -> None:
        """Restore the next visit saved with the visit."""
        self.summary.set_review(text)

    def commit_review(self) -> None:
        """Save the next visit now if it was typed and not saved yet (before signing)."""
        self.summary.review.commit()

    def set_section(self, index: int) -> None:
        """Open a section (or the summary at ``section_count``), listing required items left."""
        index = max(0, min(index, self.section_count))
        if index == self._current:
            return
        old = self._current
        if 0 <= old < self.section_count:
            self._note_missing(old)
        elif old == self.section_count:
            self.commit_plan()
        if index == self._missing_section:
            self.leave_notice.hide()
        self._current = index
        self.pages.setCurrentIndex(index)
        self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(index)
        self.section_list.blockSignals(False)
        if index == self.section_count:
            self._refresh_summary()
        elif not self.read_only:
            prefill(self.section_pages[index], self.recorder)
        self._update_footer()
        if not self.section_list.hasFocus():
            if index < self.section_count:
                self.section_pages[index].focus_first()
            else:
                self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sectionChanged.emit(index)

    # --- patient mode -----------------------------------------------------------------------

    def enter_patient_mode(self) -> None:
        """Show the Kujala questionnaire in large print for the patient."""
        if self.read_only or self.patient_view is not None:
            return
        items = self.protocol.items_scored_by(KUJALA)
        self.patient_view = PatientModeView(items, self.recorder, self.modes)
        self.patient_view.handBack.connect(self.request_hand_back)
        self.modes.addWidget(self.patient_view)
        self.modes.setCurrentWidget(self.patient_view)
        self.patient_view.start()
        self.patientModeChanged.emit(True)

    def request_hand_back(self) -> bool:
        """End patient mode if `hand_back_guard` allows it; whether it ended."""
        if self.patient_view is None:
            return True
        if self.hand_back_guard is not None and not self.hand_back_guard():
            return False
        self.leave_patient_mode()
        return True

    def leave_patient_mode(self) -> None:
        """Return to the clinician view with the patient's answers shown."""
        view = self.patient_view
        if view is None:
            return
        self.patient_view = None
        self.modes.setCurrentWidget(self.clinician)
        self.patientModeChanged.emit(False)
        self.modes.removeWidget(view)
        view.deleteLater()
        ids = [i.id for i in self.protocol.items_scored_by(KUJALA)]
        for page in self.section_pages:
            page.reload([i for i in ids if i in page.rows])
        section = next(
            (n for n, p in enumerate(self.section_pages) if p.patient_button is not None), None
        )
        if section is not None:
            self.set_section(section)
            button = self.section_pages[section].patient_button
            if button is not None:
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals --------------------------------------------------------------------------

    def _resume_index(self) -> int:
        if self.read_only:  # a signed visit is read from its summary: findings and plan
            return self.section_count
        for n, section in enumerate(self.sections):
            if self.state.section_status(section) not in (
                SectionStatus.DONE,
                SectionStatus.SKIPPED,
            ):
                return n
        return self.section_count

    def _step(self, step: int) -> None:
        if self.patient_view is None:
            self.set_section(self._current + step)

    def _next_clicked(self) -> None:
        if self._current == self.section_count:
            self.finishRequested.emit()
        else:
            self._step(1)

    def _list_moved(self, row: int) -> None:
        if row >= 0 and self.patient_view is None:
            self.set_section(row)

    def _focus_next_button(self) -> None:
        self.next_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _note_missing(self, index: int) -> None:
        section = self.sections[index]
        missing = self.state.missing_required(section)
        self.section_pages[index].show_missing(missing)
        if not missing:
            if self._missing_section == index:
                self.leave_notice.hide()
            return
        self._missing_section = index
        self.leave_notice.show_missing(section.title, [i.label for i in missing])

    def _back_to_missing(self) -> None:
        if self._missing_section >= 0:
            self.set_section(self._missing_section)

    def _update_footer(self) -> None:
        index = self._current
        if index < self.section_count:
            progress = self.state.progress(index).text()
        else:
            done = self.state.progress(0)
            progress = self.tr("Summary · {done} of {total} items complete").format(
                done=done.done_total, total=done.items_total
            )
        self.footer.show_place(index, self.section_count, self.read_only, progress)

    def _refresh_everything(self) -> None:
        for n, section in enumerate(self.sections):
            self.section_list.set_status(n, self.state.section_status(section))
        side = self.state.answers().symptom_side
        for page in self.section_pages:
            page.set_painful_side(side)
        self._show_flags()

    def _show_flags(self) -> bool:
        flags = self.state.red_flags()
        labels = [i.label for i in flags]
        self.banner.set_flags(labels)
        self.summary.set_red_flags(labels)
        for page in self.section_pages:
            page.mark_flagged(i.id for i in flags)
        return bool(flags)

    def _on_changed(self, item_id: str) -> None:
        item = self.protocol.item(item_id)
        index = next((n for n, s in enumerate(self.sections) if s.id == item.section), None)
        if index is not None:
            self.section_list.set_status(index, self.state.section_status(self.sections[index]))
        refresh_worked_out(self.section_pages, self.recorder, item_id)
        if item_id == "symptom_side":
            for page in self.section_pages:
                page.set_painful_side(self.state.answers().symptom_side)
        if item_id.startswith("red_flags."):
            flagged = self._show_flags()
            if flagged != self._red_flag:
                self._red_flag = flagged
                self.redFlagChanged.emit(flagged)
        self._summary_stale = True
        self._update_footer()
        self.answersChanged.emit()

    def _refresh_summary(self) -> None:
        if self._summary_stale:
            self.summary.set_answers(self.state.answers())
            self._summary_stale = False
