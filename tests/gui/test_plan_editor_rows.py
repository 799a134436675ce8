"""The plan editor's rows: the dose the handout prints, one removal per click, full doses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from screen_fixtures import example_answers, make_wizard

from kneedesk.core.exercises import load_exercises
from kneedesk.gui.screen.plan_editor import DOSE, PlanEditor
from kneedesk.services.signed_content import signed_plan

LONG_DOSE = (
    "3 x 15 each leg, slow lowering over three seconds, then progress to a higher step and a "
    "loaded backpack once the pain stays at or below 3 out of 10 during and the morning after"
)


def editor_on_summary(qtbot: Any) -> PlanEditor:
    wizard, _ = make_wizard(qtbot, example_answers())
    wizard.set_section(wizard.section_count)
    editor = wizard.summary.plan_editor
    assert editor.table.rowCount() >= 3
    return editor


def handout_dose(editor: PlanEditor, item_id: str) -> str:
    """The dose the handout prints for an item of the plan as shown (handout_plan's rule)."""
    plan = signed_plan(editor.plan())
    assert plan is not None
    return plan.doses.get(item_id) or load_exercises()[item_id].dose


def test_the_dose_column_shows_the_dose_the_handout_prints(qtbot: Any) -> None:
    editor = editor_on_summary(qtbot)
    table = editor.table
    for row in range(table.rowCount()):
        item_id = editor.plan()[row]["id"]
        assert table.item(row, DOSE).text() == handout_dose(editor, item_id)
        assert table.item(row, DOSE).text()
    # A typed dose is the one printed; clearing it brings the library's dose back.
    table.item(1, DOSE).setText("2 x 20, daily")
    assert handout_dose(editor, editor.plan()[1]["id"]) == "2 x 20, daily"
    assert table.item(1, DOSE).text() == "2 x 20, daily"
    table.item(1, DOSE).setText("")
    item_id = editor.plan()[1]["id"]
    assert editor.plan()[1]["dose"] == ""
    assert table.item(1, DOSE).text() == load_exercises()[item_id].dose


def test_remove_selected_twice_removes_one_item(qtbot: Any) -> None:
    editor = editor_on_summary(qtbot)
    before = [p["id"] for p in editor.plan()]
    assert editor.add_combo.count() >= 1
    editor.add_combo.setCurrentIndex(editor.add_combo.count() - 1)
    chosen = editor.add_combo.currentData()
    assert chosen
    rect = editor.table.visualRect(editor.table.model().index(1, 0))
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.table.selectionModel().selectedRows()[0].row() == 1
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    after = [p["id"] for p in editor.plan()]
    assert after == before[:1] + before[2:]
    assert editor.table.selectionModel().selectedRows() == []
    # The library list keeps what the clinician had chosen in it.
    assert editor.add_combo.currentData() == chosen


def test_a_long_dose_is_readable_in_full(qtbot: Any) -> None:
    editor = editor_on_summary(qtbot)
    table = editor.table
    table.item(2, DOSE).setText(LONG_DOSE)
    qtbot.waitUntil(lambda: table.rowHeight(2) > table.rowHeight(0))
    cell = table.visualRect(table.model().index(2, DOSE))
    # The wrapped text fits the cell, and the table shows every row without scrolling.
    needed = table.fontMetrics().boundingRect(
        QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, LONG_DOSE
    )
    assert needed.height() <= cell.height()
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    assert table.wordWrap()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= rows
    assert LONG_DOSE in table.item(2, DOSE).toolTip()
