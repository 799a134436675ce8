"""Shared by the stills viewer tests: a real clip whose pixels carry their frame index and
markers where a hip, knee and ankle would be, the dialog opened on it, and ways to wait."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from clips import make_clip, read_index
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kneedesk.gui.background import tasks
from kneedesk.gui.stills import StillDialog, VideoViewer
from kneedesk.gui.stills.zoom_view import ZoomView
from kneedesk.media import open_media

FRAMES = 48
RATE = 240
HIP, KNEE, ANKLE = (320, 60), (350, 190), (325, 330)
"""Marker dots of every frame: the knee lies to the image's right of the hip-ankle line."""


def fppa_by_hand() -> float:
    """The FPPA of the markers, worked out as a clinician would with a protractor: how far
    the shank's direction turns from the thigh's (hip to knee, then knee to ankle). The knee
    is to the image's right of the hip-ankle line; seen from the front, a right leg's
    medial side is toward the image's right, so this is valgus and positive (23.12)."""
    thigh = math.degrees(math.atan2(KNEE[0] - HIP[0], KNEE[1] - HIP[1]))
    shank = math.degrees(math.atan2(ANKLE[0] - KNEE[0], ANKLE[1] - KNEE[1]))
    return thigh - shank


def squat_clip(folder: Path, name: str = "squat.mp4") -> Path:
    return make_clip(folder / name, frames=FRAMES, fps=RATE, markers=lambda _i: (HIP, KNEE, ANKLE))


def pixels(image: QImage) -> npt.NDArray[np.uint8]:
    """The picture's pixels as (height, width, 3) RGB."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    return rows[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).copy()


def shown_index(viewer: VideoViewer) -> int:
    """The frame index the picture on the screen carries in its pixels."""
    return read_index(pixels(viewer.view.image()))


def settle(qtbot: QtBot, viewer: VideoViewer) -> None:
    """Wait until the frame asked for last is the one on the screen."""

    def caught_up() -> bool:
        shown = viewer.shown
        return not viewer.decoder.busy and shown is not None and shown.index == viewer.position

    qtbot.waitUntil(caught_up)


def wait_for_jobs(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tasks().unfinished())


def click_at(qtbot: QtBot, view: ZoomView, x: float, y: float, zoom: float = 8.0) -> None:
    """Zoom in on (x, y) of the picture and click it there, as a careful clinician would."""
    if view.zoom() < zoom:
        view.zoom_by(zoom / view.zoom())
    view.centerOn(QPointF(x, y))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot(view, x, y))


def spot(view: ZoomView, x: float, y: float) -> QPoint:
    """Where (x, y) of the picture is in the view's viewport."""
    return view.mapFromScene(QPointF(x, y))


def open_dialog(qtbot: QtBot, path: Path, item: str = "hip.single_leg_squat") -> StillDialog:
    dialog = StillDialog(open_media(path), item, "right", "Single-leg squat", "Right leg")
    dialog.resize(1366, 728)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, dialog.viewer)
    return dialog


def close_dialog(qtbot: QtBot, dialog: StillDialog) -> None:
    if dialog.isVisible():
        dialog.done(QDialog.DialogCode.Rejected)  # without asking about a kept frame
    wait_for_jobs(qtbot)


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[StillDialog]:
    """The still dialog on a 48-frame 240 fps clip, at frame 0, closed after the test."""
    opened = open_dialog(qtbot, squat_clip(tmp_path))
    yield opened
    close_dialog(qtbot, opened)


def keep(qtbot: QtBot, dialog: StillDialog) -> None:
    """Keep the frame on the screen and wait for the measuring page and the fingerprint."""
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.measure is not None and dialog.measure.isVisible())
    qtbot.waitUntil(lambda: dialog.hash_done)
