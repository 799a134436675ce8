"""The wizard on runners-knee v2: free text, items shown by age, derived values worked out
live, the BMI units check, and the return-to-run checklist on follow-up visits only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton
from screen_fixtures import make_wizard, open_section

from kneedesk.core.protocol import load_protocol
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.screen.text_input import TextEditor

V2 = load_protocol("runners-knee", 2)
ADULT = VisitContext(age=30)
TEEN = VisitContext(age=12)


def v2_wizard(qtbot: Any, answers: dict[str, Any] | None = None, context: Any = ADULT) -> Any:
    return make_wizard(qtbot, answers, protocol=V2, context=context)


def type_into(qtbot: Any, wizard: Any, name: str, text: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return edit


def label(wizard: Any, name: str) -> QLabel:
    found = wizard.findChild(QLabel, name)
    assert found is not None, name
    return found


def test_free_text_is_saved_as_typed_and_cleared_when_emptied(qtbot: Any) -> None:
    wizard, sink = v2_wizard(qtbot)
    open_section(wizard, "differential")
    type_into(qtbot, wizard, "dx.other", "  Plica syndrome ")
    assert sink.answers["dx.other"] == "Plica syndrome"
    edit = type_into(qtbot, wizard, "dx.other", "")
    edit.clear()
    edit.editingFinished.emit()
    assert "dx.other" not in sink.answers


def test_free_text_over_500_characters_is_not_saved_and_says_so_at_the_field(
    qtbot: Any,
) -> None:
    wizard, sink = v2_wizard(qtbot, {"dx.other": "Plica"})
    open_section(wizard, "differential")
    edit = wizard.findChild(QLineEdit, "dx.other")
    edit.setFocus()
    edit.setText("x" * 503)  # pasted
    edit.textEdited.emit(edit.text())
    edit.editingFinished.emit()
    assert sink.answers["dx.other"] == "Plica"
    error = label(wizard, "dx.other.error")
    assert error.isVisibleTo(wizard)
    assert "503 characters: at most 500, remove 3" in error.text()
    assert label(wizard, "dx.other.count").text() == "-3 left"


def test_age_shown_items_are_asked_only_inside_their_band(qtbot: Any) -> None:
    adult, _ = v2_wizard(qtbot, context=ADULT)
    page = open_section(adult, "differential")
    assert "dx.apophysitis" not in page.rows
    assert "red_flags.adolescent_hip" not in open_section(adult, "red_flags").rows
    assert adult.state.progress(2).items_here == 7  # 6 required choices and dx.other
    teen, _ = v2_wizard(qtbot, context=TEEN)
    page = open_section(teen, "differential")
    assert "dx.apophysitis" in page.rows
    assert teen.state.progress(2).items_here == 8
    missing = teen.state.missing_required(V2.section("differential"))
    assert V2.item("dx.apophysitis") in missing
    unknown, _ = v2_wizard(qtbot, context=VisitContext(age=None))
    assert "dx.apophysitis" in open_section(unknown, "differential").rows


def test_none_of_these_red_flags_leaves_the_flag_not_asked_at_this_age_alone(
    qtbot: Any,
) -> None:
    wizard, sink = v2_wizard(qtbot, context=ADULT)
    page = open_section(wizard, "red_flags")
    assert page.no_red_flags is not None
    qtbot.mouseClick(page.no_red_flags.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert sink.answers["red_flags.trauma"] is False
    assert "red_flags.adolescent_hip" not in sink.answers


def test_bmi_is_worked_out_live_and_never_typed(qtbot: Any) -> None:
    wizard, sink = v2_wizard(qtbot)
    page = open_section(wizard, "patient")
    assert "bmi" not in [e.item.id for e in page.editors()]
    assert wizard.findChild(QLineEdit, "bmi") is None
    assert label(wizard, "bmi.value").text() == "Not worked out yet"
    type_into(qtbot, wizard, "body_mass", "89.8")
    assert "height not entered" in label(wizard, "bmi.source").text()
    type_into(qtbot, wizard, "height", "200")
    assert label(wizard, "bmi.value").text() == "22.5 kg/m²"  # 22.45 rounds half up
    assert label(wizard, "bmi.source").text() == "From body mass 89.8 kg and height 200 cm."
    assert "bmi" not in sink.answers  # worked out, not stored


def test_other_causes_excluded_follows_the_differential_checklist(qtbot: Any) -> None:
    answers = {i: "not_suspected" for i in ("dx.tibiofemoral", "dx.patellar_tendinopathy",
               "dx.itb_syndrome", "dx.hip_referred", "dx.bone_stress")}  # fmt: skip
    wizard, _ = v2_wizard(qtbot, answers)
    open_section(wizard, "history")
    value = label(wizard, "history.other_causes_excluded.value")
    assert value.text() == "Not worked out yet"  # patellar instability unanswered
    open_section(wizard, "differential")
    button = wizard.findChild(QAbstractButton, "dx.patellar_instability.not_suspected")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert value.text() == "Yes"
    type_into(qtbot, wizard, "dx.other", "Plica")
    assert value.text() == "No"
    assert "6 of 6 answered" in label(wizard, "history.other_causes_excluded.source").text()


def test_a_bmi_outside_12_to_70_waits_for_the_units_to_be_confirmed(qtbot: Any) -> None:
    wizard, sink = v2_wizard(qtbot, {"height": 180})
    open_section(wizard, "patient")
    confirm = wizard.findChild(QPushButton, "bmi.confirm_units")
    check = label(wizard, "bmi.units_check")
    assert not confirm.isVisibleTo(wizard)
    type_into(qtbot, wizard, "body_mass", "30")  # 9.3 kg/m2: kg typed as something else?
    assert confirm.isVisibleTo(wizard)
    assert "cannot be signed until you confirm" in check.text()
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert sink.answers["bmi"] == 9.3  # the confirmation, sealed with the answers
    assert not confirm.isVisibleTo(wizard)
    assert check.text().endswith("units confirmed.")
    type_into(qtbot, wizard, "body_mass", "28")  # another value: confirm again
    assert "bmi" not in sink.answers
    assert confirm.isVisibleTo(wizard)
    type_into(qtbot, wizard, "body_mass", "70")
    assert not confirm.isVisibleTo(wizard)
    assert not check.isVisibleTo(wizard)


def test_return_to_run_appears_only_on_follow_up_visits(qtbot: Any) -> None:
    first, _ = v2_wizard(qtbot, context=VisitContext(age=30, follow_up=False))
    assert "return_to_run" not in [s.id for s in first.sections]
    assert first.section_count == len(V2.sections) - 1
    assert first.state.progress(0).section_count == first.section_count
    later, _ = v2_wizard(qtbot, context=VisitContext(age=30, follow_up=True))
    assert later.sections[-1].id == "return_to_run"
    assert later.section_list.count() == len(V2.sections) + 1  # and the summary


def test_return_to_run_is_pre_filled_from_the_tests_and_stays_editable(qtbot: Any) -> None:
    answers = {
        "symptom_side": "left",
        "hop.pain": {"left": 1, "right": 4},
        "red_flags.hop_pain": False,
        "rtr.strength": "no",  # already answered: left as it is
    }
    wizard, sink = v2_wizard(qtbot, answers, VisitContext(age=30, follow_up=True))
    assert "rtr.hop" not in sink.answers
    open_section(wizard, "return_to_run")
    assert sink.answers["rtr.hop"] == "yes"  # the left knee hurts; right hop pain is not used
    assert sink.answers["rtr.strength"] == "no"
    assert wizard.findChild(QAbstractButton, "rtr.hop.yes").isChecked()
    note = label(wizard, "rtr.hop.suggestion")
    assert note.text() == "Suggested from this visit's tests: Yes."
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "rtr.hop.no"), Qt.MouseButton.LeftButton)
    assert sink.answers["rtr.hop"] == "no"
    assert note.text() == "This visit's tests suggest: Yes. You chose otherwise."
    open_section(wizard, "patient")
    open_section(wizard, "return_to_run")
    assert sink.answers["rtr.hop"] == "no"  # pre-filled once, never over the clinician


def test_tab_goes_through_the_text_field_and_skips_derived_values(qtbot: Any) -> None:
    wizard, _ = v2_wizard(qtbot)
    page = open_section(wizard, "patient")
    names = [e.name for e in page.editors()]
    assert names == ["body_mass", "height", "leg_length.left", "leg_length.right",
                     "symptom_side"]  # fmt: skip
    page = open_section(wizard, "differential")
    editors = page.editors()
    assert isinstance(editors[-1], TextEditor)
    last_choice = editors[-2].focus_target()
    last_choice.setFocus()
    qtbot.keyClick(last_choice, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is editors[-1].focus_target()


def test_tab_on_the_v2_patient_page_passes_bmi_unless_its_units_need_confirming(
    qtbot: Any,
) -> None:
    wizard, sink = v2_wizard(qtbot)
    page = open_section(wizard, "patient")
    page.focus_first()
    for value in ("70", "175", "88", "87.5"):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit), (value, focused)
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert [sink.value("body_mass"), sink.value("height")] == [70, 175]
    assert sink.value("leg_length", "right") == 87.5
    assert QApplication.focusWidget().objectName().startswith("symptom_side.")
    height = wizard.findChild(QLineEdit, "height")
    height.setFocus()
    height.selectAll()
    qtbot.keyClicks(height, "100")  # with 75 kg: BMI 75, outside 12 to 70
    body_mass = wizard.findChild(QLineEdit, "body_mass")
    body_mass.setFocus()
    body_mass.selectAll()
    qtbot.keyClicks(body_mass, "75")
    qtbot.keyClick(body_mass, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # height -> the confirm button
    confirm = QApplication.focusWidget()
    assert confirm is wizard.findChild(QPushButton, "bmi.confirm_units")
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    assert sink.value("bmi") == 75.0
