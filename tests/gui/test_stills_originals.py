"""The clinic's media folder: where "Video or photo…" starts and where a still's original
is found again; a still whose original is gone says so. Open shows a still's angles,
editable on a draft, read-only once signed; a still whose picture was changed says ALTERED."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from clips import make_clip
from conftest import PASSWORD
from kept_stills import fppa_mark, jpeg, make_still
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from stills_fixtures import (
    draft,
    hip_area,
    keep_with_fppa,
    new_patient,
    visit_page,
    wait_for_dialog,
)
from test_lazy_imports import run_script

from kneedesk.gui.background import wait_for_background_work
from kneedesk.gui.screen import still_area
from kneedesk.gui.screen.still_card import StillCard
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.stills import MeasureDialog
from kneedesk.services.signing import sign_visit
from kneedesk.services.stills import keep_still, set_consent
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.store import Store


@pytest.fixture
def signed_in(store: Store) -> Iterator[Store]:
    store.sign_in("ana", PASSWORD)
    yield store
    wait_for_background_work()


def test_the_media_folder_is_chosen_in_settings(
    qtbot: QtBot, signed_in: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "Clinic videos"
    folder.mkdir()
    dialog = SettingsDialog(signed_in, choose_media_folder=lambda start: str(folder))
    qtbot.addWidget(dialog)
    assert dialog.media_folder.folder() == ""
    dialog.media_folder.choose_button.click()
    assert dialog.try_save()
    assert signed_in.settings.read().media_folder == str(folder)
    assert SettingKey.MEDIA_FOLDER.value in dialog.saved_keys


def test_video_or_photo_starts_in_the_media_folder_and_opens_the_file_chosen(
    qtbot: QtBot, signed_in: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Clinic videos"
    folder.mkdir()
    clip = make_clip(folder / "IMG_0500.MOV", frames=8, size=(320, 240))
    signed_in.settings.save_one(SettingKey.MEDIA_FOLDER, str(folder))
    visit = draft(signed_in, new_patient(signed_in))
    set_consent(signed_in, visit, True, 1)
    page = visit_page(qtbot, signed_in, visit)
    area = hip_area(page, "hip.step_down")
    started: list[str] = []

    def ask(_parent: object, start: str) -> str:
        started.append(start)
        return str(clip)

    monkeypatch.setattr(still_area, "ask_for_media_file", ask)
    area.strips["left"].import_button.click()
    assert started == [str(folder)]
    dialog = wait_for_dialog(qtbot, area)
    assert (dialog.item_id, dialog.side) == ("hip.step_down", "left")
    keep_with_fppa(qtbot, dialog)
    qtbot.waitUntil(lambda: len(area.strips["left"].cards) == 1)
    card = area.strips["left"].cards[0]
    # The original is where the clinic keeps it: nothing to say about it.
    wait_for_background_work()
    assert not card.where.isVisibleTo(card)
    assert str(clip) in card.thumb.toolTip()


def test_a_still_whose_original_is_gone_says_so_and_is_kept(
    qtbot: QtBot, signed_in: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "Clinic videos"
    folder.mkdir()
    (folder / "IMG_0412.MOV").write_bytes(b"another video under the same name")
    signed_in.settings.save_one(SettingKey.MEDIA_FOLDER, str(folder))
    visit = draft(signed_in, new_patient(signed_in))
    set_consent(signed_in, visit, True, 1)
    keep_still(signed_in, visit, make_still(fppa_mark(14), sha256="cd" * 32), 1)
    page = visit_page(qtbot, signed_in, visit)
    card = hip_area(page).strips["right"].cards[0]
    wait_for_background_work()
    moved = (
        "The original video (IMG_0412.MOV) is not in the media folder any more; "
        "the still is kept in KneeDesk."
    )
    assert card.where.text() == moved
    assert card.where.isVisibleTo(card)
    assert moved in card.thumb.toolTip()
    assert card.open_button.toolTip() == moved


@pytest.mark.parametrize("signed", [False, True], ids=["draft", "signed"])
def test_open_shows_the_angles_editable_only_on_a_draft(
    qtbot: QtBot, signed_in: Store, signed: bool
) -> None:
    visit = draft(signed_in, new_patient(signed_in))
    set_consent(signed_in, visit, True, 1)
    keep_still(signed_in, visit, make_still(fppa_mark(14)), 1)
    if signed:
        sign_visit(signed_in, visit, 1)
    page = visit_page(qtbot, signed_in, visit)
    hip_area(page).strips["right"].cards[0].open_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, MeasureDialog) and w.isVisible()
                    for w in QApplication.topLevelWidgets())
    )  # fmt: skip
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MeasureDialog))
    try:
        assert dialog.editable is not signed
        assert dialog.measure.marks() == signed_in.stills.for_visit(visit)[0].marks
    finally:
        dialog.close()


def test_a_still_whose_picture_was_changed_says_altered(qtbot: QtBot, signed_in: Store) -> None:
    visit = draft(signed_in, new_patient(signed_in))
    set_consent(signed_in, visit, True, 1)
    kept = keep_still(signed_in, visit, make_still(fppa_mark(14)), 1)
    page = visit_page(qtbot, signed_in, visit)
    strip = hip_area(page).strips["right"]
    assert not strip.cards[0].altered.isVisibleTo(strip)
    # The bytes as read back from a database changed outside KneeDesk.
    changed = dataclasses.replace(kept, jpeg=jpeg(shade=30))
    assert changed.image_sha256 == kept.image_sha256 != hashlib.sha256(changed.jpeg).hexdigest()
    card = StillCard(changed, strip.cards[0].keeper)
    qtbot.addWidget(card)
    card.show()
    assert card.altered.isVisible()
    assert card.altered.text() == "ALTERED"


OPEN_A_VISIT = """
import json, sys
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.visit.page import VisitPage
from kneedesk.store.clinicians import Role
from kneedesk.store.store import Store

store = Store.open(sys.argv[1], hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
store.accounts.create("ana", "Ana Ruiz", "correct horse battery", Role.ADMIN)
store.sign_in("ana", "correct horse battery")
patient = store.patients.create(chart_number="A-1", given_name="Zoë", family_name="Ångström")
visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
app = QApplication(sys.argv[:1])
page = VisitPage(store, DisplayUnits(), Thresholds())
page.open_visit(visit.id)
page.wizard.set_section(next(n for n, s in enumerate(page.wizard.sections) if s.id == "hip"))
print(json.dumps(sorted(sys.modules)))
store.close()
"""


def test_opening_a_visit_does_not_load_the_video_libraries(tmp_path: Path) -> None:
    # PyAV and Pillow load when the first video or photo is opened, not with every visit.
    loaded = set(run_script(OPEN_A_VISIT, tmp_path / "clinic.kneedesk"))
    assert "kneedesk.gui.screen.still_area" in loaded
    assert not {"av", "PIL", "kneedesk.media", "kneedesk.gui.stills"} & loaded


def test_points_moved_in_open_are_saved_and_shown_in_the_strip(
    qtbot: QtBot, signed_in: Store
) -> None:
    visit = draft(signed_in, new_patient(signed_in))
    set_consent(signed_in, visit, True, 1)
    kept = keep_still(signed_in, visit, make_still(fppa_mark(14)), 1)
    page = visit_page(qtbot, signed_in, visit)
    strip = hip_area(page).strips["right"]
    strip.cards[0].open_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, MeasureDialog) and w.isVisible()
                    for w in QApplication.topLevelWidgets())
    )  # fmt: skip
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MeasureDialog))
    knee = dialog.measure.mark_items()[0].handles[1]
    knee.setPos(knee.pos() + QPointF(12, 0))  # the knee further in
    assert dialog.result_still().marks != kept.marks
    dialog.accept()
    stored = signed_in.stills.get(kept.uid)
    assert stored is not None
    assert stored.marks == dialog.result_still().marks
    qtbot.waitUntil(lambda: strip.cards and strip.cards[0].angles.text() != "FPPA 14°")
    assert strip.cards[0].angles.text().startswith("FPPA ")
