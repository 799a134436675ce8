"""Measuring on a kept frame with the mouse and keys: the FPPA of the clip's markers as a
clinician would work it out by hand, live updates as points move, and the camera view's
effect on the sign."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from still_helpers import (
    ANKLE,
    HIP,
    KNEE,
    click_at,
    dialog,
    fppa_by_hand,
    keep,
    settle,
    spot,
)

from kneedesk.core.angles import View
from kneedesk.gui.stills import MeasureView, StillDialog

__all__ = ["dialog"]  # the fixture


def shown_value(measure: MeasureView, row: int = 0) -> float:
    """The angle in the side panel's row, as the clinician reads it."""
    text = measure.values_shown()[row]
    found = re.search(r"([+-]\d+\.\d)°", text)
    assert found, text
    return float(found.group(1))


def place_fppa(qtbot: QtBot, measure: MeasureView) -> None:
    measure.angle_choice.setCurrentIndex(measure.angle_choice.findData("angle.fppa"))
    qtbot.mouseClick(measure.add_button, Qt.MouseButton.LeftButton)
    prompts = []
    for x, y in (HIP, KNEE, ANKLE):
        prompts.append(measure.prompt.text())
        click_at(qtbot, measure.canvas, x, y)
    measure.canvas.fit()
    assert prompts[1].startswith("Click the knee centre")
    assert prompts[0].startswith("Click the hip")


@pytest.fixture
def measuring(qtbot: QtBot, dialog: StillDialog) -> MeasureView:
    """Frame 5 kept, the FPPA placed on the markers by clicks."""
    for _ in range(5):
        qtbot.keyClick(dialog.viewer.view, Qt.Key.Key_Right)
    settle(qtbot, dialog.viewer)
    keep(qtbot, dialog)
    assert dialog.measure is not None
    place_fppa(qtbot, dialog.measure)
    return dialog.measure


def test_clicking_the_markers_shows_the_fppa_worked_out_by_hand(
    dialog: StillDialog, measuring: MeasureView
) -> None:
    assert shown_value(measuring) == pytest.approx(fppa_by_hand(), abs=0.1)
    assert fppa_by_hand() == pytest.approx(23.12, abs=0.01)
    still = dialog.result_still()
    assert still.source.frame_index == 5
    assert still.source.frame_rate == 240
    assert still.source.file_name == "squat.mp4"
    assert len(still.source.sha256) == 64
    assert (still.width, still.height) == (640, 360)
    (mark,) = still.marks
    assert mark.angle_id == "angle.fppa"
    for point, (x, y) in zip(mark.points, (HIP, KNEE, ANKLE), strict=True):
        assert abs(point.x - x) < 0.5
        assert abs(point.y - y) < 0.5
    assert still.angle(mark) == pytest.approx(fppa_by_hand(), abs=0.1)
    assert dialog.ok_button.isEnabled()


def test_dragging_the_knee_updates_the_angle_live(qtbot: QtBot, measuring: MeasureView) -> None:
    canvas = measuring.canvas
    knee = measuring.handles()[1]
    before = shown_value(measuring)
    start = spot(canvas, knee.pos().x(), knee.pos().y())
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    target = spot(canvas, KNEE[0] + 30, KNEE[1])
    qtbot.mouseMove(canvas.viewport(), target)
    moved_once = shown_value(measuring)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert knee.pos().x() > KNEE[0] + 20  # the handle followed the mouse
    assert moved_once > before + 5  # more valgus, shown while dragging
    assert measuring.marks()[0].points[1].x == knee.pos().x()


def test_the_selected_point_is_nudged_a_pixel_by_the_arrow_keys(
    qtbot: QtBot, measuring: MeasureView
) -> None:
    canvas = measuring.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)  # the second point: the knee
    assert measuring.selected_handle() is measuring.handles()[1]
    before = measuring.handles()[1].pos()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert measuring.handles()[1].pos() == before + QPointF(1, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert measuring.handles()[1].pos() == before + QPointF(1, 10)
    assert measuring.marks()[0].points[1].x == before.x() + 1


def test_points_stay_inside_the_still(qtbot: QtBot, measuring: MeasureView) -> None:
    ankle = measuring.handles()[2]
    ankle.setSelected(True)
    measuring.canvas.setFocus()
    for _ in range(5):
        qtbot.keyClick(measuring.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert ankle.pos().y() == 360


def test_the_camera_view_flips_the_sign(qtbot: QtBot, measuring: MeasureView) -> None:
    front = shown_value(measuring)
    assert front > 0
    measuring.view_choice.setCurrentIndex(measuring.view_choice.findData(View.BACK))
    assert shown_value(measuring) == pytest.approx(-front)
    assert measuring.view() is View.BACK


def test_several_angles_and_delete_removes_the_selected_one(
    qtbot: QtBot, dialog: StillDialog, measuring: MeasureView
) -> None:
    measuring.angle_choice.setCurrentIndex(measuring.angle_choice.findData("angle.trunk_lean"))
    qtbot.mouseClick(measuring.add_button, Qt.MouseButton.LeftButton)
    assert measuring.prompt.text().startswith("Click the mid-pelvis")
    click_at(qtbot, measuring.canvas, 330, 200)
    assert measuring.prompt.text().startswith("Click the C7")
    click_at(qtbot, measuring.canvas, 330, 40)
    assert [m.angle_id for m in dialog.result_still().marks] == ["angle.fppa", "angle.trunk_lean"]
    assert shown_value(measuring, 1) == pytest.approx(0.0, abs=0.1)  # straight up
    measuring.handles()[0].setSelected(True)  # a point of the FPPA
    qtbot.keyClick(measuring.canvas, Qt.Key.Key_Delete)
    assert [m.angle_id for m in measuring.marks()] == ["angle.trunk_lean"]
    assert len(measuring.values_shown()) == 1


def test_the_item_own_angles_are_offered_first(dialog: StillDialog, measuring: MeasureView) -> None:
    choices = [measuring.angle_choice.itemData(i) for i in range(measuring.angle_choice.count())]
    offered = [c for c in choices if c]
    assert offered[:3] == ["angle.fppa", "angle.pelvic_drop", "angle.trunk_lean"]
    assert set(offered) >= {"angle.shank_ic", "angle.knee_flexion_ic"}
