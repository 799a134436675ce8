"""Fold names for search (accents, case, letters like Ł) and build the two kinds of query.

A typed word matches a patient when its tokens, the last one as a prefix, appear in a row in
one of the patient's searchable fields. Few matches are found through the FTS5 index
(`match_expression`); many matches are found by walking the patients in name order and
looking for each word in `search_line`, which holds the same tokens (`line_terms`), so both
ways return the same patients. `family_head` is the token the name order starts with.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Letters that carry no combining mark to strip, so Unicode decomposition leaves them alone.
# Folding them here lets "lukas" find "Łukasiewicz" and "oster" find "Øster".
_LETTERS = str.maketrans(
    {
        "Ł": "l", "ł": "l", "Ø": "o", "ø": "o", "Đ": "d", "đ": "d", "Ð": "d", "ð": "d",
        "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe", "Þ": "th", "þ": "th", "ß": "ss",
        "ı": "i", "Ħ": "h", "ħ": "h", "Ŧ": "t", "ŧ": "t", "Ŋ": "n", "ŋ": "n", "ĸ": "k",
        "Ŀ": "l", "ŀ": "l",
    }
)  # fmt: skip

# The same split the FTS5 unicode61 tokenizer makes: runs of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case text without accents: "Zoë Ångström-Łukasiewicz" -> "zoe angstrom-lukasiewicz".

    Scripts without accents (Cyrillic, Chinese, Korean, Hebrew, Arabic, ...) keep their letters.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Recompose so Hangul syllables (decomposed into jamo by NFKD) are whole again.
    return unicodedata.normalize("NFC", stripped.translate(_LETTERS).casefold())


def tokens(text: str) -> list[str]:
    """The search tokens of a text, folded."""
    return _TOKEN.findall(fold(text))


def sort_key(family_name: str, given_name: str) -> str:
    """The key the patient list is ordered by: family name, then given name, folded."""
    return f"{fold(family_name).strip()}\x1f{fold(given_name).strip()}"


def birth_date_forms(birth_date: str | None) -> tuple[str, str, str]:
    """A birth date as typed in three common ways: ISO, day-first and month-first."""
    if not birth_date:
        return ("", "", "")
    d = date.fromisoformat(birth_date)
    return (
        d.isoformat(),
        f"{d.day:02d}.{d.month:02d}.{d.year:04d}",
        f"{d.month:02d}/{d.day:02d}/{d.year:04d}",
    )


def family_head(family_name: str) -> str:
    """The family name's first token if the folded name starts with it, else "".

    Exactly the patients whose `sort_key` starts with a token t have a family head starting
    with t, so those patients are one run of the name index.
    """
    match = _TOKEN.match(fold(family_name).strip())
    return match.group(0) if match else ""


def search_fields(
    given_name: str, family_name: str, chart_number: str, birth_date: str | None
) -> dict[str, str]:
    """The FTS5 row of a patient: folded names and chart number, the birth date 3 ways, and
    the family head (also in names; a column of its own so a query can leave it out)."""
    iso, dmy, mdy = birth_date_forms(birth_date)
    return {
        "names": f"{fold(given_name)} {fold(family_name)}",
        "chart": fold(chart_number),
        "birth_iso": iso,
        "birth_dmy": dmy,
        "birth_mdy": mdy,
        "family_head": family_head(family_name),
    }


_LINE_FIELDS = ("names", "chart", "birth_iso", "birth_dmy", "birth_mdy")


def search_line(
    given_name: str, family_name: str, chart_number: str, birth_date: str | None
) -> str:
    """Every search token of a patient on one line, " | " between fields, starting with a space.

    "Zoë Ångström", KD-00123, 1994-03-02 gives
    " zoe angstrom | kd 00123 | 1994 03 02 | 02 03 1994 | 03 02 1994".
    """
    fields = search_fields(given_name, family_name, chart_number, birth_date)
    return " " + " | ".join(" ".join(tokens(fields[name])) for name in _LINE_FIELDS)


def line_terms(query: str) -> list[str]:
    """For each typed word, the text whose presence in `search_line` means the word matches.

    " " then the word's tokens: the space pins the first token to the start of a token, and
    the line's " | " keeps a word from running from one field into the next, as in FTS5.
    """
    terms = []
    for word in query.split():
        parts = tokens(word)
        if parts:
            terms.append(" " + " ".join(parts))
    return terms


def head_token(query: str) -> str | None:
    """The first typed word that is a single token (the start of a family head), or None."""
    for word in query.split():
        parts = tokens(word)
        if len(parts) == 1:
            return parts[0]
    return None


def match_expression(query: str) -> str | None:
    """An FTS5 query matching every typed word as a prefix, or None if nothing searchable.

    Each whitespace-separated word becomes a phrase whose last token is a prefix, so
    "kd-001" finds chart "KD-00123" and "1994-03" finds a birth date in March 1994. Only
    letters and digits reach the query, so no user input can change its syntax.
    """
    terms = []
    for word in query.split():
        parts = tokens(word)
        if parts:
            terms.append('"' + " ".join(parts) + '"*')
    return " ".join(terms) if terms else None
