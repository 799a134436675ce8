"""Notes other answers prompt at a v2 field, as the clinician sees them: bone stress not
suspected ruled out by a bone-stress red flag (never changed for them), a Kujala dislocation
prompting patellar instability, the Ottawa age item, a low adult BMI, and the next running
stage. Each note changes as the answers it reads change, and none of them moves the page."""

from __future__ import annotations

from typing import Any

from layout_helpers import moved, places, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QLineEdit
from screen_fixtures import make_wizard, open_section

from kneedesk.core.protocol import load_protocol
from kneedesk.core.visit_context import VisitContext

V2 = load_protocol("runners-knee", 2)
ADULT = VisitContext(age=30)
FOLLOW_UP = VisitContext(age=30, follow_up=True)
RULED_OUT = "Not possible while a bone-stress red flag is ticked yes: "


def v2_wizard(qtbot: Any, answers: dict[str, Any] | None = None, context: Any = ADULT) -> Any:
    return make_wizard(qtbot, answers, protocol=V2, context=context)


def button(wizard: Any, name: str) -> QAbstractButton:
    found = wizard.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def note(wizard: Any, item_id: str) -> QLabel:
    found = wizard.findChild(QLabel, f"{item_id}.note")
    assert found is not None, item_id
    return found


def shown(wizard: Any, item_id: str) -> str:
    """The note's text if the clinician can see it (on its page), else ""."""
    label = note(wizard, item_id)
    return label.text() if label.isVisibleTo(label.window()) else ""


def click(qtbot: Any, wizard: Any, name: str) -> None:
    """Scroll the button into view and click it, as the clinician would."""
    target = button(wizard, name)
    page = next(p for p in wizard.section_pages if p.isAncestorOf(target))
    page.ensureWidgetVisible(target, 40, 80)
    # On the indicator: a wide check box takes clicks on its box and text only.
    at = QPoint(10, target.height() // 2)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=at)


def type_into(qtbot: Any, wizard: Any, name: str, text: str) -> None:
    edit = wizard.findChild(QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_bone_stress_flag_rules_out_not_suspected_and_says_why(qtbot: Any) -> None:
    wizard, sink = v2_wizard(qtbot)
    open_section(wizard, "differential")
    not_suspected = button(wizard, "dx.bone_stress.not_suspected")
    assert not_suspected.isEnabled()
    assert shown(wizard, "dx.bone_stress") == ""
    open_section(wizard, "red_flags")
    click(qtbot, wizard, "red_flags.bony_tenderness.yes")
    open_section(wizard, "differential")
    assert not not_suspected.isEnabled()
    assert shown(wizard, "dx.bone_stress") == RULED_OUT + "bony tenderness."
    click(qtbot, wizard, "dx.bone_stress.not_suspected")  # disabled: nothing happens
    assert "dx.bone_stress" not in sink.answers
    click(qtbot, wizard, "dx.bone_stress.possible")
    assert sink.answers["dx.bone_stress"] == "possible"
    open_section(wizard, "red_flags")
    click(qtbot, wizard, "red_flags.hop_pain.yes")
    assert note(wizard, "dx.bone_stress").text() == (
        RULED_OUT + "bony tenderness / pain on hopping."
    )
    click(qtbot, wizard, "red_flags.bony_tenderness.no")
    click(qtbot, wizard, "red_flags.hop_pain.no")
    open_section(wizard, "differential")
    assert not_suspected.isEnabled()
    assert shown(wizard, "dx.bone_stress") == ""


def test_not_suspected_answered_before_a_flag_is_kept_and_shown_as_an_error(
    qtbot: Any,
) -> None:
    wizard, sink = v2_wizard(qtbot, {"dx.bone_stress": "not_suspected"})
    open_section(wizard, "red_flags")
    click(qtbot, wizard, "red_flags.hop_pain.yes")
    assert sink.answers["dx.bone_stress"] == "not_suspected"  # never changed for the clinician
    open_section(wizard, "differential")
    not_suspected = button(wizard, "dx.bone_stress.not_suspected")
    assert not_suspected.isChecked()
    assert not not_suspected.isEnabled()
    error = note(wizard, "dx.bone_stress")
    assert error.property("role") == "error"
    assert shown(wizard, "dx.bone_stress") == (
        "⚠ Not suspected is not allowed while a bone-stress red flag is yes (pain on hopping). "
        "Choose possible or likely, or correct the red flag."
    )
    click(qtbot, wizard, "dx.bone_stress.likely")
    assert sink.answers["dx.bone_stress"] == "likely"
    assert error.property("role") == "instruction"
    assert shown(wizard, "dx.bone_stress") == RULED_OUT + "pain on hopping."


def test_a_kujala_dislocation_prompts_patellar_instability(qtbot: Any) -> None:
    wizard, _ = v2_wizard(qtbot)
    open_section(wizard, "outcomes")
    click(qtbot, wizard, "kujala.kneecap_movement.sometimes_in_sport")
    open_section(wizard, "differential")
    assert shown(wizard, "dx.patellar_instability") == ""
    open_section(wizard, "outcomes")
    click(qtbot, wizard, "kujala.kneecap_movement.more_than_two_dislocations")
    open_section(wizard, "differential")
    assert shown(wizard, "dx.patellar_instability") == (
        "The Kujala answer records a kneecap dislocation: consider patellar instability."
    )
    assert button(wizard, "dx.patellar_instability.not_suspected").isEnabled()  # a prompt only


def test_the_ottawa_age_item_is_noted_from_55_at_the_visit_date(qtbot: Any) -> None:
    day_before = VisitContext.at("1971-12-06", "2026-12-05", follow_up=False)
    birthday = VisitContext.at("1971-12-06", "2026-12-06", follow_up=False)
    younger, _ = v2_wizard(qtbot, context=day_before)
    open_section(younger, "red_flags")
    assert shown(younger, "red_flags.trauma") == ""
    older, _ = v2_wizard(qtbot, context=birthday)
    open_section(older, "red_flags")
    assert shown(older, "red_flags.trauma") == (
        "Age 55 or over: the age item of the Ottawa knee rule is met."
    )
    assert not button(older, "red_flags.trauma.yes").isChecked()  # noted, not answered


def test_a_low_adult_bmi_suggests_the_low_bmi_sign_without_ticking_it(qtbot: Any) -> None:
    wizard, sink = v2_wizard(qtbot, {"height": 170})
    open_section(wizard, "patient")
    type_into(qtbot, wizard, "body_mass", "53")  # 18.3 kg/m2
    open_section(wizard, "red_flags")
    assert shown(wizard, "bsi.low_energy_signs") == "BMI 18.3: consider ticking low BMI."
    low_bmi = wizard.findChild(QCheckBox, "bsi.low_energy_signs.low_bmi")
    assert not low_bmi.isChecked()
    assert "bsi.low_energy_signs" not in sink.answers
    click(qtbot, wizard, "bsi.low_energy_signs.low_bmi")
    assert sink.answers["bsi.low_energy_signs"] == ["low_bmi"]
    assert shown(wizard, "bsi.low_energy_signs") == ""
    click(qtbot, wizard, "bsi.low_energy_signs.low_bmi")
    open_section(wizard, "patient")
    type_into(qtbot, wizard, "body_mass", "54")  # 18.7: no longer low
    open_section(wizard, "red_flags")
    assert shown(wizard, "bsi.low_energy_signs") == ""


def test_a_low_bmi_is_not_suggested_under_18(qtbot: Any) -> None:
    wizard, _ = v2_wizard(qtbot, {"height": 170, "body_mass": 45}, VisitContext(age=17))
    open_section(wizard, "red_flags")
    assert shown(wizard, "bsi.low_energy_signs") == ""


def test_the_running_stage_says_when_the_next_stage_is_due(qtbot: Any) -> None:
    answers = {
        "rtr.pain_during": "yes",
        "rtr.pain_24h": "yes",
        "rtr.single_leg_control": "yes",
        "rtr.hop": "not_tested",
        "rtr.strength": "yes",
        "rtr.stage": "not_running",
    }
    wizard, _ = v2_wizard(qtbot, answers, FOLLOW_UP)
    open_section(wizard, "return_to_run")
    assert shown(wizard, "rtr.stage") == "Ready for the next stage: 1 Walk-run. You decide."
    click(qtbot, wizard, "rtr.single_leg_control.no")
    assert shown(wizard, "rtr.stage") == (
        "Not yet ready for 1 Walk-run. Still missing: single-leg control (no)."
    )
    click(qtbot, wizard, "rtr.stage.easy_continuous")  # later stages: the pain rules
    text = shown(wizard, "rtr.stage")
    assert text.startswith("Ready for the next stage: 3 Build volume, if the pain rules have ")
    assert "held for a week" in text
    click(qtbot, wizard, "rtr.stage.full")
    assert shown(wizard, "rtr.stage") == "5 Full is the last stage: there is no next stage."


def test_notes_appearing_move_nothing(qtbot: Any, styled: QApplication) -> None:
    answers = {"dx.bone_stress": "not_suspected", "height": 170, "rtr.stage": "walk_run"}
    wizard, _ = make_wizard(qtbot, answers, protocol=V2, context=FOLLOW_UP)
    for section, name, prompted in (
        ("red_flags", "red_flags.bony_tenderness.yes", "dx.bone_stress"),
        ("outcomes", "kujala.kneecap_movement.one_dislocation", "dx.patellar_instability"),
        ("return_to_run", "rtr.pain_during.no", "rtr.stage"),
    ):
        open_section(wizard, section)
        prompted_page = next(p for p in wizard.section_pages if prompted in p.rows)
        open_section(wizard, prompted_page.section.id)  # the required items left are marked
        open_section(wizard, section)
        open_section(wizard, prompted_page.section.id)
        settle()
        body = prompted_page.widget()
        before = places(body)
        open_section(wizard, section)
        click(qtbot, wizard, name)
        open_section(wizard, prompted_page.section.id)
        settle()
        assert shown(wizard, prompted)
        assert not moved(before, places(body)), prompted
