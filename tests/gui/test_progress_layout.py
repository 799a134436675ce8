"""The Progress tab as a clinician meets it at 1366x768: what the titles say, nothing drawn under
the Export button, the meaningful-change caption agreeing with the marks, and the mouse wheel
scrolling the page over a chart."""

from __future__ import annotations

import re
from typing import Any

import pytest
from progress_fixtures import DATES, PROTOCOL, add_patient, save_visit, visit_answers
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.core.answers import Answers
from kneedesk.core.scoring import LSI_DEFINITION
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.progress.chart import ChartWidget
from kneedesk.gui.progress.text import plain
from kneedesk.gui.progress.view import ProgressView
from kneedesk.gui.screen import SummaryPage
from kneedesk.store.store import Store


def open_progress(window: MainWindow, patient_id: int) -> ProgressView:
    window.show_patient(patient_id)
    window.record.wait_until_loaded()
    view = window.record.show_progress()
    QApplication.processEvents()
    return view


def in_chart(chart: ChartWidget, scene_rect: QRectF) -> QRect:
    """A rectangle of the chart's drawing, in the chart card's own coordinates."""
    on_view = chart.graphics.mapFromScene(scene_rect).boundingRect()
    return on_view.translated(chart.graphics.viewport().mapTo(chart, QPoint(0, 0)))


def drawn_parts(chart: ChartWidget) -> dict[str, QRect]:
    """Where the title's text, the legend, the plot and its axes are drawn on the card."""
    parts = {
        "title": in_chart(chart, chart.title.item.sceneBoundingRect()),
        "plot": in_chart(chart, chart.plot.vb.sceneBoundingRect()),
        "left axis": in_chart(chart, chart.plot.getAxis("left").sceneBoundingRect()),
        "bottom axis": in_chart(chart, chart.plot.getAxis("bottom").sceneBoundingRect()),
    }
    if chart.legend is not None:
        parts["legend"] = in_chart(chart, chart.legend.sceneBoundingRect())
    return parts


def test_lsi_chart_says_how_the_lsi_is_worked_out_as_the_summary_does(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    view = open_progress(window, add_patient(store))
    shown = view.charts["lsi"].title.item.toPlainText()
    assert LSI_DEFINITION in shown  # "painful side ÷ other side × 100"
    assert "stronger" not in shown
    assert "weaker" not in shown
    page = SummaryPage(PROTOCOL, DisplayUnits())
    qtbot.addWidget(page)
    page.set_answers(Answers(visit_answers(0)))
    assert f"LSI = {LSI_DEFINITION}." in page.lsi_note.text()


@pytest.mark.parametrize("width", [1366, 1150])
def test_no_chart_draws_anything_under_its_export_button(
    window: MainWindow, store: Store, width: int
) -> None:
    window.resize(width, 768)
    view = open_progress(window, add_patient(store))
    assert view.charts["kujala"].y() == view.charts["pain"].y()  # two columns
    for series_id, chart in view.charts.items():
        view.scroll_area.ensureWidgetVisible(chart)
        QApplication.processEvents()
        button = chart.export_button
        assert button.isVisibleTo(chart)
        export = QRect(button.mapTo(chart, QPoint(0, 0)), button.size())
        canvas = QRect(chart.graphics.mapTo(chart, QPoint(0, 0)), chart.graphics.size())
        assert canvas.contains(export), series_id
        for name, rect in drawn_parts(chart).items():
            assert not rect.intersects(export), (series_id, name, rect, export)
            # Nothing runs past the drawing's edges (a title wider than its card is cut off).
            assert rect.left() >= canvas.left(), (series_id, name)
            assert rect.right() <= canvas.right(), (series_id, name)
        # The words under the chart start below it and stay inside the card.
        for label in (chart.band_note, *chart.changes.findChildren(QWidget)):
            if label.isVisibleTo(chart):
                where = QRect(label.mapTo(chart, QPoint(0, 0)), label.size())
                assert where.top() >= canvas.bottom(), (series_id, label.objectName())
                assert chart.rect().contains(where), (series_id, label.objectName())


def test_hover_labels_stay_inside_the_plot_and_clear_of_export(
    window: MainWindow, store: Store
) -> None:
    view = open_progress(window, add_patient(store))
    for series_id, chart in view.charts.items():
        view.scroll_area.ensureWidgetVisible(chart)
        QApplication.processEvents()
        canvas = QRect(QPoint(0, 0), chart.graphics.viewport().size())
        export = QRect(chart.export_button.pos(), chart.export_button.size())
        for k, line in enumerate(chart.series.lines):
            for i, point in enumerate(line.points):
                if point.value is None:
                    continue
                chart.show_hover(k, i)
                QApplication.processEvents()
                chart.hover.label.updateTransform(force=True)  # as drawing it would
                label = chart.graphics.mapFromScene(
                    chart.hover.label.sceneBoundingRect()
                ).boundingRect()
                assert canvas.contains(label), (series_id, line.key, i, label)
                assert not label.intersects(export), (series_id, line.key, i)
        chart.hover.hide()


STAR = "\u2605"


def caption_threshold(note: str) -> float:
    """The threshold the caption gives: "A change of 2 points or more is meaningful"."""
    found = re.search(
        r"A change of ([\d.]+)\D*? or more (?:of the earlier value )?is meaningful", note
    )
    assert found is not None, note
    below = re.search(r"less than ([\d.]+)", note)
    if below is not None:  # the shaded band: changes below the same threshold
        assert below.group(1) == found.group(1), note
    return float(found.group(1))


def shown_change(text: str) -> float:
    """The number of a change cell, e.g. "−2 ★ meaningful improvement" -> -2."""
    found = re.match(r"([+\u2212]?[\d.]+)", text)
    assert found is not None, text
    return float(found.group(1).replace("\u2212", "-"))


def test_every_caption_and_its_marks_use_the_same_rule(window: MainWindow, store: Store) -> None:
    view = open_progress(window, add_patient(store))
    checked = 0
    for series_id, chart in view.charts.items():
        if chart.series.mcid is None:
            assert not chart.band_note.isVisibleTo(chart), series_id
            assert STAR not in chart.changes.text_of(chart.series.lines[0].key), series_id
            continue
        if chart.series.relative:  # in % of the earlier value, which the cells do not show
            assert caption_threshold(chart.band_note.text()) == chart.series.mcid
            continue
        note = chart.band_note.text()
        assert chart.band_note.isVisibleTo(chart)
        threshold = caption_threshold(note)
        for line in chart.series.lines:
            for cell in chart.changes.cells[line.key]:
                text = plain(cell.text())
                if not text or text[0] not in "+\u22120123456789":
                    continue  # "not measured"
                size = abs(shown_change(text))
                assert (STAR in text) == (size >= threshold), (series_id, text, note)
                checked += 1
    # Usual pain fell 5 -> 3: exactly the 2-point threshold, so marked, and the caption agrees.
    pain = view.charts["pain"]
    assert plain(pain.changes.cells["usual"][0].text()) == (
        f"\u22122 {STAR} meaningful improvement"
    )
    assert "less than 2 points" in pain.band_note.text()
    assert "2 points or more is meaningful" in pain.band_note.text()
    assert checked >= 6


@pytest.mark.parametrize(
    ("latest", "marked"),
    [
        (64.6, True),  # 64.6 - 48.2 is 16.39999... in binary: exactly the 16.4 threshold
        (64.7, True),  # just past it
        (64.5, False),  # just short of it
    ],
)
def test_a_change_at_the_threshold_is_marked_and_captioned_alike(
    window: MainWindow, store: Store, latest: float, marked: bool
) -> None:
    patient = store.patients.create(chart_number="K-1", given_name="Kim", family_name="Lo").id
    for k, score in enumerate((48.2, latest)):
        save_visit(store, patient, DATES[k], {**visit_answers(k), "koos_pf.score": score})
    view = open_progress(window, patient)
    chart = view.charts["koos_pf"]
    text = plain(chart.changes.cells["score"][0].text())
    change = f"+{latest - 48.2:.1f}"
    assert text.startswith(f"{change} points")  # the change as typed, with its decimal
    assert (STAR in text) is marked, text
    note = chart.band_note.text()
    assert caption_threshold(note) == 16.4
    assert (float(change) >= caption_threshold(note)) is marked


def wheel_at(window: MainWindow, widget: QWidget, local: QPoint, modifiers: Any) -> None:
    """A real wheel turn (one notch down), as the window system delivers it."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(
        handle, QPointF(widget.mapTo(window, local)), QPoint(0, -120), QPoint(0, 0), modifiers
    )
    QApplication.processEvents()


@pytest.mark.parametrize("part", ["plot", "left axis", "bottom axis", "title", "legend"])
def test_the_wheel_over_a_chart_scrolls_the_page(
    window: MainWindow, store: Store, part: str
) -> None:
    view = open_progress(window, add_patient(store))
    bar = view.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    chart = view.charts["pain"]  # the pain chart has a legend
    viewport = chart.graphics.viewport()
    parts = drawn_parts(chart)
    plot = parts["plot"]
    # The axes' own rectangles reach across the plot (for the grid): aim at their labels.
    at = {
        "left axis": QPoint(plot.left() - 12, plot.center().y()),
        "bottom axis": QPoint(plot.center().x(), plot.bottom() + 12),
    }.get(part, parts[part].center()) - viewport.mapTo(chart, QPoint(0, 0))
    for modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        bar.setValue(0)
        view_range = chart.plot.vb.viewRange()
        wheel_at(window, viewport, at, modifiers)
        assert bar.value() > 0, (part, modifiers)
        assert chart.plot.vb.viewRange() == view_range  # the chart neither zooms nor pans
        # Over a chart the wheel does what it does between the charts (Ctrl: a page).
        over_chart = bar.value()
        bar.setValue(0)
        kujala = view.charts["kujala"].geometry()
        between = QPoint(kujala.right() + 6, kujala.center().y())
        assert view.grid_host.childAt(between) is None
        wheel_at(window, view.grid_host, between, modifiers)
        assert bar.value() == over_chart, (part, modifiers)
