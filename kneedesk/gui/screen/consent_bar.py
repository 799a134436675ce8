"""The visit's "Patient agreed to be filmed" tick, at the top of each section with filmed tests.

It is asked before any video or photo is imported and saved at once (the store audits it);
both sections that hold filmed items show the same tick. On a signed visit it is shown as it
was signed, unchangeable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from kneedesk.gui.screen.recorder import SINK_ERRORS
from kneedesk.gui.screen.still_hub import StillHub
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

CONSENT_LABEL = QT_TRANSLATE_NOOP("ConsentBar", "Patient agreed to be filmed")
CONSENT_NOTE = QT_TRANSLATE_NOOP(
    "ConsentBar",
    "Tick before importing a video or photo of a test. The videos stay in the clinic's "
    "folder; KneeDesk keeps only the stills you choose, with their angles.",
)


def consent_label() -> str:
    """The consent tick's text in the clinician's language."""
    return QCoreApplication.translate("ConsentBar", CONSENT_LABEL)


class ConsentBar(QFrame):
    """The consent tick with a one-line note, and where a failed save says why."""

    def __init__(self, hub: StillHub, section_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setObjectName(f"section.{section_id}.consent")
        self.setProperty("role", "consent-bar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(2)
        note = QCoreApplication.translate("ConsentBar", CONSENT_NOTE)
        self.tick = QCheckBox(consent_label(), self)
        self.tick.setObjectName(f"section.{section_id}.consent_tick")
        self.tick.setAccessibleName(consent_label())
        self.tick.setAccessibleDescription(note)
        self.tick.toggled.connect(self._toggled)
        layout.addWidget(self.tick)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        layout.addWidget(self.note)
        self.error = QLabel(self)
        self.error.setObjectName(f"section.{section_id}.consent_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        hub.keeperChanged.connect(self.reload)
        hub.consentChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        """Show the visit's consent (hidden when the wizard has no stills keeper)."""
        self.setVisible(self.hub.keeper is not None)
        self.tick.setEnabled(not self.hub.read_only)
        self.error.hide()
        self._show(self.hub.consent())

    def _show(self, given: bool) -> None:
        self.tick.blockSignals(True)
        self.tick.setChecked(given)
        self.tick.blockSignals(False)

    def _toggled(self, given: bool) -> None:
        keeper = self.hub.keeper
        if keeper is None or keeper.read_only:
            return
        try:
            keeper.set_consent(given)
        except SINK_ERRORS as exc:
            self._show(not given)
            reason = str(exc).strip() or type(exc).__name__
            self.error.setText("⚠ " + self.tr("Not saved: {reason}").format(reason=reason))
            self.error.show()
            return
        self.error.hide()
        self.hub.consentChanged.emit(given)
