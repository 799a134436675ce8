"""The GUI's language: Qt's catalogues for KneeDesk's own and Qt's standard texts.

Each clinician works in the language they chose (Settings > Language), or the computer's.
KneeDesk's strings come from resources/translations/kneedesk_<lang>.qm (compiled ahead with
`make translations`); the standard buttons and dialogs Qt draws itself (Cancel, Yes, the file
dialog) from Qt's own qtbase_<lang>.qm. The same call sets the language core's findings and
protocol labels are looked up in, so the whole screen speaks one language.
"""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kneedesk.core.i18n import (
    SOURCE_LANGUAGE,
    closest_language,
    parse_language,
    set_default_language,
)
from kneedesk.core.pseudo_locale import PSEUDO, pseudo

log = logging.getLogger(__name__)

# The translators installed now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def system_language() -> str:
    """The shipped language nearest to the computer's (English if none is near)."""
    for name in QLocale.system().uiLanguages():
        code = closest_language(name)
        if code != SOURCE_LANGUAGE or name.lower().startswith("en"):
            return code
    return SOURCE_LANGUAGE


def gui_language() -> str:
    """The language the GUI is showing now."""
    return _language


class PseudoTranslator(QTranslator):
    """Every GUI string in the pseudo-language (`kneedesk.core.pseudo_locale`), for tests."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def _kneedesk_translator(code: str) -> QTranslator | None:
    if code == PSEUDO:
        return PseudoTranslator()
    translator = QTranslator()
    resource = files("kneedesk.resources").joinpath("translations", f"kneedesk_{code}.qm")
    with as_file(resource) as path:
        if not path.is_file() or not translator.load(str(path)):
            log.warning("no GUI catalogue for %s at %s", code, path)
            return None
    return translator


def _qt_translator(code: str) -> QTranslator | None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


def install_language(code: str) -> str:
    """Show the GUI (and core's text) in `code` from now on; returns the code used.

    Widgets made before keep the words they were made with: call this before making them
    (at start and at sign-in, see `MainWindow.start_session`).
    """
    global _language
    code = parse_language(code)
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        if code != SOURCE_LANGUAGE:
            for found in (_kneedesk_translator(code), _qt_translator(code)):
                if found is not None:
                    app.installTranslator(found)
                    _installed.append(found)
    set_default_language(code)
    _language = code
    return code


def language_for(chosen: str | None) -> str:
    """A clinician's language: the one they chose, else the computer's."""
    return parse_language(chosen) if chosen else system_language()


def speak(code: str) -> bool:
    """Switch the GUI to `code` unless it already speaks it; True when it changed (widgets
    made before then still hold the old words: make them again)."""
    if parse_language(code) == _language:
        return False
    install_language(code)
    return True
