"""The app's light and dark appearance, following the operating system's colour scheme.

One set of colour tokens per appearance (`tokens.LIGHT`, `tokens.DARK`) fills one stylesheet
template (ui/*.qss) and a matching Qt palette. `follow_system(app)` applies the appearance the
OS asks for and applies it again, live, when the OS switches. Code that draws its own colours
(charts, section icons, rich text) reads `active()` when it draws and redraws on `changed()`.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from kneedesk.gui.forms.style_qss import STYLESHEET_TEMPLATE
from kneedesk.gui.theme.tokens import DARK, LIGHT, TOKENS, Scheme, Tokens

__all__ = [
    "DARK",
    "LIGHT",
    "Scheme",
    "Tokens",
    "active",
    "active_scheme",
    "apply_theme",
    "changed",
    "follow_system",
    "make_palette",
    "stylesheet",
    "system_scheme",
]


class _Now:
    """The appearance applied, the one forced (if any), and whether the OS is listened to."""

    active = Scheme.LIGHT
    forced: Scheme | None = None
    listening = False


_now = _Now()


class _Notifier(QObject):
    """Tells the widgets that draw their own colours that the appearance changed."""

    changed = Signal(object)  # the new Scheme


_notifier: list[_Notifier] = []


def changed() -> _Notifier:
    """The object whose `changed` signal fires after a new appearance is applied."""
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


def active_scheme() -> Scheme:
    """The appearance applied now."""
    return _now.active


def active() -> Tokens:
    """The colours of the appearance applied now."""
    return TOKENS[active_scheme()]


def system_scheme() -> Scheme:
    """The scheme the operating system asks for (light when it does not say)."""
    hints = QGuiApplication.styleHints()
    return Scheme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Scheme.LIGHT


def stylesheet(tokens: Tokens) -> str:
    """The application stylesheet in these colours."""
    return Template(STYLESHEET_TEMPLATE).substitute(tokens.as_dict())


def make_palette(tokens: Tokens) -> QPalette:
    """A palette matching the stylesheet, for what the stylesheet does not draw (menus, tabs,
    check boxes, scroll bars, combo box pop-ups)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: tokens.canvas,
        role.WindowText: tokens.ink,
        role.Base: tokens.surface,
        role.AlternateBase: tokens.alt_row,
        role.Text: tokens.ink,
        role.Button: tokens.header,
        role.ButtonText: tokens.ink,
        role.BrightText: tokens.on_accent,
        role.Highlight: tokens.accent,
        role.HighlightedText: tokens.on_accent,
        role.PlaceholderText: tokens.placeholder,
        role.Link: tokens.accent_ink,
        role.LinkVisited: tokens.accent_ink,
        role.ToolTipBase: tokens.surface,
        role.ToolTipText: tokens.ink,
        role.Light: tokens.hover,
        role.Midlight: tokens.line,
        role.Mid: tokens.field_border,
        role.Dark: tokens.button_border,
        role.Shadow: "#000000",
        role.Accent: tokens.accent,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, colour_role, QColor(tokens.disabled_ink))
    palette.setColor(disabled, role.Button, QColor(tokens.header))
    palette.setColor(disabled, role.Base, QColor(tokens.canvas))
    return palette


def indicator_palette(tokens: Tokens) -> QPalette:
    """The palette of check boxes and radio buttons: the style draws their rings in the
    window colour darkened, which on a dark window would be dark on dark; this window colour
    darkens to the fields' border colour instead."""
    palette = make_palette(tokens)
    palette.setColor(QPalette.ColorRole.Window, QColor(tokens.field_border).lighter(140))
    return palette


def apply_theme(app: QGuiApplication, scheme: Scheme) -> None:
    """Apply one appearance to the whole app now (palette, then stylesheet, then own-drawn)."""
    tokens = TOKENS[scheme]
    _now.active = scheme
    app.setPalette(make_palette(tokens))
    if isinstance(app, QApplication):  # widgets, not a bare QGuiApplication
        for name in ("QCheckBox", "QRadioButton"):
            # PySide takes the class name as str; its stubs say bytes, which it refuses.
            QApplication.setPalette(indicator_palette(tokens), name)  # type: ignore[arg-type]
        app.setStyleSheet(stylesheet(tokens))
    changed().changed.emit(scheme)


def follow_system(app: QGuiApplication, forced: Scheme | None = None) -> None:
    """Apply the OS's appearance (or `forced`) now and again whenever the OS switches."""
    _now.forced = forced
    if not _now.listening:
        _now.listening = True
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow(app))
    _follow(app)


def _follow(app: QGuiApplication) -> None:
    apply_theme(app, _now.forced or system_scheme())
