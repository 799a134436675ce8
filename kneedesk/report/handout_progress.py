"""The handout's "Your progress" section: charts over visits with the change in words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from babel.dates import format_skeleton
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kneedesk.core.bands import Verdict
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.i18n import N_, SOURCE_LANGUAGE, _, current_language
from kneedesk.core.locale_format import MONTHS, local_number
from kneedesk.core.progress import Line, Series, meaningful_words, percent_words, verdict_words
from kneedesk.core.pseudo_locale import PSEUDO
from kneedesk.report import handout_text as txt
from kneedesk.report import handout_text_v2 as txt_v2
from kneedesk.report.blocks import Styles, grid, heading
from kneedesk.report.charts import progress_chart

UNIT_WORDS = {
    "points": N_("Points"),
    "/10": N_("Scored out of 10"),
    "% body weight": N_("Per cent of body weight"),
    "%": N_("Per cent"),
    "cm": N_("Centimetres"),
    "in": N_("Inches"),
    "km": N_("Kilometres"),
    "mi": N_("Miles"),
    "steps/min": N_("Steps per minute"),
    "points (0 best, 6 worst)": N_("Points, 0 to 6"),
}
SHORT_UNITS = {"% body weight": "%", "%": "%", "/10": "/10", "points (0 best, 6 worst)": ""}
CHART_HEIGHT = 44 * mm


def date_labeller(dates: Sequence[date]) -> Callable[[date], str]:
    """Axis labels: "9 Oct", with the year added when visits span more than one year
    (in the active language: "9.10.", "9 oct.")."""
    years = {d.year for d in dates}
    language = current_language()
    babel_locale = "de" if language == PSEUDO else language
    # German's "16. Aug." runs into its neighbours under a chart; "16.8." is how it is written.
    month = "M" if babel_locale == "de" else "MMM"

    def label(day: date) -> str:
        if language != SOURCE_LANGUAGE:
            skeleton = f"d{month}" if len(years) <= 1 else f"d{month}yy"
            return str(format_skeleton(skeleton, day, locale=babel_locale))
        text = f"{day.day} {MONTHS[day.month - 1][:3]}"
        return text if len(years) <= 1 else f"{text} {day.year % 100:02d}"

    return label


def _with_unit(value: float, unit: str, digits: int) -> str:
    short = SHORT_UNITS.get(unit)
    if short is None:
        short = "" if unit == "points" else f" {_(unit)}"  # "steps/min": "pasos/min"
    return f"{local_number(fmt_number(value, digits))}{short}"


def _signed(value: float, digits: int) -> str:
    text = local_number(fmt_number(value, digits))
    return text if text.startswith("-") or text == "0" else f"+{text}"


def _judgement(meaningful: bool, improved: bool | None) -> str:
    if not meaningful:
        return ""
    if improved is True:
        # Translators: this and the next two follow a change, e.g. "4/10 → 2/10 since your
        # first visit (-2), a meaningful improvement"; they start with a comma.
        return _(", a meaningful improvement")
    if improved is False:
        return _(", a meaningful change for the worse")
    return _(", a meaningful change")


def _printed(value: float, digits: int) -> float:
    return float(f"{value:.{digits}f}")


def printed_change(start: float, end: float, digits: int) -> float:
    """The change between the values as printed, so "23% → 29%" says +6, never +5."""
    return _printed(end, digits) - _printed(start, digits)


def change_digits(decimals: int, start: float, end: float, change: float | None) -> int:
    """The series' decimals, or one more when rounding would print a real change as none.

    With whole numbers 19.6 → 20.2 would print as "20 → 20"; one decimal more prints
    "19.6 → 20.2 (+0.6)".
    """
    if change and fmt_number(start, decimals) == fmt_number(end, decimals):
        return decimals + 1
    return decimals


def _band_words(
    series: Series,
    verdict: Verdict | None,
    percent: float | None,
    meaningful: bool,
    improved: bool | None,
) -> str:
    """After the change: the v2 band's verdict (as on screen), or the v1 meaningful words."""
    if series.rule is None:
        return _judgement(meaningful, improved)
    text = percent_words(series, percent)
    return text + (f", {verdict_words(series, verdict)}" if verdict is not None else "")


def change_sentence(series: Series, line: Line) -> str:
    """The change of one line in words, e.g. "Usual pain: 4/10 → 2/10 since your first visit"."""
    measured = line.measured
    if len(measured) < 2 or line.points[-1].value is None:
        return ""
    first, latest = measured[0].value, line.points[-1].value
    assert first is not None
    c = line.change
    d = change_digits(series.decimals, first, latest, c.since_first)
    name = f"{line.label}: " if len(series.lines) > 1 else ""
    text = name + _("{first} → {latest} since your first visit").format(
        first=_with_unit(first, series.unit, d), latest=_with_unit(latest, series.unit, d)
    )
    if c.since_first is not None:
        text += f" ({_signed(printed_change(first, latest, d), d)})"
    text += _band_words(
        series,
        c.verdict_since_first,
        c.percent_since_first,
        c.meaningful_since_first,
        c.improved_since_first,
    )
    before = line.points[-2].value if len(line.points) >= 3 else None
    if before is not None and c.since_last is not None:
        change = _signed(printed_change(before, latest, d), d)
        text += "; " + _("{change} since your last visit").format(change=change)
        text += _band_words(
            series,
            c.verdict_since_last,
            c.percent_since_last,
            c.meaningful_since_last,
            c.improved_since_last,
        )
    return text + "."


def _unit_words(unit: str) -> str:
    """The chart's unit in words ("Per cent of body weight"); an unknown unit as it is."""
    return _(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit


def _points(value: float) -> str:
    """A meaningful change of the knee score or pain with its unit: "10 points"."""
    # Translators: a change of the knee score or of pain, e.g. "10 points" or "1.5 points".
    return _("{number} points").format(number=local_number(fmt_number(value, 2)))


def _direction(series: Series) -> str:
    if series.higher_is_better is True:
        return _("Higher is better.")
    if series.higher_is_better is False:
        return _("Lower is better.")
    return ""


def progress_section(
    series: Sequence[Series], width: float, styles: Styles, *, kujala_mcid: float, pain_mcid: float
) -> list[Flowable]:
    """Charts for the series the patient follows; empty when there is nothing to compare."""
    v2 = any(s.rule is not None for s in series)
    titles = {**txt.PATIENT_SERIES, **(txt_v2.PATIENT_SERIES_V2 if v2 else {})}
    shown = [s for s in series if s.id in titles and s.has_trend]
    if not shown:
        return []
    col_w = (width - 10) / 2
    label = date_labeller([p.date for p in shown[0].lines[0].points])
    cells: list[list[Flowable]] = []
    for s in shown:
        sentences = [t for line in s.lines if (t := change_sentence(s, line))]
        parts: list[Flowable] = [
            Paragraph(f"<b>{_(titles[s.id])}</b>", styles["body"]),
            Paragraph(f"{_unit_words(s.unit)}. {_direction(s)}", styles["small"]),
            Spacer(1, 3),
            progress_chart(s, col_w, CHART_HEIGHT, label),
            Spacer(1, 3),
        ]
        parts += [Paragraph(t, styles["body"]) for t in sentences]
        cells.append(parts)
    # Worded by the rule that marks the changes, so a change of exactly 10 points is meaningful
    # in the words as it is in the sentences under the charts.
    intro = _(txt.PROGRESS_INTRO).format(
        kujala=meaningful_words(_points(kujala_mcid)),
        pain=meaningful_words(_points(pain_mcid)),
    )
    if v2:  # 9: the tests' bands are their usual error, not a meaningful change
        intro += " " + _(txt_v2.PROGRESS_BAND)
    return [
        *heading(_(txt.SECTION_PROGRESS), styles, keep=90 * mm),
        Paragraph(intro, styles["body"]),
        Spacer(1, 8),
        grid(cells, width, columns=2, gap=10),
    ]
