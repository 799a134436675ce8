"""The persistent "Refer / rule out first" banner shown while any red flag is ticked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class RedFlagBanner(QFrame):
    """Says which red flags are ticked and that the patient should be referred first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("red_flag_banner")
        self.setProperty("role", "red-flag-banner")
        self.setAutoFillBackground(True)  # its colours: #red_flag_banner in ui/screen.qss
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(12)
        sign = QLabel("⚠", self)
        sign.setProperty("role", "banner-sign")
        layout.addWidget(sign)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.title = QLabel(self.tr("Refer / rule out first"), self)
        self.title.setWordWrap(True)  # the banner sits in the narrow column under the sections
        self.title.setProperty("role", "banner-title")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "banner-detail")
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        self.setAccessibleName(self.tr("Red flag: refer or rule out first"))
        self.hide()

    def set_flags(self, labels: Sequence[str]) -> None:
        """Show the banner naming these red flags, or hide it when there are none."""
        if labels:
            self.detail.setText(
                self.tr(
                    "Red flag: {flags}. Refer or investigate before treating this as runner's "
                    "knee; the handout will carry no exercise plan."
                ).format(flags="; ".join(labels))
            )
            self.setAccessibleDescription(self.detail.text())
        self.setVisible(bool(labels))
