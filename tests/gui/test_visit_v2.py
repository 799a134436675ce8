"""A v2 visit in the visit page (signing waits for the units check and for an answer a red
flag rules out, hidden answers are not signed, v1 drafts are labelled and converted), and the
v2 pages hold still and show every text whole at 1366 x 768."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from clipping import app_style, clipped_texts
from layout_helpers import moved, places, report, settle
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from screen_fixtures import make_wizard, open_section
from test_screen_layout_stability import check_each_input

from kneedesk.core.protocol import ProtocolRef, load_protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.visit import convert as convert_module
from kneedesk.gui.visit.page import VisitPage
from kneedesk.store.clinicians import Role
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"
V2 = load_protocol("runners-knee", 2)
FOLLOW_UP = VisitContext(age=14, follow_up=True)  # every v2 section and item shown
V2_SECTIONS = [s.id for s in V2.sections]


@pytest.fixture
def v2_store(tmp_path: Path) -> Iterator[Store]:
    """A clinic opted in to runners-knee v2, signed in as 'ana'."""
    store = Store.open(
        tmp_path / "clinic.kneedesk",
        hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
        newest_protocol=ProtocolRef("runners-knee", 2),
    )
    store.accounts.create(
        username="ana", display_name="Ana Ruiz", password=PASSWORD, role=Role.ADMIN
    )
    store.sign_in("ana", PASSWORD)
    yield store
    store.close()


def visit_page(qtbot: QtBot, store: Store, visit_id: int) -> VisitPage:
    page = VisitPage(store, DisplayUnits(), Thresholds())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_visit(visit_id)
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible())
    return page


def test_signing_waits_for_the_units_of_an_unlikely_bmi(qtbot: QtBot, v2_store: Store) -> None:
    patient = v2_store.patients.create(chart_number="C-1", given_name="Lou", family_name="Park")
    visit = v2_store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    v2_store.visits.save_answer(visit.id, "body_mass", "whole", 30)
    v2_store.visits.save_answer(visit.id, "height", "whole", 180)
    page = visit_page(qtbot, v2_store, visit.id)
    assert page.wizard is not None
    page.wizard.set_section(page.wizard.section_count)  # on the summary
    page.sign()  # no dialog opens: the units come first
    assert page.wizard.current_section() == 0
    confirm = page.findChild(QPushButton, "bmi.confirm_units")
    assert confirm.isVisibleTo(page)
    assert confirm.hasFocus()
    assert page.status.text() == "Confirm the units of Body mass index before signing"
    assert not v2_store.visits.get(visit.id).signed


def test_signing_waits_while_bone_stress_is_not_suspected_with_a_flag_yes(
    qtbot: QtBot, v2_store: Store
) -> None:
    patient = v2_store.patients.create(chart_number="C-1", given_name="Lou", family_name="Park")
    visit = v2_store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    v2_store.visits.save_answer(visit.id, "dx.bone_stress", "whole", "not_suspected")
    v2_store.visits.save_answer(visit.id, "red_flags.bony_tenderness", "whole", True)
    page = visit_page(qtbot, v2_store, visit.id)
    assert page.wizard is not None
    page.wizard.set_section(page.wizard.section_count)
    page.sign()  # no dialog opens: the answer comes first
    assert page.wizard.sections[page.wizard.current_section()].id == "differential"
    assert page.status.text() == (
        "Correct before signing: Bone stress injury (see the note at the field)"
    )
    note = page.findChild(QLabel, "dx.bone_stress.note")
    assert note.isVisibleTo(page)
    assert note.text().startswith("⚠ Not suspected is not allowed")
    assert not v2_store.visits.get(visit.id).signed
    assert v2_store.visits.answers(visit.id)["dx.bone_stress"] == "not_suspected"


def test_answers_not_asked_at_the_patients_age_are_not_signed(
    qtbot: QtBot, v2_store: Store
) -> None:
    adult = v2_store.patients.create(
        chart_number="C-1", given_name="Sam", family_name="Lee", birth_date="1990-05-05"
    )
    visit = v2_store.visits.create_draft(adult.id, visit_date="2026-11-20", clinician_id=1)
    v2_store.visits.save_answer(visit.id, "dx.apophysitis", "whole", "likely")
    v2_store.visits.save_answer(visit.id, "body_mass", "whole", 70)
    page = visit_page(qtbot, v2_store, visit.id)
    assert page.wizard is not None
    assert "dx.apophysitis" not in page.wizard.page(2).rows
    page.sign_now()
    assert v2_store.visits.get(visit.id).signed
    assert v2_store.visits.answers(visit.id) == {"body_mass": 70}


def test_a_v1_draft_is_labelled_and_converted_to_v2(
    qtbot: QtBot, v2_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient = v2_store.patients.create(chart_number="C-1", given_name="Lou", family_name="Park")
    visit = v2_store.visits.create_draft(
        patient.id, visit_date="2026-11-20", clinician_id=1, protocol_version=1
    )
    v2_store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    v2_store.visits.save_answer(visit.id, "red_flags.night_pain", "whole", True)
    page = visit_page(qtbot, v2_store, visit.id)
    assert page.status.text().startswith("Draft · protocol v1 rules")
    assert page.convert_bar.isVisibleTo(page)
    assert page.convert_bar.button.text() == "Convert to v2"
    asked: list[bool] = []
    monkeypatch.setattr(convert_module.QMessageBox, "question", lambda *a: asked.append(True)
                        or convert_module.QMessageBox.StandardButton.No)  # fmt: skip
    page.convert_bar.button.click()
    assert asked == [True]
    assert v2_store.visits.get(visit.id).protocol_version == 2
    assert page.wizard is not None
    assert page.wizard.protocol.version == 2
    assert page.status.text().startswith("Draft - ")
    assert not page.convert_bar.isVisibleTo(page)
    assert v2_store.visits.answers(visit.id) == {"body_mass": 61.5, "red_flags.night_pain": True}


def test_a_signed_v1_visit_offers_no_conversion(qtbot: QtBot, v2_store: Store) -> None:
    patient = v2_store.patients.create(chart_number="C-1", given_name="Lou", family_name="Park")
    visit = v2_store.visits.create_draft(
        patient.id, visit_date="2026-11-20", clinician_id=1, protocol_version=1
    )
    v2_store.visits.sign(visit.id, 1, [], {})
    page = visit_page(qtbot, v2_store, visit.id)
    assert not page.convert_bar.isVisibleTo(page)
    assert page.status.text().startswith("Signed by")


@pytest.mark.parametrize("section_id", V2_SECTIONS)
def test_entering_values_on_v2_pages_moves_nothing(
    qtbot: Any, styled: QApplication, section_id: str
) -> None:
    wizard, sink = make_wizard(qtbot, protocol=V2, context=FOLLOW_UP)
    page = open_section(wizard, section_id)
    settle()
    problems = check_each_input(qtbot, wizard, page, bad=False)
    assert sink.calls, "no value was entered"
    assert not problems, report(problems)


def test_the_units_check_appearing_moves_nothing(qtbot: Any, styled: QApplication) -> None:
    wizard, _ = make_wizard(qtbot, {"height": 180}, protocol=V2, context=FOLLOW_UP)
    page = open_section(wizard, "patient")
    settle()
    before = places(wizard)
    page.rows["body_mass"].cells[None].editor.edit.setText("30")
    page.rows["body_mass"].cells[None].editor.finish()
    settle()
    assert page.rows["bmi"].derived is not None
    assert page.rows["bmi"].derived.waiting()
    assert not moved(before, places(wizard))


@pytest.mark.parametrize("section_id", V2_SECTIONS)
def test_every_text_on_v2_pages_is_shown_whole(qtbot: Any, section_id: str) -> None:
    answers = {"body_mass": 30, "height": 180, "dx.other": "Plica", "symptom_side": "left"}
    with app_style():
        wizard, _ = make_wizard(qtbot, answers, protocol=V2, context=FOLLOW_UP)
        page = open_section(wizard, section_id)
        settle()
        bar = page.verticalScrollBar()
        problems: list[str] = []
        for top in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):  # the whole page
            bar.setValue(top)
            problems += clipped_texts(wizard)  # what is in view, and the section list
        assert sorted(set(problems)) == []
