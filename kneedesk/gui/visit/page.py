"""The visit page: the screen wizard for one visit, with signing and the signed-record banner."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import Item
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.lock_guard import run_dialog
from kneedesk.gui.screen.wizard import ScreenWizard
from kneedesk.gui.screen.wizard_pool import WizardPool
from kneedesk.gui.visit.convert import ConvertBar, ask_night_pain, rules_label
from kneedesk.gui.visit.dialogs import HandBackDialog, SignDialog
from kneedesk.gui.visit.kept_answers import KeptAnswers
from kneedesk.gui.visit.presence_note import DraftPresence, PresenceNote
from kneedesk.gui.visit.sink import StoreSink
from kneedesk.gui.visit.still_sink import StoreStills
from kneedesk.services.open_visit import (
    OpenedVisit,
    asks_night_pain,
    convert_to_newest,
    open_visit,
)
from kneedesk.services.signing import check_for_signing, sign_visit
from kneedesk.store.errors import SignConflictError
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp as local date and time to the minute."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class VisitPage(QWidget):
    """Hosts the wizard for the open visit; emits `closed` to go back to the patient."""

    closed = Signal(int)  # patient id
    signed = Signal(int)  # visit id
    patientModeChanged = Signal(bool)  # True: the patient has the screen (nothing else may open)

    def __init__(
        self,
        store: Store,
        units: DisplayUnits,
        thresholds: Thresholds,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VisitPage")
        self._store = store
        self.units = units
        self.thresholds = thresholds
        self.visit: Visit | None = None
        self.wizard: ScreenWizard | None = None
        self.sink: StoreSink | None = None
        self._wizards = WizardPool(self)
        self._previous: Answers | None = None
        self.kept = KeptAnswers(self)  # answers typed while the clinic server is out of reach
        self.context = VisitContext()  # the open visit's age and follow-up state

        self.back = QPushButton(self.tr("< Patient"))
        self.back.setObjectName("closeVisit")
        self.back.setToolTip(self.tr("Close the visit; everything is already saved"))
        self.back.clicked.connect(self._back_clicked)
        self.title = QLabel()
        self.title.setObjectName("visitTitle")
        self.title.setProperty("role", "subtitle")
        self.status = QLabel()
        self.status.setObjectName("visitStatus")
        self.status.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        self.altered = QFrame()
        self.altered.setObjectName("alteredBanner")
        self.altered.setProperty("role", "danger-banner")
        altered_text = QLabel(
            self.tr(
                "ALTERED RECORD: this signed visit no longer matches its signature. It was "
                "changed outside KneeDesk. Do not rely on it; restore from a backup and tell "
                "your administrator."
            )
        )
        altered_text.setWordWrap(True)
        QHBoxLayout(self.altered).addWidget(altered_text)
        self.altered.hide()
        # Who else has this draft open (clinic server mode), and since when.
        self.presence = DraftPresence(store, PresenceNote(self))
        self.convert_bar = ConvertBar(self)
        self.convert_bar.convertRequested.connect(self.convert)
        self.body = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addLayout(top)
        outer.addWidget(self.altered)
        outer.addWidget(self.presence.note)
        outer.addWidget(self.convert_bar)
        outer.addLayout(self.body, 1)

    def open_visit(self, visit_id: int) -> None:
        """Show a visit: a draft to continue, or a signed visit read-only."""
        self.flush()
        self._drop_wizard()
        opened = open_visit(self._store, visit_id)
        visit, patient, protocol = opened.visit, opened.patient, opened.protocol
        self.visit = visit
        self._previous = opened.previous
        sink = StoreSink(
            self._store, visit.id, protocol, revision=opened.revision, versions=opened.versions
        )
        if self.sink is not None:
            self.sink.retire()  # what it kept waits for that visit's next opening
        self.sink = sink
        self.kept.attach(sink)
        self.context = opened.context
        # A wizard kept from an earlier visit of the same layout is refilled (WizardPool).
        self.wizard, made = self._wizards.take(
            protocol,
            self.units,
            sink,
            opened.answers,
            opened.not_tested,
            previous=self._previous,
            thresholds=self.thresholds,
            read_only=visit.signed,
            review_saver=sink.save_review,
            plan_saver=sink.save_plan,
            parent=self,
            context=self.context,
            stills=StoreStills(self._store, visit.id, read_only=visit.signed),
        )
        if opened.signed_plan is not None:
            self.wizard.set_plan(opened.signed_plan)
        if opened.review is not None:
            self.wizard.set_review(opened.review)
        if opened.draft_plan is not None:
            self.wizard.restore_plan(opened.draft_plan.items, opened.draft_plan.edited)
        self.kept.restore(sink, self.wizard)
        self.wizard.hand_back_guard = self._clinician_confirms
        if made:
            self.wizard.finishRequested.connect(self.sign)
            self.wizard.patientModeChanged.connect(self._patient_mode_changed)
        if made or self._wizards.shelved(self.wizard):
            self.body.addWidget(self.wizard)  # shown by the layout, as the page is
        self.title.setText(
            self.tr("{given} {family} - screen of {date}").format(
                given=patient.given_name, family=patient.family_name, date=visit.visit_date
            )
        )
        self._show_status(opened)
        self.presence.opened(None if visit.signed else visit.id)
        self.kept.opened(sink, visit.signed)

    def resume_sending(self) -> None:
        """The clinician is back from the lock: send what waited meanwhile."""
        self.kept.resume()

    def take_changes_from_elsewhere(self) -> None:
        """Another workstation changed the open visit: show its answers as saved there
        (never in the field being typed in), or the visit signed there, read-only."""
        if self.visit is None or self.wizard is None or self.visit.signed:
            return
        visits = self._store.visits
        if visits.get(self.visit.id).signed:
            self.open_visit(self.visit.id)
            return
        self.wizard.take_saved_elsewhere(
            visits.answers(self.visit.id), visits.not_tested(self.visit.id)
        )

    def _show_status(self, opened: OpenedVisit) -> None:
        visit = opened.visit
        if visit.signed:
            self.status.setText(
                self.tr("Signed by {name}, {time}").format(
                    name=visit.clinician_name, time=local_time(visit.signed_at)
                )
            )
            self.altered.setVisible(opened.status is SignatureStatus.ALTERED)
            self.convert_bar.hide()
        else:
            older = opened.older_rules
            if older:
                self.status.setText(
                    self.tr("{label} - every change is saved as you type").format(
                        label=rules_label(visit.protocol_version)
                    )
                )
            else:
                self.status.setText(self.tr("Draft - every change is saved as you type"))
            self.altered.hide()
            if older:
                self.convert_bar.offer(visit.protocol_version, opened.newest.version)
            else:
                self.convert_bar.hide()

    def convert(self) -> None:
        """Convert the open draft to the newest protocol version (asking about night pain)."""
        if self.visit is None or self.visit.signed:
            return
        self.flush()
        for_weight_loss: bool | None = None
        if asks_night_pain(self._store, self.visit.id):
            for_weight_loss = ask_night_pain(self)
            if for_weight_loss is None:
                return
        convert_to_newest(self._store, self.visit.id, night_pain_for_weight_loss=for_weight_loss)
        self.open_visit(self.visit.id)

    def show_units_check(self, item_id: str) -> None:
        """Open the page of a value whose units wait for confirmation, at its confirm button."""
        if self.wizard is None:
            return
        for index, page in enumerate(self.wizard.section_pages):
            row = page.rows.get(item_id)
            if row is not None and row.derived is not None and row.derived.confirm is not None:
                self.wizard.set_section(index)
                page.ensureWidgetVisible(row)
                row.derived.confirm.setFocus()
                self.status.setText(
                    self.tr("Confirm the units of {item} before signing").format(
                        item=row.item.label
                    )
                )
                return

    def show_problems(self, items: list[Item]) -> None:
        """Open the page of the first answer not allowed as it stands, listing them all."""
        if self.wizard is None or not items:
            return
        for index, page in enumerate(self.wizard.section_pages):
            row = page.rows.get(items[0].id)
            if row is not None:
                self.wizard.set_section(index)
                page.ensureWidgetVisible(row)
                break
        names = ", ".join(i.label for i in items)
        self.status.setText(
            self.tr("Correct before signing: {items} (see the note at the field)").format(
                items=names
            )
        )

    def flush(self) -> None:
        """Commit the field being typed and the plan being edited (before locking or closing)."""
        focused = self.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        if self.wizard is not None and not self.wizard.read_only:
            self.wizard.commit_plan()
            self.wizard.commit_review()

    def close_visit(self) -> None:
        """Leave the visit (every change is saved; `flush` saves what is still being typed)."""
        self.flush()
        if self.sink is not None:
            self.sink.retire()
        patient_id = self.visit.patient_id if self.visit else -1
        self.presence.closed()
        self._drop_wizard()
        self.visit = None
        self.closed.emit(patient_id)

    def in_patient_mode(self) -> bool:
        """Whether the patient has the screen (the Kujala questionnaire in large print)."""
        return self.wizard is not None and self.wizard.patient_view is not None

    def end_patient_mode(self) -> bool:
        """Ask for the clinician's password and leave patient mode; whether it was left."""
        return self.wizard is None or self.wizard.request_hand_back()

    def _clinician_confirms(self) -> bool:
        me = self._store.current
        if me is None:
            return False
        dialog = HandBackDialog(me.display_name, self._store.accounts, me.username, parent=self)
        accepted = dialog.exec() == HandBackDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def _patient_mode_changed(self, on: bool) -> None:
        # The patient may reach nothing but the questionnaire: no way back to the record.
        self.back.setVisible(not on)
        self.patientModeChanged.emit(on)

    def _back_clicked(self) -> None:
        if self.in_patient_mode():
            return
        if self.show_pending_conflict():
            return  # the typed value would be lost: the clinician chooses first
        self.close_visit()

    def show_pending_conflict(self) -> bool:
        """Open the page of a field still showing a conflict (another workstation changed
        it), saying a choice is needed; whether there was one."""
        if self.wizard is None:
            return False
        for index, page in enumerate(self.wizard.section_pages):
            for row in page.rows.values():
                for cell in row.cells.values():
                    if cell.conflict.conflict is None:
                        continue
                    self.wizard.set_section(index)
                    page.ensureWidgetVisible(row)
                    cell.conflict.keep.setFocus()
                    self.status.setText(
                        self.tr(
                            "{item} was changed on another workstation: choose Keep mine or "
                            "Use theirs before closing the visit"
                        ).format(item=row.item.label)
                    )
                    return True
        return False

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            # Kept for the next visit; out of patient mode (another clinician logged in).
            self._wizards.keep(self.wizard)
            self.wizard = None

    def sign(self) -> None:
        """Confirm with the password, then seal findings, plan and next visit as shown."""
        store = self._store
        if self.visit is None or self.wizard is None or store.current is None:
            return
        self.flush()
        me = store.current
        if self.kept.refuse_signing():
            return
        check = check_for_signing(store, self.visit.id)
        if check.units_waiting:
            self.show_units_check(check.units_waiting[0].id)
            return
        if check.problems:
            self.show_problems(list(check.problems))
            return
        missing = [i.label for i in check.missing]
        dialog = SignDialog(
            me.display_name, store.accounts, me.username, missing_required=missing, parent=self
        )
        if run_dialog(dialog) != SignDialog.DialogCode.Accepted:
            return
        self.sign_now()

    def sign_now(self) -> None:
        """Sign without asking (the password was checked by the caller)."""
        store = self._store
        if self.visit is None or self.wizard is None or store.current is None:
            return
        self.wizard.commit_review()
        self.wizard.commit_plan()
        visit_id = self.visit.id
        # Sealing and rebuilding the read-only view take a moment on a slow PC: show it.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Stored as shown: the findings' sentences in the clinic's units and thresholds,
            # from the draft as this screen has it (refused if it changed elsewhere since).
            try:
                sign_visit(
                    store,
                    visit_id,
                    store.current.id,
                    plan_rows=self.wizard.plan(),
                    review=self.wizard.review(),
                    thresholds=self.thresholds,
                    units=self.units,
                    revision=self.sink.revision if self.sink is not None else None,
                )
            except SignConflictError:
                self.show_changed_elsewhere()
                return
            self.open_visit(visit_id)
        finally:
            QApplication.restoreOverrideCursor()
        self.signed.emit(visit_id)

    def show_changed_elsewhere(self) -> None:
        """Read the draft again and show its summary, saying it changed on another
        workstation: the clinician checks it again before signing."""
        if self.visit is None:
            return
        self.open_visit(self.visit.id)
        if self.wizard is None:
            return
        self.wizard.set_section(self.wizard.section_count)
        message = self.tr(
            "This visit was changed on another workstation since you opened the summary: "
            "check it again before signing."
        )
        self.wizard.summary.show_notice(message)
        self.status.setText(message)
