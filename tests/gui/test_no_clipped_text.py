"""Every dialog and screen of a clinician's first hour, on a 1366 x 768 laptop with a long
clinic name and its error showing: each fits on the screen and shows every text whole, and
no two texts or fields touch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import clinician_views as views
import pytest
from clipping import assert_fits
from conftest import PASSWORD, fast_hasher
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneedesk.store.store import Store


@pytest.fixture
def signed_in(store: Store) -> Store:
    store.sign_in("ana", PASSWORD)
    return store


@pytest.fixture
def new_clinic(tmp_path: Path) -> Iterator[Store]:
    """A database that has never been set up, as on first run."""
    opened = Store.open(tmp_path / "new.kneedesk", hasher=fast_hasher())
    yield opened
    opened.close()


def test_login_screen(qtbot: QtBot, styled: QApplication, store: Store) -> None:
    assert_fits(views.open_login(qtbot, store))


def test_lock_screen(qtbot: QtBot, styled: QApplication, store: Store) -> None:
    assert_fits(views.open_lock(qtbot, store))


@pytest.mark.parametrize("store_fails", [False, True], ids=["fields", "disk-full"])
def test_clinic_set_up(
    qtbot: QtBot, styled: QApplication, new_clinic: Store, store_fails: bool
) -> None:
    assert_fits(views.open_setup(qtbot, new_clinic, store_fails=store_fails))


@pytest.mark.parametrize("reset", [False, True], ids=["add", "reset-password"])
@pytest.mark.parametrize("store_fails", [False, True], ids=["fields", "disk-full"])
def test_account_dialog(
    qtbot: QtBot, styled: QApplication, signed_in: Store, reset: bool, store_fails: bool
) -> None:
    assert_fits(views.open_account(qtbot, signed_in, reset=reset, store_fails=store_fails))


def test_every_settings_tab(qtbot: QtBot, styled: QApplication, signed_in: Store) -> None:
    assert_fits(views.open_settings(qtbot, signed_in))


def test_addendum_dialog(qtbot: QtBot, styled: QApplication) -> None:
    assert_fits(views.open_addendum(qtbot))


def test_restore_preview(qtbot: QtBot, styled: QApplication, tmp_path: Path) -> None:
    assert_fits(views.open_restore_preview(qtbot, tmp_path))


def test_print_progress(qtbot: QtBot, styled: QApplication) -> None:
    assert_fits(views.open_print_progress(qtbot))


def test_not_tested_form(qtbot: QtBot, styled: QApplication) -> None:
    assert_fits(views.open_not_tested(qtbot))


def test_patient_record_tabs(qtbot: QtBot, styled: QApplication, store: Store) -> None:
    assert_fits(views.open_record(qtbot, store))
