"""Retired thresholds (clinical content v2, 10.6): a clinic that changed the v1 strength drop
or Y composite minimum is told once, at an administrator's sign-in, to review the MDC bands."""

from __future__ import annotations

from collections.abc import Callable

from conftest import PASSWORD
from pytestqt.qtbot import QtBot

from kneedesk.gui.main_window import MainWindow
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.retired_settings import NOTICE_SEEN_KEY
from kneedesk.store.store import Store

LogIn = Callable[..., None]


def set_thresholds(store: Store, values: dict[str, float]) -> None:
    store.sign_in("ana", PASSWORD)
    store.settings.save_one(SettingKey.THRESHOLDS, values)
    store.sign_out()


def open_window(qtbot: QtBot, store: Store, login: LogIn, username: str = "ana") -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    login(window, username)
    assert window.front.currentWidget() is window.work
    return window


def test_an_admin_is_told_once_to_review_the_mdc_bands(
    qtbot: QtBot, store: Store, login: LogIn
) -> None:
    set_thresholds(store, {"strength_drop_percent": 12, "pain_mcid": 3})
    window = open_window(qtbot, store, login)
    box = window.retired_notice
    assert box is not None
    assert box.isVisible()
    assert box.windowTitle() == "Review the MDC band settings"
    text = box.text()
    assert "the strength drop (v1, 12%)" in text
    assert "Y-balance" not in text
    assert "review the MDC band settings in Settings > Thresholds" in text
    box.accept()
    assert store.settings.get(NOTICE_SEEN_KEY) is True
    window.logout()
    login(window, "ana")
    assert window.retired_notice is None  # seen: not shown again


def test_both_retired_settings_are_named(qtbot: QtBot, store: Store, login: LogIn) -> None:
    set_thresholds(store, {"strength_drop_percent": 12, "y_composite_min_percent": 90})
    box = open_window(qtbot, store, login).retired_notice
    assert box is not None
    assert "the strength drop (v1, 12%) and the Y-balance composite minimum (v1, 90%)" in (
        box.text()
    )
    box.accept()


def test_a_clinician_is_not_shown_it_and_the_admin_still_is(
    qtbot: QtBot, store: Store, login: LogIn
) -> None:
    set_thresholds(store, {"y_composite_min_percent": 90})
    window = open_window(qtbot, store, login, "ben")
    assert window.retired_notice is None
    assert store.settings.get(NOTICE_SEEN_KEY) is None
    window.logout()
    login(window, "ana")
    assert window.retired_notice is not None
    window.retired_notice.accept()


def test_no_notice_when_the_retired_settings_kept_their_defaults(
    qtbot: QtBot, store: Store, login: LogIn
) -> None:
    set_thresholds(store, {"strength_drop_percent": 10, "pain_mcid": 3})
    assert open_window(qtbot, store, login).retired_notice is None
