"""The still dialog at 1366x768 in both appearances, stepping and measuring: nothing cut
off, nothing needing a sideways scroll. Set KNEEDESK_SCREENSHOTS=docs/screenshots to also
write the PNGs shown in the docs (the light ones)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from clipping import SCREEN, app_style, clipped_texts
from clips import make_clip
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot
from still_helpers import close_dialog, keep, open_dialog, settle

from kneedesk.gui.stills import StillDialog
from kneedesk.gui.theme import Scheme

HIP, KNEE, ANKLE = (610, 250), (652, 420), (630, 640)
PELVIS, C7 = (555, 255), (535, 45)


@pytest.fixture(params=[Scheme.LIGHT, Scheme.DARK], ids=["light", "dark"])
def appearance(request: pytest.FixtureRequest) -> Iterator[Scheme]:
    with app_style(request.param):
        yield request.param


def _nothing_cut_off(dialog: StillDialog) -> None:
    assert dialog.width() <= SCREEN.width()
    assert dialog.height() <= SCREEN.height()
    assert not clipped_texts(dialog)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text():
            assert button.sizeHint().width() <= button.width(), button.text()


def test_the_still_dialog_fits_a_laptop_screen(
    qtbot: QtBot, tmp_path: Path, appearance: Scheme
) -> None:
    clip = make_clip(
        tmp_path / "IMG_2041.MOV",
        frames=64,
        fps=240,
        size=(1280, 720),
        markers=lambda i: (HIP, (KNEE[0] - 10 + i // 4, KNEE[1]), ANKLE, C7),
    )
    dialog = open_dialog(qtbot, clip)
    try:
        dialog.resize(SCREEN.size())
        for _ in range(4):
            qtbot.keyClick(dialog.viewer.view, Qt.Key.Key_PageDown)
        qtbot.keyClick(dialog.viewer.view, Qt.Key.Key_Right)
        settle(qtbot, dialog.viewer)
        qtbot.waitUntil(lambda: dialog.hash_done)
        qtbot.wait(20)
        _nothing_cut_off(dialog)
        out = Path(os.environ.get("KNEEDESK_SCREENSHOTS", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        suffix = "" if appearance is Scheme.LIGHT else "-dark"
        assert dialog.grab().save(str(out / f"still-viewer{suffix}.png"))
        keep(qtbot, dialog)
        measure = dialog.measure
        assert measure is not None
        measure.start_angle("angle.fppa")
        for x, y in (HIP, KNEE, ANKLE):
            measure.place(QPointF(x, y))
        measure.start_angle("angle.trunk_lean")
        measure.place(QPointF(*PELVIS))
        measure.place(QPointF(*C7))
        qtbot.wait(20)
        _nothing_cut_off(dialog)
        assert len(measure.values_shown()) == 2
        assert dialog.grab().save(str(out / f"still-measure{suffix}.png"))
    finally:
        close_dialog(qtbot, dialog)
