"""Errors reach the user as dialogs that say what to do; nothing makes the app just vanish."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kneedesk import version
from kneedesk.store.errors import ServerUnavailableError, StoreError

log = logging.getLogger(__name__)


def show_store_error(parent: QWidget | None, exc: StoreError, title: str = "KneeDesk") -> None:
    """A store error as a dialog: what happened, then what to do."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(exc.what)
    if exc.todo:
        box.setInformativeText(exc.todo)
    box.setObjectName("StoreErrorDialog")
    box.exec()


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A plain-text report to paste into a support message (no patient data: just the trace)."""
    lines = [
        f"KneeDesk {version()}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Shows an unexpected error with a copyable report; the app keeps running."""

    def __init__(self, report: str, log_path: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "KneeDesk met an unexpected problem. Everything you had already entered is saved. "
            "Please copy the report below and send it to your support contact."
        )
        if log_path:
            where = self.tr("It was also written to {path}.").format(path=log_path)
            text = f"{text} {where}"
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setObjectName("crashReport")
        self.text.setMinimumSize(560, 240)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())


class _CrashRelay(QObject):
    """Moves a crash from any thread onto the GUI thread before showing a dialog."""

    crashed = Signal(str)
    unreachable = Signal(object)  # a ServerUnavailableError


class ExceptionHook:
    """Logs every unexpected exception and shows it in a dialog: the GUI thread's
    (sys.excepthook), a worker thread's (threading.excepthook), and those Python cannot
    raise, from a finaliser or a callback (sys.unraisablehook: logged, not shown, since
    nothing the user did went wrong)."""

    def __init__(
        self,
        log_path: str | None,
        show: Callable[[str], None] | None = None,
    ) -> None:
        self.log_path = log_path
        self.server_unreachable: Callable[[ServerUnavailableError], None] | None = None
        """Called (on the GUI thread) for the clinic server out of reach, instead of a
        crash report: the window shows its banner (clinic server mode)."""
        self._relay = _CrashRelay()
        self._relay.unreachable.connect(self._unreachable, Qt.ConnectionType.QueuedConnection)
        self._relay.crashed.connect(show or self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        self._previous_unraisable = sys.unraisablehook

    def install(self) -> None:
        """Make this the process's hook for uncaught and unraisable exceptions."""
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        self._previous_unraisable = sys.unraisablehook
        sys.excepthook = self
        threading.excepthook = self.thread_hook
        sys.unraisablehook = self.unraisable_hook

    def uninstall(self) -> None:
        """Restore the previous hooks."""
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread
        sys.unraisablehook = self._previous_unraisable

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """An exception that ended a worker thread: logged and shown like any other."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "unknown"
        self(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    def unraisable_hook(self, unraisable: Any) -> None:
        """An exception Python could not raise (in __del__, a weakref callback...): logged."""
        exc = unraisable.exc_value
        where = unraisable.err_msg or "Exception ignored in"
        report = crash_report(type(exc), exc, unraisable.exc_traceback) if exc else ""
        log.error("%s: %r\n%s", where, unraisable.object, report)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        thread: str | None = None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        if isinstance(exc, ServerUnavailableError) and self.server_unreachable is not None:
            # Not a fault of the app: the window's banner says so, and it tries again.
            log.info("clinic server out of reach: %s", exc.what)
            self._relay.unreachable.emit(exc)
            return
        report = crash_report(exc_type, exc, tb)
        if thread is not None:
            report = f"In thread {thread}:\n{report}"
        log.error("unexpected error\n%s", report)
        if isinstance(exc, StoreError):
            report = f"{exc.what}\n{exc.todo}\n\n{report}"
        self._relay.crashed.emit(report)

    def _unreachable(self, exc: object) -> None:
        if self.server_unreachable is not None and isinstance(exc, ServerUnavailableError):
            self.server_unreachable(exc)

    def _show(self, report: str) -> None:
        parent = QApplication.activeWindow()
        CrashDialog(report, self.log_path, parent).exec()
