"""An unsigned draft on an older protocol version: its label, and "Convert to vN".

clinical.md 10.3: unsigned v1 drafts keep the v1 rules, labelled "protocol v1 rules"; "Convert
to v2" carries over the answers whose items exist, leaves new items empty, drops the answer
v2 works out itself, and asks whether a night pain yes was given for weight loss. Signed
visits are never offered it. The store does the conversion (audited); see
`kneedesk.store.visit_versions`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget


def rules_label(version: int) -> str:
    """The label of a draft that keeps an older version's rules."""
    return QCoreApplication.translate("ConvertBar", "Draft · protocol v{version} rules").format(
        version=version
    )


class ConvertBar(QFrame):
    """Says the draft follows older rules and offers to convert it to the newest version."""

    convertRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convertBar")
        self.setProperty("role", "warning-banner")
        self.text = QLabel(self)
        self.text.setObjectName("convertText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("convertVisit")
        self.button.clicked.connect(self.convertRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, version: int, newest: int) -> None:
        """Show the offer for a draft on `version` when `newest` is in use."""
        self.text.setText(
            self.tr(
                "This draft follows protocol v{version} rules. Converting to v{newest} keeps "
                "the answers whose items are unchanged and leaves the new v{newest} items empty "
                "for you to fill in."
            ).format(version=version, newest=newest)
        )
        self.button.setText(self.tr("Convert to v{newest}").format(newest=newest))
        self.show()


def ask_night_pain(parent: QWidget) -> bool | None:
    """Whether a night pain yes was given for weight loss; None when the clinician cancels."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ConvertBar", "Convert the draft"),
        QCoreApplication.translate(
            "ConvertBar",
            "Night pain is answered yes in this draft. In version 2, night pain means constant, "
            "night or rest pain only; unexplained weight loss is its own red flag.\n\n"
            "Was this yes given for weight loss?\n\n"
            "Yes: it is recorded as weight loss (a systemic red flag) and night pain is left for "
            "you to ask again. No: it stays night pain.",
        ),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes
