"""`VideoViewer`: step through a video frame by frame, play it slowly, zoom into it.

The position (the frame asked for) moves at once with every key or click; the picture and
the "Frame 212 of 480" label follow when the frame is decoded, so they always agree with
each other and with the frame "Keep this frame" keeps.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.locale_format import local_number
from kneedesk.gui.stills.decoder import DecodedFrame, FrameDecoder
from kneedesk.gui.stills.zoom_view import ZoomView
from kneedesk.media import MediaInfo

JUMP = 10
SPEEDS = (("1x", 1.0), ("1/2", 0.5), ("1/4", 0.25), ("1/8", 0.125))
FALLBACK_RATE = 30.0
MIN_TICK_MS = 8
NAVIGATION = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Space,
}


class FrameView(ZoomView):
    """The picture; the keys that move through the video go on to the viewer."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in NAVIGATION:
            event.ignore()
            return
        super().keyPressEvent(event)


def position_text(info: MediaInfo, index: int, time_s: float) -> str:
    """ "Frame 212 of 480 · 0.883 s · 240 fps", or what a photo is."""
    if info.kind == "photo":
        text = QCoreApplication.translate("VideoViewer", "Photo · {width} × {height} px")
        return text.format(width=info.width, height=info.height)
    seconds = local_number(f"{time_s:.3f}")
    if info.frame_rate:
        text = QCoreApplication.translate(
            "VideoViewer", "Frame {index} of {count} · {seconds} s · {rate} fps"
        )
        rate = local_number(f"{info.frame_rate:g}")
        return text.format(index=index, count=info.frame_count, seconds=seconds, rate=rate)
    text = QCoreApplication.translate("VideoViewer", "Frame {index} of {count} · {seconds} s")
    return text.format(index=index, count=info.frame_count, seconds=seconds)


class VideoViewer(QWidget):
    """Shows `decoder`'s source; `frameShown(DecodedFrame)` after each new picture,
    `failed(MediaError | IndexError)` when a frame cannot be decoded."""

    frameShown = Signal(object)
    failed = Signal(object)

    def __init__(self, decoder: FrameDecoder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decoder = decoder
        self.info = decoder.source.info
        self._position = 0
        self._shown: DecodedFrame | None = None
        self._clock = QElapsedTimer()
        self._play_from = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.view = FrameView(self)
        self.view.setObjectName("stillFrameView")
        self._build_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.controls)
        decoder.decoded.connect(self._on_decoded)
        decoder.failed.connect(self._on_failed)
        self.setFocusProxy(self.view)
        decoder.request(0)

    # --- building --------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])  # the tip without its keys
        button.clicked.connect(slot)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_controls(self) -> None:
        self.controls = QWidget(self)
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 4, 0, 0)
        # Tooltips end with their keys in brackets; the accessible name is the part before.
        self.play_button = self._button(
            self.tr("Play"), self.tr("Play or pause (Space)"), self.toggle_play
        )
        self.back_jump = self._button(
            f"−{JUMP}",
            self.tr("Back {n} frames (Shift+Left or Page Up)").format(n=JUMP),
            lambda: self.step(-JUMP),
        )
        self.back_button = self._button(
            "◀ 1", self.tr("One frame back (Left arrow)"), lambda: self.step(-1)
        )
        self.forward_button = self._button(
            "1 ▶", self.tr("One frame forward (Right arrow)"), lambda: self.step(1)
        )
        self.forward_jump = self._button(
            f"+{JUMP}",
            self.tr("Forward {n} frames (Shift+Right or Page Down)").format(n=JUMP),
            lambda: self.step(JUMP),
        )
        self.speed = QComboBox(self)
        for label, factor in SPEEDS:
            self.speed.addItem(label, factor)
        self.speed.setToolTip(self.tr("Playback speed: 1/8 plays eight times slower than filmed"))
        self.speed.setAccessibleName(self.tr("Playback speed"))
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, max(0, self.info.frame_count - 1))
        self.slider.setPageStep(JUMP)
        self.slider.setToolTip(
            self.tr("Position in the video (Home and End go to the first and last frame)")
        )
        self.slider.setAccessibleName(self.tr("Position in the video"))
        self.slider.valueChanged.connect(self.set_position)
        self.position_label = QLabel(position_text(self.info, 0, 0.0), self)
        self.position_label.setMinimumWidth(
            self.position_label.fontMetrics().horizontalAdvance(
                position_text(self.info, self.info.frame_count, 999.999)
            )
        )
        self.fit_button = self._button(
            self.tr("Fit"), self.tr("Fit the picture to the window"), self.view.fit
        )
        self.zoom_out = self._button(
            "−", self.tr("Zoom out (− key, or Ctrl+wheel)"), self._zoom_out
        )
        self.zoom_in = self._button("+", self.tr("Zoom in (+ key, or Ctrl+wheel)"), self._zoom_in)
        stepping = (
            self.play_button,
            self.back_jump,
            self.back_button,
            self.forward_button,
            self.forward_jump,
            self.speed,
            self.slider,
        )
        for widget in stepping:
            row.addWidget(widget, 1 if widget is self.slider else 0)
            widget.setVisible(self.info.kind == "video")
        row.addWidget(self.position_label, 0 if self.info.kind == "video" else 1)
        for widget in (self.zoom_out, self.zoom_in, self.fit_button):
            row.addWidget(widget)

    # --- moving ----------------------------------------------------------------------------

    @property
    def position(self) -> int:
        """The frame asked for last (the picture follows once it is decoded)."""
        return self._position

    @property
    def shown(self) -> DecodedFrame | None:
        """The frame on the screen now."""
        return self._shown

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_position(self, index: int) -> None:
        index = max(0, min(self.info.frame_count - 1, index))
        if index == self._position and self._shown is not None and self._shown.index == index:
            return
        self._position = index
        if self.slider.value() != index:
            self.slider.blockSignals(True)
            self.slider.setValue(index)
            self.slider.blockSignals(False)
        self.decoder.request(index)

    def step(self, frames: int) -> None:
        self.pause()
        self.set_position(self._position + frames)

    def _rate(self) -> float:
        return self.info.frame_rate or FALLBACK_RATE

    def _speed_changed(self) -> None:
        if self.playing:
            self.pause()
            self.play()

    def play(self) -> None:
        if self.info.kind != "video" or self.info.frame_count < 2:
            return
        if self._position >= self.info.frame_count - 1:
            self.set_position(0)
        factor = float(self.speed.currentData())
        self._play_from = self._position
        self._clock.start()
        self._timer.start(max(MIN_TICK_MS, math.floor(1000 / (self._rate() * factor))))
        self.play_button.setText(self.tr("Pause"))

    def pause(self) -> None:
        self._timer.stop()
        self.play_button.setText(self.tr("Play"))

    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def _tick(self) -> None:
        factor = float(self.speed.currentData())
        frames = math.floor(self._clock.elapsed() / 1000 * self._rate() * factor)
        target = self._play_from + frames
        last = self.info.frame_count - 1
        if target >= last:
            self.set_position(last)
            self.pause()
        elif target != self._position:
            self.set_position(target)

    def _zoom_in(self) -> None:
        self.view.zoom_by(1.25)

    def _zoom_out(self) -> None:
        self.view.zoom_by(1 / 1.25)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.info.kind != "video":
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space:
            self.toggle_play()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = -1 if key == Qt.Key.Key_Left else 1
            self.step(sign * (JUMP if shift else 1))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step(-JUMP if key == Qt.Key.Key_PageUp else JUMP)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.pause()
            self.set_position(0 if key == Qt.Key.Key_Home else self.info.frame_count - 1)
        else:
            super().keyPressEvent(event)

    # --- decoded ---------------------------------------------------------------------------

    def _on_decoded(self, decoded: DecodedFrame) -> None:
        self._shown = decoded
        self.view.set_image(decoded.image)
        self.position_label.setText(position_text(self.info, decoded.index, decoded.frame.time_s))
        self.frameShown.emit(decoded)

    def _on_failed(self, error: object) -> None:
        self.pause()
        self.failed.emit(error)

    def stop(self) -> None:
        """Stop playing (before the decoder closes)."""
        self.pause()
