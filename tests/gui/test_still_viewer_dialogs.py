"""The still dialogs as the wizard uses them: opening off the GUI thread, a file that
vanishes while open, a photo, and a signed visit's still that can be looked at only."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from clips import make_photo
from dialog_helpers import refusing_modals, when_modal
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from still_helpers import (
    ANKLE,
    HIP,
    KNEE,
    close_dialog,
    dialog,
    keep,
    open_dialog,
    settle,
    spot,
    squat_clip,
    wait_for_jobs,
)

from kneedesk.core.angles import Point, View
from kneedesk.core.stills import AngleMark, Still
from kneedesk.gui.stills import MeasureDialog, StillDialog, open_in_background
from kneedesk.media import MediaError, MediaSource

__all__ = ["dialog"]  # the fixture


def test_open_in_background_hands_over_the_source(qtbot: QtBot, tmp_path: Path) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    opened: list[MediaSource] = []
    failed: list[MediaError] = []
    open_in_background(squat_clip(tmp_path), owner, opened.append, failed.append)
    qtbot.waitUntil(lambda: bool(opened or failed))
    assert not failed
    assert opened[0].info.frame_count == 48
    opened[0].close()


def test_open_in_background_says_why_a_file_cannot_be_opened(qtbot: QtBot, tmp_path: Path) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failed: list[MediaError] = []
    open_in_background(tmp_path / "gone.mp4", owner, lambda s: s.close(), failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert failed[0].kind == "missing"
    assert "gone.mp4" in failed[0].message


def test_a_file_that_vanishes_is_said_in_the_dialog_and_the_kept_still_stays(
    qtbot: QtBot, dialog: StillDialog
) -> None:
    for _ in range(3):
        qtbot.keyClick(dialog.viewer.view, Qt.Key.Key_Right)
    settle(qtbot, dialog.viewer)
    keep(qtbot, dialog)
    assert dialog.measure is not None
    dialog.measure.start_angle("angle.fppa")
    for x, y in (HIP, KNEE, ANKLE):
        dialog.measure.place(QPointF(x, y))
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    dialog.info.path.unlink()
    for _ in range(5):  # several tries: one message, no window per failure
        qtbot.keyClick(dialog.viewer.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    wait_for_jobs(qtbot)
    assert "squat.mp4" in dialog.banner.text()
    assert "moved, deleted or changed" in dialog.banner.text()
    assert not dialog.keep_button.isEnabled()
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()
    still = dialog.result_still()
    assert still.source.frame_index == 3
    assert [m.angle_id for m in still.marks] == ["angle.fppa"]


def test_a_photo_is_kept_and_measured_like_a_frame(qtbot: QtBot, tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "stance.jpg", (800, 600), markers=[HIP, KNEE, ANKLE])
    opened = open_dialog(qtbot, photo, item="hip.trendelenburg")
    try:
        assert not opened.viewer.play_button.isVisible()
        assert opened.viewer.position_label.text() == "Photo · 800 × 600 px"
        assert opened.keep_button.text() == "Use this photo"
        keep(qtbot, opened)
        assert opened.measure is not None
        assert opened.measure.angle_choice.currentData() == "angle.pelvic_drop"
        still = opened.result_still()
        assert still.source.kind == "photo"
        assert still.source.frame_rate is None
        assert still.view is View.FRONT
    finally:
        close_dialog(qtbot, opened)


def test_a_side_view_item_starts_with_a_side_view(qtbot: QtBot, tmp_path: Path) -> None:
    opened = open_dialog(qtbot, squat_clip(tmp_path), item="running.overstride")
    try:
        keep(qtbot, opened)
        assert opened.measure is not None
        assert opened.measure.view() is View.SIDE_FACING_RIGHT
        assert opened.measure.angle_choice.currentData() == "angle.shank_ic"
    finally:
        close_dialog(qtbot, opened)


def test_closing_while_the_fingerprint_is_read_leaves_nothing_running(
    qtbot: QtBot, tmp_path: Path
) -> None:
    opened = open_dialog(qtbot, squat_clip(tmp_path))
    opened.reject()
    wait_for_jobs(qtbot)
    assert opened.decoder.closed


@pytest.fixture
def kept_still(qtbot: QtBot, dialog: StillDialog) -> Still:
    keep(qtbot, dialog)
    assert dialog.measure is not None
    dialog.measure.start_angle("angle.fppa")
    for x, y in (HIP, KNEE, ANKLE):
        dialog.measure.place(QPointF(x, y))
    return dialog.result_still()


def _drag(qtbot: QtBot, dialog: MeasureDialog, dx: float) -> None:
    canvas = dialog.measure.canvas
    knee = dialog.measure.handles()[1]
    start = spot(canvas, knee.pos().x(), knee.pos().y())
    end = spot(canvas, knee.pos().x() + dx, knee.pos().y())
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_a_kept_still_reopens_to_change_its_points_and_view(
    qtbot: QtBot, kept_still: Still
) -> None:
    reopened = MeasureDialog(kept_still, editable=True)
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.measure.values_shown() == ["FPPA: +23.1°"]
    _drag(qtbot, reopened, 30)
    reopened.measure.view_choice.setCurrentIndex(reopened.measure.view_choice.findData(View.BACK))
    changed = reopened.result_still()
    assert changed.uid == kept_still.uid
    assert changed.jpeg == kept_still.jpeg
    assert changed.view is View.BACK
    assert changed.marks[0].points[1].x > KNEE[0] + 20
    reopened.accept()


def test_a_signed_visit_still_refuses_every_change(qtbot: QtBot, kept_still: Still) -> None:
    signed = dataclasses.replace(
        kept_still, marks=(AngleMark("angle.fppa", (Point(*HIP), Point(*KNEE), Point(*ANKLE))),)
    )
    shown = MeasureDialog(signed, editable=False)
    qtbot.addWidget(shown)
    shown.show()
    measure = shown.measure
    assert measure.note.isVisible()
    assert "signed visit" in measure.note.text()
    _drag(qtbot, shown, 40)
    knee = measure.handles()[1]
    assert knee.pos() == QPointF(*KNEE)
    knee.setSelected(True)
    measure.canvas.setFocus()
    qtbot.keyClick(measure.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(measure.canvas, Qt.Key.Key_Delete)
    assert knee.pos() == QPointF(*KNEE)
    assert len(measure.marks()) == 1
    assert not measure.view_choice.isEnabled()
    assert not measure.add_button.isVisible()
    assert "FPPA: 180 degrees minus" in measure.definition.text()
    assert shown.result_still() == signed
    with refusing_modals() as refused:
        qtbot.keyClick(measure.values, Qt.Key.Key_Escape)  # nothing changed: no question
    assert not refused
    assert not shown.isVisible()


def _answer(choice: str) -> None:
    def click(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert "kept frame" in box.text()
        (button,) = [b for b in box.buttons() if b.text() == choice]
        button.click()

    when_modal(click)


def test_escape_asks_before_a_kept_frame_is_thrown_away(qtbot: QtBot, dialog: StillDialog) -> None:
    keep(qtbot, dialog)
    assert dialog.measure is not None
    _answer("Keep working")
    qtbot.keyClick(dialog.measure.canvas, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.result_still().source.frame_index == 0
    _answer("Discard")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert dialog.decoder.closed


def test_escape_while_placing_stops_placing_and_keeps_the_dialog(
    qtbot: QtBot, dialog: StillDialog
) -> None:
    keep(qtbot, dialog)
    assert dialog.measure is not None
    qtbot.mouseClick(dialog.measure.add_button, Qt.MouseButton.LeftButton)
    dialog.measure.place(QPointF(*HIP))
    with refusing_modals() as refused:
        qtbot.keyClick(dialog.measure.canvas, Qt.Key.Key_Escape)
    assert not refused
    assert dialog.isVisible()
    assert dialog.measure.placing is None
    assert dialog.measure.handles() == []


def test_choosing_another_frame_keeps_the_angles_placed(qtbot: QtBot, dialog: StillDialog) -> None:
    keep(qtbot, dialog)
    assert dialog.measure is not None
    dialog.measure.start_angle("angle.fppa")
    for x, y in (HIP, KNEE, ANKLE):
        dialog.measure.place(QPointF(x, y))
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.viewer.isVisible()
    qtbot.keyClick(dialog.viewer.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, dialog.viewer)
    keep(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result_still().source.frame_index == 10)
    still = dialog.result_still()
    assert [m.angle_id for m in still.marks] == ["angle.fppa"]
    assert still.marks[0].points[1] == Point(*KNEE)
    assert "Frame 10" in dialog.kept_label.text()
