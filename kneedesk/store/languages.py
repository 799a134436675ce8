"""Language codes as the store keeps them: a shipped language's code, checked on the way in."""

from __future__ import annotations

from kneedesk.core.i18n import UnknownLanguageError, _, parse_language
from kneedesk.store.errors import InvalidValueError


def checked_language(code: str) -> str:
    """A shipped language's code ("es" from "es_ES"), or InvalidValueError naming the choices."""
    try:
        return parse_language(code)
    except UnknownLanguageError as error:
        raise InvalidValueError(str(error), _("Choose one of the listed languages.")) from None
