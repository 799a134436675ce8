"""Translated text below the GUI: the gettext catalogues of core, services and report.

Every sentence a patient or clinician reads on paper (findings, the exercise library, the
protocol's labels and options, the handout and the summary) is written in English in the code
and looked up here in the active language's catalogue (`resources/locale/<lang>/LC_MESSAGES/
kneedesk.mo`, compiled ahead from the `.po` files with Babel: `make translations`). A
message without a translation reads in English, so a half-finished catalogue never breaks a
report; the catalogue tests keep the shipped languages complete.

The active language is per context, not global: the handout renders inside
`use_language(patient's language)` while the GUI, on another thread, shows the clinician's
(`set_default_language`). Text is looked up when it is used, never kept translated at import
time: module-level sentences are marked with `N_` and passed through `_` at the point of use.

No Qt here (core, services and report may not import it); the GUI's own strings use Qt's
catalogues (`resources/translations/*.qm`).
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib.resources import files
from io import BytesIO
from types import MappingProxyType

from kneedesk.core.pseudo_locale import PSEUDO, PseudoTranslations

DOMAIN = "kneedesk"
SOURCE_LANGUAGE = "en"
# Each shipped language by its code, named in its own language (as a chooser lists them).
LANGUAGES: Mapping[str, str] = MappingProxyType(
    {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch"}
)

_default = SOURCE_LANGUAGE
_active: ContextVar[str | None] = ContextVar("kneedesk_language", default=None)


class UnknownLanguageError(ValueError):
    """A language code KneeDesk has no catalogue for; the message lists the ones it has."""


def language_choices() -> str:
    """The shipped languages for a message: "en (English), es (Español), ..."."""
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


def parse_language(code: str) -> str:
    """A shipped language's code from "es", "es_ES", "es-MX" or "ES"; anything else is
    refused with a message naming the choices."""
    base = code.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    if base == PSEUDO:
        return PSEUDO
    if base not in LANGUAGES:
        raise UnknownLanguageError(
            f"KneeDesk has no {code.strip() or 'empty'!r} language. Choose one of: "
            f"{language_choices()}."
        )
    return base


def closest_language(code: str | None) -> str:
    """The shipped language nearest to a system locale ("de_AT" -> "de"), else English."""
    try:
        return parse_language(code or "")
    except UnknownLanguageError:
        return SOURCE_LANGUAGE


def set_default_language(code: str) -> None:
    """The language used wherever `use_language` has not chosen one (the GUI's, at sign-in)."""
    global _default
    _default = parse_language(code)


def current_language() -> str:
    """The language text is looked up in right now."""
    return _active.get() or _default


@contextmanager
def use_language(code: str) -> Iterator[str]:
    """Look up text in `code` inside the block (this thread or task only)."""
    token = _active.set(parse_language(code))
    try:
        yield current_language()
    finally:
        _active.reset(token)


@cache
def catalogue(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of one language (English: the messages as written)."""
    if code == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    if code == PSEUDO:
        return PseudoTranslations()
    resource = files("kneedesk.resources").joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        data = resource.read_bytes()
    except FileNotFoundError:
        return _gettext.NullTranslations()
    return _gettext.GNUTranslations(BytesIO(data))


def _(message: str) -> str:
    """`message` in the active language (itself when there is no translation)."""
    if not message:
        return message
    return catalogue(current_language()).gettext(message)


gettext = _


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the active language's plural rules."""
    return catalogue(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the active language, told apart from the same English words elsewhere by
    `context` (e.g. "side" for "left" as a knee's side)."""
    return catalogue(current_language()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 (the name gettext tools look for)
    """Marks `message` for the catalogue without translating it (module-level text)."""
    return message


def translated_or_none(message: str | None) -> str | None:
    """`_` for optional text."""
    return None if message is None else _(message)
