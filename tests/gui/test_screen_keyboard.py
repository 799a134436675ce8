"""Typing a page from the keyboard: value, Tab, value, Tab... lands each value in its field;
"Not tested" is one shortcut away from the row the cursor is in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QToolButton, QWidget
from screen_fixtures import make_wizard, open_section


def type_and_tab(qtbot: Any, values: list[str]) -> None:
    """Type each value where the cursor is, then press Tab, as a clinician would."""
    for value in values:
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit), (value, focused)
        qtbot.keyClicks(focused, value)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_tab_goes_from_value_to_value_on_the_patient_page(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    page = open_section(wizard, "patient")
    page.focus_first()
    assert QApplication.focusWidget() is wizard.findChild(QLineEdit, "body_mass")
    type_and_tab(qtbot, ["70", "175", "88", "87.5"])
    assert sink.value("body_mass") == 70
    assert sink.value("height") == 175
    assert sink.value("leg_length", "left") == 88
    assert sink.value("leg_length", "right") == 87.5
    assert wizard.not_tested() == {}
    # The next Tab stop is the painful-side question, not a link.
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused.objectName().startswith("symptom_side."), focused.objectName()


def test_tab_through_the_balance_and_ankle_page(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    page = open_section(wizard, "balance")
    page.focus_first()
    values = ["61", "62", "95", "96", "90", "91", "9.5", "10", "22", "24", "3"]
    type_and_tab(qtbot, values)
    saved = [
        sink.value(item_id, side)
        for item_id in (
            "balance.y_anterior",
            "balance.y_posteromedial",
            "balance.y_posterolateral",
            "ankle.knee_to_wall",
            "ankle.calf_raises",
        )
        for side in ("left", "right")
    ] + [sink.value("knee.squat_pain")]
    assert saved == [float(v) if "." in v else int(v) for v in values]


@pytest.mark.parametrize("name", ["leg_length.not_tested", "leg_length.how_to"])
def test_row_links_are_clicked_not_tabbed_to(qtbot: Any, name: str) -> None:
    wizard, _ = make_wizard(qtbot)
    link = wizard.findChild(QToolButton, name)
    assert link is not None
    assert link.focusPolicy() == Qt.FocusPolicy.ClickFocus
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)  # still works with the mouse
    assert link.isChecked() or wizard.findChild(QWidget, "leg_length.not_tested_form").isVisible()


def test_not_tested_shortcut_opens_the_form_of_the_row_with_the_cursor_unless_signed(
    qtbot: Any,
) -> None:
    wizard, sink = make_wizard(qtbot)
    open_section(wizard, "patient")
    button = wizard.findChild(QToolButton, "leg_length.not_tested")
    assert "Ctrl+T" in button.toolTip()
    right = wizard.findChild(QLineEdit, "leg_length.right")
    right.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(right, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = wizard.findChild(QWidget, "leg_length.not_tested_form")
    assert form.isVisible()
    assert not wizard.findChild(QWidget, "body_mass.not_tested_form").isVisible()
    reason = wizard.findChild(QComboBox, "leg_length.not_tested_reason")
    assert reason.lineEdit().hasFocus()
    qtbot.keyClicks(reason.lineEdit(), "Patient declined")
    qtbot.keyClick(reason.lineEdit(), Qt.Key.Key_Return)
    assert sink.not_tested == {"leg_length": "Patient declined"}
    assert not form.isVisible()

    signed, signed_sink = make_wizard(qtbot, {"body_mass": 70}, read_only=True)
    open_section(signed, "patient")
    signed.findChild(QWidget, "leg_length.how_to").setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not signed.findChild(QWidget, "leg_length.not_tested_form").isVisible()
    assert signed_sink.calls == []


def test_escape_closes_the_not_tested_form_and_returns_to_the_field(qtbot: Any) -> None:
    wizard, sink = make_wizard(qtbot)
    open_section(wizard, "patient")
    body_mass = wizard.findChild(QLineEdit, "body_mass")
    body_mass.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(body_mass, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = wizard.findChild(QWidget, "body_mass.not_tested_form")
    assert form.isVisible()
    # Escape as the keyboard sends it: a shortcut override first, then the key press.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert sink.not_tested == {}
