""" "None of these" on the red-flag page: one click answers No for each unanswered flag, each
flag saved on its own in the store, the rows and a line showing what was set; never over a Yes."""

from __future__ import annotations

from typing import Any

from layout_helpers import moved, places, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from screen_fixtures import make_wizard, open_section

from kneedesk.core.protocol import load_protocol
from kneedesk.gui.visit.sink import StoreSink
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import answer_rows

FLAGS = [i.id for i in load_protocol("runners-knee", 1).items() if i.id.startswith("red_flags.")]


def store_wizard(
    qtbot: Any, store: Store, answers: dict[str, Any], not_tested: dict[str, str] | None = None
) -> tuple[Any, int]:
    """A wizard saving to a real draft visit in the store, resumed with these answers."""
    patient = store.patients.create(chart_number="KD-001", given_name="Mia", family_name="Lund")
    visit = store.visits.create_draft(patient.id, visit_date="2026-11-02", protocol_version=1)
    sink = StoreSink(store, visit.id, load_protocol("runners-knee", 1))
    for item_id, value in answers.items():
        sink.save(item_id, None, value)
    for item_id, reason in (not_tested or {}).items():
        sink.mark_not_tested(item_id, None, reason)
    wizard, _ = make_wizard(qtbot, answers, not_tested, sink=sink)  # type: ignore[arg-type]
    open_section(wizard, "red_flags")
    settle()
    return wizard, visit.id


def widget(wizard: Any, name: str) -> Any:
    # Within the red-flag page: a search over every page of the wizard is slow.
    page = wizard.findChild(QWidget, "section.red_flags") or wizard
    found = page.findChild(QWidget, name)
    assert found is not None, name
    return found


def stored_flags(store: Store, visit_id: int) -> list[tuple[str, str, str | None, str | None]]:
    """The red-flag rows of the visit as stored: item id, side, JSON value, not-tested reason."""
    return [row for row in answer_rows(store.db, visit_id) if row[0].startswith("red_flags.")]


def shown_answer(wizard: Any, item_id: str) -> str | None:
    """Which of Yes / No the row shows checked."""
    for key in ("yes", "no"):
        if widget(wizard, f"{item_id}.{key}").isChecked():
            return key
    return None


def status(wizard: Any) -> str:
    label = widget(wizard, "no_red_flags_status")
    assert isinstance(label, QLabel)
    return label.text() if label.isVisibleTo(wizard) else ""


def test_none_of_these_answers_no_for_every_flag(qtbot: Any, store: Store) -> None:
    wizard, visit_id = store_wizard(qtbot, store, {})
    button = widget(wizard, "no_red_flags_button")
    assert isinstance(button, QAbstractButton)
    assert button.isVisibleTo(wizard)
    assert button.isEnabled()
    assert len(FLAGS) == 7
    before = places(wizard)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    # One stored answer per flag, each "no", exactly as seven clicks on "No" would store.
    assert stored_flags(store, visit_id) == [(i, "whole", "false", None) for i in sorted(FLAGS)]
    assert store.visits.answers(visit_id) == dict.fromkeys(FLAGS, False)
    assert [shown_answer(wizard, i) for i in FLAGS] == ["no"] * 7
    assert status(wizard) == "✓ All 7 red flags set to No"
    assert not button.isEnabled()  # nothing is left for it to do
    assert not wizard.banner.isVisibleTo(wizard)
    assert wizard.section_list.status_text(wizard.current_section()) == "done"
    assert moved(before, places(wizard)) == []


def test_answers_already_given_are_kept(qtbot: Any, store: Store) -> None:
    wizard, visit_id = store_wizard(
        qtbot,
        store,
        {"red_flags.effusion": False},
        not_tested={"red_flags.neurovascular": "Patient declined"},
    )
    qtbot.mouseClick(widget(wizard, "no_red_flags_button"), Qt.MouseButton.LeftButton)
    rows = {row[0]: row for row in stored_flags(store, visit_id)}
    assert rows.pop("red_flags.neurovascular") == (
        "red_flags.neurovascular",
        "whole",
        None,
        "Patient declined",
    )
    assert rows == {i: (i, "whole", "false", None) for i in FLAGS if i != "red_flags.neurovascular"}
    assert status(wizard) == (
        "✓ 5 red flags set to No; 2 already answered or not tested, left as they were"
    )
    assert widget(wizard, "red_flags.neurovascular.undo_not_tested").isVisibleTo(wizard)


def test_not_available_while_a_flag_is_yes(qtbot: Any, store: Store) -> None:
    wizard, visit_id = store_wizard(qtbot, store, {"red_flags.locking": True})
    button = widget(wizard, "no_red_flags_button")
    assert not button.isEnabled()
    assert status(wizard) == "Not available while a flag is answered Yes (True locking)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stored_flags(store, visit_id) == [("red_flags.locking", "whole", "true", None)]
    assert shown_answer(wizard, "red_flags.locking") == "yes"
    assert wizard.banner.isVisibleTo(wizard)
    # The clinician sets it to No themselves: the rest can then be answered in one click.
    qtbot.mouseClick(widget(wizard, "red_flags.locking.no"), Qt.MouseButton.LeftButton)
    assert button.isEnabled()
    assert status(wizard) == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert store.visits.answers(visit_id) == dict.fromkeys(FLAGS, False)
    assert status(wizard) == (
        "✓ 6 red flags set to No; 1 already answered or not tested, left as they were"
    )


def test_a_yes_after_none_of_these_replaces_the_confirmation(qtbot: Any, store: Store) -> None:
    wizard, visit_id = store_wizard(qtbot, store, {})
    qtbot.mouseClick(widget(wizard, "no_red_flags_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget(wizard, "red_flags.night_pain.yes"), Qt.MouseButton.LeftButton)
    assert store.visits.answers(visit_id)["red_flags.night_pain"] is True
    assert status(wizard) == (
        "Not available while a flag is answered Yes (Constant, night or rest pain)"
    )
    assert wizard.banner.isVisibleTo(wizard)


def test_no_control_on_a_signed_visit(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, dict.fromkeys(FLAGS, False), read_only=True)
    open_section(wizard, "red_flags")
    assert wizard.findChild(QWidget, "no_red_flags_button") is None
