"""Restoring from Settings > Backups: the preview of what a backup holds, administrators only,
a backup made in the app restored into an empty installation, and a file that is not a backup
refused.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from backups_helpers import (
    PASSWORD,
    click,
    make_window,
    open_settings,
    open_store,
    use_folder,
    wait_idle,
)
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.backup import verify_database_file
from kneedesk.store.clinicians import Role
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store


def fill_clinic(store: Store) -> None:
    """Patients with signed visits (one with an addendum), a draft and answers of each kind."""
    ana = store.accounts.by_username("ana")
    assert ana is not None
    ana_id = ana.id
    for n in range(4):
        patient = store.patients.create(
            chart_number=f"KD-{n:03d}", given_name="Zoë", family_name=f"Ångström {n}"
        )
        for day in (3, 10, 17):
            visit = store.visits.create_draft(
                patient.id, visit_date=f"2026-10-{day + n:02d}", clinician_id=ana_id
            )
            store.visits.save_answer(visit.id, "body_mass", "whole", 60.5 + n)
            store.visits.save_answer(visit.id, "hip.abduction_force", "left", 180.0 + day)
            store.visits.save_answer(visit.id, "hip.abduction_force", "right", 150.0 + day)
            store.visits.save_answer(visit.id, "running.cadence", "whole", None, "no treadmill")
            if day < 17:
                store.visits.sign(visit.id, ana_id, [{"id": "f", "n": n}], {"plan": day})
            if day == 3:
                store.signing.add_addendum(visit.id, ana_id, "typo", f"Cadence was {170 + n}.")


def snapshot(store: Store) -> dict[str, Any]:
    """Every patient, visit, answer, signature state and addendum, keyed by stable ids."""
    result: dict[str, Any] = {}
    for patient in store.patients.search(limit=100, include_archived=True):
        for visit in store.visits.for_patient(patient.id):
            result[visit.uid] = {
                "patient": (patient.chart_number, patient.given_name, patient.family_name),
                "date": visit.visit_date,
                "signed": visit.signed,
                "digest": visit.digest,
                "answers": store.visits.answers(visit.id),
                "verify": store.signing.verify(visit.id),
                "addenda": [(a.reason, a.body, a.digest) for a in store.signing.addenda(visit.id)],
            }
    return result


def test_restore_preview_shows_what_the_backup_holds(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    fill_clinic(store)
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    click(qtbot, tab.ui.back_up)
    wait_idle(qtbot, window.backups)
    store.patients.create(chart_number="KD-late", given_name="Late", family_name="Comer")

    tab.ui.table.selectRow(0)
    click(qtbot, tab.ui.restore_chosen)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None)
    preview = tab.preview_dialog
    assert preview is not None
    facts = {key: label.text() for key, label in preview.facts.items()}
    assert facts["clinic"] == "Riverside Sports Clinic"
    assert facts["patients"] == "4"
    assert facts["visits"] == "12 (8 signed, 4 drafts)"
    assert facts["newest"] == "20 Oct 2026"
    assert facts["file"] == tab.backups()[0].path.name
    assert "KneeDesk holds 5 patients" in preview.comparison.text()
    assert "1 fewer patients" in preview.comparison.text()
    assert not preview.restore_button.isEnabled()
    preview.confirm.setText("restore")
    assert preview.restore_button.isEnabled()
    click(qtbot, preview.buttons.button(preview.buttons.StandardButton.Cancel))
    assert store.patients.count() == 5


def test_only_an_administrator_can_restore(
    qtbot: QtBot, store: Store, login: Callable[..., None]
) -> None:
    window = make_window(qtbot, store)
    login(window, "ben")
    dialog = open_settings(qtbot, window)
    tab = dialog.backups
    assert not tab.ui.restore_other.isEnabled()
    assert not tab.ui.restore_chosen.isEnabled()
    assert "Only an administrator" in tab.ui.restore_note.text()
    assert tab.ui.back_up.isEnabled()  # anyone may back up
    assert tab.ui.folder.isReadOnly()
    assert not tab.ui.choose.isEnabled()
    assert not tab.ui.keep.isEnabled()
    assert not tab.ui.automatic.isEnabled()
    assert "Only an administrator can change the backup folder" in tab.ui.folder_note.text()
    click(qtbot, tab.ui.back_up)
    wait_idle(qtbot, window.backups)
    assert tab.ui.table.rowCount() == 1


def test_a_backup_made_in_the_app_restores_into_an_empty_installation(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path, login: Callable[..., None]
) -> None:
    fill_clinic(store)
    expected = snapshot(store)
    assert sum(v["verify"] is SignatureStatus.OK for v in expected.values()) == 8
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = open_settings(qtbot, window)
    use_folder(dialog, usb)
    click(qtbot, dialog.backups.ui.back_up)
    wait_idle(qtbot, window.backups)
    (backup,) = usb.iterdir()
    dialog.close()

    # A new computer: KneeDesk set up from scratch with its own administrator.
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    fresh = open_store(new_pc / "kneedesk.sqlite3")
    try:
        fresh.accounts.create("admin", "New Admin", PASSWORD, Role.ADMIN)
        fresh_window = make_window(qtbot, fresh)
        login(fresh_window, "admin")
        patient = fresh.patients.create(chart_number="X-1", given_name="Only", family_name="Here")
        fresh_window.show_patient(patient.id)
        fresh_window.record.wait_until_loaded()
        fresh_window.record.new_button.click()  # a visit open while restoring
        assert fresh_window.work.currentWidget() is fresh_window.visit

        settings = open_settings(qtbot, fresh_window, choose_backup_file=lambda _start: str(backup))
        tab = settings.backups
        click(qtbot, tab.ui.restore_other)
        qtbot.waitUntil(lambda: tab.preview_dialog is not None)
        preview = tab.preview_dialog
        assert preview is not None
        assert preview.facts["patients"].text() == "4"
        qtbot.keyClicks(preview.confirm, "RESTORE")
        click(qtbot, preview.restore_button)

        assert not settings.isVisible()  # closed without saving anything it showed
        assert fresh.current is None
        assert fresh_window.front.currentWidget() is fresh_window.login
        assert fresh_window.visit.visit is None
        assert snapshot(fresh) == expected
        kept = list(new_pc.glob("kneedesk.before-restore-*.sqlite3"))
        assert len(kept) == 1
        assert verify_database_file(kept[0]).counts["patients"] == 1

        login(fresh_window, "ana")  # the backup's accounts now
        assert fresh_window.front.currentWidget() is fresh_window.work
        assert fresh_window.patients.model.rowCount() == 4
        fresh_window.close()
    finally:
        fresh.close()

    with open_store(new_pc / "kneedesk.sqlite3") as reopened:
        assert snapshot(reopened) == expected
        assert reopened.audit.verify_chain().ok
        restore_row = reopened.audit.entries(limit=5)
        assert any(e.action == "restore" and e.detail["by"] == "admin" for e in restore_row)


def test_restore_refuses_a_file_that_is_not_a_backup(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.kneedesk-backup"
    bogus.write_text("not a database")
    dialog = open_settings(qtbot, window, choose_backup_file=lambda _start: str(bogus))
    tab = dialog.backups
    click(qtbot, tab.ui.restore_other)
    qtbot.waitUntil(lambda: not tab.ui.restore_error.isHidden())
    assert tab.preview_dialog is None
    assert tab.ui.restore_error.text().startswith("Not restored.")
    assert store.current is not None
