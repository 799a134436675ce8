"""The stills of one item and side: "Video or photo…" and a card per kept still.

Open shows the still with its angles (editable on a draft, read-only on a signed visit),
Compare… puts it beside the newest earlier still of the same test, side and view, Remove asks
first. Where the clinic keeps its videos (the media folder setting), each still's original is
looked for by its content off the GUI thread; a still whose original is gone says so, and
stays kept in KneeDesk.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.protocol import Item
from kneedesk.core.stills import Still
from kneedesk.gui.background import JobControl, start_job
from kneedesk.gui.lock_guard import open_resumable
from kneedesk.gui.screen.editor import set_flag, side_word
from kneedesk.gui.screen.recorder import SINK_ERRORS
from kneedesk.gui.screen.still_card import StillCard
from kneedesk.gui.screen.still_compare import CompareDialog
from kneedesk.gui.screen.still_hub import StillHub
from kneedesk.services.stills import locate_original, moved_message

LOOKUP_LANE = "media-lookup"  # one original hashed at a time: they can be large videos
_found: dict[tuple[str, str], Path | None] = {}  # (folder, sha256) -> where, this session


def confirm_remove(parent: QWidget, still: Still) -> bool:
    """Ask before a still is removed (it cannot be brought back)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("StillStrip", "Remove still"),
        QCoreApplication.translate(
            "StillStrip", "Remove this still of the {test} ({side})? Its angles go with it."
        ).format(test=still.test_name, side=side_word(still.side)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class StillStrip(QFrame):
    """One side's stills of an item, with the button that imports a video or photo."""

    importRequested = Signal(str)  # side
    failed = Signal(str)  # a message for the item's message area

    def __init__(self, item: Item, side: str, hub: StillHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.side = side
        self.hub = hub
        self.cards: list[StillCard] = []
        self.setObjectName(f"{item.id}.{side}.stills")
        self.setProperty("role", "still-strip")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        if not item.per_side:  # the editor above is the whole item's: name the leg here
            caption = QLabel(self.tr("Left leg") if side == "left" else self.tr("Right leg"), self)
            caption.setProperty("role", "side")
            head.addWidget(caption)
        self.import_button = QPushButton(self.tr("Video or photo…"), self)
        self.import_button.setObjectName(f"{item.id}.{side}.import")
        self.import_button.setAccessibleName(
            self.tr("Import a video or photo, {side}: {item}").format(
                side=side_word(side), item=item.label
            )
        )
        self.import_button.setToolTip(
            self.tr(
                "Keep a still of this test with its angles (or drop a video or photo on the "
                "row; {keys} in the side's field)"
            ).format(keys="Ctrl+I")
        )
        self.import_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes value to value
        self.import_button.clicked.connect(lambda: self.importRequested.emit(self.side))
        head.addWidget(self.import_button)
        head.addStretch(1)
        layout.addLayout(head)
        self.cards_box = QVBoxLayout()
        self.cards_box.setContentsMargins(0, 0, 0, 0)
        self.cards_box.setSpacing(0)
        layout.addLayout(self.cards_box)

    def set_drop_target(self, on: bool) -> None:
        """Highlight the strip while a file is dragged over its side."""
        set_flag(self, "dropTarget", on)

    def reload(self) -> None:
        """Show the visit's stills of this item and side."""
        keeper = self.hub.keeper
        self.import_button.setVisible(keeper is not None and not keeper.read_only)
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.hide()  # gone at once; deleted when the event loop next runs
            card.deleteLater()
        self.cards = []
        if keeper is None:
            return
        try:
            stills = keeper.stills(self.item.id, self.side)
        except SINK_ERRORS as exc:
            self.failed.emit(self.tr("The stills could not be read: {reason}").format(reason=exc))
            return
        for still in stills:
            card = StillCard(still, keeper, self)
            card.openRequested.connect(self._open)
            card.compareRequested.connect(self._compare)
            card.removeRequested.connect(self._remove)
            self.cards_box.addWidget(card)
            self.cards.append(card)
            self._look_for_original(card)

    # --- the original video ------------------------------------------------------------------

    def _look_for_original(self, card: StillCard) -> None:
        keeper = self.hub.keeper
        folder = keeper.media_folder() if keeper is not None else ""
        if not folder:
            return
        key = (folder, card.still.source.sha256)
        if key in _found:
            self._show_original(card, _found[key])
            return
        still = card.still

        def work(_control: JobControl) -> Path | None:
            return locate_original(folder, still)

        def done(found: Path | None) -> None:
            _found[key] = found
            if shiboken6.isValid(card):
                self._show_original(card, found)

        start_job(work, done, lambda _exc: None, lane=LOOKUP_LANE)

    def _show_original(self, card: StillCard, found: Path | None) -> None:
        if found is None:
            card.show_original(moved_message(card.still))
        else:
            card.show_original(None, str(found))

    # --- open, compare, remove ------------------------------------------------------------------

    def _open(self, still: Still) -> None:
        keeper = self.hub.keeper
        if keeper is None:
            return
        from kneedesk.gui.stills import MeasureDialog  # loads the media libraries: when needed

        editable = not keeper.read_only
        dialog = MeasureDialog(still, editable=editable, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        generation = self.hub.generation

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or not editable:
                return
            if generation != self.hub.generation or self.hub.keeper is None:
                return  # another visit is shown now
            edited = dialog.result_still()
            if edited.marks == still.marks and edited.view == still.view:
                return
            try:
                self.hub.keeper.change_measure(still.uid, edited.marks, edited.view)
            except SINK_ERRORS as exc:
                self.failed.emit(self.tr("The angles were not saved: {reason}").format(reason=exc))
                return
            self.hub.stillsChanged.emit(self.item.id, self.side)

        dialog.finished.connect(finished)
        open_resumable(dialog)

    def _compare(self, still: Still) -> None:
        keeper = self.hub.keeper
        if keeper is None:
            return
        try:
            found = keeper.compare(still)
        except SINK_ERRORS as exc:
            self.failed.emit(
                self.tr("The earlier stills could not be read: {reason}").format(reason=exc)
            )
            return
        dialog = CompareDialog(found, still, self.item.label, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_resumable(dialog)

    def _remove(self, still: Still) -> None:
        keeper = self.hub.keeper
        if keeper is None or keeper.read_only or not confirm_remove(self, still):
            return
        try:
            keeper.remove(still.uid)
        except SINK_ERRORS as exc:
            self.failed.emit(self.tr("The still was not removed: {reason}").format(reason=exc))
            return
        self.hub.stillsChanged.emit(self.item.id, self.side)
