"""The words around the progress charts, and which visit dates get a label."""

from __future__ import annotations

from datetime import date

import pytest

from kneedesk.core.progress import Change, Line, Point, Series
from kneedesk.gui.progress.axis import thin_labels
from kneedesk.gui.progress.text import (
    change_cells,
    line_name,
    meaningful_caption,
    plain,
    short_day,
    signed_change,
    value_text,
)

DAYS = (date(2025, 12, 1), date(2026, 1, 5), date(2026, 2, 2))


def change(**overrides: object) -> Change:
    values: dict[str, object] = {
        "since_first": None,
        "since_last": None,
        "meaningful_since_first": False,
        "meaningful_since_last": False,
        "improved_since_first": None,
        "improved_since_last": None,
    }
    values.update(overrides)
    return Change(**values)  # type: ignore[arg-type]


def series(unit: str, values: tuple[float | None, ...], c: Change, **kw: object) -> Series:
    points = tuple(Point(d, v) for d, v in zip(DAYS, values, strict=False))
    line = Line("total", "Total", points, c)
    defaults: dict[str, object] = {
        "mcid": None,
        "relative": False,
        "higher_is_better": True,
        "decimals": 0,
    }
    defaults.update(kw)
    return Series(id="s", title="S", unit=unit, lines=(line,), **defaults)  # type: ignore[arg-type]


def test_values_and_changes_carry_their_units() -> None:
    pain = series("/10", (5, 4, 2), change(), decimals=1)
    assert value_text(pain, 4.0) == "4/10"
    assert signed_change(pain, -2.0) == "\u22122"  # a change of a /10 score is not "/10"
    strength = series("% body weight", (20, 22, 24), change())
    assert value_text(strength, 24.4) == "24% BW"
    assert signed_change(strength, 4.0) == "+4% BW"
    length = series("in", (3, 3.5, 4), change(), decimals=1)
    assert value_text(length, 3.94) == "3.9 in"
    assert signed_change(length, 0.0) == "0 in"


def test_one_point_is_singular() -> None:
    kujala = series("points", (80, 79), change())
    assert signed_change(kujala, -1.0) == "\u22121 point"
    assert signed_change(kujala, 1.0) == "+1 point"
    assert signed_change(kujala, 12.0) == "+12 points"
    assert value_text(kujala, 1.0) == "1 point"
    assert value_text(kujala, 62.0) == "62 points"


def test_meaningful_changes_are_bold_starred_and_named() -> None:
    c = change(
        since_first=-12.0,
        since_last=-3.0,
        meaningful_since_first=True,
        improved_since_first=False,
        improved_since_last=False,
    )
    kujala = series("points", (80, 71, 68), c, mcid=10.0)
    first, last = change_cells(kujala, kujala.lines[0])
    assert first == "<b>\u221212 points \u2605 meaningful worsening</b>"
    assert last == "\u22123 points"
    assert plain(first) == "\u221212 points \u2605 meaningful worsening"


def test_missing_measurements_are_said_not_drawn_as_zero() -> None:
    never = series("points", (None, None, None), change())
    assert change_cells(never, never.lines[0]) == ("not measured", "")
    gone = series("points", (50, 60, None), change())
    assert change_cells(gone, gone.lines[0]) == ("not measured at the latest visit", "")
    once = series("points", (None, None, 60), change())
    assert change_cells(once, once.lines[0]) == ("measured once", "")


def test_caption_words_the_meaningful_rule_and_the_band() -> None:
    kujala = series("points", (60, 70, 80), change(), mcid=10.0)
    assert meaningful_caption(kujala) == (
        "Shaded: less than 10 points from the first visit. "
        "A change of 10 points or more is meaningful (marked \u2605)."
    )
    koos = series("points", (50, 60, 66.4), change(), mcid=16.4)
    assert "less than 16.4 points" in meaningful_caption(koos)  # never rounded to 16
    strength = series("% body weight", (1, 2, 3), change(), mcid=10.0, relative=True)
    assert meaningful_caption(strength) == (
        "A change of 10% or more of the earlier value is meaningful (marked \u2605)."
    )
    assert meaningful_caption(series("cm", (1, 2, 3), change())) == ""


@pytest.mark.parametrize(
    ("key", "side", "name"),
    [
        ("left", "left", "Left (painful)"),
        ("right", "left", "Right"),
        ("right", "both", "Right (painful)"),
        ("left", None, "Left"),
    ],
)
def test_painful_side_is_named(key: str, side: str | None, name: str) -> None:
    line = Line(key, key.capitalize(), (), change())
    assert line_name(line, side) == name


def test_dates_gain_the_year_only_when_needed() -> None:
    assert short_day(date(2026, 11, 12)) == "12 Nov"
    assert short_day(date(2026, 1, 5), with_year=True) == "5 Jan 26"


def test_axis_labels_thin_out_and_keep_the_latest_visit() -> None:
    xs = [0.0, 7.0, 14.0, 21.0, 70.0, 72.0]
    assert thin_labels(xs, px_per_unit=10.0, gap_px=58) == [0.0, 7.0, 14.0, 21.0, 72.0]
    assert thin_labels(xs, px_per_unit=2.0, gap_px=58) == [0.0, 72.0]
    assert thin_labels([], px_per_unit=2.0, gap_px=58) == []
