"""Words and numbers around the progress charts: values with units, dates, changes.

Pure functions (no Qt), so the wording is easy to test and the charts stay about drawing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape, unescape

from kneedesk.core.bands import CHANGE_RULE, Verdict
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.progress import (
    NOT_ASKED_V1,
    Line,
    Series,
    meaningful_words,
    not_meaningful_words,
    percent_words,
    verdict_words,
)
from kneedesk.core.progress_v2 import RTR_STAGE_UNIT

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# How a value of each series unit is written after the number ("" = no unit).
VALUE_UNITS = {
    "points": " points",
    "/10": "/10",
    "% body weight": "% BW",
    "%": "%",
    "points (0 best, 6 worst)": " of 6",
    RTR_STAGE_UNIT: " of 5",
}
# How a change is written: a change on a score out of 10 is not itself "/10".
CHANGE_UNITS = {"/10": "", "points (0 best, 6 worst)": "", RTR_STAGE_UNIT: ""}
UNIT_CAPTIONS = {
    "/10": "scored 0 to 10",
    "% body weight": "% of body weight",
    "points (0 best, 6 worst)": "points, 0 best to 6 worst",
    RTR_STAGE_UNIT: "stage, 0 not running to 5 full training",
}


def short_day(day: date, *, with_year: bool = False) -> str:
    """An axis label: "12 Nov", or "12 Nov 25" when the visits span more than one year."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year % 100:02d}" if with_year else text


def long_day(day: date) -> str:
    """A date in a hover label: "12 Nov 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def spans_years(days: Sequence[date]) -> bool:
    """Whether axis labels need the year."""
    return len({d.year for d in days}) > 1


def _unit_suffix(unit: str) -> str:
    return VALUE_UNITS.get(unit, f" {unit}")


def line_name(line: Line, painful_side: str | None) -> str:
    """A line's name, with the painful side said in words: "Left (painful)"."""
    if line.key in ("left", "right") and painful_side in (line.key, "both"):
        return f"{line.label} (painful)"
    return line.label


def value_text(series: Series, value: float) -> str:
    """A value with its unit: "62 points", "1 point", "4/10", "24.3% BW", "10.5 cm"."""
    number = fmt_number(value, series.decimals)
    unit = _unit_suffix(series.unit)
    return f"{number}{' point' if unit == ' points' and number == '1' else unit}"


def signed_change(series: Series, delta: float) -> str:
    """A change with its sign and unit: "+12 points", "-2", "+1.4 cm"."""
    number = fmt_number(delta, series.decimals)
    if not number.startswith("-") and number != "0":
        number = f"+{number}"
    number = number.replace("-", "\u2212")  # a real minus sign reads better than a hyphen
    unit = CHANGE_UNITS.get(series.unit, _unit_suffix(series.unit))
    if unit == " points" and number.lstrip("+\u2212") == "1":
        unit = " point"  # "+1 point", "\u22121 point"
    return f"{number}{unit}"


def caption(series: Series) -> str:
    """The unit (or what the value is) and direction beside a chart title.

    "points · higher is better"; the LSI says how it is worked out, in the summary's words.
    """
    parts = [series.definition or UNIT_CAPTIONS.get(series.unit, series.unit)]
    if series.higher_is_better is True:
        parts.append("higher is better")
    elif series.higher_is_better is False:
        parts.append("lower is better")
    return " \u00b7 ".join(parts)


def judgement(meaningful: bool, improved: bool | None) -> str:
    """Words for a meaningful change ("" when it is not meaningful)."""
    if not meaningful:
        return ""
    if improved is True:
        return "meaningful improvement"
    if improved is False:
        return "meaningful worsening"
    return "meaningful change"


def _cell(series: Series, delta: float, meaningful: bool, better: bool | None) -> str:
    text = escape(signed_change(series, delta))
    words = judgement(meaningful, better)
    # Bold, a star and words, so a meaningful change never rests on colour alone.
    return f"<b>{text} \u2605 {words}</b>" if words else text


def _judged(series: Series, delta: float, verdict: Verdict | None, percent: float | None) -> str:
    """A v2 cell: the change and its band's verdict; beyond the band in bold with a star."""
    text = escape(signed_change(series, delta) + percent_words(series, percent))
    if verdict is None:
        return text
    words = escape(verdict_words(series, verdict))
    if verdict == "within":
        return f"{text}, {words}"
    return f"<b>{text} \u2605 {words}</b>"


def change_cells(series: Series, line: Line) -> tuple[str, str]:
    """One line's change as rich text: (since the first visit, since the last visit)."""
    c = line.change
    measured = line.measured
    if not measured:
        return "not measured", ""
    if line.points[-1].not_asked:
        return f"latest visit: {NOT_ASKED_V1}", ""
    if line.points[-1].value is None:
        return "not measured at the latest visit", ""
    if len(measured) < 2 or c.since_first is None:
        if any(p.not_asked for p in line.points):
            return f"measured once; earlier visits: {NOT_ASKED_V1}", ""
        return "measured once", ""
    if series.rule is not None:
        first = _judged(series, c.since_first, c.verdict_since_first, c.percent_since_first)
    else:
        first = _cell(series, c.since_first, c.meaningful_since_first, c.improved_since_first)
    if c.since_last is None:
        before = line.points[-2]
        return first, NOT_ASKED_V1 if before.not_asked else "not measured at the last visit"
    if series.rule is not None:
        return first, _judged(series, c.since_last, c.verdict_since_last, c.percent_since_last)
    last = _cell(series, c.since_last, c.meaningful_since_last, c.improved_since_last)
    return first, last


def point_words(series: Series, line: Line, index: int) -> str:
    """One visit's value of a line in words: "31 points", "not asked (v1 visit)" or ""."""
    point = line.points[index]
    if point.not_asked:
        return NOT_ASKED_V1
    return "" if point.value is None else value_text(series, point.value)


def mixes_versions(series: Series) -> bool:
    """Whether the series has visits of protocol v1 beside later ones (v1 points marked)."""
    versions = {p.protocol_version for p in series.lines[0].points} - {None}
    return len(versions) > 1


def hover_words(series: Series, line: Line, index: int, name: str, drafts: frozenset[date]) -> str:
    """What hovering a point says: line, value (or "not asked (v1 visit)") and the date.

    Among v2 visits a v1 visit's date says "(v1 visit)"; a draft's says "(draft)".
    """
    point = line.points[index]
    words = point_words(series, line, index)
    if not words:
        raise ValueError(f"{line.label} was not measured on {point.date}.")
    marks = []
    if point.protocol_version == 1 and not point.not_asked and mixes_versions(series):
        marks.append("v1 visit")
    if point.date in drafts:
        marks.append("draft")
    day = long_day(point.date) + "".join(f" ({m})" for m in marks)
    return f"{name}{words}\n{day}"


def describe_words(series: Series, names: Sequence[str]) -> str:
    """Every value in words, for screen readers; v1 visits' v2-only values "not asked"."""
    parts = []
    for line, label in zip(series.lines, names, strict=True):
        values = ", ".join(
            f"{long_day(p.date)} {words}"
            for k, p in enumerate(line.points)
            if (words := point_words(series, line, k))
        )
        parts.append(f"{label}: {values or 'not measured'}")
    return ". ".join(parts)


def plain(html_text: str) -> str:
    """Rich text without its tags, for tests and screen readers."""
    return unescape(re.sub(r"<[^>]+>", "", html_text))


def meaningful_caption(series: Series) -> str:
    """Which changes are marked meaningful, and what the shaded band is ("" without a rule).

    Worded from the same comparison that marks the changes (`is_meaningful`), so a change
    of exactly the threshold is marked and the words say it is.
    """
    if series.mcid is None:
        return ""
    if series.rule is not None and not CHANGE_RULE[series.rule].meaningful:
        return error_caption(series)
    # The threshold as set, not rounded to the values' decimals (16.4 stays 16.4).
    size = fmt_number(series.mcid, 2)
    if series.relative:
        rule = meaningful_words(f"{size}%")
        return f"A change of {rule} of the earlier value is meaningful (marked \u2605)."
    unit = CHANGE_UNITS.get(series.unit, _unit_suffix(series.unit)) or " points"
    whose = (
        f"the first {series.lines[0].label.lower()} score"
        if len(series.lines) > 1
        else ("the first visit")
    )
    return (
        f"Shaded: {not_meaningful_words(size + unit)} from {whose}. "
        f"A change of {meaningful_words(size + unit)} is meaningful (marked \u2605)."
    )


def error_caption(series: Series) -> str:
    """The shaded band of a test (strength, knee-to-wall, Y reach): its usual error."""
    assert series.mcid is not None
    if series.relative:
        size = f"{fmt_number(series.mcid, 2)}%"
        around = "of each side's first value"
        beyond = f"{meaningful_words(size)} of the earlier value"
    else:
        unit = CHANGE_UNITS.get(series.unit, _unit_suffix(series.unit))
        size = f"{fmt_number(series.mcid, 2)}{unit}"
        around = "around each side's first value"
        beyond = meaningful_words(size)
    return (
        f"Shaded: the test's usual error, \u00b1{size} {around}. A change of {beyond} is "
        "more than the test's usual error (marked \u2605); a smaller one may be noise."
    )
