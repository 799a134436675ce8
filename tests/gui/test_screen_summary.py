"""The summary page: scores, normalised strength, findings with evidence, and the plan editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from screen_fixtures import example_answers, make_wizard

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import load_protocol
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.gui.screen import SummaryPage
from kneedesk.gui.screen.summary_page import FindingCard

PROTOCOL = load_protocol("runners-knee", 1)


def summary(qtbot: Any, answers: dict[str, Any], **kwargs: Any) -> SummaryPage:
    page = SummaryPage(PROTOCOL, kwargs.pop("units", DisplayUnits()), **kwargs)
    qtbot.addWidget(page)
    page.set_answers(Answers(answers))
    return page


def test_complete_kujala_shows_the_total(qtbot: Any) -> None:
    page = summary(qtbot, example_answers())
    assert "74</span> / 100" in page.kujala.text()


def test_partial_kujala_names_the_missing_items(qtbot: Any) -> None:
    answers = example_answers()
    del answers["kujala.limp"], answers["kujala.swelling"]
    page = summary(qtbot, answers)
    text = page.kujala.text()
    assert "incomplete: 2 items missing" in text
    assert "Limp" in text
    assert "Swelling" in text
    assert "/ 100" not in text


def test_strength_is_normalised_with_the_lsi(qtbot: Any) -> None:
    page = summary(qtbot, example_answers())
    text = page.strength.text()
    assert "182 N" in text
    assert "30.2&nbsp;%BW" in text
    assert "2.43&nbsp;N·m/kg" in text
    assert "77.5% (below 90%)" in text
    assert "return-to-sport convention" in page.lsi_note.text()


def test_forces_are_shown_in_the_clinic_unit(qtbot: Any) -> None:
    page = summary(
        qtbot, example_answers(), units=DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
    )
    assert "40.9 lbf" in page.strength.text()
    assert "26.1 mi" in page.measures.text()


def test_findings_are_shown_in_the_clinic_units(qtbot: Any) -> None:
    # Knee-to-wall 11.5 and 9 cm: 2.5 cm apart = 0.98 in, against 2 cm = 0.79 in.
    # Longest run 18 km = 11.19 mi.
    page = summary(
        qtbot, example_answers(), units=DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
    )
    text = page.findings_text()
    assert "knee-to-wall side difference 1 in >= 0.8 in" in text
    assert " cm" not in text
    card = page.findChild(FindingCard, "finding.ankle_mobility")
    assert card is not None
    assert "1 in &gt;= 0.8 in" in card.evidence.text()
    assert page.assessment is not None
    spike = next(f for f in page.assessment.findings if f.id == "load_spike")
    assert "Your longest run this week was 11.2 mi" in spike.patient_text


def test_findings_show_level_evidence_and_source(qtbot: Any) -> None:
    page = summary(qtbot, example_answers())
    text = page.findings_text()
    assert "Attention: Hip strength deficit" in text
    assert "right: hip abduction LSI 77.5% < 90%" in text
    card = page.findChild(FindingCard, "finding.hip_strength_deficit")
    assert card is not None
    assert "right: hip abduction LSI 77.5% &lt; 90%" in card.evidence.text()
    assert card.accessibleName() == "Attention: Hip strength deficit"


def test_plan_is_seeded_from_the_findings_and_editable(qtbot: Any) -> None:
    page = summary(qtbot, example_answers())
    assert page.assessment is not None
    ids = [p["id"] for p in page.plan()]
    assert ids == list(page.assessment.plan)
    editor = page.plan_editor
    with qtbot.waitSignal(page.planChanged):
        editor.table.item(0, 2).setText("10 min, read once")
    editor.table.item(0, 3).setText("Bring questions")
    assert page.plan()[0] == {"id": ids[0], "dose": "10 min, read once", "note": "Bring questions"}
    # Remove with the keyboard.
    editor.table.setCurrentCell(1, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert ids[1] not in [p["id"] for p in page.plan()]
    # Add from the library.
    editor.add_combo.setCurrentIndex(editor.add_combo.findData(ids[1]))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert page.plan()[-1] == {"id": ids[1], "dose": "", "note": ""}
    # An edited plan is kept when the answers change; reset brings the suggestion back.
    page.set_answers(Answers(example_answers()))
    assert page.plan()[-1]["id"] == ids[1]
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert [p["id"] for p in page.plan()] == ids
    assert page.plan()[0]["dose"] == "10 min, read once"


def test_red_flag_summary_has_no_plan(qtbot: Any) -> None:
    page = summary(qtbot, {**example_answers(), "red_flags.night_pain": True})
    assert page.plan() == []
    assert page.banner.isVisibleTo(page)
    assert "Constant, night or rest pain" in page.banner.detail.text()


def test_wizard_summary_follows_the_answers(qtbot: Any) -> None:
    answers = example_answers()
    del answers["kujala.limp"]
    wizard, _ = make_wizard(qtbot, answers)
    wizard.set_section(wizard.section_count)
    assert "Limp" in wizard.summary.kujala.text()
    wizard.set_section(3)
    qtbot.mouseClick(wizard.findChild(QWidget, "kujala.limp.none"), Qt.MouseButton.LeftButton)
    wizard.set_section(wizard.section_count)
    assert "74</span> / 100" in wizard.summary.kujala.text()
    assert wizard.plan() == wizard.summary.plan()


def test_saved_plan_is_restored(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, example_answers(), read_only=True)
    wizard.set_plan([{"id": "wall_sit", "dose": "5 x 45 s", "note": ""}])
    wizard.set_section(wizard.section_count)
    assert wizard.plan() == [{"id": "wall_sit", "dose": "5 x 45 s", "note": ""}]
    assert not wizard.summary.sign_button.isVisibleTo(wizard.summary)
    assert not wizard.summary.plan_editor.add_button.isVisibleTo(wizard.summary)
