"""First run: the clinic and its first administrator, typed in and checked at each field."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from kneedesk.gui.setup_dialog import ClinicSetupDialog
from kneedesk.store.clinic_settings import SettingKey, read_clinic_settings
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import DiskFullError, LoginFailedError
from kneedesk.store.store import Store

# Hashing with the real parameters is checked in the store tests; here it only costs time.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "knee over toes 42"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "clinic.kneedesk", hasher=FAST_HASHER)
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> ClinicSetupDialog:
    widget = ClinicSetupDialog(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click_ok(qtbot: QtBot, dialog: ClinicSetupDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def shown(label: QLabel) -> str:
    """The label's text if it is showing, else ""."""
    return label.text() if not label.isHidden() else ""


def retype(qtbot: QtBot, widget, text: str) -> None:  # noqa: ANN001
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(dialog: ClinicSetupDialog, combo_name: str, value: str) -> None:
    combo = getattr(dialog.ui, combo_name)
    combo.setCurrentIndex(combo.findData(value))


def test_first_run_checks_each_field_then_stores_clinic_and_admin(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store
) -> None:
    ui = dialog.ui
    # Someone else's account already uses the name we will try first.
    store.accounts.create("maria", "Maria Other", PASSWORD)

    qtbot.keyClicks(ui.address, "12 Mill Lane")
    qtbot.keyClick(ui.address, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.address, "Riverside")
    qtbot.keyClicks(ui.phone, "01632 960 123")
    qtbot.keyClicks(ui.displayName, "Ana Ruiz")
    qtbot.keyClicks(ui.username, "Maria")
    qtbot.keyClicks(ui.password, "short")
    qtbot.keyClicks(ui.confirm, "shorts")
    click_ok(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "clinic's name" in shown(ui.clinicNameError)
    assert ui.clinicName.property("invalid") is True
    assert "already taken" in shown(ui.usernameError)
    assert "Maria Other" in shown(ui.usernameError)
    assert "at least 10" in shown(ui.passwordError)
    assert "differ" in shown(ui.confirmError)
    assert shown(ui.displayNameError) == ""
    assert ui.clinicName.hasFocus()
    assert not store.settings.get(SettingKey.CLINIC, {})
    assert len(store.accounts.accounts()) == 1

    qtbot.keyClicks(ui.clinicName, "Riverside Sports Physio")
    retype(qtbot, ui.username, "ana")
    retype(qtbot, ui.password, PASSWORD)
    # A problem shown at a field goes away as soon as it is fixed.
    assert shown(ui.passwordError) == ""
    assert "differ" in shown(ui.confirmError)
    retype(qtbot, ui.confirm, PASSWORD)
    assert shown(ui.confirmError) == ""
    choose(dialog, "units", "us")
    choose(dialog, "paper", "letter")
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    for label in (ui.clinicNameError, ui.usernameError, ui.passwordError, ui.confirmError):
        assert shown(label) == ""
    assert store.settings.get(SettingKey.CLINIC, {}) == {
        "name": "Riverside Sports Physio",
        "address": "12 Mill Lane\nRiverside",
        "phone": "01632 960 123",
    }
    assert store.settings.read().units.system == "us"
    assert store.settings.read().paper == "letter"
    admin = store.accounts.by_username("ana")
    assert admin is not None
    assert admin.role is Role.ADMIN
    assert admin.display_name == "Ana Ruiz"
    assert dialog.clinician == admin
    assert store.current == admin
    assert store.sign_in("ana", PASSWORD).id == admin.id


def test_empty_form_names_every_required_field(qtbot: QtBot, dialog: ClinicSetupDialog) -> None:
    click_ok(qtbot, dialog)
    assert set(dialog.problems()) == {"name", "display_name", "username", "password"}
    assert "full name" in shown(dialog.ui.displayNameError)
    assert "user name" in shown(dialog.ui.usernameError)


def test_taken_username_is_shown_when_leaving_the_field(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store
) -> None:
    store.accounts.create("ana", "Ana Ruiz", PASSWORD)
    qtbot.keyClicks(dialog.ui.username, "ANA")
    dialog.ui.username.editingFinished.emit()
    assert "already taken" in shown(dialog.ui.usernameError)


def fill_valid(qtbot: QtBot, dialog: ClinicSetupDialog) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.clinicName, "Riverside")
    qtbot.keyClicks(ui.displayName, "Ana Ruiz")
    qtbot.keyClicks(ui.username, "ana")
    qtbot.keyClicks(ui.password, PASSWORD)
    qtbot.keyClicks(ui.confirm, PASSWORD)


def test_store_error_saves_nothing_and_says_what_to_do(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise DiskFullError("KneeDesk could not add the account: the disk is full.", "Free space.")

    monkeypatch.setattr(store.accounts, "create", full)
    fill_valid(qtbot, dialog)
    click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "disk is full" in shown(dialog.ui.formError)
    assert "Free space." in shown(dialog.ui.formError)
    # The clinic settings were written in the same transaction, so they are gone too.
    assert store.settings.get(SettingKey.CLINIC, {}) == {}
    assert store.current is None


def test_a_password_built_on_the_clinic_name_typed_is_shown_at_the_password_field(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store
) -> None:
    fill_valid(qtbot, dialog)  # clinic "Riverside"
    retype(qtbot, dialog.ui.password, "Riverside 2026")
    retype(qtbot, dialog.ui.confirm, "Riverside 2026")
    click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "built on the clinic's name" in shown(dialog.ui.passwordError)
    assert "Add words of your own" in shown(dialog.ui.passwordError)
    assert dialog.ui.password.hasFocus()
    assert not store.accounts.has_accounts()


def test_the_store_refusing_the_password_shows_its_message_at_the_password_field(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store has the last word: a rule the form does not check shows at the field too.
    monkeypatch.setattr(dialog.account, "problem", lambda _field: None)
    fill_valid(qtbot, dialog)
    retype(qtbot, dialog.ui.password, "password123")
    retype(qtbot, dialog.ui.confirm, "password123")
    click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "one of the most common passwords" in shown(dialog.ui.passwordError)
    assert shown(dialog.ui.formError) == ""
    assert shown(dialog.ui.usernameError) == ""
    assert not store.accounts.has_accounts()


def test_cancel_stores_nothing(qtbot: QtBot, dialog: ClinicSetupDialog, store: Store) -> None:
    fill_valid(qtbot, dialog)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not store.accounts.has_accounts()
    assert store.settings.all() == {}


def make_image(path: Path, width: int, height: int, fmt: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f8a"))
    assert image.save(str(path), fmt)
    return path


def test_logo_is_scaled_to_a_small_png_and_stored_with_the_clinic(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store, tmp_path: Path
) -> None:
    big = make_image(tmp_path / "logo.jpg", 1800, 600, "JPEG")
    assert dialog.clinic.set_logo_from_file(str(big))
    assert dialog.ui.logoPreview.pixmap() is not None
    assert dialog.ui.logoClear.isEnabled()
    fill_valid(qtbot, dialog)
    click_ok(qtbot, dialog)

    png = read_clinic_settings(store.settings).clinic.logo_png
    assert png is not None
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (600, 200)
    assert base64.b64decode(store.settings.get(SettingKey.CLINIC, {})["logo_png"]) == png


def test_logo_can_be_removed(qtbot: QtBot, dialog: ClinicSetupDialog, tmp_path: Path) -> None:
    dialog.clinic.set_logo_from_file(str(make_image(tmp_path / "logo.png", 40, 20)))
    qtbot.mouseClick(dialog.ui.logoClear, Qt.MouseButton.LeftButton)
    assert dialog.clinic.logo_png is None
    assert dialog.clinic.values().logo_png is None
    assert "logo_png" not in dialog.clinic.values().stored()
    assert dialog.ui.logoPreview.text() == "No logo"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"this is not an image", "not an image KneeDesk can read"),
        (b"\0" * (5 * 1024 * 1024 + 1), "under 5 MB"),
    ],
)
def test_unusable_logo_is_refused_at_the_field(
    dialog: ClinicSetupDialog, tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    assert not dialog.clinic.set_logo_from_file(str(bad))
    assert expected in shown(dialog.ui.logoError)
    assert dialog.clinic.logo_png is None


def test_missing_logo_file_is_refused_at_the_field(
    dialog: ClinicSetupDialog, tmp_path: Path
) -> None:
    assert not dialog.clinic.set_logo_from_file(str(tmp_path / "gone.png"))
    assert "cannot open gone.png" in shown(dialog.ui.logoError)


def test_logo_button_uses_the_file_chooser(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    logo = make_image(tmp_path / "logo.png", 100, 50)
    widget = ClinicSetupDialog(store, choose_logo_file=lambda: str(logo))
    qtbot.addWidget(widget)
    qtbot.mouseClick(widget.ui.logoButton, Qt.MouseButton.LeftButton)
    assert widget.clinic.logo_png is not None
    assert widget.ui.logoButton.text() == "Change logo..."


def test_new_admin_can_log_in_after_first_run(
    qtbot: QtBot, dialog: ClinicSetupDialog, store: Store
) -> None:
    fill_valid(qtbot, dialog)
    click_ok(qtbot, dialog)
    store.sign_out()
    with pytest.raises(LoginFailedError):
        store.sign_in("ana", "wrong password")
    assert store.sign_in("ana", PASSWORD).role is Role.ADMIN


def test_the_account_column_reads_from_the_top_like_the_clinic_column(
    qtbot: QtBot, store: Store
) -> None:
    # At the size the dialog opens, the account note and fields sit under the column's title,
    # not spread down its height with gaps between them.
    dialog = ClinicSetupDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    note = ui.accountNote
    assert note.y() - ui.clinicName.y() <= 4
    assert note.height() <= note.heightForWidth(note.width()) + 4, "the note is stretched"
    first_field = ui.displayName.mapTo(ui.accountBox, ui.displayName.rect().topLeft()).y()
    gap = first_field - (note.y() + note.height())
    assert gap <= ui.accountColumn.spacing() + 4, f"{gap} px between the note and the first field"
