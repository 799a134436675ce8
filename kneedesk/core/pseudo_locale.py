"""A pseudo-language for testing layouts: every message accented and about 40% longer.

"Save changes" reads "[Šàvé çhàñgéš ···]": the accents show text that skipped the catalogue
(it stays plain), the brackets show a label cut at either end, and the dots stand for the
longer words of German or French. Placeholders ("{side}", "%1", "%n"), markup ("<b>") and
keyboard accelerators ("&Save") are kept as they are, so every format call still works.
The code "qps" (Windows' "pseudo-locale" tag) is accepted by `use_language` but never offered
in a chooser.
"""

from __future__ import annotations

import gettext
import re

PSEUDO = "qps"
_ACCENTED = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÀàÇçÉéÎîÑñÖöŠšÜüÝýŽž")
# Kept as written: str.format fields, Qt's %1/%n, markup tags, entities, and "&&".
_KEEP = re.compile(r"\{[^{}]*\}|%\d|%n|<[^<>]*>|&[a-zA-Z]+;|&&|\n")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """`text` accented and lengthened; empty text stays empty."""
    if not text.strip():
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    visible = len(_KEEP.sub("", text))
    dots = max(1, round(visible * GROWTH) - 2)
    # In words of up to eight dots, so the padding wraps like the longer words it stands for.
    padding = " ".join("·" * min(8, dots - start) for start in range(0, dots, 8))
    return f"[{body} {padding}]"


class PseudoTranslations(gettext.NullTranslations):
    """A gettext catalogue that answers every message with its pseudo form."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)
