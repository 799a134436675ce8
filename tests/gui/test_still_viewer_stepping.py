"""Stepping through a real 240 fps clip with the keys and controls a clinician uses: the
label and the picture's own pixels (each frame carries its index) must agree."""

from __future__ import annotations

from pathlib import Path

from clips import make_clip
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from still_helpers import (
    FRAMES,
    RATE,
    close_dialog,
    dialog,
    open_dialog,
    settle,
    shown_index,
)

from kneedesk.gui.background import tasks
from kneedesk.gui.stills import StillDialog

__all__ = ["dialog"]  # the fixture


def label(d: StillDialog) -> str:
    return d.viewer.position_label.text()


def test_right_arrow_steps_one_frame_each_and_left_goes_back(
    qtbot: QtBot, dialog: StillDialog
) -> None:
    view = dialog.viewer.view
    for _ in range(7):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        settle(qtbot, dialog.viewer)
    assert label(dialog) == f"Frame 7 of {FRAMES} · {7 / RATE:.3f} s · 240 fps"
    assert shown_index(dialog.viewer) == 7
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    settle(qtbot, dialog.viewer)
    assert label(dialog).startswith("Frame 5 of")
    assert shown_index(dialog.viewer) == 5


def test_shift_arrows_and_page_keys_jump_ten(qtbot: QtBot, dialog: StillDialog) -> None:
    view = dialog.viewer.view
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, dialog.viewer)
    assert shown_index(dialog.viewer) == 10
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settle(qtbot, dialog.viewer)
    assert shown_index(dialog.viewer) == 20
    assert label(dialog).startswith("Frame 20 of")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    settle(qtbot, dialog.viewer)
    assert shown_index(dialog.viewer) == 0


def test_the_slider_and_end_key_reach_the_last_frame(qtbot: QtBot, dialog: StillDialog) -> None:
    viewer = dialog.viewer
    viewer.slider.setValue(viewer.slider.maximum())
    settle(qtbot, viewer)
    assert shown_index(viewer) == FRAMES - 1
    assert label(dialog).startswith(f"Frame {FRAMES - 1} of {FRAMES}")
    qtbot.keyClick(viewer.view, Qt.Key.Key_Home)
    settle(qtbot, viewer)
    assert shown_index(viewer) == 0
    assert viewer.slider.value() == 0
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right)
    settle(qtbot, viewer)
    assert viewer.slider.value() == 11  # the slider follows the keys
    qtbot.keyClick(viewer.view, Qt.Key.Key_End)
    settle(qtbot, viewer)
    assert shown_index(viewer) == FRAMES - 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right)  # past the end: stays on the last frame
    settle(qtbot, viewer)
    assert shown_index(viewer) == FRAMES - 1


def test_play_then_pause_stops_on_a_frame_whose_label_matches_its_pixels(
    qtbot: QtBot, dialog: StillDialog
) -> None:
    viewer = dialog.viewer
    viewer.speed.setCurrentIndex(viewer.speed.findText("1/8"))  # 30 frames a second
    qtbot.keyClick(viewer.view, Qt.Key.Key_Space)
    assert viewer.playing
    assert viewer.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: viewer.position >= 3)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Space)
    assert not viewer.playing
    settle(qtbot, viewer)
    stopped = viewer.position
    assert 3 <= stopped < FRAMES
    assert shown_index(viewer) == stopped
    assert label(dialog).startswith(f"Frame {stopped} of")


def test_playing_to_the_end_stops_on_the_last_frame(qtbot: QtBot, dialog: StillDialog) -> None:
    viewer = dialog.viewer
    qtbot.mouseClick(viewer.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not viewer.playing)
    settle(qtbot, viewer)
    assert shown_index(viewer) == FRAMES - 1
    assert viewer.play_button.text() == "Play"


def test_a_held_arrow_key_queues_no_more_than_one_decode(qtbot: QtBot, dialog: StillDialog) -> None:
    """Forty key presses arrive faster than frames decode (as when the key is held): the
    requests replace each other instead of queueing forty decodes."""
    viewer = dialog.viewer
    before = len(tasks().unfinished())
    for _ in range(40):
        qtbot.keyPress(viewer.view, Qt.Key.Key_Right)
    assert len(tasks().unfinished()) - before <= 1
    assert viewer.position == 40
    settle(qtbot, viewer)
    assert shown_index(viewer) == 40
    assert label(dialog).startswith("Frame 40 of")


def test_zoom_keys_and_fit(qtbot: QtBot, dialog: StillDialog) -> None:
    view = dialog.viewer.view
    fitted = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom() > fitted * 1.5
    assert view.horizontalScrollBar().maximum() > 0  # room to pan
    qtbot.mouseClick(dialog.viewer.fit_button, Qt.MouseButton.LeftButton)
    assert abs(view.zoom() - fitted) < 1e-6
    qtbot.keyClick(view, Qt.Key.Key_Minus)  # never smaller than the whole picture
    assert abs(view.zoom() - fitted) < 1e-6


def test_every_control_names_its_key(dialog: StillDialog) -> None:
    viewer = dialog.viewer
    tips = {
        viewer.play_button: "Space",
        viewer.back_button: "Left",
        viewer.forward_button: "Right",
        viewer.back_jump: "Shift+Left",
        viewer.forward_jump: "Shift+Right",
    }
    for button, key in tips.items():
        assert key in button.toolTip()


def test_dragging_a_zoomed_picture_pans_it(qtbot: QtBot, dialog: StillDialog) -> None:
    view = dialog.viewer.view
    view.zoom_by(4)
    bar = view.horizontalScrollBar()
    before = bar.value()
    middle = view.viewport().rect().center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(view.viewport(), middle + QPoint(-120, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=middle + QPoint(-120, 0))
    assert bar.value() == before + 120


def test_an_hevc_clip_steps_frame_by_frame(qtbot: QtBot, tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "IMG_0001.MOV", frames=24, fps=120, codec="libx265")
    opened = open_dialog(qtbot, clip)
    try:
        for _ in range(13):
            qtbot.keyClick(opened.viewer.view, Qt.Key.Key_Right)
        settle(qtbot, opened.viewer)
        assert shown_index(opened.viewer) == 13
        assert label(opened) == "Frame 13 of 24 · 0.108 s · 120 fps"
    finally:
        close_dialog(qtbot, opened)
