"""Shared set-up for the settings dialog tests: a signed-in store, the open dialog, input helpers.

Each test module makes its own `store` and `dialog` fixtures from `signed_in_store` and
`open_dialog`. That `store` stands in for the one in conftest.py: it is signed in as the
administrator 'ana' and has no clinic name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.store.clinicians import Role
from kneedesk.store.store import Store

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "correct horse battery"


def signed_in_store(tmp_path: Path) -> Iterator[Store]:
    """Each module's `store` fixture: a new clinic, signed in as 'ana'."""
    opened = Store.open(tmp_path / "clinic.kneedesk", hasher=FAST_HASHER)
    opened.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    opened.accounts.create("ben", "Ben Ode", PASSWORD)
    opened.sign_in("ana", PASSWORD)
    yield opened
    opened.close()


def open_dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))


def shown(label: QLabel) -> str:
    return label.text() if not label.isHidden() else ""


def retype(qtbot: QtBot, widget, text: str) -> None:  # noqa: ANN001
    widget.selectAll()
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(combo, value: str) -> None:  # noqa: ANN001
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def png(width: int, height: int) -> bytes:
    from kneedesk.gui.settings.logo import image_to_png

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f8a"))
    return image_to_png(image)
