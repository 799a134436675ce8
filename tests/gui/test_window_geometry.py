"""The main window on a 1366x768 laptop: it fits the screen with its status bar in view, and it
comes back at the size, place and maximised state each clinician left it in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

import kneedesk
from kneedesk.gui import window_geometry
from kneedesk.gui.app import APP_NAME
from kneedesk.gui.main_window import MainWindow
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.store import Store

ROOT = Path(kneedesk.__file__).resolve().parent.parent
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}

# Starts the app's main window the way `run_gui` does, on the screen the test describes, logs
# in, optionally moves the window, closes it (which remembers it) and prints what was seen.
START = """
import json, sys
from pathlib import Path
sys.path.insert(0, "tests/gui")
from conftest import fast_hasher, log_in
from kneedesk.gui.app import make_application
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.window_geometry import show_restored
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Role
from kneedesk.store.store import Store

db, then = Path(sys.argv[1]), json.loads(sys.argv[2])
app = make_application(["kneedesk"])
store = Store.open(db, hasher=fast_hasher())
if not store.accounts.has_accounts():
    store.settings.save_one(SettingKey.CLINIC, {"name": "Riverside Sports Clinic"})
    store.accounts.create("ana", "Ana Ruiz", "correct horse battery", role=Role.ADMIN)
window = MainWindow(store)
show_restored(window)
app.processEvents()
log_in(window)
app.processEvents()
bar = window.statusBar()
corner = bar.mapToGlobal(bar.rect().bottomRight())
seen = {
    "frame": window.frameGeometry().getRect(),
    "geometry": window.geometry().getRect(),
    "available": window.screen().availableGeometry().getRect(),
    "maximized": window.isMaximized(),
    "status_bar_visible": bar.isVisible(),
    "status_bar": [*bar.mapToGlobal(bar.rect().topLeft()).toTuple(), *corner.toTuple()],
    "minimum": window.minimumSizeHint().toTuple(),
}
if then == "maximise":
    window.showMaximized()
elif then:
    window.showNormal()
    window.setGeometry(*then)
app.processEvents()
window.close()
store.close()
print(json.dumps(seen))
"""


def start(
    tmp_path: Path,
    screen: dict[str, object] | list[dict[str, object]],
    then: list[int] | str | None = None,
) -> dict:
    """Run START in a new process with its own settings folder and offscreen screens (the
    first is the primary one)."""
    config = tmp_path / "screen.json"
    screens = screen if isinstance(screen, list) else [screen]
    config.write_text(json.dumps({"screens": screens, "windowFrameMargins": True}))
    env = os.environ | {
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "clinic.kneedesk"), json.dumps(then)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def inside(outer: list[int], inner: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*inner))


def test_the_window_fits_a_1366_by_768_screen_with_its_status_bar_in_view(
    tmp_path: Path,
) -> None:
    seen = start(tmp_path, LAPTOP)
    available = seen["available"]
    assert inside(available, seen["frame"]), seen
    assert seen["status_bar_visible"]
    left, top, right, bottom = seen["status_bar"]
    assert QRect(*available).contains(left, top)
    assert QRect(*available).contains(right, bottom)
    # Every page can be made this small, so nothing forces the window past the screen.
    assert seen["minimum"][0] <= available[2]
    assert seen["minimum"][1] <= available[3]


def test_a_large_screen_gets_the_preferred_size_centred(tmp_path: Path) -> None:
    seen = start(tmp_path, LAPTOP | {"width": 1920, "height": 1080})
    assert not seen["maximized"]
    x, y, width, height = seen["geometry"]
    assert (width, height) == window_geometry.PREFERRED.toTuple()
    assert inside(seen["available"], seen["frame"])
    assert abs((x + width / 2) - 960) <= window_geometry.FRAME_ALLOWANCE.width()


def test_size_and_place_come_back_after_a_restart(tmp_path: Path) -> None:
    first = start(tmp_path, LAPTOP, then=[120, 80, 1000, 600])
    assert first["maximized"]  # fitted to the laptop's screen at first
    again = start(tmp_path, LAPTOP)
    assert not again["maximized"]
    assert again["geometry"] == [120, 80, 1000, 600]


def test_a_window_left_maximised_comes_back_maximised(tmp_path: Path) -> None:
    large = LAPTOP | {"width": 1920, "height": 1080}
    assert not start(tmp_path, large, then="maximise")["maximized"]
    assert start(tmp_path, large)["maximized"]


def test_a_saved_place_off_every_screen_comes_back_onto_the_screen(
    qtbot: QtBot, store: Store
) -> None:
    elsewhere = QMainWindow()  # as left on a second screen, unplugged since
    qtbot.addWidget(elsewhere)
    area = QGuiApplication.primaryScreen().availableGeometry()
    elsewhere.setGeometry(area.right() + 500, area.bottom() + 500, 600, 400)
    window_geometry.save(elsewhere, None)
    again = MainWindow(store)
    qtbot.addWidget(again)
    window_geometry.show_restored(again)
    qtbot.waitExposed(again)
    assert area.contains(again.frameGeometry())
    assert again.size().toTuple() == (600, 400)  # the clinician's size, only moved


DESK = {"name": "desk", "x": 0, "y": 0, "width": 2560, "height": 1440}
SMALL = LAPTOP | {"width": 1024}


@pytest.mark.parametrize("screen", [LAPTOP, SMALL], ids=["1366x768", "1024x768"])
def test_a_place_left_on_a_large_monitor_is_kept_as_far_as_a_laptop_allows(
    tmp_path: Path, screen: dict[str, object]
) -> None:
    start(tmp_path, DESK, then=[1500, 300, 1000, 700])  # right half of a desk monitor
    seen = start(tmp_path, screen)
    assert not seen["maximized"]
    assert seen["geometry"][2:] == [1000, 700]  # its size, moved onto the laptop's screen
    assert inside(seen["available"], seen["frame"])


def test_a_window_too_large_for_the_screen_now_is_shrunk_to_it(tmp_path: Path) -> None:
    start(tmp_path, DESK, then=[300, 200, 2200, 1100])
    seen = start(tmp_path, SMALL)
    assert not seen["maximized"]
    assert inside(seen["available"], seen["frame"])
    left, top, right, bottom = seen["status_bar"]
    assert QRect(*seen["available"]).contains(left, top)
    assert QRect(*seen["available"]).contains(right, bottom)


def test_a_window_maximised_on_a_large_monitor_is_maximised_on_the_laptop(
    tmp_path: Path,
) -> None:
    start(tmp_path, DESK, then="maximise")
    seen = start(tmp_path, SMALL)
    assert seen["maximized"]
    assert inside(seen["available"], seen["frame"])  # not hanging off the screen's edge


def test_a_window_left_on_an_unplugged_second_monitor_comes_back_to_the_primary(
    tmp_path: Path,
) -> None:
    second = DESK | {"name": "second", "x": 1366}
    start(tmp_path, [LAPTOP, second], then=[2000, 300, 1100, 650])  # left on the second one
    seen = start(tmp_path, LAPTOP)
    assert seen["geometry"][2:] == [1100, 650]
    assert inside(seen["available"], seen["frame"])


def test_fit_into_keeps_what_fits_and_moves_and_shrinks_only_what_must() -> None:
    laptop = QRect(0, 0, 1366, 728)  # a 1366x768 screen less its task bar
    frame = QMargins(8, 30, 8, 8)
    placed = QRect(100, 60, 1000, 600)
    assert window_geometry.fit_into(placed, laptop, frame) == placed
    # From a 2560x1440 monitor: moved left and up, then no larger than the screen.
    moved = window_geometry.fit_into(QRect(1500, 600, 1000, 700), laptop, frame)
    assert moved.size() == QSize(1000, 690)
    assert laptop.contains(moved.marginsAdded(frame))
    huge = window_geometry.fit_into(QRect(-300, -50, 2400, 1300), laptop, frame)
    assert huge == QRect(8, 30, 1350, 690)  # title bar just below the screen's top
    assert laptop.contains(huge.marginsAdded(frame))


def test_a_window_goes_to_the_screen_holding_most_of_it_or_else_the_primary() -> None:
    primary, right = QRect(0, 0, 1366, 728), QRect(1366, 0, 1920, 1040)
    assert window_geometry.area_for(QRect(1200, 100, 800, 600), [primary, right]) == right
    assert window_geometry.area_for(QRect(100, 100, 800, 600), [primary, right]) == primary
    unplugged = QRect(3500, 200, 900, 600)  # on a third monitor, gone
    assert window_geometry.area_for(unplugged, [primary, right]) == primary


def test_each_clinician_gets_the_window_as_they_left_it(
    qtbot: QtBot, store: Store, login: Callable[..., None]
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.setGeometry(40, 30, 700, 560)
    window.show()
    login(window, "ana")
    window.setGeometry(40, 30, 700, 560)
    window.logout()
    login(window, "ben")
    window.setGeometry(90, 60, 640, 500)
    window.lock()
    login(window, "ana")
    assert window.geometry().getRect() == (40, 30, 700, 560)
    window.logout()
    login(window, "ben")
    assert window.geometry().getRect() == (90, 60, 640, 500)


@pytest.mark.parametrize(
    ("clinic", "title"),
    [("Riverside Sports Clinic", "Riverside Sports Clinic"), ("", "")],
)
def test_the_title_names_the_app_once(qtbot: QtBot, store: Store, clinic: str, title: str) -> None:
    store.settings.save_one(SettingKey.CLINIC, {"name": clinic})
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.windowTitle() == title
    # What the window system shows: Qt appends the application's display name (set by
    # make_application) to a title that does not end with it, and shows the name alone for an
    # empty title (QPlatformWindow::formatWindowTitle).
    shown = f"{title} \u2014 {APP_NAME}" if title else APP_NAME
    assert shown.count("KneeDesk") == 1
