"""Marking GUI text for Qt's catalogue where it is written, translating it where it is shown.

Module-level text (a constant, a table's column titles) must not be translated at import,
before the clinician's language is known. It is marked with `QT_TRANSLATE_NOOP(context,
text)`, which pyside6-lupdate gathers into the catalogue under `context`, and translated
where it is shown with `QCoreApplication.translate(context, CONSTANT)` (or `self.tr` in a
class of that name). PySide6's own QT_TRANSLATE_NOOP is typed as returning `object`; this one
is the same function typed `str`, under the name lupdate looks for.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate reads)
    """`source`, unchanged: lupdate files it under `context`."""
    del context
    return source
