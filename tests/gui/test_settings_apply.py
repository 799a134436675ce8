"""Settings apply at once: after Save, the record's Progress tab and the report view on
screen are drawn again in the clinic's new units."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from progress_fixtures import add_patient
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from visit_reports import add_example_patient

from kneedesk.core.units import UnitSystem
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.progress.chart import ChartWidget
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.services.report_render import render_report
from kneedesk.services.visit_report import visit_report
from kneedesk.store.store import Store

RENDER_TIMEOUT_MS = 120_000  # a generous limit for a loaded machine, not a speed check


def save_settings(window: MainWindow, change: Callable[[SettingsDialog], None]) -> None:
    """Open Settings from the toolbar's action, make a change and press Save."""
    problems: list[BaseException] = []

    def in_the_dialog() -> None:
        shown = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
        try:
            assert len(shown) == 1, shown
            change(shown[0])
            shown[0].ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            assert not shown[0].isVisible(), "the settings were not saved"
        except BaseException as exc:  # reported below, once the dialog is closed
            problems.append(exc)
        finally:
            for dialog in shown:
                if dialog.isVisible():
                    dialog.reject()  # never leave the modal dialog waiting

    QTimer.singleShot(0, in_the_dialog)  # runs inside the dialog's own event loop
    window.act_settings.trigger()
    if problems:
        raise problems[0]


def use_us_units(dialog: SettingsDialog) -> None:
    units = dialog.ui.units
    units.setCurrentIndex(units.findData(UnitSystem.US.value))


def knee_to_wall(window: MainWindow) -> ChartWidget:
    view = window.record.progress
    assert view is not None
    view.finish()  # build the charts the view would otherwise add one per event-loop turn
    return view.charts["knee_to_wall"]


def test_the_progress_tab_shown_is_redrawn_in_the_new_units(
    window: MainWindow, store: Store
) -> None:
    window.show_patient(add_patient(store))
    window.record.wait_until_loaded()
    view = window.record.show_progress()
    knee = knee_to_wall(window)
    assert knee.series.unit == "cm"
    assert knee.plotted(0)[1][0] == pytest.approx(7.5)

    save_settings(window, use_us_units)
    window.record.wait_until_loaded()  # the record is read again, in the new units

    assert store.settings.read().units.system == "us"
    assert window.work.currentWidget() is window.record
    assert window.record.progress is view
    knee = knee_to_wall(window)
    assert knee.series.unit == "in"
    assert knee.plotted(0)[1][0] == pytest.approx(7.5 / 2.54)  # left side, first visit
    assert knee.plotted(1)[1][0] == pytest.approx(11 / 2.54)  # right side
    assert view.charts["weekly_distance"].series.unit == "mi"


def test_a_progress_tab_built_earlier_shows_the_new_units_when_shown_again(
    window: MainWindow, store: Store
) -> None:
    window.show_patient(add_patient(store))
    window.record.wait_until_loaded()
    window.record.show_progress()
    assert knee_to_wall(window).series.unit == "cm"
    window.record.tabs.setCurrentIndex(0)  # back to the visits

    save_settings(window, use_us_units)
    window.record.wait_until_loaded()

    window.record.show_progress()
    knee = knee_to_wall(window)
    assert knee.series.unit == "in"
    assert knee.plotted(0)[1][0] == pytest.approx(7.5 / 2.54)


def test_the_report_view_shown_is_prepared_again_in_the_new_units(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visit = add_example_patient(store, ana.id)[-1]
    window.show_reports(visit.id)
    view = window.reports
    assert view is not None
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    metric = view.current_pdf()

    save_settings(window, use_us_units)

    assert window.work.currentWidget() is view
    assert view.report is not None
    assert view.report.data.units.system is UnitSystem.US
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    us = view.current_pdf()
    assert us != metric
    assert us == render_report(visit_report(store, visit.id).data, view.kind)
