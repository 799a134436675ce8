"""The colour tokens are the only place colours are written, and their text and background
pairs reach WCAG AA in both appearances (the rendered check is test_appearance_contrast)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from contrast import AA_MINIMUM, ratio
from PySide6.QtGui import QColor

from kneedesk.gui.theme import DARK, LIGHT, Tokens, stylesheet

ROOT = Path(__file__).resolve().parents[2]
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(")
# Paper, not the screen: an exported chart is drawn on white in both appearances.
PAPER = {"kneedesk/gui/progress/export.py"}

# Text token, then the backgrounds it is written on.
TEXT_ON = {
    "ink": ("surface", "canvas", "sunken", "header", "alt_row", "hover"),
    "ink_strong": ("surface", "canvas"),
    "subtitle": ("surface", "canvas"),
    "muted": ("surface", "canvas", "sunken", "header"),
    "placeholder": ("surface",),
    "accent_ink": ("surface", "canvas", "sunken"),
    "danger": ("surface", "canvas", "sunken"),
    "danger_ink": ("danger_bg",),
    "warn_ink": ("warn_bg",),
    "painful": ("surface",),
    "selection_ink": ("selection",),
    "on_accent": (
        "accent",
        "badge_neutral",
        "badge_priority",
        "badge_attention",
        "badge_info",
    ),
    "lock_ink": ("lock_bg",),
}


@pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reaches_aa_on_its_backgrounds(tokens: Tokens) -> None:
    low = [
        f"{text} on {back}: {value:.2f}:1"
        for text, backs in TEXT_ON.items()
        for back in backs
        if (value := ratio(QColor(getattr(tokens, text)), QColor(getattr(tokens, back))))
        < AA_MINIMUM
    ]
    assert not low


@pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=["light", "dark"])
def test_the_stylesheet_is_filled_from_the_tokens(tokens: Tokens) -> None:
    sheet = stylesheet(tokens)
    rules = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)  # the comments name "$name"
    assert "$" not in rules
    assert f"color: {tokens.ink};" in sheet


def test_no_colour_is_written_outside_the_tokens() -> None:
    """The stylesheets name tokens, and GUI code asks the theme: a colour written anywhere
    else would be the same in light and dark."""
    found = []
    sources = [*ROOT.glob("ui/*.qss"), *ROOT.glob("kneedesk/gui/**/*.py")]
    for path in sources:
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(("kneedesk/gui/forms/", "kneedesk/gui/theme/")) or name in PAPER:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COLOUR.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert not found, "colours written outside kneedesk/gui/theme:\n" + "\n".join(found)
