"""Render the wizard at 1366x768 with the app stylesheet: nothing may need a sideways scroll.

Set KNEEDESK_SCREENSHOTS=docs/screenshots to also write the PNGs shown in the docs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QScrollArea
from screen_fixtures import example_answers, make_wizard, open_section, use_app_stylesheet

SIZE = (1366, 768)


@pytest.fixture
def styled() -> Any:
    """The application stylesheet (ui/*.qss, kneedesk.qss first) for the test's duration."""
    with use_app_stylesheet() as app:
        yield app


def _hip(wizard: Any) -> None:
    page = open_section(wizard, "hip")
    page.rows["hip.single_leg_squat"].how_to_button.click()


def _red_flags(wizard: Any) -> None:
    open_section(wizard, "red_flags")


def _patient(wizard: Any) -> None:
    open_section(wizard, "outcomes")
    wizard.enter_patient_mode()
    wizard.patient_view.show_question(3)


def _summary(wizard: Any) -> None:
    wizard.set_section(wizard.section_count)


def _plan(wizard: Any) -> None:
    wizard.set_section(wizard.section_count)
    wizard.summary.plan_editor.table.item(1, 2).setText("3 x 15 each side, daily")
    wizard.summary.ensureWidgetVisible(wizard.summary.sign_button)


def _answers(name: str) -> dict[str, Any]:
    answers = example_answers()
    if name == "red-flags":
        answers["red_flags.night_pain"] = True
    if name == "patient-mode":
        answers = {k: v for k, v in answers.items() if not k.startswith("kujala.")}
    return answers


SHOTS: dict[str, Callable[[Any], None]] = {
    "per-side": _hip,
    "red-flags": _red_flags,
    "patient-mode": _patient,
    "summary": _summary,
    "summary-plan": _plan,
}


@pytest.mark.parametrize("name", list(SHOTS))
def test_render_at_1366x768(qtbot: Any, styled: Any, tmp_path: Path, name: str) -> None:
    wizard, _ = make_wizard(qtbot, _answers(name))
    wizard.resize(*SIZE)
    SHOTS[name](wizard)
    qtbot.wait(20)  # let queued layout requests run before grabbing
    for area in wizard.findChildren(QScrollArea):
        if area.isVisibleTo(wizard) and area.widget() is not None:
            needed = area.widget().minimumSizeHint().width()
            assert needed <= area.viewport().width(), f"{area.objectName()} needs {needed} px"
    for button in wizard.findChildren(QAbstractButton):
        if button.isVisibleTo(wizard) and button.text():
            needed = button.sizeHint().width()
            assert needed <= button.width(), f"{button.objectName()} clipped: {button.text()}"
    out = Path(os.environ.get("KNEEDESK_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    image = wizard.grab()
    assert (image.width(), image.height()) == SIZE
    assert image.save(str(out / f"wizard-{name}.png"))
