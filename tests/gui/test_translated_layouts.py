"""The shipped translations fit: the wizard's every page, the settings dialog with its error
lines and the measuring panel, in Spanish, French and German at the clinic's 1366x768.

The pseudo-language (test_pseudo_layouts.py) is the stricter check, 40% longer than English;
these are the languages clinicians read, checked with the same detectors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import clinician_views as views
import pytest
from clipping import app_style
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screen_fixtures import MemorySink, example_answers
from test_pseudo_layouts import (
    FOLLOW_UP_ANY_AGE,
    SCREEN,
    V2,
    V2_ANSWERS,
    V2_FOLLOW_UP,
    V2_PAGES,
    destroy,
    everything_cut,
    how_much,
)

from kneedesk.gui.languages import install_language
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.store import Store

LANGUAGES = ("es", "fr", "de")


def assert_whole_in(problems: list[str], where: str, language: str) -> None:
    assert not problems, f"{where} in {language}:\n" + "\n".join(map(how_much, problems))


@pytest.fixture(scope="module", params=LANGUAGES)
def translated_wizard(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Any]:
    """A follow-up's v2 wizard (every page and age-shown item) made in one language."""
    from kneedesk.core.answers import Answers
    from kneedesk.core.units import DisplayUnits
    from kneedesk.gui.screen import ScreenWizard

    language = request.param
    install_language(language)
    try:
        with app_style():
            wizard = ScreenWizard(
                V2,
                DisplayUnits(),
                MemorySink(),
                Answers(example_answers(V2_FOLLOW_UP)),
                {},
                previous=Answers(example_answers(V2_ANSWERS)),
                context=FOLLOW_UP_ANY_AGE,
            )
            wizard.resize(SCREEN.size())
            wizard.show()
            QApplication.processEvents()
            yield language, wizard
            destroy(wizard)
    finally:
        install_language("en")


def test_every_wizard_page_and_the_summary_fit(translated_wizard: Any) -> None:
    language, wizard = translated_wizard
    problems = []
    for index, section in enumerate(V2_PAGES):
        wizard.set_section(index)
        QApplication.processEvents()
        problems += [f"{section}: {p}" for p in everything_cut(wizard)]
    wizard.set_section(len(V2_PAGES))
    QApplication.processEvents()
    problems += [f"summary: {p}" for p in everything_cut(wizard)]
    assert_whole_in(problems, "the v2 wizard", language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_settings_dialog_fits_on_every_tab(
    qtbot: QtBot, styled: QApplication, store: Store, language: str
) -> None:
    """As a clinician opens it. (With a long message under every field of every tab at once,
    the English dialog just fits 1366x768; translated it grows up to the screen's height.)"""
    install_language(language)
    store.sign_in("ana", views.PASSWORD)
    views.name_clinic(store)
    dialog = views.show(qtbot, SettingsDialog(store))
    size = dialog.size()
    assert size.height() <= SCREEN.height(), (
        f"{size.width()}x{size.height()}, taller than the screen"
    )
    problems = []
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += everything_cut(dialog)
    assert_whole_in(problems, "the settings dialog", language)


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_clinic_server_tab_fits_with_a_message_at_every_field(
    qtbot: QtBot, styled: QApplication, store: Store, language: str
) -> None:
    """The server's details with the longest message under each field at once, and the
    connection test's answer, as after a test that found everything wrong."""
    from kneedesk.gui.clinic_server.diagnosis import Diagnosis, Field, Problem
    from kneedesk.gui.clinic_server.messages import problem_text

    install_language(language)
    store.sign_in("ana", views.PASSWORD)
    views.name_clinic(store)
    dialog = views.show(qtbot, SettingsDialog(store))
    tab = dialog.server
    dialog.ui.tabs.setCurrentWidget(tab)
    tab.server_mode.setChecked(True)
    longest: dict[Field, str] = {}
    for problem in Problem:
        text = problem_text(Diagnosis(problem, "FATAL: no pg_hba.conf entry"), "kneedesk_app")
        if len(text) > len(longest.get(problem.field, "")):
            longest[problem.field] = text
    tab.show_problems(longest)
    tab._show(Field.GENERAL, longest[Field.GENERAL])
    tab.result.setText(tab.tr("Not connected."))
    QApplication.processEvents()
    size = dialog.size()
    assert size.width() <= SCREEN.width()
    assert size.height() <= SCREEN.height()
    assert_whole_in(everything_cut(dialog), "the clinic server tab", language)
    if language in ("en", "de"):  # the longest strings, for a look at the page
        dialog.grab().save(f"/tmp/pggui_settings_{language}.png")


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_clinic_server_start_up_dialogs_fit(
    qtbot: QtBot, styled: QApplication, language: str
) -> None:
    """The server cannot be reached at start: the message with the longest reason, and the
    server settings it opens."""
    from kneedesk.gui.clinic_server.diagnosis import Diagnosis, Problem
    from kneedesk.gui.clinic_server.messages import problem_text
    from kneedesk.gui.clinic_server.startup import ServerDownDialog, ServerSettingsDialog
    from kneedesk.store.postgres.connect import ServerSettings

    install_language(language)
    server = ServerSettings("clinic-server.local", "kneedesk", "kneedesk_app")
    reason = max((problem_text(Diagnosis(p, "x"), "kneedesk_app") for p in Problem), key=len)
    for dialog in (ServerDownDialog(server, reason), ServerSettingsDialog()):
        views.show(qtbot, dialog)
        size = dialog.size()
        assert size.width() <= SCREEN.width()
        assert size.height() <= SCREEN.height()
        assert_whole_in(everything_cut(dialog), type(dialog).__name__, language)
