"""The repositories' SQL, written once with SQLite's `?` placeholders, as psycopg wants it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def to_psycopg(sql: str) -> str:
    """`?` placeholders become `%s` and a literal `%` becomes `%%`, outside quoted text.

    Quoted strings ('...') and identifiers ("...") are copied as they are, so a `?` or a `%`
    inside them stays itself.
    """
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            out.append("%%" if char == "%" else char)
            if char == quote:
                quote = ""
            continue
        if char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)
