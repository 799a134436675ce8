"""v2 progress on screen: measurement-error bands per side, and the handout's words."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kneedesk.core.answers import Answers
from kneedesk.core.progress import Series, VisitPoint, progress_series, verdict_words
from kneedesk.core.protocol import load_protocol
from kneedesk.gui.progress.chart import ChartWidget
from kneedesk.gui.progress.text import change_cells, plain
from kneedesk.report.handout_progress import change_sentence

DAYS = (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
WORDS = re.compile(
    r"(improved, more than the test's usual error|worse, more than the test's usual error|"
    r"within the test's usual error|a meaningful improvement|a meaningful worsening|"
    r"not a meaningful change)"
)


def visits(version: int) -> tuple[Series, ...]:
    def one(
        abd: tuple[float, float], wall: tuple[float, float], y: tuple[float, float], pain: float
    ) -> dict[str, Any]:
        sides = ("left", "right")
        return {
            "body_mass": 70.0,
            "symptom_side": "left",
            "pain.usual": pain,
            "hip.abduction_force": dict(zip(sides, abd, strict=True)),
            "ankle.knee_to_wall": dict(zip(sides, wall, strict=True)),
            "balance.y_anterior": dict(zip(sides, y, strict=True)),
        }

    answers = [
        one((100, 130), (8.0, 9.0), (60, 66), 6),
        one((108, 128), (8.9, 9.2), (64, 65), 5),
        one((116, 131), (9.8, 10.0), (69, 66), 3),
    ]
    points = [VisitPoint(d, Answers(a)) for d, a in zip(DAYS, answers, strict=True)]
    return progress_series(points, load_protocol("runners-knee", version))


def chart(qtbot: QtBot, series: tuple[Series, ...], series_id: str) -> ChartWidget:
    s = next(x for x in series if x.id == series_id)
    widget = ChartWidget(s, DAYS, painful_side="left")
    qtbot.addWidget(widget)
    return widget


def shaded(widget: ChartWidget) -> list[tuple[float, float]]:
    """The bands drawn (each a tint and a hatch over the same values)."""
    return widget.shown_bands()


@pytest.mark.parametrize(
    ("series_id", "left", "right", "size"),
    [
        ("abduction_bw", (100 * 0.85, 100 * 1.15), (130 * 0.85, 130 * 1.15), "\u00b115%"),
        ("knee_to_wall", (6.1, 9.9), (7.1, 10.9), "\u00b11.9 cm"),
        ("y_anterior", (51.4, 68.6), (57.4, 74.6), "\u00b18.6 cm"),
    ],
)
def test_each_side_has_its_error_band_around_its_first_value(
    qtbot: QtBot, series_id: str, left: tuple[float, float], right: tuple[float, float], size: str
) -> None:
    widget = chart(qtbot, visits(2), series_id)
    scale = 100 / (70 * 9.81) if series_id == "abduction_bw" else 1.0
    expected = [(lo * scale, hi * scale) for lo, hi in (left, right)]
    assert shaded(widget) == [pytest.approx(band) for band in expected]
    note = widget.band_note.text()
    assert f"the test's usual error, {size}" in note
    assert "meaningful" not in note


def test_v1_strength_has_no_band_and_keeps_its_words(qtbot: QtBot) -> None:
    widget = chart(qtbot, visits(1), "abduction_bw")
    assert shaded(widget) == []
    assert "usual error" not in widget.changes.text_of("left")
    assert "meaningful" in widget.band_note.text()


def test_the_change_words_under_a_chart_name_the_band_verdict(qtbot: QtBot) -> None:
    widget = chart(qtbot, visits(2), "abduction_bw")
    # Left 100 N -> 116 N (+16%): improved; right 130 N -> 131 N: within.
    assert widget.changes.text_of("left").startswith(
        "Since first visit: +2% BW (+16% of before) \u2605 improved, "
        "more than the test's usual error"
    )
    assert "\u2605" not in widget.changes.text_of("right")
    assert "within the test's usual error" in widget.changes.text_of("right")


def test_screen_and_handout_give_the_same_words_for_the_same_visits() -> None:
    compared = 0
    for s in visits(2):
        if s.rule is None:
            continue
        for line in s.lines:
            screen = [WORDS.findall(plain(cell)) for cell in change_cells(s, line) if cell]
            printed = change_sentence(s, line)
            if not printed:
                continue
            expected = [
                verdict_words(s, v)
                for v in (line.change.verdict_since_first, line.change.verdict_since_last)
                if v is not None
            ]
            assert [w for cell in screen for w in cell] == expected, (s.id, line.key)
            assert WORDS.findall(printed) == expected, (s.id, line.key, printed)
            compared += 1
    assert compared >= 7  # pain, both sides of hip, knee-to-wall and Y reach
