"""Driving modal dialogs from a test: act on the dialog once its own event loop runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal(callback: Callable[[QDialog], None]) -> None:
    """Run `callback` on the next modal dialog once its event loop is running."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            callback(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)
