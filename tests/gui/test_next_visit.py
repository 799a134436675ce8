"""The next visit on the summary page: saved as typed, back when the draft reopens, sealed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kneedesk.core.plan_record import REVIEW_CHOICES
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.screen.review_field import PLACEHOLDER, ReviewField
from kneedesk.store.audit import Action, Entity
from kneedesk.store.errors import VisitSignedError
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


def start_draft(store: Store) -> Visit:
    patient = store.patients.create(
        chart_number="NV-1", given_name="Zoë", family_name="Ångström", birth_date="1994-03-02"
    )
    visit = store.visits.create_draft(
        patient.id, visit_date="2026-11-25", clinician_id=1, protocol_version=1
    )
    store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    return visit


def open_summary(window: MainWindow, visit_id: int) -> ReviewField:
    window.open_visit(visit_id)
    wizard = window.visit.wizard
    assert wizard is not None
    wizard.set_section(wizard.section_count)
    return wizard.summary.review


def test_next_visit_is_saved_as_typed_and_back_when_the_draft_reopens(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    field = open_summary(window, draft.id)
    edit = field.combo.lineEdit()
    assert edit is not None
    assert field.combo.isEditable()
    assert [field.combo.itemText(i) for i in range(field.combo.count())] == list(REVIEW_CHOICES)
    assert field.combo.currentText() == ""
    assert edit.placeholderText() == PLACEHOLDER
    assert field.combo.isVisibleTo(field)
    assert not field.value.isVisibleTo(field)

    # Free text, saved after a pause in typing: no Enter, no leaving the field.
    edit.setFocus()
    with qtbot.waitSignal(field.changed) as saved:
        qtbot.keyClicks(edit, "after the race")
    assert saved.args == ["after the race"]
    assert store.drafts.review(draft.id) == "after the race"

    # Typed over and confirmed with Enter.
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "in 3 weeks")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert store.drafts.review(draft.id) == "in 3 weeks"
    edits = store.audit.entries(entity=Entity.VISIT, entity_id=draft.id, action=Action.EDIT)
    assert {"field": "review", "before": "after the race", "after": "in 3 weeks"} in [
        e.detail for e in edits
    ]

    # Close the visit and open it again: the draft shows what was typed.
    window.visit.close_visit()
    field = open_summary(window, draft.id)
    assert field.combo.currentText() == "in 3 weeks"
    assert field.text() == "in 3 weeks"


def test_choosing_from_the_list_saves_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    field = open_summary(window, draft.id)
    field.combo.setFocus()
    with qtbot.waitSignal(field.changed):
        qtbot.keyClick(field.combo, Qt.Key.Key_Down)
    assert store.drafts.review(draft.id) == field.combo.currentText() == REVIEW_CHOICES[0]


def test_signing_seals_the_next_visit_and_shows_it_read_only(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    draft = start_draft(store)
    field = open_summary(window, draft.id)
    edit = field.combo.lineEdit()
    assert edit is not None
    edit.setFocus()
    qtbot.keyClicks(edit, "in 2 weeks")  # signed straight away, before the pause
    window.visit.sign_now()

    wizard = window.visit.wizard
    assert wizard is not None
    assert wizard.read_only
    content = store.signing.signed_content(draft.id)
    assert content is not None
    assert content.plan == {"items": wizard.plan(), "review": "in 2 weeks", "library": 2}
    assert content.plan["items"]
    assert store.signing.verify(draft.id) is SignatureStatus.OK
    assert store.drafts.review(draft.id) == "in 2 weeks"

    wizard.set_section(wizard.section_count)
    field = wizard.summary.review
    assert not field.combo.isVisibleTo(field)
    assert field.value.isVisibleTo(field)
    assert field.value.text() == "in 2 weeks"
    assert field.text() == "in 2 weeks"
    with pytest.raises(VisitSignedError):
        store.drafts.save_review(draft.id, "in 6 weeks")
