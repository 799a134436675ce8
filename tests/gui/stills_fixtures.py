"""Driving the screen's stills: a visit page on a real store, drops on an item's row, the
still dialog kept with an angle placed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_fixtures import open_section

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.screen.still_area import StillsArea
from kneedesk.gui.stills import StillDialog
from kneedesk.gui.visit.page import VisitPage
from kneedesk.store.store import Store

SQUAT = "hip.single_leg_squat"


def new_patient(store: Store, chart: str = "KD-0042") -> int:
    return store.patients.create(
        chart_number=chart, given_name="Lou", family_name="Park", birth_date="1990-05-01"
    ).id


def draft(store: Store, patient_id: int, day: str = "2026-11-20") -> int:
    """A draft screen of the patient on `day`, in the name of the clinician signed in."""
    me = store.current
    return store.visits.create_draft(
        patient_id, visit_date=day, clinician_id=me.id if me else None
    ).id


def visit_page(qtbot: QtBot, store: Store, visit_id: int) -> VisitPage:
    page = VisitPage(store, DisplayUnits(), Thresholds())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_visit(visit_id)
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible())
    return page


def hip_area(page: VisitPage, item_id: str = SQUAT) -> StillsArea:
    """The stills area of an item of the hip section, with the section shown."""
    assert page.wizard is not None
    section = open_section(page.wizard, "hip")
    area = section.stills[item_id]
    section.ensureWidgetVisible(area.strips["right"])
    return area


def drop_on(area: StillsArea, path: Path, side: str = "right") -> None:
    """Drag a file over the item's row, on the side's column, and drop it there."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    strip = area.strips[side]
    at = strip.geometry().center()
    enter = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(area.row, enter)
    assert enter.isAccepted()
    assert strip.property("dropTarget") is True  # the side under the file is highlighted
    drop = QDropEvent(
        QPointF(at), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(area.row, drop)
    assert strip.property("dropTarget") is not True


def drop_on_label(area: StillsArea, path: Path) -> None:
    """Drop a file on the item's name and instruction, left of both sides."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(area.row.title.mapTo(area.row, area.row.title.rect().center()))
    enter = QDragEnterEvent(
        at.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )  # fmt: skip
    QApplication.sendEvent(area.row, enter)  # a drop reaches the widget that took the drag
    assert not any(strip.property("dropTarget") for strip in area.strips.values())
    drop = QDropEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(area.row, drop)


def wait_for_dialog(qtbot: QtBot, area: StillsArea) -> StillDialog:
    qtbot.waitUntil(lambda: isinstance(area.dialog, StillDialog), timeout=15_000)
    dialog = area.dialog
    assert isinstance(dialog, StillDialog)
    return dialog


def keep_with_fppa(qtbot: QtBot, dialog: StillDialog, knee_offset: float = 0.1) -> None:
    """Keep the frame shown, place an FPPA (hip, knee, ankle) and add the still."""
    qtbot.waitUntil(lambda: dialog.viewer.shown is not None, timeout=15_000)
    dialog.keep_frame()
    qtbot.waitUntil(lambda: dialog.measure is not None and dialog.hash_done, timeout=15_000)
    measure: Any = dialog.measure
    rect = measure.canvas.scene().sceneRect()
    x, top, h = rect.center().x(), rect.top(), rect.height()
    measure.start_angle("angle.fppa")
    for point in (
        QPointF(x, top + 0.2 * h),
        QPointF(x + knee_offset * rect.width(), top + 0.5 * h),
        QPointF(x, top + 0.8 * h),
    ):
        measure.place(point)
    assert measure.marks(), "the angle was placed"
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=15_000)
    dialog.ok_button.click()
