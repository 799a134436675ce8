"""Load the chart library ahead, while the app is idle, so the first chart view does not wait.

pyqtgraph and the Progress view take a few hundred milliseconds to import, all on the GUI
thread (Qt classes are made there). They are not loaded at start-up; once a clinician is
signed in and the window has been idle for a moment, they are imported a module per
event-loop turn, so a click between two steps is answered.
"""

from __future__ import annotations

import importlib
import logging
import sys

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

IDLE_MS = 1500
"""How long after the session starts the loading begins."""

STEPS = ("pyqtgraph.Qt", "pyqtgraph", "kneedesk.gui.progress.chart", "kneedesk.gui.progress.view")


def preload_charts(delay_ms: int = IDLE_MS) -> None:
    """Import the chart modules after `delay_ms`, one per event-loop turn (once per process)."""
    if STEPS[-1] not in sys.modules:
        QTimer.singleShot(delay_ms, lambda: _step(0))


def _step(index: int) -> None:
    if index >= len(STEPS) or STEPS[-1] in sys.modules:
        return
    try:
        importlib.import_module(STEPS[index])
    except ImportError:  # pragma: no cover - the first chart view reports it
        log.warning("could not load %s ahead", STEPS[index], exc_info=True)
        return
    QTimer.singleShot(0, lambda: _step(index + 1))
