"""Python's garbage collection on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is
passed. When that is a worker (a handout rendered with reportlab, a backup), it can free
the last reference to a Qt object that belongs to the GUI thread and delete it there, which
crashes the app. So automatic collection is switched off while the app runs, and a timer on
the GUI thread collects instead, one generation at a time, as the thresholds would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    """Collects Python garbage from the GUI thread's event loop; `stop` gives it back."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Stop the timer and restore automatic collection as it was."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
