"""Kujala questions fit their answers (Kujala 1993), in the wizard and in the patient's view.

Item 13, "Flexion deficiency", is answered None / Slight / Severe: the question asks how much
bending is limited, not whether the knee bends fully (a yes/no question those answers do not fit).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QLabel, QRadioButton
from screen_fixtures import make_wizard, open_section

from kneedesk.core.protocol import load_protocol
from kneedesk.core.scoring import KUJALA

FLEXION = "kujala.flexion_deficit"
FLEXION_QUESTION = "How much is bending your knee limited?"
KUJALA_IDS = [i.id for i in load_protocol("runners-knee", 1).items_scored_by(KUJALA)]
# A question a patient can answer yes or no; Kujala answers are grades or frequencies.
YES_NO_QUESTION = re.compile(r"^(Do|Does|Can|Could|Has|Have|Is|Are)\b")


def shown_question(wizard: Any, item_id: str) -> str:
    """The question printed in the item's row on the clinician's page."""
    page = open_section(wizard, "outcomes")
    labels = [
        label
        for label in page.rows[item_id].findChildren(QLabel)
        if label.property("role") == "instruction" and label.isVisibleTo(wizard)
    ]
    assert len(labels) == 1, item_id
    return labels[0].text()


def patient_view_at(qtbot: Any, wizard: Any, item_id: str) -> Any:
    open_section(wizard, "outcomes")
    wizard.enter_patient_mode()
    view = wizard.patient_view
    assert view is not None
    view.show_question(KUJALA_IDS.index(item_id))
    assert view.current_item().id == item_id
    return view


def test_item_13_in_the_wizard(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot)
    assert shown_question(wizard, FLEXION) == FLEXION_QUESTION
    answers = [
        b.text()
        for b in wizard.page(wizard.current_section()).rows[FLEXION].findChildren(QRadioButton)
    ]
    assert answers == ["None", "Slight", "Severe"]


def test_item_13_in_the_patient_view(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot)
    view = patient_view_at(qtbot, wizard, FLEXION)
    assert view.question.text() == FLEXION_QUESTION
    assert view.question.isVisible()
    assert [b.text() for b in view.buttons] == ["1   None", "2   Slight", "3   Severe"]


def test_no_kujala_question_asks_for_a_yes_or_no(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot)
    questions = {item_id: shown_question(wizard, item_id) for item_id in KUJALA_IDS}
    for item_id, question in questions.items():
        assert load_protocol("runners-knee", 1).item(item_id).options[0].label not in ("Yes", "No")
        if YES_NO_QUESTION.match(question):
            # Allowed only with the follow-up the graded answers reply to.
            assert re.search(r"\b(how|when)\b", question), f"{item_id}: {question}"
    view = patient_view_at(qtbot, wizard, KUJALA_IDS[0])
    for n, item_id in enumerate(KUJALA_IDS):
        view.show_question(n)
        assert view.question.text() == questions[item_id]
