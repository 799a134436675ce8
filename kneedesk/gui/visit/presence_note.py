"""The note over a draft open on another workstation too: "Open on another workstation by
Ana Ruiz since 10:42." (clinic server mode only; a workstation on its own file never shows
it)."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from kneedesk.store.errors import StoreError
from kneedesk.store.presence import Present
from kneedesk.store.store import Store


def when(opened_at: datetime, now: datetime | None = None) -> str:
    """The local time a draft was opened: "10:42" today, "2026-11-20 10:42" before."""
    local = opened_at.astimezone()
    today = (now or datetime.now().astimezone()).date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")


class PresenceNote(QLabel):
    """Says who else has the open draft open, and since when; hidden when nobody does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceNote")
        self.setProperty("role", "notice")
        self.setWordWrap(True)
        self.hide()

    def show_others(self, others: list[Present]) -> None:
        """Show the other workstations that have the draft open (none: hide the note)."""
        if not others:
            self.clear()
            self.hide()
            return
        lines = [
            self.tr("Open on another workstation by {name} since {time}.").format(
                name=p.clinician_name, time=when(p.opened_at)
            )
            for p in others
        ]
        lines.append(self.tr("Answers saved there appear here as they are saved."))
        self.setText("\n".join(lines))
        self.show()


class DraftPresence:
    """Records this workstation's open draft on the server, and shows the others'."""

    def __init__(self, store: Store, note: PresenceNote) -> None:
        self._store = store
        self.note = note
        self.visit_id: int | None = None

    def opened(self, visit_id: int | None) -> None:
        """A draft was opened here (None: a signed visit, or nothing)."""
        self.closed()
        me = self._store.current
        if visit_id is None or not self._store.presence.shared:
            return
        self.visit_id = visit_id
        # If the server cannot be told, the draft still opens; the others just do not see it.
        with suppress(StoreError, sqlite3.Error):
            self._store.presence.open(
                visit_id, me.id if me else None, me.display_name if me else ""
            )
        self.refresh()

    def refresh(self) -> None:
        """Read again who else has the draft open."""
        if self.visit_id is None:
            self.note.show_others([])
            return
        try:
            others = self._store.presence.others(self.visit_id)
        except (StoreError, sqlite3.Error):
            return  # keep showing what was known
        self.note.show_others(others)

    def closed(self) -> None:
        """The draft shown here was closed."""
        visit_id, self.visit_id = self.visit_id, None
        self.note.show_others([])
        if visit_id is not None:
            with suppress(StoreError, sqlite3.Error):  # else it expires within a minute
                self._store.presence.close(visit_id)
