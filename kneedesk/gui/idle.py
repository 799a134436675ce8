"""Idle detection for the auto-lock: any key or mouse input restarts the countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `timeout_ms` without user input anywhere in the application.

    It watches the whole application (dialogs too) through an event filter on it, for as long
    as its owner lives: the filter is removed by `stop` or as soon as the owner is being
    destroyed, closed or not, so a window deleted without closing leaves no filter behind
    that would still run (in Python) for every event of the application.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, owner: QObject) -> None:
        super().__init__(owner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout(timeout_ms)
        self._watching = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self._watching = True
        # Emitted before the owner's children (this watcher among them) are deleted. A plain
        # callable, not a slot of this watcher: PySide cannot always find a child's slot
        # while its parent is being destroyed ("Slot 'IdleWatcher::' not found").
        owner.destroyed.connect(lambda *_: self._owner_destroyed())

    def set_timeout(self, timeout_ms: int) -> None:
        """Change the idle time; 0 disables the lock."""
        self._timeout = timeout_ms
        self.restart()

    def restart(self) -> None:
        """Start counting again from now."""
        if self._timeout > 0:
            self._timer.start(self._timeout)
        else:
            self._timer.stop()

    def pause(self) -> None:
        """Stop counting (while locked)."""
        self._timer.stop()

    def remaining_ms(self) -> int:
        """Time left before the lock, for tests and the status bar."""
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._timeout)
        return False  # as QObject's own filter: it runs for every event of the application

    def watching(self) -> bool:
        """Whether the application's events still pass through this watcher."""
        return self._watching

    def stop(self) -> None:
        """Stop watching for good (closing the owner, or the owner being destroyed)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def _owner_destroyed(self) -> None:
        try:
            self.stop()
        except RuntimeError:  # the watcher's own C++ side is already gone: nothing to remove
            self._watching = False
