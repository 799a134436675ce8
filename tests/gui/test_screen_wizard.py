"""The wizard as a whole: sections, keyboard, required items, red flags, not tested, patients."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from screen_fixtures import example_answers, make_wizard, open_section, section_index


def field(wizard: Any, name: str) -> Any:
    widget = wizard.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_keyboard_moves_between_sections(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot)
    changes: list[int] = []
    wizard.sectionChanged.connect(changes.append)
    assert wizard.current_section() == 0
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_section() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_section() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert wizard.current_section() == 0
    assert changes == [1, 2, 1, 0]
    # The first field of the opened page has the cursor.
    assert QApplication.focusWidget() is field(wizard, "body_mass")


def test_enter_moves_to_the_next_field_and_saves(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    body_mass = field(wizard, "body_mass")
    qtbot.keyClicks(body_mass, "61.5")
    qtbot.keyClick(body_mass, Qt.Key.Key_Return)
    assert sink.value("body_mass") == 61.5
    assert QApplication.focusWidget() is field(wizard, "height")
    qtbot.keyClick(field(wizard, "height"), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is field(wizard, "leg_length.left")
    qtbot.keyClicks(field(wizard, "leg_length.left"), "88")
    qtbot.keyClick(field(wizard, "leg_length.left"), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is field(wizard, "leg_length.right")
    qtbot.keyClick(field(wizard, "leg_length.right"), Qt.Key.Key_Return)
    choice = QApplication.focusWidget()
    assert choice is field(wizard, "symptom_side.left")
    qtbot.keyClick(choice, Qt.Key.Key_Space)
    assert sink.value("symptom_side") == "left"
    qtbot.keyClick(choice, Qt.Key.Key_Return)  # last field: on to "Next"
    assert QApplication.focusWidget() is wizard.next_button
    qtbot.keyClick(wizard.next_button, Qt.Key.Key_Return)
    assert wizard.current_section() == 1


def test_tab_order_follows_the_page(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot)
    order = []
    for _ in range(6):
        widget = QApplication.focusWidget()
        order.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    # Value to value: the "Not tested…" and "How to perform" links are not Tab stops.
    assert order[:4] == ["body_mass", "height", "leg_length.left", "leg_length.right"]


def test_required_items_are_listed_on_leaving_a_section(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, {"body_mass": 70.0})
    open_section(wizard, "history")
    assert wizard.leave_notice.isVisibleTo(wizard)
    assert "Painful side" in wizard.leave_text.text()
    page = wizard.page(0)
    assert page.notice.isVisibleTo(page)
    assert "Painful side" in page.notice.text()
    assert page.rows["symptom_side"].property("missing") is True
    assert page.rows["body_mass"].property("missing") is not True
    # Not a trap: the user is on the new page and can go back from the notice.
    assert wizard.current_section() == 1
    click(qtbot, field(wizard, "leave_notice_back"))
    assert wizard.current_section() == 0
    click(qtbot, field(wizard, "symptom_side.both"))
    assert page.rows["symptom_side"].property("missing") is False


def test_section_states_in_the_list(qtbot: Any) -> None:
    answers = {k: v for k, v in example_answers().items() if not k.startswith("running.")}
    answers.pop("history.duration_weeks")
    wizard, _ = make_wizard(
        qtbot, answers, {"running.cadence": "No treadmill", "running.speed": "No treadmill"}
    )
    statuses = [wizard.section_list.status_text(n) for n in range(wizard.section_count)]
    assert statuses[0] == "done"
    assert statuses[1] == "partly done"
    assert statuses[section_index(wizard, "running")] == "skipped"
    wizard2, _ = make_wizard(qtbot)
    assert wizard2.section_list.status_text(0) == "not started"
    click(qtbot, field(wizard2, "symptom_side.left"))
    assert wizard2.section_list.status_text(0) == "partly done"
    assert "Section 1 of 8 · 1 of 4 items here" in wizard2.progress.text()


def test_resume_opens_the_first_unfinished_section(qtbot: Any) -> None:
    answers = {
        k: v
        for k, v in example_answers().items()
        if not k.startswith(("hip.", "knee.", "balance", "ankle", "running"))
    }
    wizard, _ = make_wizard(qtbot, answers)
    assert wizard.current_section() == section_index(wizard, "hip")


def test_red_flag_banner_on_every_page(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, example_answers())
    flags: list[bool] = []
    wizard.redFlagChanged.connect(flags.append)
    open_section(wizard, "red_flags")
    assert not wizard.banner.isVisibleTo(wizard)
    click(qtbot, field(wizard, "red_flags.locking.yes"))
    assert sink.value("red_flags.locking") is True
    assert flags == [True]
    for index in range(wizard.section_count + 1):
        wizard.set_section(index)
        assert wizard.banner.isVisibleTo(wizard)
        assert "True locking" in wizard.banner.detail.text()
    assert wizard.summary.banner.isVisibleTo(wizard.summary)
    open_section(wizard, "red_flags")
    click(qtbot, field(wizard, "red_flags.locking.no"))
    assert flags == [True, False]
    assert not wizard.banner.isVisibleTo(wizard)


def test_not_tested_with_a_reason(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, {"hip.side_plank": {"left": 40.0, "right": None}})
    open_section(wizard, "hip")
    click(qtbot, field(wizard, "hip.side_plank.not_tested"))
    side = field(wizard, "hip.side_plank.not_tested_side")
    assert isinstance(side, QComboBox)
    side.setCurrentIndex(side.findData("right"))
    reason = field(wizard, "hip.side_plank.not_tested_reason")
    line = reason.lineEdit()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "Shoulder pain")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert sink.not_tested == {"hip.side_plank:right": "Shoulder pain"}
    assert sink.value("hip.side_plank", "left") == 40.0
    assert wizard.not_tested() == {"hip.side_plank:right": "Shoulder pain"}
    assert not field(wizard, "hip.side_plank.right").isVisibleTo(wizard)
    click(qtbot, field(wizard, "hip.side_plank.right.undo_not_tested"))
    assert sink.not_tested == {}
    assert field(wizard, "hip.side_plank.right").isVisibleTo(wizard)


def test_whole_item_not_tested_needs_a_reason_and_clears_the_value(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, {"height": 170.0})
    click(qtbot, field(wizard, "height.not_tested"))
    click(qtbot, field(wizard, "height.not_tested_confirm"))
    assert sink.not_tested == {}  # no reason, nothing marked
    field(wizard, "height.not_tested_reason").setCurrentText("Patient declined")
    click(qtbot, field(wizard, "height.not_tested_confirm"))
    assert sink.not_tested == {"height": "Patient declined"}
    assert "height" not in sink.answers
    assert (
        wizard.page(0).rows["height"].cells[None].note_text.text() == "Not tested: Patient declined"
    )


def test_painful_side_is_marked_on_per_side_items(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot)
    row = wizard.page(0).rows["leg_length"]
    click(qtbot, field(wizard, "symptom_side.right"))
    assert "painful" in row.cells["right"].caption.text()
    assert "painful" not in row.cells["left"].caption.text()
    click(qtbot, field(wizard, "symptom_side.both"))
    assert "painful" in row.cells["left"].caption.text()


def test_kujala_patient_mode_round_trip(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot, {"body_mass": 60.0})
    page = open_section(wizard, "outcomes")
    click(qtbot, field(wizard, "patient_mode_button"))
    view = wizard.patient_view
    assert view is not None
    assert wizard.modes.currentWidget() is view
    assert not wizard.section_list.isVisible()
    assert view.question.text() == "How much do you limp when you walk?"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_2)  # "Slight or periodical"
    assert sink.value("kujala.limp") == "slight_or_periodic"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    assert view.current_item().id == "kujala.support"
    click(qtbot, view.findChild(QWidget, "kujala.support.painful"))
    assert sink.value("kujala.support") == "painful"
    click(qtbot, view.hand_back)
    assert wizard.patient_view is None
    assert wizard.modes.currentWidget() is wizard.clinician
    assert wizard.current_section() == section_index(wizard, "outcomes")
    assert page.rows["kujala.limp"].cells[None].editor.read().value == "slight_or_periodic"
    assert field(wizard, "kujala.support.painful").isChecked()


def test_patient_mode_resumes_at_the_first_unanswered_question(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, {"kujala.limp": "none", "kujala.support": "painful"})
    wizard.enter_patient_mode()
    assert wizard.patient_view is not None
    assert wizard.patient_view.current_item().id == "kujala.walking"
    for _ in range(11):
        click(qtbot, wizard.patient_view.next_button)
    assert "Thank you" in wizard.patient_view.question.text()
    click(qtbot, wizard.patient_view.hand_back)
    assert wizard.patient_view is None


def test_answers_changed_and_finish(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, example_answers())
    with qtbot.waitSignal(wizard.answersChanged):
        click(qtbot, field(wizard, "symptom_side.left"))
    wizard.set_section(wizard.section_count)
    with qtbot.waitSignal(wizard.finishRequested):
        click(qtbot, wizard.summary.sign_button)
    with qtbot.waitSignal(wizard.finishRequested):
        click(qtbot, wizard.next_button)
