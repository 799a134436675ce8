"""Keyboard focus on check boxes and radio buttons shows: a 2 px outline in the accent colour."""

from __future__ import annotations

from typing import Any

import pytest
from layout_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from screen_fixtures import make_wizard, open_section, use_app_stylesheet

from kneedesk.gui.theme import LIGHT

ACCENT = QColor(LIGHT.focus).rgb()


@pytest.fixture
def styled() -> Any:
    """The application stylesheet for the test's duration (it draws the outline)."""
    with use_app_stylesheet() as app:
        yield app


def accent_pixels(image: QImage) -> int:
    """How many pixels are exactly the accent colour."""
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == ACCENT
    )


@pytest.mark.parametrize(
    "name", ["history.aggravators.stairs_up", "history.other_causes_excluded.yes"]
)
def test_focused_option_has_an_outline(qtbot: Any, styled: Any, tmp_path: Any, name: str) -> None:
    wizard, _ = make_wizard(qtbot)
    open_section(wizard, "history")
    button = wizard.findChild(QAbstractButton, name)
    assert button is not None
    elsewhere = wizard.findChild(QLineEdit, "history.duration_weeks")
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert not button.hasFocus()
    plain = button.grab().toImage()
    size = button.size()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    assert button.hasFocus()
    focused = button.grab().toImage()
    focused.save(str(tmp_path / "focused.png"))
    assert button.size() == size  # gaining focus moves nothing
    assert focused != plain
    assert accent_pixels(plain) == 0
    # At least a full-width line of it: an outline, not a stray pixel.
    assert accent_pixels(focused) >= 2 * button.width()
