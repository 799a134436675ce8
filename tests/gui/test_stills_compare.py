"""Compare…: today's still beside the earlier one of the same test, side and view, each
angle then, now and the difference, and the camera caution; and how the strip looks.

Set KNEEDESK_SCREENSHOTS=docs/screenshots to also write the PNGs shown in the docs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSWORD
from kept_stills import fppa_mark, make_still, trunk_mark
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot
from stills_fixtures import draft, hip_area, new_patient, visit_page

from kneedesk.core.angles import CAMERA_CAUTION, View
from kneedesk.gui.background import wait_for_background_work
from kneedesk.gui.screen.still_compare import CompareDialog
from kneedesk.gui.visit.page import VisitPage
from kneedesk.services.signing import sign_visit
from kneedesk.services.stills import NO_EARLIER, keep_still, set_consent
from kneedesk.store.store import Store

SIZE = (1366, 768)


@pytest.fixture
def signed_in(store: Store) -> Iterator[Store]:
    store.sign_in("ana", PASSWORD)
    yield store
    wait_for_background_work()


def two_visits(store: Store) -> tuple[int, int]:
    """A signed visit in October with a squat still (FPPA 19°), today's draft with 14°."""
    patient = new_patient(store)
    before = draft(store, patient, "2026-10-22")
    set_consent(store, before, True, 1)
    keep_still(store, before, make_still(fppa_mark(19), trunk_mark(4), shade=70), 1)
    sign_visit(store, before, 1)
    today = draft(store, patient, "2026-11-20")
    set_consent(store, today, True, 1)
    keep_still(store, today, make_still(fppa_mark(14), trunk_mark(2), shade=110), 1)
    # The helper's points are a right leg's: mirrored on the left, a valgus of 8°.
    keep_still(store, today, make_still(fppa_mark(-8), side="left"), 1)
    return before, today


def open_compare(qtbot: QtBot, page: VisitPage, side: str = "right") -> CompareDialog:
    hip_area(page).strips[side].cards[0].compare_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, CompareDialog) and w.isVisible()
                    for w in QApplication.topLevelWidgets())
    )  # fmt: skip
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog))


def screenshot_folder(tmp_path: Path) -> Path:
    out = Path(os.environ.get("KNEEDESK_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_compare_shows_then_now_the_difference_and_the_caution(
    qtbot: QtBot, styled: QApplication, signed_in: Store, tmp_path: Path
) -> None:
    _, today = two_visits(signed_in)
    page = visit_page(qtbot, signed_in, today)
    dialog = open_compare(qtbot, page)
    try:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert "Earlier: 2026-10-22" in texts
        assert "This visit: 2026-11-20" in texts
        assert dialog.summary.text() == "FPPA 19° → 14° (−5°)\nTrunk lean 4° → 2° (−2°)"
        assert dialog.caution is not None
        assert dialog.caution.isVisible()
        assert CAMERA_CAUTION in dialog.caution.text()
        for name in ("compareEarlier", "compareToday"):
            picture = dialog.findChild(QLabel, name)
            assert picture is not None
            assert not picture.pixmap().isNull()
        dialog.resize(min(dialog.width(), SIZE[0]), min(dialog.height(), SIZE[1]))
        qtbot.wait(20)
        assert dialog.grab().save(str(screenshot_folder(tmp_path) / "still-compare.png"))
    finally:
        dialog.close()


def test_without_an_earlier_still_of_the_same_view_compare_says_so(
    qtbot: QtBot, signed_in: Store
) -> None:
    patient = new_patient(signed_in)
    before = draft(signed_in, patient, "2026-10-22")
    set_consent(signed_in, before, True, 1)
    keep_still(signed_in, before, make_still(fppa_mark(19), view=View.BACK), 1)
    today = draft(signed_in, patient, "2026-11-20")
    set_consent(signed_in, today, True, 1)
    keep_still(signed_in, today, make_still(fppa_mark(14)), 1)
    page = visit_page(qtbot, signed_in, today)
    dialog = open_compare(qtbot, page)
    try:
        assert dialog.summary.text() == NO_EARLIER
        assert dialog.findChild(QLabel, "compareToday") is None
    finally:
        dialog.close()


def test_the_strip_fits_at_1366x768(
    qtbot: QtBot, styled: QApplication, signed_in: Store, tmp_path: Path
) -> None:
    _, today = two_visits(signed_in)
    page = visit_page(qtbot, signed_in, today)
    area = hip_area(page)
    card = area.strips["right"].cards[0]
    assert card.angles.text() == "FPPA 14° · Trunk lean 2°"
    assert area.strips["left"].cards[0].angles.text() == "FPPA 8°"
    assert page.wizard is not None
    section = page.wizard.page(next(n for n, s in enumerate(page.wizard.sections) if s.id == "hip"))
    section.verticalScrollBar().setValue(0)
    page.wizard.leave_notice.hide()  # opened at this section: no other section was left
    qtbot.wait(20)
    image = page.grab()
    assert (image.width(), image.height()) == SIZE
    assert image.save(str(screenshot_folder(tmp_path) / "still-strip.png"))
    for scroll in page.findChildren(QScrollArea):
        if scroll.isVisibleTo(page) and scroll.widget() is not None:
            needed = scroll.widget().minimumSizeHint().width()
            assert needed <= scroll.viewport().width(), f"{scroll.objectName()} needs {needed}"
    for button in area.row.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and button.text():
            assert button.sizeHint().width() <= button.width(), f"clipped: {button.text()}"
