"""Progress of v2 visits (clinical content v2, 9 and 4.3): each change judged by its band.

Worked numbers just inside and just outside each band. A change counts only beyond the band;
"meaningful" is said only for Kujala, pain and KOOS-PF, tests say "the test's usual error".
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.progress import (
    SERIES_IDS,
    SERIES_IDS_V2,
    Series,
    VisitPoint,
    progress_series,
    verdict_words,
)
from kneedesk.core.protocol import load_protocol
from kneedesk.core.scoring import KUJALA
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem

V1 = load_protocol("runners-knee", 1)
V2 = load_protocol("runners-knee", 2)
DAYS = (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
MASS = 70.0


def series_of(series_id: str, *answers: dict[str, Any], protocol: Any = V2, **kw: Any) -> Series:
    visits = [VisitPoint(day, Answers(a)) for day, a in zip(DAYS, answers, strict=False)]
    return next(s for s in progress_series(visits, protocol, **kw) if s.id == series_id)


def both(item_id: str, left: float, right: float) -> dict[str, Any]:
    return {"body_mass": MASS, item_id: {"left": left, "right": right}}


def first_verdicts(s: Series) -> dict[str, str | None]:
    return {line.key: line.change.verdict_since_first for line in s.lines}


def words_since_first(s: Series) -> dict[str, str]:
    out = {}
    for line in s.lines:
        verdict = line.change.verdict_since_first
        assert verdict is not None
        out[line.key] = verdict_words(s, verdict)
    return out


def test_v2_visits_get_the_section_9_series_and_v1_visits_keep_theirs() -> None:
    assert tuple(s.id for s in progress_series([], V2)) == SERIES_IDS_V2
    assert tuple(s.id for s in progress_series([], V1)) == SERIES_IDS
    assert {"knee_extension_bw", "y_anterior", "tsk11", "rtr_stage"} <= set(SERIES_IDS_V2)
    assert all(s.rule is None for s in progress_series([], V1))


def test_hip_strength_band_is_15_percent_of_the_earlier_value() -> None:
    # Left 100 N -> 114 N is +14%: within. Right 100 N -> 116 N is +16%: improved.
    s = series_of(
        "abduction_bw", both("hip.abduction_force", 100, 100), both("hip.abduction_force", 114, 116)
    )
    assert first_verdicts(s) == {"left": "within", "right": "improved"}
    assert words_since_first(s) == {
        "left": "within the test's usual error",
        "right": "improved, more than the test's usual error",
    }
    assert s.lines[1].change.percent_since_first == pytest.approx(16.0)


def test_hip_strength_drop_beyond_15_percent_is_worse() -> None:
    # 100 N -> 86 N is -14%: within (v1 called a 10% drop meaningful); -> 84 N is worse.
    s = series_of(
        "extension_bw", both("hip.extension_force", 100, 100), both("hip.extension_force", 86, 84)
    )
    assert first_verdicts(s) == {"left": "within", "right": "worse"}
    assert words_since_first(s)["right"] == "worse, more than the test's usual error"
    assert not s.lines[0].change.meaningful_since_first
    v1 = series_of(
        "extension_bw",
        both("hip.extension_force", 100, 100),
        both("hip.extension_force", 86, 84),
        protocol=V1,
    )
    assert v1.lines[0].change.meaningful_since_first  # v1 rule kept for v1 visits


def test_knee_extension_band_is_20_percent() -> None:
    # 300 N -> 359 N is +19.7%: within; 300 N -> 361 N is +20.3%: improved.
    s = series_of(
        "knee_extension_bw",
        both("knee.extension_force", 300, 300),
        both("knee.extension_force", 359, 361),
    )
    assert s.title == "Knee extension strength"
    assert first_verdicts(s) == {"left": "within", "right": "improved"}


def test_knee_to_wall_band_is_1_9_cm() -> None:
    # 8.0 -> 9.8 cm (+1.8) within; 8.0 -> 10.0 cm (+2.0) improved.
    s = series_of(
        "knee_to_wall", both("ankle.knee_to_wall", 8.0, 8.0), both("ankle.knee_to_wall", 9.8, 10.0)
    )
    assert first_verdicts(s) == {"left": "within", "right": "improved"}
    assert s.band(s.lines[0]) == pytest.approx((6.1, 9.9))
    worse = series_of(
        "knee_to_wall", both("ankle.knee_to_wall", 8.0, 8.0), both("ankle.knee_to_wall", 6.2, 6.0)
    )
    assert first_verdicts(worse) == {"left": "within", "right": "worse"}


def test_knee_to_wall_band_holds_in_inches() -> None:
    units = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
    s = series_of(
        "knee_to_wall",
        both("ankle.knee_to_wall", 8.0, 8.0),
        both("ankle.knee_to_wall", 9.8, 10.0),
        units=units,
    )
    assert s.unit == "in"
    assert s.mcid == pytest.approx(1.9 / 2.54)
    assert first_verdicts(s) == {"left": "within", "right": "improved"}


def test_y_anterior_reach_band_is_8_6_cm() -> None:
    # 60 -> 68.5 cm (+8.5) within; 60 -> 68.7 cm (+8.7) improved; 60 -> 51.3 (-8.7) worse.
    s = series_of(
        "y_anterior", both("balance.y_anterior", 60, 60), both("balance.y_anterior", 68.5, 68.7)
    )
    assert first_verdicts(s) == {"left": "within", "right": "improved"}
    worse = series_of(
        "y_anterior", both("balance.y_anterior", 60, 60), both("balance.y_anterior", 51.5, 51.3)
    )
    assert first_verdicts(worse) == {"left": "within", "right": "worse"}


def _kujala(**changed: str) -> dict[str, Any]:
    best = {item.id: item.options[0].key for item in V2.items_scored_by(KUJALA)}
    return {**best, **changed}


def test_kujala_band_is_10_points_and_says_meaningful() -> None:
    k100 = _kujala()
    k90 = _kujala(**{"kujala.stairs": "unable"})
    k91 = _kujala(**{"kujala.limp": "slight_or_periodic", "kujala.running": "severe_pain"})
    worse = series_of("kujala", k100, k90)
    within = series_of("kujala", k100, k91)
    better = series_of("kujala", k90, k100)
    assert [p.value for p in worse.lines[0].points] == [100, 90]
    assert words_since_first(worse) == {"total": "a meaningful worsening"}
    assert words_since_first(within) == {"total": "not a meaningful change"}
    assert words_since_first(better) == {"total": "a meaningful improvement"}


def test_pain_band_is_2_points_lower_is_better() -> None:
    pain = [{"pain.usual": 6}, {"pain.usual": 4}, {"pain.usual": 5.5}]
    s = series_of("pain", *pain)
    usual = s.lines[0].change
    assert usual.verdict_since_first == "within"  # 6 -> 5.5
    assert usual.verdict_since_last == "within"  # 4 -> 5.5 (+1.5)
    s2 = series_of("pain", {"pain.usual": 6}, {"pain.usual": 4})
    assert s2.lines[0].change.verdict_since_first == "improved"
    s3 = series_of("pain", {"pain.usual": 3}, {"pain.usual": 5})
    assert verdict_words(s3, "worse") == "a meaningful worsening"
    assert s3.lines[0].change.verdict_since_first == "worse"


def test_since_last_uses_the_previous_value_for_percent_bands() -> None:
    # 100 -> 110 -> 128 N: +28% since first (improved), +16.4% since last (improved).
    s = series_of(
        "abduction_bw",
        both("hip.abduction_force", 100, 100),
        both("hip.abduction_force", 110, 110),
        both("hip.abduction_force", 128, 125),
    )
    left, right = (line.change for line in s.lines)
    assert (left.verdict_since_first, left.verdict_since_last) == ("improved", "improved")
    assert (right.verdict_since_first, right.verdict_since_last) == ("improved", "within")


def test_bands_follow_the_clinic_settings() -> None:
    t = Thresholds(mdc_knee_to_wall_cm=1.5)
    s = series_of(
        "knee_to_wall",
        both("ankle.knee_to_wall", 8.0, 8.0),
        both("ankle.knee_to_wall", 9.4, 9.5),
        thresholds=t,
    )
    assert first_verdicts(s) == {"left": "within", "right": "improved"}


def test_new_v2_measures() -> None:
    tsk = series_of("tsk11", {"psych.tsk11_total": 31}, {"psych.tsk11_total": 24})
    assert [p.value for p in tsk.lines[0].points] == [31, 24]
    assert tsk.higher_is_better is False
    assert tsk.rule is None
    stage = series_of("rtr_stage", {"rtr.stage": "not_running"}, {"rtr.stage": "easy_continuous"})
    assert [p.value for p in stage.lines[0].points] == [0, 2]
    lsi = series_of(
        "lsi",
        {"symptom_side": "left", "knee.extension_force": {"left": 270, "right": 300}},
        {"symptom_side": "left", "knee.extension_force": {"left": 285, "right": 300}},
    )
    knee = next(line for line in lsi.lines if line.key == "knee_extension")
    assert [p.value for p in knee.points] == [90, 95]
