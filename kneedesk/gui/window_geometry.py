"""The main window's size and place: fitted to the screen on first start, then as each
clinician left it (QSettings, per user account of the computer and per clinician)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

APP_NAME = "KneeDesk"
PREFERRED = QSize(1280, 800)
"""The size the pages are laid out for, when the screen has room for it."""
FRAME_ALLOWANCE = QSize(16, 48)
"""Borders and title bar the window manager adds; unknown until the window is shown, so a
window is only given its preferred size when the screen has this much room to spare."""
LAST_KEY = "window/geometry"


def settings() -> QSettings:
    """KneeDesk's settings for this user account of the computer (not the clinic database).

    An INI file on every system (not the Windows registry or a macOS plist), so it is one
    plain file beside the user's other settings and tests can point it elsewhere.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _key(username: str | None) -> str:
    return f"clinicians/{username}/window-geometry" if username else LAST_KEY


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


def fits_a_screen(window: QWidget) -> bool:
    """Whether the window (its normal size, when not maximised) and a frame around it lie
    inside one screen's available area, so no part of it, the status bar included, is out
    of reach. (Qt itself only keeps the inside of a restored window on a screen.)"""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return True
    rect = window.geometry()
    room = rect.size() + FRAME_ALLOWANCE
    return any(
        area.contains(rect) and room.width() <= area.width() and room.height() <= area.height()
        for area in (s.availableGeometry() for s in QGuiApplication.screens())
    )


def restore(window: QWidget, username: str | None = None) -> bool:
    """Put the window where it was last left (by this clinician); False when nothing sane
    was saved (nothing, unreadable, or too big or off every screen now)."""
    saved = settings().value(_key(username))
    if not isinstance(saved, QByteArray | bytes) or not saved:
        return False
    before = (window.saveGeometry(), window.windowState())
    if window.restoreGeometry(QByteArray(saved)) and fits_a_screen(window):
        return True
    window.restoreGeometry(before[0])
    window.setWindowState(before[1])
    return False


def show_restored(window: QWidget) -> None:
    """Show the window as it was last left, or fitted to the screen on a first start."""
    if restore(window):
        window.show()
    else:
        show_fitted(window)


def save(window: QWidget, username: str | None) -> None:
    """Remember the window's size, place and maximised state (for this clinician too)."""
    state = window.saveGeometry()
    store = settings()
    store.setValue(LAST_KEY, state)
    if username:
        store.setValue(_key(username), state)
    store.sync()
