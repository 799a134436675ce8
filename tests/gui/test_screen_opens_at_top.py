"""A screen opened from the record starts at its first section's heading, not part-way down."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.store import Store


def test_a_new_screen_opens_at_the_heading_of_its_first_section(
    qtbot: QtBot, styled: QApplication, window: MainWindow, store: Store
) -> None:
    """With the app's stylesheet, as a clinician sees it."""
    patient = store.patients.create(chart_number="C-1", given_name="Leo", family_name="Park")
    window.resize(1366, 768)
    window.show_patient(patient.id)
    window.record.wait_until_loaded()
    window.record.new_button.click()
    wizard = window.visit.wizard
    assert wizard is not None
    page = wizard.page(0)
    qtbot.wait(50)  # laid out and painted
    assert page.verticalScrollBar().value() == 0, "the heading and first rows are off the top"
    first = page.first_input()
    assert first is not None
    assert first.hasFocus()
    # Opening a later section by its list entry shows that one from its heading too.
    wizard.section_list.setCurrentRow(2)
    qtbot.wait(50)
    assert wizard.page(2).verticalScrollBar().value() == 0
