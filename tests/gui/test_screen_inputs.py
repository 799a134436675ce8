"""Typing into the wizard: units, validation at the field, autosave, errors, resume."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QLineEdit, QRadioButton, QWidget
from screen_fixtures import MemorySink, SinkError, example_answers, make_wizard, open_section

from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem

US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)


def field(wizard: Any, name: str) -> Any:
    widget = wizard.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def type_in(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Click into a field, replace its text by typing, and press Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def error_text(wizard: Any, name: str) -> str:
    label = wizard.findChild(QLabel, f"{name}.error")
    return label.text() if label is not None and label.isVisibleTo(wizard) else ""


def test_typed_pounds_are_saved_as_kilograms(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, units=US)
    edit = field(wizard, "body_mass")
    type_in(qtbot, edit, "100")
    assert sink.value("body_mass") == pytest.approx(45.359237)
    assert wizard.answers().number("body_mass") == pytest.approx(45.359237)
    assert error_text(wizard, "body_mass") == ""


def test_per_side_force_in_pounds_force(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, units=US)
    open_section(wizard, "hip")
    type_in(qtbot, field(wizard, "hip.abduction_force.right"), "30")
    assert sink.value("hip.abduction_force", "right") == pytest.approx(133.446659, rel=1e-6)
    assert sink.value("hip.abduction_force", "left") is None


def test_out_of_range_shows_the_range_and_is_not_saved(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, units=US)
    type_in(qtbot, field(wizard, "body_mass"), "900")
    assert "44.1 to 661.3 lb" in error_text(wizard, "body_mass")
    assert "body_mass" not in sink.answers
    assert field(wizard, "body_mass").text() == "900"
    assert field(wizard, "body_mass").property("invalid") is True
    # Another field still saves.
    type_in(qtbot, field(wizard, "height"), "66")
    assert sink.value("height") == pytest.approx(167.64)
    # Correcting the value saves it and clears the message.
    type_in(qtbot, field(wizard, "body_mass"), "150")
    assert sink.value("body_mass") == pytest.approx(68.0388555)
    assert error_text(wizard, "body_mass") == ""


@pytest.mark.parametrize("text", ["12,,5", "abc", "7.5"])
def test_malformed_text_is_reported_at_the_field(qtbot: Any, text: str) -> None:
    wizard, sink = make_wizard(qtbot)
    open_section(wizard, "history")
    type_in(qtbot, field(wizard, "history.duration_weeks"), text)
    message = error_text(wizard, "history.duration_weeks")
    assert "0 to 520 weeks" in message
    assert ("whole number" in message) if text == "7.5" else ("is not a number" in message)
    assert sink.calls == []


def test_decimal_comma_is_accepted(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    type_in(qtbot, field(wizard, "body_mass"), "61,5")
    assert sink.value("body_mass") == 61.5


def test_typing_saves_after_a_pause_without_leaving_the_field(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    edit = field(wizard, "body_mass")
    edit.setFocus()
    qtbot.keyClicks(edit, "72")
    qtbot.waitUntil(lambda: sink.value("body_mass") == 72)
    assert edit.hasFocus() or not wizard.isActiveWindow()


def test_sink_error_is_shown_and_the_text_is_kept(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    sink.fail_with = OSError("disk full")
    type_in(qtbot, field(wizard, "body_mass"), "61.5")
    assert "disk full" in error_text(wizard, "body_mass")
    assert field(wizard, "body_mass").text() == "61.5"
    assert wizard.answers().number("body_mass") is None
    sink.fail_with = None
    type_in(qtbot, field(wizard, "body_mass"), "61.5")
    assert sink.value("body_mass") == 61.5
    assert error_text(wizard, "body_mass") == ""


def test_sink_value_error_on_a_choice_keeps_the_selection(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    sink.fail_with = SinkError("visit is signed")
    button = field(wizard, "symptom_side.right")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "visit is signed" in error_text(wizard, "symptom_side")
    assert button.isChecked()


def test_choices_save_on_change_and_clear_with_delete(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    left = field(wizard, "symptom_side.left")
    qtbot.mouseClick(left, Qt.MouseButton.LeftButton)
    assert sink.value("symptom_side") == "left"
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_Right)  # arrow keys move and choose
    assert sink.value("symptom_side") == "right"
    qtbot.keyClick(field(wizard, "symptom_side.right"), Qt.Key.Key_Delete)
    assert "symptom_side" not in sink.answers


def test_multi_choice_none_of_these_is_an_answer(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    open_section(wizard, "hip")
    qtbot.mouseClick(
        field(wizard, "hip.single_leg_squat_signs.left._none"), Qt.MouseButton.LeftButton
    )
    assert sink.value("hip.single_leg_squat_signs", "left") == []
    box = field(wizard, "hip.single_leg_squat_signs.left.knee_inward")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert sink.value("hip.single_leg_squat_signs", "left") == ["knee_inward"]
    assert not field(wizard, "hip.single_leg_squat_signs.left._none").isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert sink.value("hip.single_leg_squat_signs", "left") is None


def test_checklist_exclusive_group(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    open_section(wizard, "hip")
    toe = field(wizard, "hip.step_down.right.knee_medial_to_second_toe")
    foot = field(wizard, "hip.step_down.right.knee_medial_to_foot")
    qtbot.mouseClick(toe, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field(wizard, "hip.step_down.right.unsteady"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(foot, Qt.MouseButton.LeftButton)
    assert not toe.isChecked()
    assert sink.value("hip.step_down", "right") == ["knee_medial_to_foot", "unsteady"]


def test_list_entries_save_and_a_bad_entry_is_not_saved(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    open_section(wizard, "load")
    type_in(qtbot, field(wizard, "load.weekly_distance.0"), "42")
    assert sink.value("load.weekly_distance") == [42.0, None, None, None]
    type_in(qtbot, field(wizard, "load.weekly_distance.1"), "abc")
    assert "1 week ago" in error_text(wizard, "load.weekly_distance")
    type_in(qtbot, field(wizard, "load.weekly_distance.2"), "31")
    assert sink.value("load.weekly_distance") == [42.0, None, 31.0, None]


def _shown(wizard: Any, name: str) -> Any:
    widget = field(wizard, name)
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.isChecked()


def test_resume_shows_every_saved_value(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, example_answers(), units=DisplayUnits())
    expected = {
        "body_mass": "61.5",
        "leg_length.left": "88",
        "leg_length.right": "88.5",
        "symptom_side.right": True,
        "history.duration_weeks": "7",
        "history.pain_location.behind_kneecap": True,
        "history.pain_location.below_kneecap": False,
        "history.other_causes_excluded.yes": True,
        "red_flags.locking.no": True,
        "kujala.stairs.slight_pain_descending": True,
        "load.weekly_distance.0": "42",
        "load.weekly_distance.3": "28",
        "hip.single_leg_squat_signs.left._none": True,
        "hip.single_leg_squat_signs.right.pelvic_drop": True,
        "hip.step_down.right.knee_medial_to_second_toe": True,
        "hip.step_down.left.arm_strategy": True,
        "hip.trendelenburg.right.positive": True,
        "hip.abduction_force.left": "182",
        "hip.lever_arm": "0.82",
        "running.pelvic_drop.right.mild": True,
    }
    assert {name: _shown(wizard, name) for name in expected} == expected


def test_resume_in_us_units_shows_converted_values(qtbot: Any) -> None:
    wizard, sink = make_wizard(
        qtbot, {"body_mass": 61.5, "hip.abduction_force": {"left": 182.0, "right": None}}, units=US
    )
    assert field(wizard, "body_mass").text() == "135.58"
    assert field(wizard, "hip.abduction_force.left").text() == "40.92"
    # Leaving a field untouched never re-saves a rounded value.
    type_in(qtbot, field(wizard, "body_mass"), "135.58")
    assert sink.calls == []


def test_not_tested_reasons_are_shown_on_resume(qtbot: Any) -> None:
    wizard, _ = make_wizard(
        qtbot, {}, {"hip.side_plank:left": "Shoulder pain", "running.cadence": "No treadmill"}
    )
    assert not field(wizard, "hip.side_plank.left").isVisibleTo(wizard)
    label = wizard.findChild(QAbstractButton, "hip.side_plank.left.undo_not_tested")
    assert label is not None


def test_every_input_has_an_accessible_name_and_description(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, example_answers())
    inputs = [
        w
        for w in wizard.findChildren(QWidget)
        if isinstance(w, QLineEdit | QRadioButton | QCheckBox)
        and w.objectName()
        and not w.objectName().endswith("not_tested_reason")
    ]
    assert len(inputs) > 150
    for widget in inputs:
        item_id = widget.objectName().split(".")[0]
        assert widget.objectName().startswith(item_id)
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()
    for item in wizard.protocol.items():
        names = [item.id] if not item.per_side else [f"{item.id}.left", f"{item.id}.right"]
        if item.kind == "list":
            names = [f"{item.id}.{n}" for n in range(item.length or 0)]
        for name in names:
            widget = field(wizard, name)
            assert widget.accessibleName().startswith(item.label)
            assert widget.accessibleDescription() == item.instruction


def test_read_only_wizard_cannot_change_answers(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, example_answers(), read_only=True)
    assert field(wizard, "body_mass").isReadOnly()
    assert not field(wizard, "symptom_side.left").isEnabled()
    assert wizard.findChild(QWidget, "patient_mode_button") is None
    assert isinstance(sink, MemorySink)
