"""One kept still in an item's strip: its picture, its angles in words, what prints, a note,
and Open, Compare… and Remove. Each change is stored at once through the visit's keeper."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.locale_format import local_number
from kneedesk.core.stills import Still
from kneedesk.gui.screen.recorder import SINK_ERRORS
from kneedesk.gui.screen.still_hub import StillKeeper
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.services.stills import marks_text

THUMB_WIDTH = 96
THUMB_HEIGHT = 128
NOTE_CHARS = 500
ALTERED_TIP = QT_TRANSLATE_NOOP(
    "StillCard",
    "This still's picture no longer matches the one kept when it was taken: it was changed "
    "outside KneeDesk. Do not rely on it.",
)


def still_pixmap(still: Still) -> QPixmap:
    """The still's JPEG as a pixmap (empty when it cannot be read)."""
    pixmap = QPixmap()
    pixmap.loadFromData(still.jpeg, "JPEG")
    return pixmap


def thumbnail(still: Still) -> QPixmap:
    """The still at thumbnail size, decoded at that size (JPEG can skip most of the work of a
    full 1600 px decode: a visit with ten stills opens without decoding ten whole frames)."""
    data = QByteArray(still.jpeg)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"JPEG")
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(
            size.scaled(THUMB_WIDTH, THUMB_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return QPixmap.fromImage(image)


def source_text(still: Still) -> str:
    """Where the still came from, for its tooltip: file, frame, time and camera."""
    source = still.source
    if source.kind == "photo":
        where = QCoreApplication.translate("StillCard", "Photo {file}").format(
            file=source.file_name
        )
    else:
        where = QCoreApplication.translate("StillCard", "{file}, frame {frame} of {count}").format(
            file=source.file_name, frame=source.frame_index, count=source.frame_count
        )
        if source.time_s is not None:
            where += f", {local_number(f'{source.time_s:.2f}')} s"
    camera = QCoreApplication.translate("StillCard", "Camera: {view}").format(view=still.view.label)
    return f"{where}\n{camera}"


def _link(text: str, name: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setObjectName(name)
    button.setProperty("role", "link")
    return button


class StillCard(QFrame):
    """A still as the clinician sees it in the strip."""

    openRequested = Signal(object)  # Still
    compareRequested = Signal(object)  # Still
    removeRequested = Signal(object)  # Still

    def __init__(self, still: Still, keeper: StillKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.still = still
        self.keeper = keeper
        read_only = keeper.read_only
        self.setObjectName(f"still.{still.uid}")
        self.setProperty("role", "still-card")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        outer.addLayout(row)
        self.thumb = QLabel(self)
        self.thumb.setObjectName(f"still.{still.uid}.thumb")
        self.thumb.setFixedWidth(THUMB_WIDTH)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        pixmap = thumbnail(still)
        if not pixmap.isNull():
            self.thumb.setPixmap(pixmap)
        else:
            self.thumb.setText("(picture unreadable)")
        self.thumb.setToolTip(source_text(still))
        row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        row.addLayout(column, 1)
        no_angle = self.tr("No angle measured yet")
        left = still.side == "left"
        self.angles = QLabel(marks_text(still) or no_angle, self)
        self.angles.setObjectName(f"still.{still.uid}.angles")
        self.angles.setProperty("role", "still-angles")
        self.angles.setWordWrap(True)
        column.addWidget(self.angles)
        self.altered = QLabel(self.tr("ALTERED"), self)
        self.altered.setObjectName(f"still.{still.uid}.altered")
        self.altered.setProperty("role", "altered")
        self.altered.setToolTip(self.tr(ALTERED_TIP))
        self.altered.setVisible(still.altered)
        column.addWidget(self.altered)
        self.on_handout = QCheckBox(self.tr("Print on handout"), self)
        self.on_handout.setObjectName(f"still.{still.uid}.on_handout")
        self.on_handout.setChecked(still.on_handout)
        self.on_handout.setAccessibleName(
            self.tr("Print on handout: still of the left side")
            if left
            else self.tr("Print on handout: still of the right side")
        )
        self.on_handout.setAccessibleDescription(
            self.tr("Print this still and its angles on the handout")
        )
        self.hide_face = QCheckBox(self.tr("Hide face"), self)
        self.hide_face.setObjectName(f"still.{still.uid}.hide_face")
        self.hide_face.setToolTip(self.tr("Blur the face when the still is printed on the handout"))
        self.hide_face.setChecked(still.hide_face)
        self.hide_face.setAccessibleName(
            self.tr("Hide face: still of the left side")
            if left
            else self.tr("Hide face: still of the right side")
        )
        self.hide_face.setAccessibleDescription(self.hide_face.toolTip())
        for box in (self.on_handout, self.hide_face):
            box.setEnabled(not read_only)
            box.toggled.connect(self._printing_changed)
            column.addWidget(box)
        self.note = QLineEdit(still.note, self)
        self.note.setObjectName(f"still.{still.uid}.note")
        self.note.setPlaceholderText(self.tr("Note") if not read_only else "")
        self.note.setMaxLength(NOTE_CHARS)
        self.note.setReadOnly(read_only)
        self.note.setAccessibleName(
            self.tr("Note on the still of the left side")
            if left
            else self.tr("Note on the still of the right side")
        )
        self.note.setAccessibleDescription(marks_text(still) or no_angle)
        self.note.editingFinished.connect(self._note_finished)
        column.addWidget(self.note)
        self.where = QLabel(self)  # the original's whereabouts, when known
        self.where.setObjectName(f"still.{still.uid}.original")
        self.where.setProperty("role", "muted")
        self.where.setWordWrap(True)
        self.where.hide()
        column.addWidget(self.where)
        self.error = QLabel(self)
        self.error.setObjectName(f"still.{still.uid}.error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        actions = QHBoxLayout()  # under the picture too: the side column is narrow
        actions.setSpacing(10)
        self.open_button = _link(self.tr("Open"), f"still.{still.uid}.open", self)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.still))
        self.compare_button = _link(self.tr("Compare…"), f"still.{still.uid}.compare", self)
        self.compare_button.clicked.connect(lambda: self.compareRequested.emit(self.still))
        self.remove_button = _link(self.tr("Remove"), f"still.{still.uid}.remove", self)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.still))
        self.remove_button.setVisible(not read_only)
        for button in (self.open_button, self.compare_button, self.remove_button):
            button.setMinimumWidth(button.sizeHint().width())
            actions.addWidget(button)
        actions.addStretch(1)
        outer.addLayout(actions)

    def show_original(self, message: str | None, found: str | None = None) -> None:
        """Say where the original is, or that it is not in the media folder any more."""
        tip = source_text(self.still)
        if found:
            tip += "\n" + self.tr("Original: {path}").format(path=found)
        if message:
            tip += f"\n{message}"
        self.thumb.setToolTip(tip)
        self.open_button.setToolTip(message or "")
        self.where.setText(message or "")
        self.where.setVisible(bool(message))

    def _show_error(self, message: str | None) -> None:
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))

    def _printing_changed(self) -> None:
        on, hide = self.on_handout.isChecked(), self.hide_face.isChecked()
        if (on, hide) == (self.still.on_handout, self.still.hide_face):
            return
        try:
            self.keeper.change_printing(self.still.uid, on, hide)
        except SINK_ERRORS as exc:
            for box, value in (
                (self.on_handout, self.still.on_handout),
                (self.hide_face, self.still.hide_face),
            ):
                box.blockSignals(True)
                box.setChecked(value)
                box.blockSignals(False)
            self._show_error(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self.still = dataclasses.replace(self.still, on_handout=on, hide_face=hide)
        self._show_error(None)

    def _note_finished(self) -> None:
        note = self.note.text().strip()
        if self.keeper.read_only or note == self.still.note:
            return
        try:
            self.keeper.change_note(self.still.uid, note)
        except SINK_ERRORS as exc:  # the typed note stays in the field, to try again
            self._show_error(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self.still = dataclasses.replace(self.still, note=note)
        self._show_error(None)
