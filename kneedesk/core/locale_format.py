"""Dates and numbers written the way the active language writes them (Babel's locale data).

"20 November 2026" / "20 de noviembre de 2026" / "20 novembre 2026" / "20. November 2026";
"2.5" / "2,5". Only the writing changes: values are rounded before they arrive here, and the
units stay the clinic's. English keeps KneeDesk's own day-month-year form, whatever the
computer's locale, so an English handout reads the same on every workstation. Babel is
imported on the first non-English use, so English work never pays for loading it.
"""

from __future__ import annotations

import re
from datetime import date

from kneedesk.core.i18n import SOURCE_LANGUAGE, current_language
from kneedesk.core.pseudo_locale import PSEUDO

# The pseudo-language writes dates and numbers as German does (long month names, a comma).
_AS = {PSEUDO: "de"}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A decimal number written with a point ("2.5", "-0.75"), not part of a longer token such as a
# version ("1.2.3") or a date.
_DECIMAL = re.compile(r"(?<![\d.])(-?\d+)\.(\d+)(?![\d.])")


def long_date(day: date, language: str | None = None) -> str:
    """A date for people: "20 November 2026", "20 de noviembre de 2026"."""
    language = _AS.get(language or current_language(), language or current_language())
    if language == SOURCE_LANGUAGE:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return format_date(day, format="long", locale=language)


def short_date(day: date, language: str | None = None) -> str:
    """A compact date for tables and chart axes: "20 Nov 2026", "20 nov 2026"."""
    language = _AS.get(language or current_language(), language or current_language())
    if language == SOURCE_LANGUAGE:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    from babel.dates import format_date

    return format_date(day, format="medium", locale=language)


def decimal_symbol(language: str | None = None) -> str:
    """The decimal separator of the language: "." or ","."""
    language = _AS.get(language or current_language(), language or current_language())
    if language == SOURCE_LANGUAGE:
        return "."
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(language))


def local_number(text: str, language: str | None = None) -> str:
    """A number already written as text ("2.5", "-0.8") with the language's decimal
    separator ("2,5"); anything that is not a plain decimal number is returned unchanged."""
    symbol = decimal_symbol(language)
    if symbol == ".":
        return text
    return _DECIMAL.sub(lambda m: f"{m.group(1)}{symbol}{m.group(2)}", text)


def month_name(month: int, language: str | None = None) -> str:
    """A month's full name standing alone ("November", "noviembre", "November")."""
    language = _AS.get(language or current_language(), language or current_language())
    if language == SOURCE_LANGUAGE:
        return MONTHS[month - 1]
    from babel.dates import get_month_names

    return str(get_month_names("wide", context="stand-alone", locale=language)[month])
