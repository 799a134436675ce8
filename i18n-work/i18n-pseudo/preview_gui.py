"""A pytest plugin that previews the GUI once every string is wrapped: each text a widget is
given (setText, placeholders, titles, tabs, drop-down items, table and list items) comes out
in the pseudo-language, wrapped in tr() or not.

It over-approximates: data (names, paths, numbers with words) turns pseudo too. Use it to see
what will clip after the wrapping branches are merged, not as a test:

    PYTHONPATH=i18n-work/i18n-pseudo python -m pytest -p preview_gui -q \
        tests/gui/test_pseudo_layouts.py
"""

from __future__ import annotations

import re
from typing import Any

from PySide6 import QtWidgets

from kneedesk.core.pseudo_locale import pseudo

_WORDS = re.compile(r"[A-Za-z]{2,}")


def as_pseudo(text: Any) -> Any:
    """`text` in the pseudo-language unless it has no word or is pseudo already."""
    if not isinstance(text, str) or not _WORDS.search(text):
        return text
    if text.startswith("[") and text.rstrip().endswith("]"):
        return text
    return pseudo(text)


def _wrap_method(cls: Any, name: str, position: int = 0) -> None:
    original = getattr(cls, name)

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        given = list(args)
        if len(given) > position:
            given[position] = as_pseudo(given[position])
        return original(self, *given, **kwargs)

    setattr(cls, name, method)


def _wrap_list_method(cls: Any, name: str) -> None:
    original = getattr(cls, name)
    setattr(cls, name, lambda self, texts: original(self, [as_pseudo(t) for t in texts]))


def _first_text_pseudo(cls: Any, name: str) -> None:
    original = getattr(cls, name)

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        given = list(args)
        for n, value in enumerate(given):
            if isinstance(value, str):
                given[n] = as_pseudo(value)
                break
        return original(self, *given, **kwargs)

    setattr(cls, name, method)


def _constructor_pseudo(name: str) -> None:
    """Replace the class by a subclass whose constructor makes its text pseudo (kneedesk
    imports the classes after this plugin is loaded)."""
    base = getattr(QtWidgets, name)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        base.__init__(self, *(as_pseudo(a) for a in args), **kwargs)

    setattr(QtWidgets, name, type(name, (base,), {"__init__": __init__}))


W = QtWidgets
for cls, method in (
    (W.QLabel, "setText"),
    (W.QAbstractButton, "setText"),
    (W.QLineEdit, "setPlaceholderText"),
    (W.QPlainTextEdit, "setPlaceholderText"),
    (W.QGroupBox, "setTitle"),
    (W.QTableWidgetItem, "setText"),
    (W.QListWidgetItem, "setText"),
    (W.QTabBar, "addTab"),
):
    _wrap_method(cls, method)
_wrap_method(W.QTabWidget, "addTab", 1)
_wrap_method(W.QTabWidget, "insertTab", 2)
_wrap_method(W.QTabWidget, "setTabText", 1)
_first_text_pseudo(W.QComboBox, "addItem")
_wrap_list_method(W.QComboBox, "addItems")
_wrap_list_method(W.QTableWidget, "setHorizontalHeaderLabels")
for widget in (
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QTableWidgetItem", "QListWidgetItem",
):  # fmt: skip
    _constructor_pseudo(widget)
