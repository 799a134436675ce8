"""Each clinician's language: chosen in Settings, kept with the account, spoken from sign-in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kneedesk.core.i18n import current_language
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.store import Store

PASSWORD = "correct horse battery"  # the conftest store's accounts use it
PLACEHOLDER_EN = "Search by name, chart number or date of birth  (Ctrl+F)"


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def save(dialog: SettingsDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_language_tab_keeps_my_language_and_the_clinics_handout_language(
    qtbot: QtBot, store: Store
) -> None:
    me = store.sign_in("ana", PASSWORD)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    tab = dialog.language
    assert [tab.mine.itemText(i) for i in range(tab.mine.count())] == [
        "Same as this computer (English)",
        "English",
        "Español",
        "Français",
        "Deutsch",
    ]
    assert (tab.my_language(), tab.handout_language()) == (None, "en")
    choose(tab.mine, "es")
    choose(tab.handouts, "de")
    save(dialog)
    assert store.accounts.get(me.id).language == "es"
    assert store.settings.read().handout_language == "de"
    assert SettingKey.HANDOUT_LANGUAGE.value in dialog.saved_keys
    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert (again.language.my_language(), again.language.handout_language()) == ("es", "de")


def test_only_an_administrator_sets_the_clinics_handout_language(
    qtbot: QtBot, store: Store
) -> None:
    ben = store.sign_in("ben", PASSWORD)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.language.handouts.isEnabled()
    choose(dialog.language.mine, "fr")  # his own language he may choose
    save(dialog)
    assert store.accounts.get(ben.id).language == "fr"
    assert store.settings.read().handout_language == "en"


def test_a_clinician_works_in_their_language_from_sign_in(qtbot: QtBot, store: Store) -> None:
    ana = store.accounts.by_username("ana")
    assert ana is not None
    store.accounts.set_language(ana.id, "es")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.act_patients.text() == "Patients"  # the sign-in screen: the computer's
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText(PASSWORD)
    window.login.attempt()
    assert window.front.currentWidget() is window.work
    assert window.act_patients.text() == "Pacientes"
    assert window.act_lock.toolTip() == "Bloquear (Ctrl+L)"
    assert window.who.text() == "Ana Ruiz (administrador)" or "Ana Ruiz (" in window.who.text()
    assert current_language() == "es"  # findings and labels from core too
    # The patient list was made while the sign-in screen showed: it is made again in Spanish.
    assert window.patients.isVisible()
    assert window.patients.search.placeholderText() != PLACEHOLDER_EN
    # Another clinician signs in at the lock screen: back to the computer's language.
    window.logout()
    window.login.ui.username.setText("ben")
    window.login.ui.password.setText(PASSWORD)
    window.login.attempt()
    assert window.act_patients.text() == "Patients"
    assert current_language() == "en"
