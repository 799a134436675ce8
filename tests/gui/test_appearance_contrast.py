"""Light and dark appearance: every main screen's text reads at WCAG AA (4.5:1), measured on
the rendered pixels, and the app follows the system's colour scheme when it changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import clinician_views as views
import pytest
from clipping import app_style
from conftest import PASSWORD, fast_hasher, hand_back_without_password
from contrast import low_contrast
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from visit_reports import add_example_patient

from kneedesk.gui import theme
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.theme import DARK, LIGHT, Scheme
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

SIZE = (1366, 768)
RENDER_TIMEOUT_MS = 120_000  # a generous limit for a loaded machine, not a speed check


def system_palette(scheme: Scheme) -> QPalette:
    """The palette a desktop in this scheme hands the app before KneeDesk applies its own."""
    if scheme is Scheme.LIGHT:
        return QPalette()
    palette = QPalette(QColor("#353535"))  # Window: the rest follow from it
    role = QPalette.ColorRole
    for colour_role, value in (
        (role.WindowText, "#ffffff"),
        (role.Text, "#ffffff"),
        (role.ButtonText, "#ffffff"),
        (role.Base, "#2a2a2a"),
    ):
        palette.setColor(colour_role, QColor(value))
    return palette


@pytest.fixture(params=[Scheme.LIGHT, Scheme.DARK], ids=["light", "dark"])
def appearance(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Scheme]:
    """The system in a light or dark scheme, and the app's appearance applied over it."""
    scheme: Scheme = request.param
    before = qapp.palette()
    qapp.setPalette(system_palette(scheme))
    with app_style(scheme):
        yield scheme
    qapp.setPalette(before)


def signed_in_window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window, before_close_func=hand_back_without_password)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText(PASSWORD)
    window.login.attempt()
    assert window.front.currentWidget() is window.work
    return window


def example_visits(store: Store) -> list[Visit]:
    """A patient with a signed visit and a draft follow-up with a red flag ticked."""
    store.sign_in("ana", PASSWORD)
    assert store.current is not None
    visits = add_example_patient(store, store.current.id, sign=(True, False))
    store.visits.save_answer(visits[-1].id, "red_flags.night_pain", "whole", True)
    store.sign_out()
    return visits


def login(qtbot: QtBot, store: Store) -> QWidget:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText("not the password")
    window.login.attempt()  # its error line shows too
    return window


def patient_list(qtbot: QtBot, store: Store) -> QWidget:
    example_visits(store)
    window = signed_in_window(qtbot, store)
    window.patients.table.selectRow(0)
    return window


def record(qtbot: QtBot, store: Store) -> QWidget:
    visits = example_visits(store)
    window = signed_in_window(qtbot, store)
    window.show_patient(visits[0].patient_id)
    window.record.wait_until_loaded()
    return window


def wizard_page(qtbot: QtBot, store: Store) -> QWidget:
    visits = example_visits(store)
    window = signed_in_window(qtbot, store)
    window.show_patient(visits[0].patient_id)
    window.record.wait_until_loaded()
    window.open_visit(visits[-1].id)
    wizard = window.visit.wizard
    assert wizard is not None
    wizard.set_section([s.id for s in wizard.protocol.sections].index("hip"))
    assert wizard.banner.isVisible()
    return window


def summary(qtbot: QtBot, store: Store) -> QWidget:
    window = wizard_page(qtbot, store)
    assert isinstance(window, MainWindow)
    wizard = window.visit.wizard
    assert wizard is not None
    wizard.set_section(len(wizard.protocol.sections))
    return window


def patient_mode(qtbot: QtBot, store: Store) -> QWidget:
    """The questionnaire the patient fills in, one answer chosen."""
    window = wizard_page(qtbot, store)
    assert isinstance(window, MainWindow)
    wizard = window.visit.wizard
    assert wizard is not None
    wizard.enter_patient_mode()
    options = [
        b
        for b in window.findChildren(QRadioButton)
        if b.property("role") == "patient-option" and b.isVisible()
    ]
    options[1].setChecked(True)
    return window


def progress(qtbot: QtBot, store: Store) -> QWidget:
    window = record(qtbot, store)
    assert isinstance(window, MainWindow)
    window.record.show_progress().finish()
    return window


def report_view(qtbot: QtBot, store: Store) -> QWidget:
    visits = example_visits(store)
    window = signed_in_window(qtbot, store)
    window.show_patient(visits[0].patient_id)
    window.record.wait_until_loaded()
    window.show_reports(visits[0].id)
    view = window.reports
    assert view is not None
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    return window


SCREENS: dict[str, Callable[[QtBot, Store], QWidget]] = {
    "login": login,
    "lock": views.open_lock,
    "patient-list": patient_list,
    "record": record,
    "wizard": wizard_page,
    "summary": summary,
    "patient-mode": patient_mode,
    "progress": progress,
    "report-view": report_view,
}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_text_on_a_main_screen_reads_at_aa(
    qtbot: QtBot, store: Store, appearance: Scheme, screen: str
) -> None:
    root = SCREENS[screen](qtbot, store)
    QApplication.processEvents()
    problems = low_contrast(root)
    assert not problems, (
        f"{screen} in {appearance.value}: text below 4.5:1 on screen:\n" + "\n".join(problems)
    )


def test_a_charts_export_menu_reads_at_aa(qtbot: QtBot, store: Store, appearance: Scheme) -> None:
    window = progress(qtbot, store)
    assert isinstance(window, MainWindow)
    view = window.record.show_progress()
    chart = next(iter(view.charts.values()))
    menu = chart.export_menu
    menu.popup(chart.mapToGlobal(chart.rect().center()))
    qtbot.waitExposed(menu)
    problems = low_contrast(menu)
    menu.close()
    assert menu.actions()
    assert not problems, f"export menu in {appearance.value}:\n" + "\n".join(problems)


def test_the_clinic_set_up_dialog_reads_at_aa(
    qtbot: QtBot, tmp_path: Path, appearance: Scheme
) -> None:
    with Store.open(tmp_path / "new.kneedesk", hasher=fast_hasher()) as new_clinic:
        dialog = views.open_setup(qtbot, new_clinic)  # with its errors showing
        problems = low_contrast(dialog)
        dialog.reject()
    assert not problems, f"set-up in {appearance.value}:\n" + "\n".join(problems)


def test_every_settings_tab_reads_at_aa(qtbot: QtBot, store: Store, appearance: Scheme) -> None:
    window = signed_in_window(qtbot, store)
    dialog = SettingsDialog(store, window, backups=window.backups)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = []
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = dialog.ui.tabs.tabText(index)
        problems += [f"{tab} tab: {line}" for line in low_contrast(dialog)]
    dialog.reject()
    assert not problems, f"settings in {appearance.value}:\n" + "\n".join(problems)


def test_the_app_follows_the_system_when_it_switches(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The OS turns dark, then light again: the palette and stylesheet follow each time."""
    system = [Scheme.LIGHT]
    monkeypatch.setattr(theme, "system_scheme", lambda: system[0])
    before = qapp.styleSheet(), qapp.palette()
    heard: list[object] = []
    theme.changed().changed.connect(heard.append)
    try:
        theme.follow_system(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.canvas)
        system[0] = Scheme.DARK
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.active_scheme() is Scheme.DARK
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(DARK.canvas)
        assert qapp.palette().color(QPalette.ColorRole.WindowText) == QColor(DARK.ink)
        assert f"color: {DARK.ink}" in qapp.styleSheet()
        system[0] = Scheme.LIGHT
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.active_scheme() is Scheme.LIGHT
        assert f"color: {LIGHT.ink}" in qapp.styleSheet()
        assert heard == [Scheme.LIGHT, Scheme.DARK, Scheme.LIGHT]
    finally:
        theme.changed().changed.disconnect(heard.append)
        theme.apply_theme(qapp, Scheme.LIGHT)
        qapp.setStyleSheet(before[0])
        qapp.setPalette(before[1])


def test_a_forced_appearance_wins_over_the_system(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_scheme", lambda: Scheme.LIGHT)
    before = qapp.styleSheet(), qapp.palette()
    try:
        theme.follow_system(qapp, forced=Scheme.DARK)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.active_scheme() is Scheme.DARK
    finally:
        theme.follow_system(qapp)
        qapp.setStyleSheet(before[0])
        qapp.setPalette(before[1])


@pytest.mark.parametrize("screen", ["progress", "summary"])
def test_switching_to_dark_while_open_redraws_what_draws_its_own_colours(
    qtbot: QtBot, store: Store, qapp: QApplication, screen: str
) -> None:
    """Charts and the summary's score tables are drawn from colours, not the stylesheet:
    they follow a switch made while they are shown."""
    with app_style(Scheme.DARK):
        theme.apply_theme(qapp, Scheme.LIGHT)
        window = SCREENS[screen](qtbot, store)
        QApplication.processEvents()
        theme.apply_theme(qapp, Scheme.DARK)  # as when the OS switches
        QApplication.processEvents()
        problems = low_contrast(window)
        assert not problems, f"{screen} after switching to dark:\n" + "\n".join(problems)
        assert isinstance(window, MainWindow)
        if screen == "progress":
            chart = next(iter(window.record.show_progress().charts.values()))
            corner = chart.graphics.grab().toImage().pixelColor(2, 2)
            assert corner == QColor(DARK.surface)
        else:  # the score tables' header rows (rich text) are shaded in the dark colour
            wizard = window.visit.wizard
            assert wizard is not None
            tables = wizard.summary.pain.text() + wizard.summary.kujala.text()
            assert f"background:{DARK.header}" in tables
            assert LIGHT.header not in tables


def test_an_exported_chart_is_light_in_the_dark_appearance(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    with app_style(Scheme.DARK):
        window = progress(qtbot, store)
        assert isinstance(window, MainWindow)
        chart = next(iter(window.record.show_progress().charts.values()))
        written = chart.export(tmp_path / "chart.png")
        shown = chart.graphics.grab().toImage().pixelColor(2, 2)
    image = QImage(str(written))
    assert image.pixelColor(2, 2) == QColor("#ffffff")
    assert shown == QColor(DARK.surface)  # the chart on screen stays dark
