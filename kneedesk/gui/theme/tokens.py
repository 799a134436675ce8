"""KneeDesk's colours, named for what they do, in a light and a dark set.

Every colour the app draws comes from here: the stylesheet template (ui/*.qss, `$name`
placeholders), the Qt palette, the section icons, the summary's tables and the progress
charts. Text colours are chosen for at least 4.5:1 contrast (WCAG AA) on the backgrounds
they are used on; `tests/gui/test_appearance_contrast.py` measures it on rendered screens.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum


class Scheme(Enum):
    """The two appearances."""

    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Tokens:
    """One appearance's colours (#rrggbb)."""

    # Surfaces, from the window's canvas to the fields and cards on it.
    canvas: str
    surface: str
    sunken: str  # the section column, the wizard's footer, how-to notes
    header: str  # table headers, button hover, disabled buttons
    alt_row: str
    hover: str
    line: str
    line_soft: str  # dividers between rows
    field_border: str
    button_border: str
    # Text.
    ink: str
    ink_strong: str  # page titles and headings
    subtitle: str
    muted: str
    placeholder: str  # hints in empty fields: lighter than muted, still 4.5:1 on surface
    disabled_ink: str
    selection: str
    selection_ink: str
    # The accent: filled (primary buttons), its text, focus rings and accent text.
    accent: str
    accent_hover: str
    on_accent: str
    accent_disabled: str
    focus: str
    accent_ink: str  # links, the clinic's name
    # Problems and warnings.
    danger: str  # error text, invalid borders, the red-flag edge
    danger_bg: str
    danger_ink: str  # text on danger_bg
    warn_bg: str
    warn_ink: str  # text on warn_bg
    warn_line: str
    warn_line_soft: str
    painful: str
    # Badges: white text on these in both appearances.
    badge_neutral: str
    badge_priority: str
    badge_attention: str
    badge_info: str
    finding_edge: str
    # The lock screen.
    lock_bg: str
    lock_ink: str
    # Section states in the wizard's list (each also has its own shape).
    status_not_started: str
    status_partly: str
    status_done: str
    status_skipped: str
    status_current: str
    # Progress charts (lines also differ by dash and marker).
    chart_blue: str
    chart_orange: str
    chart_slate: str
    chart_grid: str
    band_fill: str
    band_hatch: str
    band_edge: str
    # Angles drawn on a photograph: one strong colour with a dark outline reads on any scene,
    # in either appearance.
    photo_mark: str
    photo_mark_outline: str

    def as_dict(self) -> dict[str, str]:
        """Name to colour, for filling the stylesheet template."""
        return asdict(self)


LIGHT = Tokens(
    canvas="#f5f7fa",
    surface="#ffffff",
    sunken="#f3f5f8",
    header="#f0f4f8",
    alt_row="#f8fafc",
    hover="#e8edf3",
    line="#d9e2ec",
    line_soft="#e6e9ee",
    field_border="#b8c0cc",
    button_border="#9fb3c8",
    ink="#1f2933",
    ink_strong="#14213d",
    subtitle="#334e68",
    muted="#4f5b67",
    placeholder="#636e7a",
    disabled_ink="#9aa5b1",
    selection="#d6e7f5",
    selection_ink="#102a43",
    accent="#1d5f8a",
    accent_hover="#174c6e",
    on_accent="#ffffff",
    accent_disabled="#c9d6e5",
    focus="#2f6fb3",
    accent_ink="#1d5f8a",
    danger="#b3261e",
    danger_bg="#fdecea",
    danger_ink="#7a1710",
    warn_bg="#fff6e0",
    warn_ink="#5c4200",
    warn_line="#d08700",
    warn_line_soft="#e9c46a",
    painful="#9a3412",
    badge_neutral="#5b6270",
    badge_priority="#b3261e",
    badge_attention="#9a6200",
    badge_info="#2f6fb3",
    finding_edge="#8a8f98",
    lock_bg="#102a43",
    lock_ink="#ffffff",
    status_not_started="#8a8f98",
    status_partly="#b26a00",
    status_done="#1e7a3a",
    status_skipped="#5b6270",
    status_current="#2f5d8a",
    chart_blue="#1d5f8a",
    chart_orange="#b35900",
    photo_mark="#ffb000",
    photo_mark_outline="#000000",
    chart_slate="#486581",
    chart_grid="#e4e9ef",
    band_fill="#e8f0f7",
    band_hatch="#bcccdc",
    band_edge="#9fb3c8",
)

DARK = Tokens(
    canvas="#15191e",
    surface="#1d2329",
    sunken="#191e24",
    header="#262d35",
    alt_row="#21272e",
    hover="#2b333c",
    line="#343d48",
    line_soft="#2b323a",
    field_border="#5a6571",
    button_border="#64707d",
    ink="#e3e8ed",
    ink_strong="#f4f6f8",
    subtitle="#bccad8",
    muted="#a9b4bf",
    placeholder="#8b96a1",
    disabled_ink="#6f7a86",
    selection="#24476b",
    selection_ink="#eef5fc",
    accent="#2f6fb3",
    accent_hover="#285f9a",
    on_accent="#ffffff",
    accent_disabled="#2e3b49",
    focus="#6aaee6",
    accent_ink="#8cc4f0",
    danger="#ff8f85",
    danger_bg="#3a1f1d",
    danger_ink="#ffd0ca",
    warn_bg="#33291a",
    warn_ink="#f2d48e",
    warn_line="#d99a2b",
    warn_line_soft="#7d6733",
    painful="#ffad80",
    badge_neutral="#5b6270",
    badge_priority="#b3261e",
    badge_attention="#8c5900",
    badge_info="#2f6fb3",
    finding_edge="#6e7783",
    lock_bg="#0b1622",
    lock_ink="#ffffff",
    status_not_started="#8d96a1",
    status_partly="#d4902a",
    status_done="#3fa45f",
    status_skipped="#7d8692",
    status_current="#5b93c7",
    chart_blue="#6aaee6",
    chart_orange="#ee9a4d",
    photo_mark="#ffb000",
    photo_mark_outline="#000000",
    chart_slate="#a3bad0",
    chart_grid="#2b323a",
    band_fill="#1f3042",
    band_hatch="#3d536a",
    band_edge="#62809c",
)

TOKENS = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}
