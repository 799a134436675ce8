"""Nothing on a wizard page moves when a value is entered: a click must land where it was aimed.

For each page, every visible widget's place is recorded (mapped to the wizard, so a page that
is pushed down counts too); then each input gets a value, one at a time, and no widget may
have moved. A "Clear" link, a score line, a message or a banner that appears takes space that
was already set aside for it.
"""

from __future__ import annotations

from typing import Any

import pytest
from layout_helpers import describe, moved, places, report, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from screen_fixtures import make_wizard, open_section, use_app_stylesheet

from kneedesk.core.protocol import load_protocol
from kneedesk.gui.screen.editor import Editor
from kneedesk.gui.screen.inputs import ListEditor, NumberEditor
from kneedesk.gui.screen.section_page import SectionPage

SECTIONS = [s.id for s in load_protocol("runners-knee", 1).sections]


@pytest.fixture
def styled() -> Any:
    """The application stylesheet for the test's duration (sizes depend on it)."""
    with use_app_stylesheet() as app:
        yield app


def valid_text(editor: NumberEditor | ListEditor) -> str:
    """A value inside the field's allowed range, as typed."""
    low, high = editor.format.bounds()
    value = (low + high) / 2 if high - low < 1e6 else low + 1
    return str(round(value)) if editor.format.whole else f"{value:.1f}"


def enter(qtbot: Any, page: SectionPage, editor: Editor, widget: QWidget, text: str | None) -> None:
    """Give one input a value the way a clinician does: click it, or type and leave it."""
    if isinstance(widget, QAbstractButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        return
    assert isinstance(widget, QLineEdit)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.selectAll()
    qtbot.keyClicks(widget, text or "")
    editor.finish()  # as leaving the field does, without moving focus (and the view) along


def check_each_input(qtbot: Any, wizard: Any, page: SectionPage, bad: bool) -> list[str]:
    """Enter a value (or, with `bad`, a rejected number) in every input; list what moved."""
    problems: list[str] = []
    for editor in page.editors():
        numeric = isinstance(editor, (NumberEditor, ListEditor))
        if bad and not numeric:
            continue
        for widget in editor.inputs():
            if not widget.isVisibleTo(wizard):
                continue
            page.ensureWidgetVisible(widget, 40, 80)
            settle()
            before = places(wizard)
            text = None
            if numeric:
                text = "12,,5" if bad else valid_text(editor)
            enter(qtbot, page, editor, widget, text)
            settle()
            if bad:
                shown = wizard.findChild(QWidget, f"{editor.name}.error")
                assert shown is not None, editor.name
                assert shown.isVisibleTo(wizard), editor.name
            problems += [f"after {describe(widget)}: {m}" for m in moved(before, places(wizard))]
    return problems


@pytest.mark.parametrize("section_id", SECTIONS)
def test_entering_values_moves_nothing(qtbot: Any, styled: Any, section_id: str) -> None:
    wizard, sink = make_wizard(qtbot)
    page = open_section(wizard, section_id)
    settle()
    problems = check_each_input(qtbot, wizard, page, bad=False)
    assert sink.calls, "no value was entered"
    assert not problems, report(problems)


@pytest.mark.parametrize("section_id", SECTIONS)
def test_a_rejected_number_moves_nothing(qtbot: Any, styled: Any, section_id: str) -> None:
    wizard, _ = make_wizard(qtbot)
    page = open_section(wizard, section_id)
    if not any(isinstance(e, (NumberEditor, ListEditor)) for e in page.editors()):
        pytest.skip("no numbers on this page")
    settle()
    problems = check_each_input(qtbot, wizard, page, bad=True)
    assert not problems, report(problems)


def test_entering_values_after_required_items_were_flagged_moves_nothing(
    qtbot: Any, styled: Any
) -> None:
    """Leaving a page with required items empty marks them; filling them in moves nothing."""
    wizard, _ = make_wizard(qtbot)
    for section_id in SECTIONS:
        page = open_section(wizard, section_id)
        wizard.set_section(wizard.current_section() + 1)  # marks the empty required items
        page = open_section(wizard, section_id)
        settle()
        problems = check_each_input(qtbot, wizard, page, bad=False)
        assert not problems, f"{section_id}:\n{report(problems)}"
