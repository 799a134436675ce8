"""The Progress tab: the charts draw the core's series, hover, changes, export, lazy loading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from progress_fixtures import DATES, add_patient, expected_series, save_visit, visit_answers
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kneedesk.core.units import DisplayUnits, UnitSystem
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.progress.chart import ChartWidget
from kneedesk.gui.progress.view import ProgressView
from kneedesk.store.store import Store


def open_progress(window: MainWindow, patient_id: int) -> ProgressView:
    window.show_patient(patient_id)
    window.record.wait_until_loaded()
    view = window.record.show_progress()
    return view


def test_progress_is_built_only_when_its_tab_is_first_shown(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    patient = add_patient(store)
    window.show_patient(patient)
    window.record.wait_until_loaded()
    assert window.record.progress is None
    assert window.record.tabs.currentIndex() == 0
    qtbot.keyClick(window.record.history, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.record.tabs.currentWidget() is window.record.progress_tab
    view = window.record.progress
    assert view is not None
    assert view.complete  # every chart at once, laid out and painted together
    assert QApplication.activeWindow() is window  # building charts flashed no other window
    expected = [s.id for s in expected_series().values() if s.has_data]
    assert list(view.charts) == expected
    assert "koos_pf" not in view.charts  # never measured: named below the charts instead
    assert "KOOS-PF" in view.not_measured.text()
    qtbot.keyClick(view.scroll_area, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.record.tabs.currentIndex() == 0
    window.show_patients()
    qtbot.keyClick(window.patients.search, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.record.tabs.currentIndex() == 0  # the record's keys act only on the record


@pytest.mark.parametrize("system", [UnitSystem.METRIC, UnitSystem.US])
def test_plotted_values_are_the_core_values_in_display_units(
    window: MainWindow, store: Store, system: UnitSystem
) -> None:
    store.settings.set("units", system.value)
    view = open_progress(window, add_patient(store))
    expected = expected_series(units=DisplayUnits(system=system))
    for series_id, chart in view.charts.items():
        series = expected[series_id]
        assert chart.series == series
        for k, line in enumerate(series.lines):
            xs, ys = chart.plotted(k)
            assert ys == pytest.approx([p.value for p in line.measured]), (series_id, line.key)
            assert xs == [float(p.date.toordinal()) for p in line.measured]
    knee = view.charts["knee_to_wall"]
    assert knee.series.unit == ("in" if system is UnitSystem.US else "cm")
    first_left = knee.plotted(0)[1][0]
    assert first_left == pytest.approx(7.5 / 2.54 if system is UnitSystem.US else 7.5)
    distance = view.charts["weekly_distance"].plotted(0)[1][0]
    assert distance == pytest.approx(20 / 1.609344 if system is UnitSystem.US else 20)


def test_hover_shows_value_with_unit_and_date(window: MainWindow, store: Store) -> None:
    view = open_progress(window, add_patient(store))
    kujala = view.charts["kujala"]
    total = expected_series()["kujala"].lines[0].points[2].value
    assert kujala.hover_text_at(0, 2) == f"{total:g} points\n13 Oct 2026 (draft)"
    knee = view.charts["knee_to_wall"]
    assert knee.hover_text_at(0, 0) == "Left (painful): 7.5 cm\n1 Sep 2026 (draft)"
    assert knee.hover_text_at(1, 0) == "Right: 11 cm\n1 Sep 2026 (draft)"


def test_moving_the_mouse_near_a_point_shows_its_value(window: MainWindow, store: Store) -> None:
    view = open_progress(window, add_patient(store))
    chart = view.charts["pain"]
    view.scroll_area.ensureWidgetVisible(chart)
    QApplication.processEvents()
    assert chart.hover.text == ""
    scene_pos = chart.scene_pos_of(1, 1) + QPointF(3, -2)  # worst pain, second visit
    local = QPointF(chart.graphics.mapFromScene(scene_pos))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(chart.graphics.viewport().mapToGlobal(local.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart.graphics.viewport(), move)
    assert chart.hover.text == "Worst pain this week: 6/10\n22 Sep 2026 (draft)"
    chart.hover.hide()
    assert chart.nearest_point(chart.plot.vb.sceneBoundingRect().topLeft()) is None


def test_meaningful_changes_are_marked_in_words(window: MainWindow, store: Store) -> None:
    view = open_progress(window, add_patient(store))
    kujala = expected_series()["kujala"].lines[0]
    assert kujala.change.since_first is not None
    assert kujala.change.since_first >= 10
    text = view.charts["kujala"].changes.text_of("total")
    assert text.startswith(f"Since first visit: +{kujala.change.since_first:g} points")
    assert "\u2605 meaningful improvement" in text.split("\u00b7")[0]
    first_cell = view.charts["kujala"].changes.cells["total"][0]
    assert "<b>" in first_cell.text()  # bold, not colour alone
    usual = view.charts["pain"].changes.text_of("usual")
    assert usual == "Since first visit: \u22122 \u2605 meaningful improvement \u00b7 " + (
        "Since last visit: \u22121"
    )
    assert view.charts["kujala"].band_note.isVisibleTo(view)
    assert "10 points" in view.charts["kujala"].band_note.text()
    assert not view.charts["cadence"].band_note.isVisibleTo(view)


def test_the_painful_side_is_named_in_the_legend(window: MainWindow, store: Store) -> None:
    view = open_progress(window, add_patient(store))
    chart = view.charts["abduction_bw"]
    assert [c.name() for c in chart.curves] == ["Left (painful)", "Right"]
    assert chart.legend is not None
    assert view.charts["kujala"].legend is None  # one line needs no legend


def _distinct_colours(image: QImage) -> int:
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_export_png_and_svg(window: MainWindow, store: Store, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    view = open_progress(window, add_patient(store))
    chart = view.charts["knee_to_wall"]
    chart.show_hover(0, 0)
    png = chart.export(out / "knee.png")
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= 2 * chart.graphics.width() - 4
    assert _distinct_colours(image) > 5
    assert chart.hover.text == ""  # the hover label is not exported
    svg = chart.export(out / "knee.svg")
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find("{http://www.w3.org/2000/svg}title").text == "Knee-to-wall"  # type: ignore[union-attr]
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) > 5
    assert sorted(p.name for p in out.iterdir()) == ["knee.png", "knee.svg"]  # no leftovers
    with pytest.raises(ValueError, match="png or .svg"):
        chart.export(out / "knee.pdf")


def test_export_menu_asks_for_a_file(
    window: MainWindow, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_progress(window, add_patient(store))
    chart = view.charts["cadence"]
    asked: list[tuple[str, str]] = []

    def fake_ask(_parent: object, title: str, kind: str, _folder: str) -> Path:
        asked.append((title, kind))
        return tmp_path / f"cadence.{kind}"

    monkeypatch.setattr("kneedesk.gui.progress.chart.ask_export_path", fake_ask)
    actions = {a.text(): a for a in chart.export_menu.actions()}
    actions["Export SVG..."].trigger()
    assert asked == [("Cadence", "svg")]
    assert (tmp_path / "cadence.svg").stat().st_size > 0
    assert ChartWidget.last_folder == str(tmp_path)


def test_right_click_on_a_chart_offers_the_export_menu(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_progress(window, add_patient(store))
    chart = view.charts["kujala"]
    shown: list[QMenu] = []
    monkeypatch.setattr(chart.export_menu, "exec", lambda _pos: shown.append(chart.export_menu))
    local = QPoint(120, 90)
    viewport = chart.graphics.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, viewport.mapToGlobal(local))
    QApplication.sendEvent(viewport, event)
    assert shown == [chart.export_menu]
    assert [a.text() for a in chart.export_menu.actions()] == ["Export PNG...", "Export SVG..."]


def test_one_visit_shows_its_values_and_says_when_charts_appear(
    window: MainWindow, store: Store
) -> None:
    view = open_progress(window, add_patient(store, visits=1))
    assert view.charts == {}
    assert view.empty.isVisibleTo(view)
    assert view.empty.text() == "Progress appears after the second visit."
    assert view.first_values.isVisibleTo(view)
    values = {
        label.objectName(): label.text()
        for label in view.first_values.findChildren(type(view.empty))
        if label.objectName()
    }
    assert values["firstValue_knee_to_wall"] == "Left (painful): 7.5 cm \u00b7 Right: 11 cm"
    assert values["firstValue_cadence"] == "164 steps/min"


def test_no_visits(window: MainWindow, store: Store) -> None:
    patient = store.patients.create(chart_number="E-1", given_name="Eve", family_name="Ng")
    view = open_progress(window, patient.id)
    assert view.empty.text().startswith("No visits yet.")
    assert not view.first_values.isVisibleTo(view)
    assert not view.not_measured.isVisibleTo(view)


def test_progress_follows_the_patient_and_new_visits(window: MainWindow, store: Store) -> None:
    first = add_patient(store, visits=2, chart="P-1")
    second = add_patient(store, visits=3, chart="P-2")
    view = open_progress(window, first)
    assert len(view.charts["kujala"].plotted(0)[1]) == 2
    window.show_patient(second)  # the Progress tab is still the current one
    window.record.wait_until_loaded()
    assert window.record.progress is view
    view.finish()
    assert len(view.charts["kujala"].plotted(0)[1]) == 3
    window.record.tabs.setCurrentIndex(0)
    save_visit(store, first, DATES[2], visit_answers(2))
    window.show_patient(first)
    window.record.wait_until_loaded()
    window.record.show_progress().finish()
    assert len(view.charts["kujala"].plotted(0)[1]) == 3


def test_charts_are_kept_and_refilled_for_the_next_patient(
    window: MainWindow, store: Store
) -> None:
    first = add_patient(store, visits=3, chart="P-1")
    second = store.patients.create(chart_number="P-2", given_name="Al", family_name="Bo").id
    for k in range(2):
        save_visit(store, second, DATES[k], {**visit_answers(k), "symptom_side": "right"})
    view = open_progress(window, first)
    charts = dict(view.charts)
    assert [c.name() for c in charts["abduction_bw"].curves] == ["Left (painful)", "Right"]
    window.show_patient(second)
    window.record.wait_until_loaded()
    assert view.charts == charts  # the same widgets, shown with the other patient's data
    abduction = view.charts["abduction_bw"]
    assert [c.name() for c in abduction.curves] == ["Left", "Right (painful)"]
    legend = [label.text for _sample, label in abduction.legend.items]
    assert legend == ["Left", "Right (painful)"]
    assert abduction.plotted(1)[1] == pytest.approx(
        [170.0 / 60 / 9.81 * 100, 172.0 / 60 / 9.81 * 100]
    )
    assert "Since last visit" not in view.charts["kujala"].changes.text_of("total")  # two visits
    window.show_patient(first)
    window.record.wait_until_loaded()
    assert [c.name() for c in view.charts["abduction_bw"].curves] == ["Left (painful)", "Right"]
    assert len(view.charts["kujala"].plotted(0)[1]) == 3
    assert "Since last visit" in view.charts["kujala"].changes.text_of("total")


def test_the_history_behind_the_progress_tab_follows_the_patient(
    window: MainWindow, store: Store
) -> None:
    first = add_patient(store, visits=3, chart="P-1")
    second = add_patient(store, visits=2, chart="P-2")
    open_progress(window, first)
    window.show_patient(second)  # the Progress tab stays in front
    window.record.wait_until_loaded()
    newest = store.visits.for_patient(second)[-1]
    selected = window.record.selected_visit()
    assert selected is not None
    assert selected.id == newest.id
    window.record.tabs.setCurrentIndex(0)
    assert window.record.history.rowCount() == 2
    assert window.record.open_button.isEnabled()


def test_reports_button_emits_the_selected_visit(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    patient = add_patient(store, visits=2)
    window.show_patient(patient)
    window.record.wait_until_loaded()
    button = window.record.reports_button
    assert button.objectName() == "reportsButton"
    assert button.isEnabled()
    newest = store.visits.for_patient(patient)[-1]
    with qtbot.waitSignal(window.record.reportsRequested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [newest.id]
    empty = store.patients.create(chart_number="E-2", given_name="Al", family_name="Bo")
    window.show_patient(empty.id)
    window.record.wait_until_loaded()
    assert not window.record.reports_button.isEnabled()


LAZY_SCRIPT = """
import json, sys
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.store import Store
store = Store.open(sys.argv[1], hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
store.accounts.create(username="ana", display_name="Ana", password="long enough pw")
window = MainWindow(store)
window.login.ui.username.setText("ana")
window.login.ui.password.setText("long enough pw")
window.login.attempt()
patient = store.patients.create(chart_number="L-1", given_name="Lu", family_name="Ma")
visit = store.visits.create_draft(patient.id, visit_date="2026-01-05")
store.visits.save_answer(visit.id, "pain.usual", "whole", 4)
window.show_patient(patient.id)
window.record.wait_until_loaded()
app.processEvents()
before = "pyqtgraph" in sys.modules
window.record.show_progress()
after = "pyqtgraph" in sys.modules
window.close()
store.close()
print(json.dumps({"before": before, "after": after}))
"""


def test_pyqtgraph_loads_only_when_progress_is_shown(tmp_path: Path) -> None:
    # Its own settings: a record tab left on Progress by an earlier run would load pyqtgraph
    # with the record.
    config = str(tmp_path / "config")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(LAZY_SCRIPT), str(tmp_path / "lazy.kneedesk")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"before": False, "after": True}
