"""The repositories' SQL, written once in SQLite's parameter styles, as psycopg wants it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def to_psycopg(sql: str, *, named: bool = False) -> str:
    """`?` placeholders become `%s` and a literal `%` becomes `%%`, outside quoted text.

    With `named` (the parameters are a mapping, as sqlite3 takes them), `:name` placeholders
    become `%(name)s`; a PostgreSQL cast (`::text`) stays itself. Quoted strings ('...') and
    identifiers ("...") are copied as they are, so a `?`, `:` or `%` inside them stays itself.
    """
    out: list[str] = []
    quote = ""
    i = 0
    while i < len(sql):
        char = sql[i]
        i += 1
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
        elif char == ":" and named and sql[i : i + 1] == ":":
            out.append("::")
            i += 1
        elif char == ":" and named and _starts_name(sql, i):
            end = i
            while end < len(sql) and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i:end]})s")
            i = end
        else:
            out.append(char)
    return "".join(out)


def _starts_name(sql: str, at: int) -> bool:
    return at < len(sql) and (sql[at].isalpha() or sql[at] == "_")
