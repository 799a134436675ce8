"""The plan on a draft's summary page: saved as it is edited, back when the draft reopens, signed
as shown. Only what a save trigger stored counts: nothing here relies on a later flush."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kneedesk.core.plan_record import DraftPlan
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.screen.plan_editor import DOSE, NOTE, PlanEditor
from kneedesk.store.audit import Action, Entity
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

Rows = list[dict[str, str]]


def start_draft(store: Store) -> Visit:
    patient = store.patients.create(
        chart_number="PL-1", given_name="Zoë", family_name="Ångström", birth_date="1994-03-02"
    )
    visit = store.visits.create_draft(
        patient.id, visit_date="2026-11-25", clinician_id=1, protocol_version=1
    )
    store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    return visit


def open_plan(window: MainWindow, visit_id: int) -> PlanEditor:
    window.open_visit(visit_id)
    wizard = window.visit.wizard
    assert wizard is not None
    wizard.set_section(wizard.section_count)
    editor = wizard.summary.plan_editor
    assert editor.table.rowCount() >= 3  # the suggested combined plan
    return editor


def start_typing(qtbot: QtBot, editor: PlanEditor, row: int, column: int, text: str) -> QLineEdit:
    """Open a cell with F2, replace its text by typing, and leave the cell open."""
    table = editor.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = table.indexWidget(table.currentIndex())
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    return cell


def press_enter(qtbot: QtBot, editor: PlanEditor, cell: QLineEdit) -> None:
    """Confirm a cell with Enter; the view closes it on the next event-loop turn."""
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != editor.table.State.EditingState)


def saved_plan(store: Store, visit_id: int) -> DraftPlan | None:
    return store.drafts.draft_plan(visit_id)


def test_plan_edits_are_saved_as_made_and_back_when_the_draft_reopens_and_signed(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    editor = open_plan(window, draft.id)
    suggested = editor.plan()
    assert saved_plan(store, draft.id) is None  # not edited: nothing stored

    # A dose typed into its cell is saved after a pause, the cell still open.
    with qtbot.waitSignal(editor.saved):
        cell = start_typing(qtbot, editor, 0, DOSE, "3 x 15 each side, daily")
    assert editor.table.state() == editor.table.State.EditingState
    expected: Rows = [dict(row) for row in suggested]
    expected[0]["dose"] = "3 x 15 each side, daily"
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)
    press_enter(qtbot, editor, cell)

    # A note confirmed with Enter is saved at once.
    cell = start_typing(qtbot, editor, 1, NOTE, "Band: green")
    press_enter(qtbot, editor, cell)
    expected[1]["note"] = "Band: green"
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)

    # Removing an item (Delete key) and adding one from the library are saved at once.
    editor.table.setFocus()
    editor.table.setCurrentCell(2, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    del expected[2]
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)
    editor.add_combo.setCurrentIndex(editor.add_combo.findData("calf_raise"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    expected.append({"id": "calf_raise", "dose": "", "note": ""})
    assert editor.plan() == expected
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)
    edits = store.audit.entries(entity=Entity.VISIT, entity_id=draft.id, action=Action.EDIT)
    assert [e.detail["after"]["items"] for e in edits if e.detail.get("field") == "plan"][0] == (
        expected
    )

    # Closed and opened again: the plan is exactly as edited, and the findings leave it alone.
    window.visit.close_visit()
    editor = open_plan(window, draft.id)
    assert editor.plan() == expected
    assert editor.edited
    editor.set_suggested(["wall_sit"])
    assert editor.plan() == expected

    # Signing seals the plan as shown.
    window.visit.sign_now()
    content = store.signing.signed_content(draft.id)
    assert content is not None
    assert content.plan["items"] == expected
    assert store.signing.verify(draft.id) is SignatureStatus.OK


def test_an_abrupt_end_keeps_what_the_pause_in_typing_saved(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    editor = open_plan(window, draft.id)
    expected: Rows = editor.plan()
    with qtbot.waitSignal(editor.saved):
        start_typing(qtbot, editor, 0, NOTE, "Stop if pain > 3/10")
    expected[0]["note"] = "Stop if pain > 3/10"
    # The window goes away without any flush (as in a crash): the store already holds the note.
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)
    window.visit._drop_wizard()
    editor = open_plan(window, draft.id)
    assert editor.plan() == expected


def test_closing_the_visit_saves_a_dose_still_being_typed(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    editor = open_plan(window, draft.id)
    expected: Rows = editor.plan()
    start_typing(qtbot, editor, 0, DOSE, "5 x 45 s")  # no pause, no Enter
    window.visit.close_visit()
    expected[0]["dose"] = "5 x 45 s"
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)


def test_locking_and_leaving_the_summary_save_what_is_being_typed(
    qtbot: QtBot, window: MainWindow, store: Store, login: Callable[..., None]
) -> None:
    draft = start_draft(store)
    editor = open_plan(window, draft.id)
    expected: Rows = editor.plan()
    start_typing(qtbot, editor, 0, DOSE, "daily")
    window.lock()
    expected[0]["dose"] = "daily"
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)
    login(window)
    wizard = window.visit.wizard
    assert wizard is not None
    assert wizard.plan() == expected

    wizard.set_section(wizard.section_count)
    start_typing(qtbot, editor, 1, NOTE, "mirror")
    wizard.set_section(0)
    expected[1]["note"] = "mirror"
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)


def test_signing_with_a_cell_still_open_signs_and_saves_what_it_shows(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    editor = open_plan(window, draft.id)
    expected: Rows = editor.plan()
    start_typing(qtbot, editor, 0, NOTE, "signed straight away")
    window.visit.sign_now()
    expected[0]["note"] = "signed straight away"
    content = store.signing.signed_content(draft.id)
    assert content is not None
    assert content.plan["items"] == expected
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=True)


def test_reset_to_suggested_is_saved_and_the_plan_follows_the_findings_after_reopening(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    editor = open_plan(window, draft.id)
    suggested = editor.plan()
    cell = start_typing(qtbot, editor, 0, DOSE, "2 x 10")
    press_enter(qtbot, editor, cell)
    editor.table.setCurrentCell(1, 0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [row["id"] for row in editor.plan()] != [row["id"] for row in suggested]

    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    expected: Rows = [dict(row) for row in suggested]
    expected[0]["dose"] = "2 x 10"  # reset keeps the doses typed
    assert editor.plan() == expected
    assert saved_plan(store, draft.id) == DraftPlan(tuple(expected), edited=False)

    window.visit.close_visit()
    editor = open_plan(window, draft.id)
    assert editor.plan() == expected
    assert not editor.edited
    # Following the findings again: a new suggestion replaces the plan, doses kept by item.
    editor.set_suggested([expected[0]["id"], "calf_raise"])
    assert editor.plan() == [expected[0], {"id": "calf_raise", "dose": "", "note": ""}]
