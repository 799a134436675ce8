"""The patient record as a clinician first meets it: a new patient has no visits yet."""

from __future__ import annotations

import clinician_views as views
from PySide6.QtWidgets import QApplication, QGridLayout
from pytestqt.qtbot import QtBot

from kneedesk.store.store import Store


def test_a_patient_without_visits_says_how_to_start_the_first_screen(
    qtbot: QtBot, styled: QApplication, store: Store
) -> None:
    window = views.open_record(qtbot, store)
    page = window.record
    assert not page.history.isVisible()
    assert page.no_visits.isVisible()
    assert "New screen (Ctrl+Shift+N)" in page.no_visits.text()


def test_the_detail_rows_sit_together_whatever_the_buttons_beside_them(
    qtbot: QtBot, styled: QApplication, store: Store
) -> None:
    window = views.open_record(qtbot, store)
    QApplication.processEvents()
    rows = [window.record.details[key] for key in ("chart", "birth", "sex")]
    card = rows[0].parentWidget()
    assert card is not None
    grid = card.layout()
    assert isinstance(grid, QGridLayout)
    pitch = max(label.sizeHint().height() for label in rows) + grid.verticalSpacing()
    tops = [label.mapTo(window, label.rect().topLeft()).y() for label in rows]
    assert [tops[1] - tops[0], tops[2] - tops[1]] == [pitch, pitch], tops


def test_nothing_moves_when_the_visits_arrive(
    qtbot: QtBot, styled: QApplication, store: Store
) -> None:
    window = views.open_record(qtbot, store)
    page = window.record
    other = store.patients.create(chart_number="N-2", given_name="Noa", family_name="Lind")
    for day in ("2026-10-01", "2026-10-22"):
        store.visits.create_draft(other.id, visit_date=day)

    def places() -> list[tuple[int, int, int]]:
        """Where each part starts and how tall it is (a text may widen its own label)."""
        QApplication.processEvents()
        parts = (page.name, *page.details.values(), page.tabs, page.history, page.new_button)
        return [(*w.mapTo(window, w.rect().topLeft()).toTuple(), w.height()) for w in parts]

    page.show_patient(other.id, name="Noa Lind")
    assert page.loading
    loading = places()
    assert page.wait_until_loaded()
    assert page.history.rowCount() == 2
    assert places() == loading
