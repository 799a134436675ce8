"""The main window's size and place: fitted to the screen on first start, then as each
clinician left it (QSettings, per user account of the computer and per clinician), moved and
if need be shrunk onto the screens there are now (a laptop after a large desk monitor, a
second monitor unplugged)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

APP_NAME = "KneeDesk"
PREFERRED = QSize(1280, 800)
"""The size the pages are laid out for, when the screen has room for it."""
FRAME_ALLOWANCE = QSize(16, 48)
"""Borders and title bar the window manager adds; unknown until the window is shown, so a
window is only given its preferred size when the screen has this much room to spare."""
FRAME_MARGINS = QMargins(8, 40, 8, 8)
"""The same allowance side by side: borders left, right and below, the title bar above."""
MAX_FRAME = 200
"""Frame margins above this were not a frame (a window not yet shown, a confused manager)."""
LAST_KEY = "window/place"
"""Where the window was last left, by whoever used it: shown so before anyone logs in."""
FULL = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


def settings() -> QSettings:
    """KneeDesk's settings for this user account of the computer (not the clinic database).

    An INI file on every system (not the Windows registry or a macOS plist), so it is one
    plain file beside the user's other settings and tests can point it elsewhere.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _key(username: str | None) -> str:
    return f"clinicians/{username}/window-place" if username else LAST_KEY


def available_area(window: QWidget) -> QRect:
    """The screen area a window may cover (without task bars and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def show_fitted(window: QWidget) -> None:
    """Show at the preferred size, centred, where that fits; else maximised (a 1366x768 laptop).

    A maximised window keeps its frame and status bar inside the available area on every
    platform, which a size guessed before the frame is known cannot promise.
    """
    area = available_area(window)
    room = PREFERRED + FRAME_ALLOWANCE
    if room.width() <= area.width() and room.height() <= area.height():
        window.resize(PREFERRED)
        offset = QPoint(room.width() // 2, room.height() // 2)
        window.move(area.center() - offset)
        window.show()
        return
    # The size it returns to when the clinician un-maximises it still fits the screen.
    window.resize(area.size().boundedTo(area.size() - FRAME_ALLOWANCE))
    window.move(area.topLeft())
    window.showMaximized()


def area_for(rect: QRect, areas: Sequence[QRect]) -> QRect:
    """The screen area (of `areas`, the primary screen's first) that holds most of `rect`;
    the first when it lies on none of them (its monitor is gone)."""
    overlap = [
        (a.intersected(rect).width() * a.intersected(rect).height(), -n)
        for n, a in enumerate(areas)
    ]
    best = max(range(len(areas)), key=lambda n: overlap[n])
    return areas[best] if overlap[best][0] > 0 else areas[0]


def fit_into(rect: QRect, area: QRect, frame: QMargins = FRAME_MARGINS) -> QRect:
    """`rect` (a window without its frame) shrunk only as much as it must be and moved only
    as far as it must be so that it and its frame lie inside `area`: the title bar, with the
    buttons that move and close the window, and the status bar are on the screen."""
    room = area.marginsRemoved(frame)
    size = rect.size().boundedTo(room.size()).expandedTo(QSize(1, 1))
    x = min(max(rect.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(rect.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(QPoint(x, y), size)


def screen_areas() -> list[QRect]:
    """The available area of every screen there is now, the primary screen's first."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return [s.availableGeometry() for s in [primary, *others]]


def restore(window: QWidget, username: str | None = None) -> bool:
    """Put the window where it was last left (by this clinician), moved and if need be shrunk
    onto the screens there are now; maximised again if it was. False when nothing was saved.

    The place is kept as a plain rectangle rather than `saveGeometry()`'s bytes, because
    `restoreGeometry()` maximises any window saved on a screen of another width, which would
    lose the clinician's size and place on every change of monitor."""
    store = settings()
    saved = store.value(_key(username))
    if not isinstance(saved, QRect) or not saved.isValid():
        return False
    maximised = store.value(_key(username) + "-maximised", False, bool)
    frame = _margins(store.value(_key(username) + "-frame"))
    fitted = fit_into(saved, area_for(saved, screen_areas()), frame)
    window.setWindowState(window.windowState() & ~FULL)
    window.setGeometry(fitted)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def show_restored(window: QWidget) -> None:
    """Show the window as it was last left, or fitted to the screen on a first start."""
    if restore(window):
        window.show()
    else:
        show_fitted(window)


def save(window: QWidget, username: str | None) -> None:
    """Remember the window's size, place and maximised state (for this clinician too)."""
    state = window.windowState()
    rect = window.normalGeometry() if state & FULL else window.geometry()
    if not rect.isValid():
        rect = window.geometry()
    maximised = bool(state & Qt.WindowState.WindowMaximized)
    outer, inner = window.frameGeometry(), window.geometry()
    frame = [
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    ]
    store = settings()
    for key in {_key(None), _key(username)}:
        store.setValue(key, rect)
        store.setValue(key + "-maximised", maximised)
        store.setValue(key + "-frame", frame)
    store.sync()


def _margins(saved: object) -> QMargins:
    """The frame the window manager drew around the window when it was saved (borders and
    title bar), or FRAME_MARGINS when it was not known (the window not yet framed)."""
    try:
        left, top, right, bottom = (int(str(n)) for n in saved)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return FRAME_MARGINS
    sides = (left, top, right, bottom)
    if top <= 0 or not all(0 <= n <= MAX_FRAME for n in sides):
        return FRAME_MARGINS
    return QMargins(left, top, right, bottom)
