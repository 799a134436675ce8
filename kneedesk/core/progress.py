"""Progress over visits: the measures the charts and the printed handout follow, one series each.

The GUI charts and the PDF both draw from `progress_series`, so they always agree on which
values were measured, how they were converted and which changes count as meaningful.
"""

from __future__ import annotations

from collections.abc import Sequence

from kneedesk.core.answers import Answers, Side
from kneedesk.core.bands import CHANGE_RULE, Verdict, change_verdict, change_words
from kneedesk.core.findings.model import fmt_number
from kneedesk.core.i18n import _
from kneedesk.core.locale_format import local_number
from kneedesk.core.progress_model import (
    NOT_ASKED_V1,
    Change,
    Getter,
    Line,
    Point,
    Series,
    Spec,
    VisitPoint,
    latest_week,
    lsi_of,
    percent_bw,
    plain,
    side_labels,
    side_value,
)
from kneedesk.core.progress_v2 import SERIES_IDS_V2, specs_v2
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import DECIMALS, LSI_DEFINITION, checklist_points, kujala
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits

__all__ = [
    "NOT_ASKED_V1",
    "SERIES_IDS",
    "SERIES_IDS_V2",
    "Change",
    "Line",
    "Point",
    "Series",
    "VisitPoint",
    "is_meaningful",
    "meaningful_words",
    "not_meaningful_words",
    "percent_words",
    "progress_series",
    "verdict_words",
]


def is_meaningful(size: float, threshold: float) -> bool:
    """Whether a change of this size (absolute) is meaningful: reaching the threshold counts.

    clinical.md 4.3 counts a change of exactly the threshold (Kujala -10, pain +2) and the
    settings say "at least this many points". Every mark uses this test and every caption
    words it with `meaningful_words`/`not_meaningful_words`, so the two cannot disagree.
    """
    return size >= threshold


def meaningful_words(threshold: str) -> str:
    """The rule of `is_meaningful` in words, for a threshold already written with its unit."""
    return _("{threshold} or more").format(threshold=threshold)


def not_meaningful_words(threshold: str) -> str:
    """The other side of `is_meaningful` in words: changes that are not meaningful."""
    return _("less than {threshold}").format(threshold=threshold)


def _delta(a: float | None, b: float | None) -> float | None:
    # Rounded as scoring rounds its differences, so 6.4 - 4.4 is the 2 the clinic typed.
    return None if a is None or b is None else round(a - b, DECIMALS)


def _meaningful(
    delta: float | None, before: float | None, mcid: float | None, relative: bool
) -> bool:
    if delta is None or mcid is None:
        return False
    if relative:
        if before is None or before <= 0:
            return False
        return is_meaningful(round(abs(delta) / before * 100.0, DECIMALS), mcid)
    return is_meaningful(abs(delta), mcid)


def _percent(delta: float | None, before: float | None) -> float | None:
    if delta is None or before is None or before <= 0:
        return None
    return round(delta / before * 100.0, DECIMALS)


def _better(delta: float | None, higher_is_better: bool | None) -> bool | None:
    if delta is None or higher_is_better is None or delta == 0:
        return None
    return (delta > 0) == higher_is_better


def _verdict(
    spec: Spec, before: float | None, now: float | None, thresholds: Thresholds
) -> Verdict | None:
    if spec.rule is None or before is None or now is None:
        return None
    # Judged on the stored values (cm), so a band in cm holds whatever the display unit.
    return change_verdict(spec.rule, before / spec.scale, now / spec.scale, thresholds)


def _change(points: Sequence[Point], spec: Spec, thresholds: Thresholds) -> Change:
    """Latest visit against the first measured value and against the visit before it."""
    latest = points[-1].value if points else None
    measured = [p.value for p in points[:-1] if p.value is not None]
    first = measured[0] if measured else None
    last = points[-2].value if len(points) >= 2 else None
    since_first, since_last = _delta(latest, first), _delta(latest, last)
    if spec.rule is not None:  # v2 (4.3): a change counts only beyond the band
        v_first = _verdict(spec, first, latest, thresholds)
        v_last = _verdict(spec, last, latest, thresholds)
        return Change(
            since_first=since_first,
            since_last=since_last,
            meaningful_since_first=v_first in ("improved", "worse"),
            meaningful_since_last=v_last in ("improved", "worse"),
            improved_since_first=_better(since_first, spec.higher_is_better),
            improved_since_last=_better(since_last, spec.higher_is_better),
            verdict_since_first=v_first,
            verdict_since_last=v_last,
            percent_since_first=_percent(since_first, first) if spec.relative else None,
            percent_since_last=_percent(since_last, last) if spec.relative else None,
        )
    return Change(
        since_first=since_first,
        since_last=since_last,
        meaningful_since_first=_meaningful(since_first, first, spec.mcid, spec.relative),
        meaningful_since_last=_meaningful(since_last, last, spec.mcid, spec.relative),
        improved_since_first=_better(since_first, spec.higher_is_better),
        improved_since_last=_better(since_last, spec.higher_is_better),
    )


def percent_words(series: Series, percent: float | None) -> str:
    """A change in % of the earlier value, for bands of that kind: " (+16% of before)"."""
    if not series.relative or percent is None:
        return ""
    # One decimal when whole numbers would put the change on the band's edge (19.7 and
    # 20.3 both print as 20 against a 20% band, yet only one of them is beyond it).
    digits = 1 if fmt_number(abs(percent), 0) == fmt_number(series.mcid or 0.0, 0) else 0
    number = fmt_number(percent, digits)
    sign = "+" if not number.startswith("-") and number != "0" else ""
    # Translators: {change} is a signed percentage such as "+16" or "-8".
    change = f"{sign}{local_number(number)}".replace("-", "\u2212")
    return " " + _("({change}% of before)").format(change=change)


def verdict_words(series: Series, verdict: Verdict) -> str:
    """A v2 change judged by its band, in the words the screen and the handout both print.

    Wording rule 4: "meaningful" only for Kujala, pain and KOOS-PF ("a meaningful
    improvement"); a test's change says whether it is more than the test's usual error, and
    which way it went ("improved, more than the test's usual error").
    """
    assert series.rule is not None
    words = change_words(series.rule, verdict)
    if CHANGE_RULE[series.rule].meaningful or verdict == "within":
        return words
    if verdict == "improved":
        # Translators: {words} is "more than the test's usual error".
        return _("improved, {words}").format(words=words)
    return _("worse, {words}").format(words=words)


def _specs(protocol: Protocol, thresholds: Thresholds, units: DisplayUnits) -> list[Spec]:
    """Every series of clinical.md section 6, in the order charts are shown."""

    def step_down(side: Side) -> Getter:
        def get(a: Answers) -> float | None:
            points = checklist_points(a, protocol, "hip.step_down", side)
            return None if points is None else float(points)

        return get

    def kujala_total(a: Answers) -> float | None:
        total = kujala(a, protocol).total
        return None if total is None else float(total)

    length_item = protocol.item("ankle.knee_to_wall")
    length_unit = units.unit_for(length_item) or "cm"
    length_scale = units.to_shown(length_item, 1.0)
    distance_item = protocol.item("load.weekly_distance")
    distance_unit = units.unit_for(distance_item) or "km"
    distance_scale = units.to_shown(distance_item, 1.0)
    sides = side_labels()

    specs = [
        Spec(
            "kujala",
            _("Kujala score"),
            "points",
            (("total", _("Kujala total"), kujala_total),),
            mcid=thresholds.kujala_mcid,
            higher_is_better=True,
            value_range=(0.0, 100.0),
        ),
        Spec(
            "pain",
            _("Pain"),
            "/10",
            (
                ("usual", _("Usual pain"), plain("pain.usual")),
                ("worst_week", _("Worst pain this week"), plain("pain.worst_week")),
                ("running", _("Pain when running"), plain("pain.running")),
            ),
            mcid=thresholds.pain_mcid,
            higher_is_better=False,
            value_range=(0.0, 10.0),
            decimals=1,
        ),
        Spec(
            "koos_pf",
            _("KOOS-PF score"),
            "points",
            (("score", "KOOS-PF", plain("koos_pf.score")),),
            mcid=thresholds.koos_pf_mcid,
            higher_is_better=True,
            value_range=(0.0, 100.0),
            decimals=1,  # the form's score has a decimal, as has its 16.4-point threshold
        ),
    ]
    for item_id, name in (
        ("hip.abduction_force", _("Hip abduction strength")),
        ("hip.external_rotation_force", _("Hip external rotation strength")),
        ("hip.extension_force", _("Hip extension strength")),
    ):
        specs.append(
            Spec(
                item_id.removeprefix("hip.").removesuffix("_force") + "_bw",
                name,
                "% body weight",
                tuple((s, label, percent_bw(item_id, s)) for s, label in sides),
                mcid=thresholds.strength_drop_percent,
                relative=True,
                higher_is_better=True,
            )
        )
    specs += [
        Spec(
            "lsi",
            _("Hip strength symmetry (LSI)"),
            "%",
            (
                ("abduction", _("Abduction"), lsi_of("hip.abduction_force")),
                (
                    "external_rotation",
                    _("External rotation"),
                    lsi_of("hip.external_rotation_force"),
                ),
                ("extension", _("Extension"), lsi_of("hip.extension_force")),
            ),
            higher_is_better=True,
            reference=thresholds.lsi_min_percent,
            reference_label=_("{percent}% return-to-sport convention").format(
                percent=local_number(fmt_number(thresholds.lsi_min_percent))
            ),
            definition=_(LSI_DEFINITION),
        ),
        Spec(
            "step_down",
            _("Step-down score"),
            "points (0 best, 6 worst)",
            tuple((s, label, step_down(s)) for s, label in sides),
            higher_is_better=False,
            value_range=(0.0, 6.0),
        ),
        Spec(
            "knee_to_wall",
            _("Knee-to-wall"),
            length_unit,
            tuple(
                (s, label, side_value("ankle.knee_to_wall", s, length_scale)) for s, label in sides
            ),
            higher_is_better=True,
            decimals=1,
        ),
        Spec(
            "weekly_distance",
            _("Weekly running distance"),
            distance_unit,
            (
                (
                    "latest_week",
                    _("This week (7 days up to the visit)"),
                    latest_week(distance_scale),
                ),
            ),
        ),
        Spec(
            "cadence",
            _("Cadence"),
            "steps/min",
            (("cadence", _("Cadence"), plain("running.cadence")),),
        ),
    ]
    return specs


def _point(visit: VisitPoint, spec: Spec, get: Getter) -> Point:
    """One visit's value; a measure its protocol did not ask is "not asked", not missing."""
    version = visit.protocol_version
    if version is not None and version < spec.asked_from:
        return Point(visit.date, None, version, not_asked=True)
    return Point(visit.date, get(visit.answers), version)


def progress_series(
    visits: Sequence[VisitPoint],
    protocol: Protocol,
    thresholds: Thresholds | None = None,
    units: DisplayUnits | None = None,
) -> tuple[Series, ...]:
    """Every progress series over these visits (sorted by date), in display units.

    A protocol of version 2 or later gives the series of clinical content v2 section 9, with
    the bands of 4.3; version 1 keeps its own series and rules. Each series is returned even
    when nothing was measured (check `has_data`/`has_trend`).
    """
    ordered = sorted(visits, key=lambda v: v.date)
    limits, shown = thresholds or Thresholds(), units or DisplayUnits()
    specs = _specs(protocol, limits, shown)
    if protocol.version >= 2:
        specs = specs_v2(specs, protocol, limits, shown)
    result: list[Series] = []
    for spec in specs:
        lines = []
        for key, label, get in spec.lines:
            points = tuple(_point(v, spec, get) for v in ordered)
            lines.append(Line(key, label, points, _change(points, spec, limits)))
        result.append(
            Series(
                id=spec.id,
                title=spec.title,
                unit=spec.unit,
                lines=tuple(lines),
                mcid=spec.mcid,
                relative=spec.relative,
                higher_is_better=spec.higher_is_better,
                reference=spec.reference,
                reference_label=spec.reference_label,
                value_range=spec.value_range,
                decimals=spec.decimals,
                definition=spec.definition,
                rule=spec.rule,
            )
        )
    return tuple(result)


# The v1 series (runners-knee version 1 visits).
SERIES_IDS: tuple[str, ...] = (
    "kujala",
    "pain",
    "koos_pf",
    "abduction_bw",
    "external_rotation_bw",
    "extension_bw",
    "lsi",
    "step_down",
    "knee_to_wall",
    "weekly_distance",
    "cadence",
)
