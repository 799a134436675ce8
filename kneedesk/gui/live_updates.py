"""What another workstation changes appears here within a second (clinic server mode).

The store's change listener (`kneedesk.store.postgres.listen`) hears the server's notices
on a thread of its own; `ChangeBridge` turns each into a Qt signal, delivered on the GUI
thread. `LiveUpdates` gathers those that arrive together (a save touches several rows) and
then refreshes what is on screen: the patient list, the record shown, the draft open (its
answers, except the field being typed in, and who else has it open). Changes this
workstation made itself are not read back: what is on screen is already what was saved.

A workstation on its own file has no listener, and this module makes nothing for it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from kneedesk.store.changes import PRESENCE, RESYNC, Change
from kneedesk.store.errors import StoreError

if TYPE_CHECKING:
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.postgres.listen import ChangeListener

log = logging.getLogger(__name__)

GATHER_MS = 150
"""Changes arriving this close together are shown at once (well inside a second)."""


class ChangeBridge(QObject):
    """Carries the listener's changes (emitted on its thread) to the GUI thread."""

    changed = Signal(object)  # a Change
    connection = Signal(bool)  # the listening connection is up (True) or lost (False)


@dataclass
class Pending:
    """The changes gathered since the last refresh."""

    everything: bool = False
    patients: set[int | None] = field(default_factory=set)
    visits: set[int | None] = field(default_factory=set)
    presence: set[int | None] = field(default_factory=set)

    def add(self, change: Change) -> None:
        if change.kind == RESYNC:
            self.everything = True
        elif change.kind == PRESENCE:
            self.presence.add(change.visit_id)
        else:
            self.patients.add(change.patient_id)
            if change.visit_id is not None or change.kind == "visit":
                self.visits.add(change.visit_id)

    def merge(self, other: Pending) -> None:
        self.everything |= other.everything
        self.patients |= other.patients
        self.visits |= other.visits
        self.presence |= other.presence

    def touches_patient(self, patient_id: int | None) -> bool:
        return self.everything or None in self.patients or patient_id in self.patients

    def touches_visit(self, visit_id: int) -> bool:
        return self.everything or visit_id in self.visits


class LiveUpdates(QObject):
    """Listens while the window is open and refreshes its pages on changes from elsewhere."""

    def __init__(self, window: MainWindow, listener_for: type[ChangeListener] | None = None):
        super().__init__(window)
        self.window = window
        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._heard)
        self.connected = False
        self.own_heard = 0
        self.applied = 0
        """How many times changes from elsewhere were shown (for tests)."""
        """Changes this workstation made, heard back and left alone (for tests)."""
        self.bridge.connection.connect(self._set_connected)
        self._pending = Pending()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.apply)
        # Changes heard while the screen was locked are shown once the clinician is back.
        window.login.loggedIn.connect(lambda _clinician: self._timer.start())
        self.listener = window.store.change_listener(
            self.bridge.changed.emit, self.bridge.connection.emit
        )

    @classmethod
    def attach(cls, window: MainWindow) -> LiveUpdates | None:
        """Live updates for the window's store (None for a workstation on its own file)."""
        if window.store.server is None:
            return None
        live = cls(window)
        if live.listener is not None:
            live.listener.start()
        return live

    def stop(self) -> None:
        """Stop listening (the window closes)."""
        self._timer.stop()
        if self.listener is not None:
            self.listener.stop()

    def _set_connected(self, up: bool) -> None:
        self.connected = up

    def _heard(self, change: object) -> None:
        if not isinstance(change, Change):
            return
        if change.own:
            self.own_heard += 1
            return
        self._pending.add(change)
        if not self._timer.isActive():
            self._timer.start()

    def apply(self) -> None:
        """Refresh what is on screen for the changes gathered."""
        pending, self._pending = self._pending, Pending()
        self.applied += 1
        try:
            self._apply(pending)
        except (StoreError, sqlite3.Error) as exc:
            # The server is out of reach: what is shown stays, and the next change or
            # reconnection reads it again.
            log.info("live update not shown: %s", exc)

    def _apply(self, pending: Pending) -> None:
        window = self.window
        shown = window.work.currentWidget()
        if window.store.current is None:  # locked or signed out: shown once back
            pending.merge(self._pending)
            self._pending = pending
            return
        patients = window._patients
        if patients is not None and shown is patients and (pending.everything or pending.patients):
            patients.refresh_keeping_place()
        record = window._record
        if record is not None and shown is record and pending.touches_patient(record.patient_id):
            if record.loading:  # read again once the read under way has been shown
                self._pending.patients.add(record.patient_id)
                self._timer.start()
            else:
                record.reload(audit_view=False)
        page = window._open_visit_page()
        if page is None or page.visit is None:
            return
        visit_id = page.visit.id
        if pending.touches_visit(visit_id):
            page.take_changes_from_elsewhere()
        if pending.everything or visit_id in pending.presence or None in pending.presence:
            page.presence.refresh()
