"""progress_series: the one computation of progress the charts and the handout share."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_helpers import doc

from kneedesk.core.answers import Answers
from kneedesk.core.progress import SERIES_IDS, Series, VisitPoint, progress_series
from kneedesk.core.protocol import load_protocol
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem

PROTOCOL = load_protocol("runners-knee", 1)


def _visits() -> list[VisitPoint]:
    docs = [doc("ana-visit-3.json"), doc("example-visit.json"), doc("example-followup.json")]
    return [VisitPoint(d.visit.date, d.answers) for d in docs]  # deliberately unsorted


def _by_id(series: tuple[Series, ...]) -> dict[str, Series]:
    return {s.id: s for s in series}


def test_every_series_of_the_protocol_is_returned_in_order() -> None:
    assert tuple(s.id for s in progress_series(_visits(), PROTOCOL)) == SERIES_IDS


def test_points_are_sorted_by_date_and_changes_use_first_and_last() -> None:
    kujala = _by_id(progress_series(_visits(), PROTOCOL))["kujala"]
    line = kujala.lines[0]
    assert [p.date for p in line.points] == sorted(p.date for p in line.points)
    assert [p.value for p in line.points] == [74, 88, 93]
    assert line.change.since_first == 19
    assert line.change.since_last == 5
    assert line.change.meaningful_since_first
    assert not line.change.meaningful_since_last  # below the 10-point MCID
    assert line.change.improved_since_first is True


def test_pain_drop_of_two_is_meaningful_and_an_improvement() -> None:
    pain = _by_id(progress_series(_visits(), PROTOCOL))["pain"]
    usual = next(line for line in pain.lines if line.key == "usual")
    assert usual.change.since_first == -3
    assert usual.change.meaningful_since_first
    assert usual.change.improved_since_first is True
    assert pain.mcid == 2


def test_strength_is_percent_body_weight_per_side() -> None:
    abduction = _by_id(progress_series(_visits()[1:2], PROTOCOL))["abduction_bw"]
    right = next(line for line in abduction.lines if line.key == "right")
    assert right.points[0].value == pytest.approx(141 / (61.5 * 9.81) * 100)
    assert not abduction.has_trend


def test_display_units_convert_lengths_and_distances() -> None:
    units = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
    series = _by_id(progress_series(_visits(), PROTOCOL, units=units))
    assert series["weekly_distance"].unit == "mi"
    assert series["weekly_distance"].lines[0].points[0].value == pytest.approx(42 / 1.609344)
    assert series["knee_to_wall"].unit == "in"


def test_missing_values_are_gaps_not_zeros() -> None:
    visits = [
        VisitPoint(date(2026, 1, 1), Answers({"pain.usual": 5})),
        VisitPoint(date(2026, 2, 1), Answers({})),
    ]
    pain = _by_id(progress_series(visits, PROTOCOL))["pain"]
    usual = pain.lines[0]
    assert [p.value for p in usual.points] == [5, None]
    assert usual.change.since_first is None
    assert usual.change.since_last is None
    assert not usual.change.meaningful_since_first
    assert not _by_id(progress_series(visits, PROTOCOL))["cadence"].has_data


def test_knee_to_wall_keeps_half_centimetres() -> None:
    series = _by_id(progress_series(_visits(), PROTOCOL))["knee_to_wall"]
    assert series.decimals == 1
    assert [p.value for p in series.lines[1].points] == [9.0, 10.5, 11.0]
