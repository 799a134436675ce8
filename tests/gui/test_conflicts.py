"""Two workstations on one clinic server, each with the visit (or the patient) open: the same
field typed at both shows the conflict at the field with both values, and each choice
does what it says; a signature racing an edit is refused and the summary says so.

Each workstation is a Store of its own on the same test database, as two computers are.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pg_fixtures import APP_PASSWORD
from pytestqt.qtbot import QtBot

from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.patients.dialog import PatientDialog
from kneedesk.gui.screen.item_row import ItemRow
from kneedesk.gui.visit.page import VisitPage
from kneedesk.store.accounts import Role
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
# Where the offscreen renders of the conflict are written to be looked at (docs, reviews).
RENDERS = Path(os.environ.get("KNEEDESK_RENDERS", "/tmp/kneedesk-renders"))


@dataclass
class Clinic:
    here: Store  # Ana's workstation
    there: Store  # Ben's workstation
    patient_id: int
    visit_id: int


@pytest.fixture
def clinic(pg_database: ServerSettings) -> Iterator[Clinic]:
    here = Store.open_server(pg_database, APP_PASSWORD, hasher=FAST)
    here.accounts.create(
        username="ana", display_name="Ana Ruiz", password=PASSWORD, role=Role.ADMIN
    )
    here.accounts.create(username="ben", display_name="Ben Ode", password=PASSWORD)
    there = Store.open_server(pg_database, APP_PASSWORD, hasher=FAST)
    here.sign_in("ana", PASSWORD)
    there.sign_in("ben", PASSWORD)
    patient = here.patients.create(
        chart_number="KD-7", given_name="Lou", family_name="Park", birth_date="1990-05-01"
    )
    visit = here.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    yield Clinic(here, there, patient.id, visit.id)
    there.close()
    here.close()


def visit_page(qtbot: QtBot, store: Store, visit_id: int) -> VisitPage:
    page = VisitPage(store, DisplayUnits(), Thresholds())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.open_visit(visit_id)
    return page


def row_of(page: VisitPage, item_id: str) -> ItemRow:
    """The item's row, its section opened."""
    assert page.wizard is not None
    for index, section in enumerate(page.wizard.section_pages):
        if item_id in section.rows:
            page.wizard.set_section(index)
            return section.rows[item_id]
    raise AssertionError(f"{item_id} is on no page")


def type_value(row: ItemRow, text: str, side: str | None = None) -> None:
    editor = row.cells[side].editor
    editor.edit.setText(text)  # type: ignore[attr-defined]
    editor.finish()  # type: ignore[attr-defined]


def render(widget: object, name: str) -> Path:
    RENDERS.mkdir(parents=True, exist_ok=True)
    target = RENDERS / f"{name}.png"
    assert widget.grab().save(str(target))  # type: ignore[attr-defined]
    return target


def test_the_same_answer_typed_at_both_shows_both_values_and_keep_mine_saves_mine(
    qtbot: QtBot, clinic: Clinic, styled: object
) -> None:
    ana = visit_page(qtbot, clinic.here, clinic.visit_id)
    ben = visit_page(qtbot, clinic.there, clinic.visit_id)
    type_value(row_of(ana, "body_mass"), "61")
    assert clinic.here.visits.answers(clinic.visit_id) == {"body_mass": 61.0}

    row = row_of(ben, "body_mass")
    type_value(row, "62.5")
    cell = row.cells[None]
    assert not cell.conflict.isHidden()
    text = cell.conflict.text.text()
    assert "Changed on another workstation by Ana Ruiz" in text
    assert "Stored now: 61 kg" in text
    assert "You typed: 62.5 kg" in text
    assert cell.editor.edit.text() == "62.5"  # type: ignore[attr-defined]  # kept on screen
    assert clinic.there.visits.answers(clinic.visit_id) == {"body_mass": 61.0}  # not replaced
    render(row, "conflict-at-the-field")

    ben.back.click()  # leaving would lose the typed value: the choice comes first
    assert ben.visit is not None
    assert "choose Keep mine or Use theirs" in ben.status.text()

    cell.conflict.keep.click()
    assert cell.conflict.isHidden()
    assert clinic.here.visits.answers(clinic.visit_id) == {"body_mass": 62.5}
    assert ben.wizard is not None
    assert ben.wizard.answers().number("body_mass") == 62.5


def test_use_theirs_shows_the_stored_value_and_the_next_change_saves(
    qtbot: QtBot, clinic: Clinic
) -> None:
    ana = visit_page(qtbot, clinic.here, clinic.visit_id)
    ben = visit_page(qtbot, clinic.there, clinic.visit_id)
    type_value(row_of(ana, "hip.abduction_force"), "180", "left")
    row = row_of(ben, "hip.abduction_force")
    type_value(row, "175", "right")  # the other side: no conflict
    type_value(row, "150", "left")
    cell = row.cells["left"]
    assert not cell.conflict.isHidden()
    assert "Stored now: 180" in cell.conflict.text.text()
    assert "You typed: 150" in cell.conflict.text.text()

    cell.conflict.take.click()
    assert cell.conflict.isHidden()
    assert cell.editor.edit.text() == "180"  # type: ignore[attr-defined]
    assert clinic.there.visits.answers(clinic.visit_id) == {
        "hip.abduction_force": {"left": 180.0, "right": 175.0}
    }
    type_value(row, "181", "left")  # based on the value now shown: saved
    assert cell.conflict.isHidden()
    assert clinic.here.visits.answers(clinic.visit_id)["hip.abduction_force"]["left"] == 181.0


def test_a_signature_racing_an_edit_is_refused_and_the_summary_says_so(
    qtbot: QtBot, clinic: Clinic, styled: object
) -> None:
    ana = visit_page(qtbot, clinic.here, clinic.visit_id)
    type_value(row_of(ana, "body_mass"), "61")
    assert ana.wizard is not None
    ana.wizard.set_section(ana.wizard.section_count)  # the summary Ana checks
    clinic.there.visits.save_answer(clinic.visit_id, "symptom_side", "whole", "left", based_on=0)

    ana.sign_now()
    assert not clinic.here.visits.get(clinic.visit_id).signed
    wizard = ana.wizard
    assert wizard.current_section() == wizard.section_count
    notice = wizard.summary.notice
    assert not notice.isHidden()
    assert "changed on another workstation since you opened the summary" in notice.text()
    assert "check it again before signing" in notice.text()
    assert wizard.answers().choice("symptom_side") == "left"  # the summary shows Ben's change
    render(wizard.summary, "sign-refused-summary")

    ana.sign_now()  # checked again: signed with both
    signed = clinic.here.visits.get(clinic.visit_id)
    assert signed.signed
    assert clinic.here.visits.answers(clinic.visit_id) == {
        "body_mass": 61.0,
        "symptom_side": "left",
    }


def test_patient_details_changed_at_both(qtbot: QtBot, clinic: Clinic, styled: object) -> None:
    ana = PatientDialog(clinic.here.patients, clinic.here.patients.get(clinic.patient_id))
    ben = PatientDialog(clinic.there.patients, clinic.there.patients.get(clinic.patient_id))
    for dialog in (ana, ben):
        qtbot.addWidget(dialog)
        dialog.show()
    ben.ui.givenName.setText("Louise")
    ben.ui.familyName.setText("Parker")
    ben.try_accept()
    assert ben.saved is not None

    ana.ui.familyName.setText("Park-Lee")
    ana.ui.sex.setCurrentIndex(ana.ui.sex.findData("female"))
    ana.try_accept()
    assert ana.saved is None
    note = ana.conflicts["family_name"]
    assert not note.isHidden()
    assert "Ben Ode" in note.text.text()
    assert "Stored now: Parker" in note.text.text()
    assert "You typed: Park-Lee" in note.text.text()
    render(ana, "conflict-patient-dialog")

    note.keep.click()
    assert ana.saved is not None
    stored = clinic.here.patients.get(clinic.patient_id)
    # Ben's given name stays beside Ana's family name and sex.
    assert (stored.given_name, stored.family_name, stored.sex) == ("Louise", "Park-Lee", "female")


def test_use_theirs_in_the_patient_dialog_puts_the_stored_value_in_the_field(
    qtbot: QtBot, clinic: Clinic
) -> None:
    ana = PatientDialog(clinic.here.patients, clinic.here.patients.get(clinic.patient_id))
    qtbot.addWidget(ana)
    ana.show()
    clinic.there.patients.update(clinic.patient_id, chart_number="KD-8")
    ana.ui.chartNumber.setText("KD-9")
    ana.try_accept()
    note = ana.conflicts["chart_number"]
    note.take.click()
    assert note.isHidden()
    assert ana.ui.chartNumber.text() == "KD-8"
    ana.try_accept()
    assert ana.saved is not None
    assert clinic.here.patients.get(clinic.patient_id).chart_number == "KD-8"
