"""The open visit's answers kept on this computer while the clinic server is out of reach.

`KeptAnswers` connects the visit page's answer sink to the window's `ServerLink`: the sink
keeps changes in the outbox while the server cannot be reached, and sends them when it
answers again (or when the clinician is back from the lock); this shows what comes of
them on the page: the count in the banner, a conflict at its field, a refusal under it,
what was kept last time once it is saved, and why signing waits.

A workstation on its own file has no link, and this does nothing there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kneedesk.gui.screen.wizard import ScreenWizard
from kneedesk.gui.server_link import ServerLink
from kneedesk.gui.visit.sink import PLAN, REVIEW, StoreSink
from kneedesk.store.errors import ConflictError
from kneedesk.store.outbox import WaitingAnswer

if TYPE_CHECKING:
    from kneedesk.gui.visit.page import VisitPage


class KeptAnswers:
    """What the visit page does with answers typed while the server was out of reach."""

    def __init__(self, page: VisitPage) -> None:
        self.page = page
        self._linked = False
        self._restored = False  # answers kept last time are being sent: show them once saved
        self._told = False  # the status line says signing waits for kept answers

    def attach(self, sink: StoreSink) -> None:
        """Let the new visit's sink keep answers while the clinic server is out of reach."""
        link = ServerLink.of(self.page)
        if link is None:
            return
        if not self._linked:
            self._linked = True
            link.cameBack.connect(self.resume)
        sink.outbox = link.outbox
        sink.calls = link.calls
        sink.offline = lambda: not link.online
        sink.on_lost = link.lost
        sink.on_waiting = self._waiting_changed
        sink.on_conflict = self._conflict_arrived
        sink.on_refused = self._refused_when_sent
        link.set_waiting(sink.waiting_count())

    def restore(self, sink: StoreSink, wizard: ScreenWizard) -> None:
        """Show the next visit and plan kept here last time, as they were typed."""
        kept = sink.waiting_summary()
        if REVIEW in kept:
            wizard.set_review(str(kept[REVIEW]))
        if PLAN in kept:
            wizard.restore_plan(kept[PLAN]["rows"], bool(kept[PLAN]["edited"]))

    def opened(self, sink: StoreSink, signed: bool) -> None:
        """The visit is shown: send what was kept here last time."""
        if not signed and sink.waiting_count():
            self._restored = True
            sink.send_waiting()

    def resume(self) -> None:
        """The server answers again, or the clinician is back: send what waits."""
        page = self.page
        if page.sink is not None and page.visit is not None and not page.visit.signed:
            page.sink.send_waiting()

    def refuse_signing(self) -> bool:
        """Say that signing waits for kept answers; whether any wait."""
        sink = self.page.sink
        count = sink.waiting_count() if sink is not None else 0
        if count:
            self.page.status.setText(
                QCoreApplication.translate(
                    "VisitPage",
                    "Answers typed while the clinic server was out of reach still wait to be "
                    "saved ({count}): sign once the banner says they are saved.",
                ).format(count=count)
            )
            self._told = True
        return bool(count)

    def _waiting_changed(self, count: int) -> None:
        page = self.page
        link = ServerLink.of(page)
        if link is not None:
            link.set_waiting(count)
        if count == 0 and self._told:
            self._told = False
            page.status.setText(
                QCoreApplication.translate("VisitPage", "Draft - every change is saved as you type")
            )
        if count == 0 and self._restored:
            self._restored = False
            page.take_changes_from_elsewhere()  # show what was kept, now saved

    def _conflict_arrived(self, conflict: ConflictError) -> None:
        """A change kept while the server was out of reach met another workstation's: show
        both values at the field."""
        wizard = self.page.wizard
        if wizard is None:
            return
        for section in wizard.section_pages:
            row = section.rows.get(conflict.field)
            if row is not None and row.show_conflict(conflict):
                self.page.status.setText(
                    QCoreApplication.translate(
                        "VisitPage",
                        "{item} was changed on another workstation while the server was out "
                        "of reach: choose Keep mine or Use theirs",
                    ).format(item=row.item.label)
                )
                return

    def _refused_when_sent(self, answer: WaitingAnswer, exc: Exception) -> None:
        wizard = self.page.wizard
        if wizard is None:
            return
        for section in wizard.section_pages:
            row = section.rows.get(answer.item_id)
            if row is not None:
                row.show_sent_error(None if answer.side == "whole" else answer.side, str(exc))
                return
