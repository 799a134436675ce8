"""Every change the screen makes goes through here: check, hand to the sink, then remember it.

The sink is the application's autosave; see ``AnswerSink`` for what each call must do.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kneedesk.core.answers import SIDES
from kneedesk.core.protocol import Item
from kneedesk.core.value_checks import check_value
from kneedesk.gui.screen.state import ScreenState, not_tested_key
from kneedesk.store.errors import ConflictError, StoreError

# What a save can fail with: a refused value, the disk or the file (the store's own errors,
# such as a full disk, say what happened and what to do). Each is shown at its field.
SINK_ERRORS = (ValueError, OSError, sqlite3.Error, StoreError)


class AnswerSink(Protocol):
    """Where the wizard saves answers (implemented by the app on top of the store's autosave).

    ``save`` stores one value (in stored units, JSON-able) for a whole-body item (side None) or
    one side, and drops that slot's not-tested mark. ``clear`` removes the value and not-tested
    mark of one side, or with side None of the whole item (every side and every mark).
    ``mark_not_tested`` records a reason under the visit document's key (``"id"`` for the whole
    item, ``"id:left"`` / ``"id:right"`` for one side); the wizard clears the slot first.
    Bad values raise a ValueError subclass with a message; disk problems raise OSError or
    sqlite3.Error.
    """

    def save(self, item_id: str, side: str | None, value: Any) -> None:
        """Store one value."""

    def clear(self, item_id: str, side: str | None) -> None:
        """Remove a value and its not-tested mark."""

    def mark_not_tested(self, item_id: str, side: str | None, reason: str) -> None:
        """Record that an item or one side was not tested, and why."""


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return QCoreApplication.translate("Recorder", "Not saved: {reason}").format(reason=text)


class Recorder(QObject):
    """Checks a change, passes it to the sink and, once it is stored, to the wizard's state."""

    changed = Signal(str)  # item id

    def __init__(self, sink: AnswerSink, state: ScreenState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self.state = state
        # The last call's refusal because another workstation changed the field (None: not
        # refused so); the row shows it with both values and a choice.
        self.conflict: ConflictError | None = None

    def save(self, item: Item, side: str | None, value: Any) -> str | None:
        """Save a value (None clears the slot); returns the error to show, or None when saved."""
        if value is None:
            return self.clear(item, side)
        problems = check_value(item, value)
        if problems:
            return problems[0].removeprefix(f"{item.id}: ")
        self.conflict = None
        if self.state.value(item.id, side) == value and self._marked(item, side) is None:
            return None
        try:
            self._split_whole_mark(item, side)
            self.sink.save(item.id, side, value)
        except ConflictError as exc:
            self.conflict = exc
            return _message(exc)
        except SINK_ERRORS as exc:
            return _message(exc)
        self.state.set_value(item, side, value)
        self.changed.emit(item.id)
        return None

    def clear(self, item: Item, side: str | None) -> str | None:
        """Remove a value or not-tested mark; returns the error to show, or None."""
        self.conflict = None
        if self.state.value(item.id, side) is None and self._marked(item, side) is None:
            return None
        try:
            self._split_whole_mark(item, side)
            self.sink.clear(item.id, side)
        except ConflictError as exc:
            self.conflict = exc
            return _message(exc)
        except SINK_ERRORS as exc:
            return _message(exc)
        self.state.clear(item, side)
        self.changed.emit(item.id)
        return None

    def mark_not_tested(self, item: Item, side: str | None, reason: str) -> str | None:
        """Mark an item (side None: all of it) or one side not tested; returns an error or None."""
        reason = reason.strip()
        if not reason:
            return self.tr("Give a reason why it was not tested")
        try:
            if side is None:
                if self._anything_recorded(item):
                    self.sink.clear(item.id, None)
            else:
                self._split_whole_mark(item, side)
                if self.state.value(item.id, side) is not None:
                    self.sink.clear(item.id, side)
            self.sink.mark_not_tested(item.id, side, reason)
        except ConflictError as exc:
            self.conflict = exc
            return _message(exc)
        except SINK_ERRORS as exc:
            return _message(exc)
        self.state.mark_not_tested(item, side, reason)
        self.changed.emit(item.id)
        return None

    def keep_mine(
        self, item: Item, side: str | None, conflict: ConflictError, value: Any
    ) -> str | None:
        """Save the clinician's value over the one another workstation stored ("Keep mine");
        returns the error to show (a new conflict sets `conflict` again), or None."""
        self._adopt(conflict)
        self.conflict = None
        try:
            if value is None:
                self.sink.clear(item.id, side)
            else:
                self.sink.save(item.id, side, value)
        except ConflictError as exc:
            self.conflict = exc
            return _message(exc)
        except SINK_ERRORS as exc:
            return _message(exc)
        if value is None:
            self.state.clear(item, side)
        else:
            self.state.set_value(item, side, value)
        self.changed.emit(item.id)
        return None

    def use_theirs(self, item: Item, side: str | None, conflict: ConflictError) -> None:
        """Take the value another workstation stored ("Use theirs"): nothing is saved."""
        self._adopt(conflict)
        self.conflict = None
        if conflict.theirs_not_tested is not None:
            self.state.mark_not_tested(item, side, conflict.theirs_not_tested)
        elif conflict.theirs is None:
            self.state.clear(item, side)
        else:
            self.state.set_value(item, side, conflict.theirs)
        self.changed.emit(item.id)

    def _adopt(self, conflict: ConflictError) -> None:
        adopt = getattr(self.sink, "adopt", None)
        if adopt is not None:
            adopt(conflict)

    def _marked(self, item: Item, side: str | None) -> str | None:
        return self.state.not_tested_reason(item.id, side)

    def _anything_recorded(self, item: Item) -> bool:
        marks = self.state.not_tested()
        keys = [item.id, *(not_tested_key(item.id, s) for s in SIDES)]
        values = [self.state.value(item.id, s) for s in (SIDES if item.per_side else (None,))]
        return any(k in marks for k in keys) or any(v is not None for v in values)

    def _split_whole_mark(self, item: Item, side: str | None) -> None:
        """Turn a whole-item mark into a mark on the other side before one side changes."""
        if side is None:
            return
        whole = self.state.not_tested().get(item.id)
        if whole is None:
            return
        self.sink.clear(item.id, None)
        for other in SIDES:
            if other != side:
                self.sink.mark_not_tested(item.id, other, whole)
