"""Rendering reports off the GUI thread: reportlab takes a few hundred milliseconds a document.

One worker thread renders one document at a time (reportlab's font registry is shared);
each request gets a number, which its answer carries back.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kneedesk.report.model import HandoutData
from kneedesk.services.report_render import render_report
from kneedesk.store.reports import ReportKind


@dataclass(frozen=True)
class Rendered:
    """A finished render: which request, which kind, and the PDF bytes (or the error)."""

    token: int
    kind: ReportKind
    pdf: bytes = b""
    error: str = ""


class _Relay(QObject):
    """Carries results from the worker thread to the GUI thread (a queued signal)."""

    finished = Signal(object)


class _RenderJob(QRunnable):
    def __init__(self, relay: _Relay, token: int, data: HandoutData, kind: ReportKind) -> None:
        super().__init__()
        self.relay, self.token, self.data, self.kind = relay, token, data, kind

    def run(self) -> None:
        try:
            result = Rendered(self.token, self.kind, pdf=render_report(self.data, self.kind))
        except Exception:  # shown in the view; the app keeps running
            result = Rendered(self.token, self.kind, error=traceback.format_exc())
        self.relay.finished.emit(result)


class ReportRenderer(QObject):
    """Renders on a worker thread and emits `finished(Rendered)` on the GUI thread."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.finished)
        self._token = 0

    def render(self, data: HandoutData, kind: ReportKind) -> int:
        """Start rendering; returns the request's number (see `Rendered.token`)."""
        self._token += 1
        self._pool.start(_RenderJob(self._relay, self._token, data, kind))
        return self._token

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started render has finished (at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
