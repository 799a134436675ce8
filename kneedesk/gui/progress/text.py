"""Words and numbers around the progress charts: values with units, dates, changes.

Plain functions (no widgets), so the wording is easy to test and the charts stay about
drawing. Their words are the GUI's, looked up in Qt's catalogue (context "ProgressText")
when they are written; dates and decimal separators follow the language of the GUI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape, unescape

from PySide6.QtCore import QCoreApplication

from kneedesk.core.bands import CHANGE_RULE, Verdict
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.i18n import SOURCE_LANGUAGE, _, current_language
from kneedesk.core.locale_format import MONTHS, local_number, short_date
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

POINTS = "points"
OUT_OF_6 = "points (0 best, 6 worst)"
# How a value of the other series units is written after the number ("" = no unit); units
# are the clinic's and are not translated.
VALUE_UNITS = {
    "/10": "/10",
    "% body weight": "% BW",
    "%": "%",
}
# Units whose change is written as a bare number: a change on a score out of 10 is not "/10".
BARE_CHANGE_UNITS = frozenset({"/10", OUT_OF_6, RTR_STAGE_UNIT})
# Languages whose dates are written as another's: the layout-testing pseudo-language ("qps")
# writes them as German does, as `locale_format` does.
DATES_AS = {"qps": "de"}


def short_day(day: date, *, with_year: bool = False, language: str | None = None) -> str:
    """An axis label: "12 Nov", or "12 Nov 25" when the visits span more than one year
    ("12 nov", "12. Nov." in other languages, with their own month names)."""
    language = language or current_language()
    if language == SOURCE_LANGUAGE:
        text = f"{day.day} {MONTHS[day.month - 1][:3]}"
    else:
        from babel.dates import format_skeleton  # loaded on the first non-English use

        text = str(format_skeleton("MMMd", day, locale=DATES_AS.get(language, language)))
    return f"{text} {day.year % 100:02d}" if with_year else text


def long_day(day: date) -> str:
    """A date in a hover label: "12 Nov 2026" ("12 nov 2026", "12.11.2026")."""
    return short_date(day)


def spans_years(days: Sequence[date]) -> bool:
    """Whether axis labels need the year."""
    return len({d.year for d in days}) > 1


def _amount(number: str, unit: str, *, change: bool = False, singular: bool = True) -> str:
    """A number already written ("62", "+1.4", "\u22122") with its unit: "62 points",
    "1 point", "4/10", "3 of 6", "10.5 cm". A change (`change`) on a score out of 10 or 6,
    or of a running stage, is the bare number; `singular` allows "1 point"."""
    shown = local_number(number)
    if change and unit in BARE_CHANGE_UNITS:
        return shown
    if unit == POINTS:
        if singular and number.lstrip("+\u2212") == "1":
            return QCoreApplication.translate("ProgressText", "{number} point").format(number=shown)
        return QCoreApplication.translate("ProgressText", "{number} points").format(number=shown)
    if unit == OUT_OF_6:
        # Translators: a score of the scale that runs from 0 (best) to 6 (worst).
        return QCoreApplication.translate("ProgressText", "{number} of 6").format(number=shown)
    if unit == RTR_STAGE_UNIT:
        # Translators: a return-to-running stage, from 0 (not running) to 5 (full training).
        return QCoreApplication.translate("ProgressText", "{number} of 5").format(number=shown)
    return shown + VALUE_UNITS.get(unit, f" {unit}")


def _unit_caption(unit: str) -> str:
    """What a value of this unit is, beside a chart's title (the unit itself by default)."""
    if unit == "/10":
        return QCoreApplication.translate("ProgressText", "scored 0 to 10")
    if unit == "% body weight":
        return QCoreApplication.translate("ProgressText", "% of body weight")
    if unit == OUT_OF_6:
        return QCoreApplication.translate("ProgressText", "points, 0 best to 6 worst")
    if unit == RTR_STAGE_UNIT:
        return QCoreApplication.translate("ProgressText", "stage, 0 not running to 5 full training")
    return unit


def _not_asked() -> str:
    """The core's "not asked (v1 visit)", in the GUI's language."""
    return _(NOT_ASKED_V1)


def line_name(line: Line, painful_side: str | None) -> str:
    """A line's name, with the painful side said in words: "Left (painful)"."""
    if line.key in ("left", "right") and painful_side in (line.key, "both"):
        # Translators: {line} is a side ("Left", "Right") of a chart; this one hurts.
        return QCoreApplication.translate("ProgressText", "{line} (painful)").format(
            line=line.label
        )
    return line.label


def value_text(series: Series, value: float) -> str:
    """A value with its unit: "62 points", "1 point", "4/10", "24.3% BW", "10.5 cm"."""
    return _amount(fmt_number(value, series.decimals), series.unit)


def signed_change(series: Series, delta: float) -> str:
    """A change with its sign and unit: "+12 points", "-2", "+1.4 cm"."""
    number = fmt_number(delta, series.decimals)
    if not number.startswith("-") and number != "0":
        number = f"+{number}"
    number = number.replace("-", "\u2212")  # a real minus sign reads better than a hyphen
    return _amount(number, series.unit, change=True)  # "+1 point", "\u22121 point"


def caption(series: Series) -> str:
    """The unit (or what the value is) and direction beside a chart title.

    "points · higher is better"; the LSI says how it is worked out, in the summary's words.
    """
    parts = [series.definition or _unit_caption(series.unit)]
    if series.higher_is_better is True:
        parts.append(QCoreApplication.translate("ProgressText", "higher is better"))
    elif series.higher_is_better is False:
        parts.append(QCoreApplication.translate("ProgressText", "lower is better"))
    return " \u00b7 ".join(parts)


def judgement(meaningful: bool, improved: bool | None) -> str:
    """Words for a meaningful change ("" when it is not meaningful)."""
    if not meaningful:
        return ""
    if improved is True:
        return QCoreApplication.translate("ProgressText", "meaningful improvement")
    if improved is False:
        return QCoreApplication.translate("ProgressText", "meaningful worsening")
    return QCoreApplication.translate("ProgressText", "meaningful change")


def _cell(series: Series, delta: float, meaningful: bool, better: bool | None) -> str:
    text = escape(signed_change(series, delta))
    words = escape(judgement(meaningful, better))
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
        return QCoreApplication.translate("ProgressText", "not measured"), ""
    if line.points[-1].not_asked:
        # Translators: {not_asked} is "not asked (v1 visit)".
        text = QCoreApplication.translate("ProgressText", "latest visit: {not_asked}")
        return text.format(not_asked=_not_asked()), ""
    if line.points[-1].value is None:
        return QCoreApplication.translate("ProgressText", "not measured at the latest visit"), ""
    if len(measured) < 2 or c.since_first is None:
        if any(p.not_asked for p in line.points):
            text = QCoreApplication.translate(
                "ProgressText", "measured once; earlier visits: {not_asked}"
            )
            return text.format(not_asked=_not_asked()), ""
        return QCoreApplication.translate("ProgressText", "measured once"), ""
    if series.rule is not None:
        first = _judged(series, c.since_first, c.verdict_since_first, c.percent_since_first)
    else:
        first = _cell(series, c.since_first, c.meaningful_since_first, c.improved_since_first)
    if c.since_last is None:
        before = line.points[-2]
        if before.not_asked:
            return first, _not_asked()
        return first, QCoreApplication.translate("ProgressText", "not measured at the last visit")
    if series.rule is not None:
        return first, _judged(series, c.since_last, c.verdict_since_last, c.percent_since_last)
    last = _cell(series, c.since_last, c.meaningful_since_last, c.improved_since_last)
    return first, last


def point_words(series: Series, line: Line, index: int) -> str:
    """One visit's value of a line in words: "31 points", "not asked (v1 visit)" or ""."""
    point = line.points[index]
    if point.not_asked:
        return _not_asked()
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
        # Translators: after a visit's date: a visit recorded with version 1 of the protocol.
        marks.append(QCoreApplication.translate("ProgressText", "v1 visit"))
    if point.date in drafts:
        # Translators: after a visit's date: the visit is not signed yet.
        marks.append(QCoreApplication.translate("ProgressText", "draft"))
    day = long_day(point.date) + "".join(f" ({m})" for m in marks)
    return f"{name}{words}\n{day}"


def describe_words(series: Series, names: Sequence[str]) -> str:
    """Every value in words, for screen readers; v1 visits' v2-only values "not asked"."""
    parts = []
    nothing = QCoreApplication.translate("ProgressText", "not measured")
    for line, label in zip(series.lines, names, strict=True):
        values = ", ".join(
            f"{long_day(p.date)} {words}"
            for k, p in enumerate(line.points)
            if (words := point_words(series, line, k))
        )
        parts.append(f"{label}: {values or nothing}")
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
        rule = meaningful_words(f"{local_number(size)}%")
        return QCoreApplication.translate(
            "ProgressText",
            "A change of {rule} of the earlier value is meaningful (marked \u2605).",
        ).format(rule=rule)
    if series.unit == POINTS or series.unit in BARE_CHANGE_UNITS:
        amount = QCoreApplication.translate("ProgressText", "{number} points").format(
            number=local_number(size)
        )
    else:
        amount = _amount(size, series.unit, singular=False)
    below, beyond = not_meaningful_words(amount), meaningful_words(amount)
    if len(series.lines) > 1:
        label = series.lines[0].label
        # English writes the line's name in the sentence in small letters; other languages
        # keep its own capitals (a German noun, an abbreviation) and quote it.
        line = label.lower() if current_language() == SOURCE_LANGUAGE else label
        return QCoreApplication.translate(
            "ProgressText",
            "Shaded: {below} from the first {line} score. "
            "A change of {beyond} is meaningful (marked \u2605).",
        ).format(below=below, line=line, beyond=beyond)
    return QCoreApplication.translate(
        "ProgressText",
        "Shaded: {below} from the first visit. A change of {beyond} is meaningful (marked \u2605).",
    ).format(below=below, beyond=beyond)


def error_caption(series: Series) -> str:
    """The shaded band of a test (strength, knee-to-wall, Y reach): its usual error."""
    assert series.mcid is not None
    number = fmt_number(series.mcid, 2)
    if series.relative:
        size = f"{local_number(number)}%"
        return QCoreApplication.translate(
            "ProgressText",
            "Shaded: the test's usual error, \u00b1{size} of each side's first value. "
            "A change of {beyond} of the earlier value is more than the test's usual error "
            "(marked \u2605); a smaller one may be noise.",
        ).format(size=size, beyond=meaningful_words(size))
    size = _amount(number, series.unit, change=True, singular=False)
    return QCoreApplication.translate(
        "ProgressText",
        "Shaded: the test's usual error, \u00b1{size} around each side's first value. "
        "A change of {beyond} is more than the test's usual error (marked \u2605); "
        "a smaller one may be noise.",
    ).format(size=size, beyond=meaningful_words(size))
