"""The stills of a filmed item's row: a strip per side, the import, and drops on the row.

A video or photo comes by the strip's "Video or photo…" button (the system's file dialog,
starting in the clinic's media folder) or dropped on the row (on the side under the drop).
It is opened off the GUI thread; the still dialog then lets the clinician pick the frame
and place the angles, and the still is kept at once. Any problem (no consent yet, a file
that is not a video, damaged, too large, gone) is said at the item, in its message area;
nothing typed on the screen is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QGridLayout, QWidget

from kneedesk.core.stills import FILMED_ITEMS
from kneedesk.gui.lock_guard import open_resumable
from kneedesk.gui.screen.consent_bar import consent_label
from kneedesk.gui.screen.editor import side_word
from kneedesk.gui.screen.item_row import ItemRow
from kneedesk.gui.screen.recorder import SINK_ERRORS
from kneedesk.gui.screen.steady import MessageLabel
from kneedesk.gui.screen.still_hub import StillHub
from kneedesk.gui.screen.still_strip import StillStrip
from kneedesk.gui.start_folder import start_folder

if TYPE_CHECKING:  # PyAV, numpy and Pillow load when the first video is opened
    from kneedesk.media import MediaError, MediaSource

MEDIA_SUFFIXES = (".mp4", ".mov", ".m4v", ".jpg", ".jpeg", ".png")
FILE_PATTERNS = "*.mp4 *.mov *.m4v *.jpg *.jpeg *.png"
SIDES = ("left", "right")
IMPORT_KEYS = "Ctrl+I"  # "Video or photo…" for the row and side the cursor is in
STRIP_ROW = 5  # under the editors, the how-to, the not-tested form, suggestion and note
MESSAGE_ROW = 6


def need_consent() -> str:
    """Why no file can come in yet: the consent tick, named as it reads."""
    return QCoreApplication.translate(
        "StillsArea", "Tick '{consent}' first (at the top of this section)."
    ).format(consent=consent_label())


def ask_for_media_file(parent: QWidget, start: str) -> str:
    """The system's file dialog for a video or photo; "" when cancelled."""
    title = QCoreApplication.translate("StillsArea", "Choose a video or photo of the test")
    file_filter = QCoreApplication.translate("StillsArea", "Videos and photos ({patterns})")
    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(start)), file_filter.format(patterns=FILE_PATTERNS)
    )
    return path


def not_media_message(path: Path) -> str:
    return QCoreApplication.translate(
        "StillsArea",
        "{file} is not a video or photo KneeDesk can open. "
        "Use an MP4, MOV or M4V video, or a JPEG or PNG photo.",
    ).format(file=path.name)


def filmed(item_id: str) -> bool:
    """Whether a still can be kept for this item."""
    return item_id in FILMED_ITEMS


class StillsArea(QObject):
    """Adds a strip per side to an item row and takes the videos and photos for it."""

    def __init__(self, row: ItemRow, hub: StillHub) -> None:
        super().__init__(row)
        self.row = row
        self.hub = hub
        self.item = row.item
        self.opening: str | None = None  # the file being opened, if any
        self.dialog: QDialog | None = None
        grid = row.layout()
        assert isinstance(grid, QGridLayout)
        self.grid = grid
        self.strips: dict[str, StillStrip] = {}
        for column, side in enumerate(SIDES, start=1):
            strip = StillStrip(self.item, side, hub, row)
            strip.importRequested.connect(self.choose_file)
            strip.failed.connect(self.show_message)
            grid.addWidget(strip, STRIP_ROW, column, Qt.AlignmentFlag.AlignTop)
            self.strips[side] = strip
        self.message = MessageLabel(0, row)
        self.message.setObjectName(f"{self.item.id}.stills_message")
        self.message.setProperty("role", "error")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        grid.addWidget(self.message, MESSAGE_ROW, 1, 1, 2)
        row.setAcceptDrops(True)
        row.installEventFilter(self)
        hub.keeperChanged.connect(self.reload)
        hub.stillsChanged.connect(self._stills_changed)
        hub.consentChanged.connect(self._consent_changed)
        self.reload()

    # --- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the visit's stills (another visit: its own, with no message left over)."""
        for strip in self.strips.values():
            strip.setVisible(self.hub.keeper is not None)
            strip.reload()
        self.show_message(None)

    def _stills_changed(self, item_id: str, side: str) -> None:
        if item_id == self.item.id and side in self.strips:
            self.strips[side].reload()

    def _consent_changed(self, given: bool) -> None:
        """Ticking the consent answers "tick it first": that message goes."""
        if given and self.message.text().endswith(need_consent()):
            self.show_message(None)

    def show_message(self, message: str | None, error: bool = True) -> None:
        """Say something at the item (an error with a warning sign), or clear it."""
        self.message.setProperty("role", "error" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText((f"⚠ {message}" if error else message) if message else "")
        self.message.setVisible(bool(message))

    # --- importing ---------------------------------------------------------------------------

    def _can_import(self) -> bool:
        """Whether a file may come in now; says at the item why not."""
        keeper = self.hub.keeper
        if keeper is None or keeper.read_only:
            return False
        if not keeper.consent():
            self.show_message(need_consent())
            return False
        return True

    def choose_file(self, side: str) -> None:
        """ "Video or photo…": the file dialog, once the patient agreed to be filmed."""
        if not self._can_import():
            return
        keeper = self.hub.keeper
        start = keeper.media_folder() if keeper is not None else ""
        path = ask_for_media_file(self.row.window(), start)
        if path:
            self.import_file(Path(path), side)

    def choose_file_for(self, focused: QWidget) -> None:
        """ "Video or photo…" for the side of the field or still the keyboard is in."""
        side = next((s for s, strip in self.strips.items() if strip.isAncestorOf(focused)), None)
        if side is None:
            cell = next((c for c in self.row.cells.values() if c.isAncestorOf(focused)), None)
            side = cell.side if cell is not None else None
        if side is None:
            self.show_message(self.tr("Click “Video or photo…” under the leg that was filmed."))
            return
        self.choose_file(side)

    def import_file(self, path: Path, side: str) -> None:
        """Open the file off the GUI thread, then let the clinician keep a still of it."""
        if not self._can_import():
            return
        if path.suffix.lower() not in MEDIA_SUFFIXES:
            self.show_message(not_media_message(path))
            return
        if self.opening is not None:
            self.show_message(
                self.tr("Still opening {file}; wait for it first.").format(file=self.opening)
            )
            return
        from kneedesk.gui.stills import open_in_background

        self.opening = path.name
        self.show_message(self.tr("Opening {file}…").format(file=path.name), error=False)
        generation = self.hub.generation

        def opened(source: MediaSource) -> None:
            self.opening = None
            if generation != self.hub.generation:  # another visit is shown now
                source.close()
                return
            self.show_message(None)
            self._keep_from(source, side)

        def failed(error: MediaError) -> None:
            self.opening = None
            if generation == self.hub.generation:
                self.show_message(error.message)

        open_in_background(path, self.row, opened, failed)

    def _keep_from(self, source: MediaSource, side: str) -> None:
        from kneedesk.gui.stills import StillDialog

        if self.item.per_side:
            side_label = side_word(side)
        elif side == "left":
            side_label = self.tr("left leg")
        else:
            side_label = self.tr("right leg")
        # The dialog owns the source from here and closes it when it closes.
        dialog = StillDialog(
            source,
            self.item.id,
            "left" if side == "left" else "right",
            self.item.label,
            side_label,
            parent=self.row.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        generation = self.hub.generation

        def finished(result: int) -> None:
            self.dialog = None
            still = dialog.result_still() if result == QDialog.DialogCode.Accepted else None
            keeper = self.hub.keeper
            if still is None or keeper is None or generation != self.hub.generation:
                return
            try:
                keeper.keep(still)
            except SINK_ERRORS as exc:
                self.show_message(self.tr("The still was not kept: {reason}").format(reason=exc))
                return
            self.show_message(None)
            self.hub.stillsChanged.emit(self.item.id, still.side)

        dialog.finished.connect(finished)
        open_resumable(dialog)

    # --- drag and drop -----------------------------------------------------------------------

    def side_at(self, x: int) -> str | None:
        """The side whose column is under x (in the row's coordinates), or None."""
        left = self.grid.cellRect(0, 1)
        right = self.grid.cellRect(0, 2)
        if left.isValid() and right.isValid():
            if left.left() <= x < right.left():
                return "left"
            if right.left() <= x <= right.right() + self.grid.horizontalSpacing():
                return "right"
        return None

    def _highlight(self, side: str | None) -> None:
        for name, strip in self.strips.items():
            strip.set_drop_target(name == side)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.row:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if self.hub.read_only or not _local_file(event):
                event.ignore()
                return True
            event.acceptProposedAction()
            self._highlight(self.side_at(event.position().toPoint().x()))
            return True
        if kind == QEvent.Type.DragLeave:
            self._highlight(None)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self._highlight(None)
            path = _local_file(event)
            if path is None or self.hub.read_only:
                event.ignore()
                return True
            event.acceptProposedAction()
            side = self.side_at(event.position().toPoint().x())
            if side is None:
                self.show_message(
                    self.tr("Drop the file on the Left or the Right side of the item.")
                )
            else:
                self.import_file(path, side)
            return True
        return False


def _local_file(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> Path | None:
    """The one local file dragged (None for text, several files or a web link)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    return Path(urls[0].toLocalFile()) if len(urls) == 1 and len(mime.urls()) == 1 else None
