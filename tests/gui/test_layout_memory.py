"""Each clinician's layout comes back as they left it, on a shared computer too: the record
tab they had open and how wide they made the report view's panel, fitted to a smaller window
without any pane becoming too small to use."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from kneedesk.gui.layout_memory import fit_sizes
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.reports.panels import ACTION_PANEL_WIDTH
from kneedesk.gui.reports.view import PREVIEW_MIN_WIDTH
from kneedesk.store.store import Store

LAPTOP = QSize(1366, 768)


def a_patient_with_a_visit(store: Store) -> tuple[int, int]:
    patient = store.patients.create(chart_number="C-7", given_name="Ivo", family_name="Lind")
    visit = store.visits.create_draft(patient.id, visit_date="2026-11-02")
    return patient.id, visit.id


def log_in_at(window: MainWindow, login: Callable[..., None], username: str, size: QSize) -> None:
    """Log in, then give the window this size. (Logging in puts the window back where the
    clinician left it, fitted to the offscreen screen, which is smaller than these windows:
    test_window_geometry covers that.)"""
    login(window, username)
    assert window.front.currentWidget() is window.work
    window.resize(size)


def new_window(
    qtbot: QtBot, store: Store, login: Callable[..., None], size: QSize = LAPTOP
) -> MainWindow:
    """The app started again (the same computer, so the same settings), Ana logged in."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    log_in_at(window, login, "ana", size)
    return window


def switch_user(window: MainWindow, login: Callable[..., None], username: str) -> None:
    window.logout()
    log_in_at(window, login, username, LAPTOP)


def report_splitter(window: MainWindow, visit_id: int) -> QSplitter:
    window.show_reports(visit_id)
    assert window.reports is not None
    return window.reports.body


def panel_width(splitter: QSplitter) -> int:
    return splitter.sizes()[1]


def drag_handle(qtbot: QtBot, splitter: QSplitter, by: int) -> None:
    """Drag the handle between the preview and the panel `by` pixels to the right."""
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by, 0))  # the handle follows: one move only
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle)


def test_each_clinician_gets_back_the_record_tab_they_left_open(
    qtbot: QtBot, window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    patient_id, _visit = a_patient_with_a_visit(store)
    window.show_patient(patient_id)
    window.record.wait_until_loaded()
    qtbot.keyClick(window.record, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.record.tabs.currentWidget() is window.record.progress_tab
    switch_user(window, login, "ben")
    window.show_patient(patient_id)
    window.record.wait_until_loaded()
    assert window.record.tabs.currentWidget().objectName() == "visitsTab"  # not Ana's
    switch_user(window, login, "ana")
    window.show_patient(patient_id)
    window.record.wait_until_loaded()
    assert window.record.tabs.currentWidget() is window.record.progress_tab
    window.close()

    again = new_window(qtbot, store, login)
    again.show_patient(patient_id)
    again.record.wait_until_loaded()
    assert again.record.tabs.currentWidget() is again.record.progress_tab
    assert again.record.progress is not None
    assert again.record.progress.isVisible()


def test_each_clinician_gets_back_the_report_panel_as_wide_as_they_made_it(
    qtbot: QtBot, window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    _patient, visit_id = a_patient_with_a_visit(store)
    splitter = report_splitter(window, visit_id)
    assert panel_width(splitter) == ACTION_PANEL_WIDTH
    drag_handle(qtbot, splitter, -200)  # Ana widens the panel
    ana = panel_width(splitter)
    assert ana == ACTION_PANEL_WIDTH + 200
    switch_user(window, login, "ben")
    splitter = report_splitter(window, visit_id)
    assert panel_width(splitter) == ACTION_PANEL_WIDTH  # as the page comes, not as Ana left it
    drag_handle(qtbot, splitter, 60)  # Ben narrows it
    ben = panel_width(splitter)
    assert ben == ACTION_PANEL_WIDTH - 60
    switch_user(window, login, "ana")
    assert panel_width(report_splitter(window, visit_id)) == ana
    window.lock()
    log_in_at(window, login, "ben", LAPTOP)
    assert panel_width(report_splitter(window, visit_id)) == ben
    window.close()

    again = new_window(qtbot, store, login)
    assert panel_width(report_splitter(again, visit_id)) == ana


def test_a_wide_panel_saved_on_a_large_window_leaves_the_preview_usable_on_a_small_one(
    qtbot: QtBot, store: Store, login: Callable[..., None]
) -> None:
    _patient, visit_id = a_patient_with_a_visit(store)
    large = new_window(qtbot, store, login, QSize(1900, 1000))
    splitter = report_splitter(large, visit_id)
    drag_handle(qtbot, splitter, -700)  # the panel made 1040 wide on a desk monitor
    assert panel_width(splitter) == ACTION_PANEL_WIDTH + 700
    large.close()

    small = new_window(qtbot, store, login, QSize(1024, 700))
    splitter = report_splitter(small, visit_id)
    preview, panel = splitter.sizes()
    left, right = splitter.widget(0), splitter.widget(1)
    assert left is not None
    assert right is not None
    assert preview >= left.minimumSizeHint().width()  # its bar still fits
    assert preview >= PREVIEW_MIN_WIDTH  # a page can still be read
    assert panel >= right.minimumSizeHint().width()  # its buttons and labels too
    assert panel > ACTION_PANEL_WIDTH  # still the wider panel the clinician chose, as far as fits
    assert preview + panel + splitter.handleWidth() == splitter.width()


def test_a_passing_squeeze_is_undone_and_not_saved_over_the_clinicians_width(
    qtbot: QtBot, window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    _patient, visit_id = a_patient_with_a_visit(store)
    splitter = report_splitter(window, visit_id)
    drag_handle(qtbot, splitter, -200)
    switch_user(window, login, "ana")  # saved, and given back as a wish
    splitter = report_splitter(window, visit_id)
    assert window.reports is not None
    assert panel_width(splitter) == ACTION_PANEL_WIDTH + 200
    # The preview needs more room for a moment (as when its bar held a long message), more
    # than the window has beside the panel: the panel gives way for that time only.
    preview = window.reports.preview
    preview.setMinimumWidth(1000)
    qtbot.waitUntil(lambda: panel_width(splitter) < ACTION_PANEL_WIDTH + 200)
    preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
    qtbot.waitUntil(lambda: panel_width(splitter) == ACTION_PANEL_WIDTH + 200)
    preview.setMinimumWidth(1000)
    qtbot.waitUntil(lambda: panel_width(splitter) < ACTION_PANEL_WIDTH + 200)
    preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
    switch_user(window, login, "ana")  # logging out now keeps the width Ana chose
    assert panel_width(report_splitter(window, visit_id)) == ACTION_PANEL_WIDTH + 200


def test_preparing_a_document_does_not_widen_the_page_past_a_small_screen(
    window: MainWindow, store: Store
) -> None:
    _patient, visit_id = a_patient_with_a_visit(store)
    splitter = report_splitter(window, visit_id)
    view = window.reports
    assert view is not None
    view.pages.setText("9 pages")
    view.busy.hide()
    idle = splitter.minimumSizeHint().width()  # the preview with its bar, and the panel
    view.pages.setText("Preparing the patient handout...")  # as while a document is made
    view.busy.show()
    assert splitter.minimumSizeHint().width() - idle < 20  # the bar's spacing, not the text


def test_fitted_sizes_keep_the_fixed_panes_and_let_the_stretching_one_give_way() -> None:
    # preview (stretches, at least 320) | panel (at least 240), saved on a 1900 wide window
    assert fit_sizes([860, 1040], [320, 240], [1, 0], 1900) == [860, 1040]
    assert fit_sizes([860, 1040], [320, 240], [1, 0], 1000) == [320, 680]
    assert fit_sizes([400, 300], [320, 240], [1, 0], 1000) == [700, 300]  # grows the preview
    assert fit_sizes([100, 100], [320, 240], [1, 0], 700) == [460, 240]


@pytest.mark.parametrize(
    ("saved", "total"),
    [([860, 1040], 500), ([300, 300, 300], 1000), ([], 1000), ([-5, 400], 1000)],
    ids=["too-small-for-both", "other-pane-count", "nothing", "negative"],
)
def test_sizes_that_no_longer_fit_are_ignored(saved: list[int], total: int) -> None:
    assert fit_sizes(saved, [320, 240], [1, 0], total) is None
