"""The one-time notice about retired thresholds, shown to an administrator at sign-in."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kneedesk.store.retired_settings import NOTICE_TITLE, mark_seen, notice_due, notice_text
from kneedesk.store.settings import SettingsRepo


def show_retired_notice(settings: SettingsRepo, parent: QWidget) -> QMessageBox | None:
    """Open the notice (not blocking) when it is due, and store it as seen."""
    if not notice_due(settings):
        return None
    box = QMessageBox(QMessageBox.Icon.Information, NOTICE_TITLE, notice_text(settings))
    box.setParent(parent, box.windowFlags())
    box.setObjectName("retiredThresholdsNotice")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    mark_seen(settings)
    return box
