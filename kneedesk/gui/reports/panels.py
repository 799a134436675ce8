"""The report view's bars and panel: the header, the document bar above the preview and the
action panel beside it. Widgets only; what they do is wired up by `ReportView`."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.gui.handout_language import HandoutLanguageBox
from kneedesk.gui.reports.stored_list import StoredReports
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store

PAGE_COUNT_ROOM = "999 pages  "
ACTION_PANEL_WIDTH = 340
"""The panel's width until the clinician drags the splitter beside it (no narrower than its
buttons and labels need)."""


class ReportHeader(QWidget):
    """Back to the record, the visit's title and its signature state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("< Back to record"))
        self.back_button.setObjectName("backToRecord")
        self.back_button.setToolTip(self.tr("Back to the patient's record (Esc)"))
        self.back_button.setShortcut("Esc")
        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.title.setProperty("role", "subtitle")
        self.status = QLabel()
        self.status.setObjectName("reportVisitStatus")
        self.status.setProperty("role", "muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back_button)
        row.addSpacing(12)
        row.addWidget(self.title, 1)
        row.addWidget(self.status)


class DocumentBar(QWidget):
    """Above the preview: the handout/summary switch, the busy bar, the page count, zoom."""

    kindChosen = Signal(str)  # a ReportKind value, when its switch button is clicked

    def __init__(self, chosen: ReportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_buttons = QButtonGroup(self)  # a two-way switch: the checked one is filled
        self.kind_buttons.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        kind_labels = (
            (ReportKind.HANDOUT, self.tr("Patient &handout")),
            (ReportKind.SUMMARY, self.tr("Clinician &summary")),
        )
        for kind, text in kind_labels:
            button = QPushButton(text)
            button.setObjectName(f"kind_{kind.value}")
            button.setCheckable(True)
            button.setChecked(kind is chosen)
            button.setProperty("role", "switch")  # the chosen side is filled (ui/kneedesk.qss)
            button.clicked.connect(lambda _checked=False, k=kind: self.kindChosen.emit(k.value))
            self.kind_buttons.addButton(button)
            row.addWidget(button)
        self.busy = QProgressBar()
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Preparing the document"))
        self.pages = QLabel()
        self.pages.setObjectName("reportPages")
        self.pages.setProperty("role", "muted")
        # Both as wide as they like where the bar has room, and narrower where it has not:
        # shown for a moment while a document is prepared, the busy bar and "Preparing the
        # patient handout..." must not make the page wider than a small screen or squeeze
        # the panel beside it. The page count always has room.
        self.busy.setMinimumWidth(1)
        self.pages.setMinimumWidth(self.pages.fontMetrics().horizontalAdvance(PAGE_COUNT_ROOM))
        self.fit_width_button = QPushButton(self.tr("Fit width"))
        self.fit_width_button.setObjectName("fitWidth")
        self.fit_page_button = QPushButton(self.tr("Whole page"))
        self.fit_page_button.setObjectName("fitPage")
        row.addStretch(1)
        row.addWidget(self.busy)
        row.addWidget(self.pages)
        row.addSpacing(8)
        row.addWidget(self.fit_width_button)
        row.addWidget(self.fit_page_button)


class ActionPanel(QFrame):
    """Beside the preview: Print..., Save as PDF..., why they are off, and the kept copies."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.setObjectName("printReport")
        self.print_button.setProperty("role", "primary")
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip(
            self.tr("Print this document and keep a copy with the visit (Ctrl+P)")
        )
        self.save_button = QPushButton(self.tr("Save as PDF..."))
        self.save_button.setObjectName("saveReport")
        self.save_button.setToolTip(self.tr("Save as a PDF file; a copy is kept with the visit"))
        self.reason = QLabel()
        self.reason.setObjectName("reportActionReason")
        self.reason.setProperty("role", "muted")
        self.reason.setWordWrap(True)
        self.stored = StoredReports(store)
        # The handout's language (the patient's: kept with them); the summary is in yours.
        self.language = HandoutLanguageBox()
        language_label = QLabel(self.tr("Handout &language"))
        language_label.setProperty("role", "muted")
        language_label.setBuddy(self.language)
        column = QVBoxLayout(self)
        column.addWidget(language_label)
        column.addWidget(self.language)
        column.addSpacing(8)
        column.addWidget(self.print_button)
        column.addWidget(self.save_button)
        column.addWidget(self.reason)
        column.addSpacing(12)
        column.addWidget(self.stored, 1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as ACTION_PANEL_WIDTH, beside the preview, until dragged wider or narrower."""
        return QSize(ACTION_PANEL_WIDTH, super().sizeHint().height())
