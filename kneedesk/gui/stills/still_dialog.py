"""`StillDialog` keeps a frame of a video (or a photo) and measures it.

While the dialog is open the original file's SHA-256 is worked out in the background (the
still records which file it came from; the file itself is never copied); OK waits for it.
A file that vanishes or a frame that cannot be decoded is said in the dialog, and the
still already kept stays.
"""

from __future__ import annotations

import uuid
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.angles import ANGLES, Side, View
from kneedesk.core.locale_format import local_number
from kneedesk.core.stills import FILMED_ITEMS, AngleMark, Still, StillSource, image_digest
from kneedesk.gui.background import BackgroundJob, JobControl, run_in_background, start_job
from kneedesk.gui.stills.decoder import DecodedFrame, FrameDecoder
from kneedesk.gui.stills.measure_dialog import discard_confirmed, fit_dialog
from kneedesk.gui.stills.measure_view import MeasureView
from kneedesk.gui.stills.video_viewer import VideoViewer
from kneedesk.media import MediaError, MediaSource, StillImage, encode_still, file_sha256


def default_view(item_id: str) -> View:
    """Front for the frontal tests, side (facing right) for those filmed from the side."""
    own = FILMED_ITEMS.get(item_id, ("angle.fppa",))
    return View.FRONT if View.FRONT in ANGLES[own[0]].views else View.SIDE_FACING_RIGHT


def error_text(error: object) -> str:
    if isinstance(error, MediaError):
        return error.message
    text = QCoreApplication.translate(
        "StillDialog", "This frame could not be shown ({error}). Try another frame."
    )
    return text.format(error=error)


def _banner(parent: QWidget) -> QLabel:
    banner = QLabel(parent)
    banner.setWordWrap(True)
    banner.setProperty("role", "error")
    banner.setVisible(False)
    return banner


class StillDialog(QDialog):
    """Step to a frame of `source`, keep it, place angles; `result_still()` after OK.

    The dialog owns `source` from now on and closes it when it closes.
    """

    def __init__(
        self,
        source: MediaSource,
        item_id: str,
        side: Side,
        item_label: str,
        side_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = source.info
        self.item_id, self.side = item_id, side
        self.setWindowTitle(
            self.tr("Still for {item}, {side}").format(item=item_label, side=side_label)
        )
        self.decoder = FrameDecoder(source, self)
        self.viewer = VideoViewer(self.decoder, self)
        self.measure: MeasureView | None = None
        self._kept: tuple[StillImage, DecodedFrame] | None = None
        self._uid = uuid.uuid4().hex
        self._sha256: str | None = None
        self._vanished = False
        self._encoding: BackgroundJob | None = None
        self._build(item_label, side_label)
        self.viewer.frameShown.connect(self._frame_shown)
        self.viewer.failed.connect(self._frame_failed)
        self._hashing: BackgroundJob | None = self._start_hash()
        fit_dialog(self)

    def _build(self, item_label: str, side_label: str) -> None:
        video = self.info.kind == "video"
        title = QLabel(f"{item_label} · {side_label} · {self.info.name}", self)
        title.setProperty("role", "subtitle")
        self.banner = _banner(self)
        self.pages = QStackedWidget(self)
        stepping = QWidget(self)
        column = QVBoxLayout(stepping)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.viewer, 1)
        row = QHBoxLayout()
        hint = QLabel(
            self.tr("Step to the frame to measure (Left and Right arrows), then keep it.")
            if video
            else self.tr("Keep the photo to measure on it."),
            self,
        )
        hint.setProperty("role", "muted")
        self.keep_button = QPushButton(
            self.tr("Keep this frame") if video else self.tr("Use this photo"), self
        )
        self.keep_button.setProperty("role", "primary")
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self.keep_frame)
        row.addWidget(hint, 1)
        row.addWidget(self.keep_button)
        column.addLayout(row)
        self.pages.addWidget(stepping)
        self.measuring = QWidget(self)
        self.measure_column = QVBoxLayout(self.measuring)
        self.measure_column.setContentsMargins(0, 0, 0, 0)
        self.kept_label = QLabel(self)
        self.kept_label.setProperty("role", "muted")
        self.again_button = QPushButton(self.tr("Choose another frame"), self)
        self.again_button.setToolTip(
            self.tr("Back to the video; the angles placed stay on the new frame")
        )
        self.again_button.clicked.connect(self.show_video)
        self.again_button.setVisible(video)
        top = QHBoxLayout()
        top.addWidget(self.kept_label, 1)
        top.addWidget(self.again_button)
        self.measure_column.addLayout(top)
        self.pages.addWidget(self.measuring)
        self.status = QLabel(self.tr("Noting which file this is…"), self)
        self.status.setProperty("role", "muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add still"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.viewer.view.setFocus()

    # --- the fingerprint -------------------------------------------------------------------

    def _start_hash(self) -> BackgroundJob:
        path = self.info.path

        def work(control: JobControl) -> str:
            return file_sha256(
                path,
                progress=lambda done, total: control.report((done, total)),
                cancelled=lambda: control.cancelled,
            )

        return start_job(work, self._hashed, self._hash_failed, on_progress=self._hash_progress)

    def _hash_progress(self, value: object) -> None:
        done, total = cast(tuple[int, int], value)
        percent = 100 * done // total if total else 100
        self.status.setText(
            self.tr("Noting which file this is… {percent} %").format(percent=percent)
        )

    def _hashed(self, digest: str) -> None:
        self._hashing = None
        self._sha256 = digest
        self.status.setText(
            self.tr("File noted: the still will say which video or photo it came from.")
        )
        self._update_ok()

    def _hash_failed(self, error: Exception) -> None:
        self._hashing = None
        self.status.setText(self.tr("The file could not be read to the end."))
        problem = self.tr(
            "“{file}” could not be read to the end ({error}). Close this window "
            "and choose the file again."
        )
        self._show_problem(problem.format(file=self.info.name, error=error))

    # --- keeping ---------------------------------------------------------------------------

    def _frame_shown(self, decoded: DecodedFrame) -> None:
        if not self._vanished:
            self.banner.setVisible(False)
            self.keep_button.setEnabled(self._encoding is None)

    def _frame_failed(self, error: object) -> None:
        if isinstance(error, MediaError) and error.kind == "vanished":
            self._vanished = True
        self.keep_button.setEnabled(False)
        self._show_problem(error_text(error))

    def _show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def keep_frame(self) -> None:
        """Encode the frame on the screen (off the GUI thread), then measure on it."""
        decoded = self.viewer.shown
        if decoded is None or self._encoding is not None:
            return
        self.viewer.pause()
        self.keep_button.setEnabled(False)
        frame = decoded.frame
        self._encoding = run_in_background(
            lambda: encode_still(frame),
            lambda still: self._kept_frame(still, decoded),
            self._keep_failed,
        )

    def _keep_failed(self, error: Exception) -> None:
        self._encoding = None
        self.keep_button.setEnabled(not self._vanished)
        problem = self.tr("The frame could not be kept ({error}). Try again.")
        self._show_problem(problem.format(error=error))

    def _kept_frame(self, still: StillImage, decoded: DecodedFrame) -> None:
        self._encoding = None
        self.keep_button.setEnabled(not self._vanished)
        image = QImage.fromData(still.jpeg)
        marks: tuple[AngleMark, ...] = ()
        view = default_view(self.item_id)
        if self.measure is not None:  # another frame of the same video: the marks stay
            marks, view = self.measure.marks(), self.measure.view()
            self.measure.setParent(None)
            self.measure.deleteLater()
        self._kept = (still, decoded)
        self.measure = MeasureView(image, self.item_id, self.side, view, marks, parent=self)
        self.measure_column.addWidget(self.measure, 1)
        if self.info.kind == "video":
            kept = self.tr(
                "Frame {index} ({seconds} s) kept, {width} × {height} px. Place the angles."
            ).format(
                index=decoded.index,
                seconds=local_number(f"{decoded.frame.time_s:.3f}"),
                width=still.width,
                height=still.height,
            )
        else:
            kept = self.tr("The photo kept, {width} × {height} px. Place the angles.").format(
                width=still.width, height=still.height
            )
        self.kept_label.setText(kept)
        self.pages.setCurrentWidget(self.measuring)
        self.measure.canvas.setFocus()
        self._update_ok()

    def show_video(self) -> None:
        self.pages.setCurrentIndex(0)
        self.viewer.view.setFocus()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._kept is not None and self._sha256 is not None)

    # --- the result ------------------------------------------------------------------------

    @property
    def hash_done(self) -> bool:
        return self._sha256 is not None

    def result_still(self) -> Still:
        """The kept still with its angles (only once OK is enabled)."""
        if self._kept is None or self._sha256 is None or self.measure is None:
            raise RuntimeError("no still kept yet, or the file's fingerprint is not read")
        image, decoded = self._kept
        info = self.info
        source = StillSource(
            info.kind, info.name, self._sha256, decoded.index, info.frame_rate, info.frame_count
        )
        return Still(
            uid=self._uid,
            item_id=self.item_id,
            side=self.side,
            view=self.measure.view(),
            jpeg=image.jpeg,
            width=image.width,
            height=image.height,
            source=source,
            marks=self.measure.marks(),
            on_handout=False,
            hide_face=True,
            image_sha256=image_digest(image.jpeg),
        )

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: asks first once a frame is kept."""
        question = self.tr("Close without adding the kept frame and the angles placed on it?")
        if self._kept is not None and not discard_confirmed(self, question):
            return
        super().reject()

    def done(self, result: int) -> None:
        """Stop the work under way for this dialog and close the file, then close."""
        self.viewer.stop()
        for job in (self._hashing, self._encoding):
            if job is not None:
                job.cancel()
        self._hashing = self._encoding = None
        self.decoder.close()
        super().done(result)
