"""Text that is safe to store, print and show: bounded, and free of invisible control characters.

Names and chart numbers end up in lists, terminals, PDFs and file names. Control characters
(NUL, escape, ...) and bidirectional overrides make one name look like another or rewrite a
terminal line, and a lone surrogate cannot be written as UTF-8 at all, so they are refused.
"""

from __future__ import annotations

import re
import unicodedata

from kneedesk.core.i18n import _

# C0 and C1 controls (with DEL), the bidi embeddings/overrides U+202A-U+202E and isolates
# U+2066-U+2069, and lone surrogates (which UTF-8 cannot encode).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROL_NAMES = {
    0x00: "NUL",
    0x07: "BELL",
    0x08: "BACKSPACE",
    0x09: "TAB",
    0x0A: "LINE FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
}
CLIP_LENGTH = 80
ELLIPSIS = "…"


def describe_char(char: str) -> str:
    """A character as "U+202E (RIGHT-TO-LEFT OVERRIDE)", readable whatever the character is."""
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        name = "lone surrogate"
    elif code <= 0x1F or 0x7F <= code <= 0x9F:
        name = _CONTROL_NAMES.get(code, "control character")
    else:
        name = unicodedata.name(char, "unnamed character")
    return f"U+{code:04X} ({name})"


def unsafe_char_problem(text: str) -> str | None:
    """Why `text` cannot be a name or chart number (the first refused character), or None."""
    found = _UNSAFE.search(text)
    if found is None:
        return None
    # Translators: {char} is a code and a Unicode name, "U+202E (RIGHT-TO-LEFT OVERRIDE)".
    return _("has the invisible character {char} at character {position}; remove it").format(
        char=describe_char(found.group()), position=found.start() + 1
    )


def has_surrogate(text: str) -> bool:
    """Whether the text holds a lone surrogate (from a JSON escape like \\ud800)."""
    return not text.isascii() and re.search("[\ud800-\udfff]", text) is not None


def escape_unsafe(text: str) -> str:
    """The text with every refused character written as a \\uXXXX escape."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def clip(text: str, limit: int = CLIP_LENGTH) -> str:
    """Text shown in a message: refused characters escaped, at most `limit` characters and "…"."""
    shown = escape_unsafe(text[: limit * 2])
    if len(shown) > limit or len(text) > limit * 2:
        return shown[: limit - 1] + ELLIPSIS
    return shown
