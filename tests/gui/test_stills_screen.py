"""Stills on the screen: consent, a video dropped on a filmed item's row, the still kept in
the item's strip and in the store, problems said at the item, and a signed visit read-only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from clips import make_audio_only, make_clip, make_unknown_codec, make_video_without_frames
from conftest import PASSWORD
from kept_stills import fppa_mark, make_still
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from screen_fixtures import open_section
from stills_fixtures import (
    SQUAT,
    draft,
    drop_on,
    drop_on_label,
    hip_area,
    keep_with_fppa,
    new_patient,
    visit_page,
    wait_for_dialog,
)

from kneedesk.gui.background import wait_for_background_work
from kneedesk.gui.screen import still_area, still_strip
from kneedesk.gui.screen.still_card import THUMB_HEIGHT, THUMB_WIDTH
from kneedesk.services.signing import sign_visit
from kneedesk.services.stills import keep_still, set_consent
from kneedesk.store.store import Store

NEED_CONSENT = "Tick 'Patient agreed to be filmed' first"


@pytest.fixture
def signed_in(store: Store) -> Iterator[Store]:
    store.sign_in("ana", PASSWORD)
    yield store
    wait_for_background_work()


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    return make_clip(tmp_path / "IMG_0412.MOV", frames=12, size=(320, 240))


def consent_tick(page: object, section: str = "hip") -> QCheckBox:
    tick = page.findChild(QCheckBox, f"section.{section}.consent_tick")  # type: ignore[attr-defined]
    assert isinstance(tick, QCheckBox)
    return tick


def test_without_consent_the_import_is_refused_at_the_item(
    qtbot: QtBot, signed_in: Store, clip: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    page = visit_page(qtbot, store, visit)
    area = hip_area(page)
    asked: list[str] = []
    monkeypatch.setattr(still_area, "ask_for_media_file", lambda *a: asked.append("x") or "")

    area.strips["right"].import_button.click()
    assert asked == []  # no file dialog
    assert area.message.isVisible()
    assert NEED_CONSENT in area.message.text()

    drop_on(area, clip)
    assert area.dialog is None
    assert area.opening is None
    assert NEED_CONSENT in area.message.text()
    assert store.stills.for_visit(visit) == []

    consent_tick(page).click()  # the message asked for this: it goes
    assert not area.message.isVisible()


def test_a_dropped_clip_is_kept_in_the_strip_and_the_store_and_shown_again(
    qtbot: QtBot, signed_in: Store, clip: Path
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    page = visit_page(qtbot, store, visit)
    area = hip_area(page)
    tick = consent_tick(page)
    assert tick.isVisible()
    assert not tick.isChecked()
    tick.click()  # saved at once
    assert store.stills.consent(visit) is not None

    drop_on(area, clip, "right")
    dialog = wait_for_dialog(qtbot, area)
    assert dialog.side == "right"
    assert dialog.item_id == SQUAT
    keep_with_fppa(qtbot, dialog)
    qtbot.waitUntil(lambda: len(area.strips["right"].cards) == 1)

    kept = store.stills.for_visit(visit)
    assert [(s.item_id, s.side, s.source.file_name) for s in kept] == [
        (SQUAT, "right", "IMG_0412.MOV")
    ]
    card = area.strips["right"].cards[0]
    assert card.angles.text().startswith("FPPA ")
    assert card.angles.text().endswith("°")
    assert area.strips["left"].cards == []
    assert not area.message.isVisible()
    # The frame is named as the viewer showed it, and as the summary prints it.
    shown = kept[0].source
    assert f"frame {shown.frame_index} of {shown.frame_count}" in card.thumb.toolTip()
    thumb = card.thumb.pixmap()
    assert not thumb.isNull()
    assert thumb.width() <= THUMB_WIDTH
    assert thumb.height() <= THUMB_HEIGHT

    page.close_visit()
    page.open_visit(visit)
    again = hip_area(page)
    assert [c.still.uid for c in again.strips["right"].cards] == [kept[0].uid]
    assert consent_tick(page).isChecked()


@pytest.mark.parametrize("problem", ["corrupt", "vanished", "huge", "audio", "codec", "no frames"])
def test_a_file_that_cannot_be_opened_is_said_at_the_item_and_nothing_else_changes(
    qtbot: QtBot, signed_in: Store, tmp_path: Path, problem: str
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    store.visits.save_answer(visit, SQUAT, "left", "fair")
    set_consent(store, visit, True, 1)
    page = visit_page(qtbot, store, visit)
    area = hip_area(page)
    path = tmp_path / "IMG_0413.MOV"
    if problem == "corrupt":
        path.write_bytes(b"\x00\x00\x00\x18ftypqt  " + os.urandom(4000))
    elif problem == "vanished":
        pass  # never there (or gone since it was chosen)
    elif problem == "huge":
        with path.open("wb") as sparse:  # 4 GB that costs no disk
            sparse.truncate(4 * 1024**3)
    elif problem == "codec":
        path = make_unknown_codec(tmp_path / "IMG_0414.MOV")
    elif problem == "no frames":
        path = make_video_without_frames(tmp_path / "IMG_0415.MOV")
    else:
        path = make_audio_only(tmp_path / "voice memo.mp4")
    answers = store.visits.answers(visit)

    drop_on(area, path)
    qtbot.waitUntil(lambda: area.opening is None, timeout=15_000)
    assert area.dialog is None
    assert area.message.isVisible()
    assert area.message.text().startswith("⚠ ")
    assert path.name in area.message.text()
    assert QApplication.activeModalWidget() is None  # no message box
    assert store.visits.answers(visit) == answers
    assert page.wizard is not None
    assert page.wizard.answers().value(SQUAT, "left") == "fair"
    assert store.stills.for_visit(visit) == []


def test_a_file_that_is_not_a_video_or_photo_is_refused_at_the_item(
    qtbot: QtBot, signed_in: Store, tmp_path: Path
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    set_consent(store, visit, True, 1)
    page = visit_page(qtbot, store, visit)
    area = hip_area(page)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a video")
    drop_on(area, notes)
    assert area.opening is None
    assert "notes.txt is not a video or photo" in area.message.text()


def test_printing_and_note_are_saved_at_once_and_remove_asks_first(
    qtbot: QtBot, signed_in: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    set_consent(store, visit, True, 1)
    kept = keep_still(store, visit, make_still(fppa_mark(14)), 1)
    page = visit_page(qtbot, store, visit)
    card = hip_area(page).strips["right"].cards[0]
    assert card.angles.text() == "FPPA 14°"
    assert card.hide_face.isChecked()
    assert not card.on_handout.isChecked()

    card.on_handout.click()
    card.hide_face.click()
    card.note.setText("Knee drifts in late")
    card.note.editingFinished.emit()
    stored = store.stills.get(kept.uid)
    assert stored is not None
    assert (stored.on_handout, stored.hide_face, stored.note) == (
        True,
        False,
        "Knee drifts in late",
    )

    answers: list[bool] = [False, True]
    monkeypatch.setattr(still_strip, "confirm_remove", lambda *a: answers.pop(0))
    card.remove_button.click()  # cancelled
    assert store.stills.get(kept.uid) is not None
    card.remove_button.click()
    assert store.stills.get(kept.uid) is None
    assert hip_area(page).strips["right"].cards == []


def test_a_signed_visit_shows_its_stills_read_only(qtbot: QtBot, signed_in: Store) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    set_consent(store, visit, True, 1)
    keep_still(store, visit, make_still(fppa_mark(14)), 1)
    sign_visit(store, visit, 1)
    page = visit_page(qtbot, store, visit)
    area = hip_area(page)
    strip = area.strips["right"]
    card = strip.cards[0]
    assert not strip.import_button.isVisible()
    assert not card.remove_button.isVisible()
    assert not card.on_handout.isEnabled()
    assert not card.hide_face.isEnabled()
    assert card.note.isReadOnly()
    tick = consent_tick(page)
    assert tick.isChecked()
    assert not tick.isEnabled()
    assert card.findChild(QLineEdit) is card.note


def test_a_drop_goes_to_the_side_under_it_and_the_label_column_asks_for_a_side(
    qtbot: QtBot, signed_in: Store, clip: Path
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    set_consent(store, visit, True, 1)
    page = visit_page(qtbot, store, visit)
    area = hip_area(page, "hip.trendelenburg")

    drop_on_label(area, clip)
    assert area.opening is None
    assert "Drop the file on the Left or the Right side" in area.message.text()

    drop_on(area, clip, "left")
    dialog = wait_for_dialog(qtbot, area)
    assert dialog.side == "left"
    dialog.reject()
    qtbot.waitUntil(lambda: area.dialog is None)
    assert store.stills.for_visit(visit) == []


def test_whole_body_items_have_a_strip_per_leg_and_both_sections_share_the_consent(
    qtbot: QtBot, signed_in: Store
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    page = visit_page(qtbot, store, visit)
    assert page.wizard is not None
    running = open_section(page.wizard, "running")
    area = running.stills["running.overstride"]
    captions = [
        label.text() for strip in area.strips.values() for label in strip.findChildren(QLabel)
    ]
    assert "Left leg" in captions
    assert "Right leg" in captions
    consent_tick(page, "running").click()
    assert consent_tick(page, "hip").isChecked()
    assert store.stills.consent(visit) is not None


def test_the_next_visit_in_the_same_pages_shows_its_own_stills_and_consent(
    qtbot: QtBot, signed_in: Store
) -> None:
    store = signed_in
    patient = new_patient(store)
    first = draft(store, patient, "2026-10-01")
    set_consent(store, first, True, 1)
    keep_still(store, first, make_still(fppa_mark(14)), 1)
    second = draft(store, patient, "2026-11-01")
    page = visit_page(qtbot, store, first)
    wizard = page.wizard
    assert len(hip_area(page).strips["right"].cards) == 1
    page.close_visit()
    page.open_visit(second)
    assert page.wizard is wizard  # the kept pages, refilled
    assert hip_area(page).strips["right"].cards == []
    assert not consent_tick(page).isChecked()


def test_ctrl_i_in_a_sides_field_imports_for_that_side(
    qtbot: QtBot, signed_in: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    set_consent(store, visit, True, 1)
    page = visit_page(qtbot, store, visit)
    area = hip_area(page, "hip.trendelenburg")
    sides: list[str] = []
    monkeypatch.setattr(area, "choose_file", sides.append)
    field = area.row.cells["left"].editor.focus_target()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert sides == ["left"]


def test_the_consent_cannot_be_taken_back_while_stills_are_kept(
    qtbot: QtBot, signed_in: Store
) -> None:
    store = signed_in
    visit = draft(store, new_patient(store))
    set_consent(store, visit, True, 1)
    keep_still(store, visit, make_still(fppa_mark(14)), 1)
    page = visit_page(qtbot, store, visit)
    hip_area(page)
    tick = consent_tick(page)
    tick.click()
    assert tick.isChecked()  # as stored
    assert store.stills.consent(visit) is not None
    error = page.findChild(QLabel, "section.hip.consent_error")
    assert error is not None
    assert error.isVisible()
    assert "Remove the stills first" in error.text()
