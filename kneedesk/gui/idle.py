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
    """Emits `idle` after `timeout_ms` without user input anywhere in the application."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

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
        return super().eventFilter(watched, event)

    def stop(self) -> None:
        """Stop watching for good."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
