"""Training-load measures on numbers worked out by hand from the clinical reference: week-on-week
distance changes, the single-run spike and the cadence target.
"""

from __future__ import annotations

import pytest

from kneedesk.core.scoring import cadence_target, single_run_spike, weekly_changes


@pytest.mark.parametrize(
    ("distances", "expected"),
    [
        # most recent first: 26/20 - 1 = +30%, 20/25 - 1 = -20%, 25/20 - 1 = +25%
        ((26.0, 20.0, 25.0, 20.0), (30.0, -20.0, 25.0)),
        # 40/32 - 1 = +25%, 32/32 = 0%, 32/40 - 1 = -20%
        ((40.0, 32.0, 32.0, 40.0), (25.0, 0.0, -20.0)),
        # a zero earlier week has no percentage; 0/5 - 1 = -100%; 5/5 = 0%
        ((10.0, 0.0, 5.0, 5.0), (None, -100.0, 0.0)),
        # a missing week blanks both comparisons it is part of
        ((10.0, None, 8.0, 8.0), (None, None, 0.0)),
        ((None, 12.0, 10.0, 10.0), (None, 20.0, 0.0)),
    ],
)
def test_weekly_changes(
    distances: tuple[float | None, ...], expected: tuple[float | None, ...]
) -> None:
    result = weekly_changes(distances)
    assert len(result) == 3
    for got, want in zip(result, expected, strict=True):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want, abs=1e-9)


def test_weekly_changes_of_nothing() -> None:
    assert weekly_changes(()) == ()
    assert weekly_changes((10.0,)) == ()


@pytest.mark.parametrize(
    ("week", "prior", "expected"),
    [
        (16.5, 15.0, 10.0),  # 16.5 / 15 - 1 = 0.10
        (22.0, 10.0, 120.0),  # 22 / 10 - 1 = 1.20
        (12.0, 16.0, -25.0),  # 12 / 16 - 1 = -0.25
        (10.0, 10.0, 0.0),
    ],
)
def test_single_run_spike(week: float, prior: float, expected: float) -> None:
    assert single_run_spike(week, prior) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(("week", "prior"), [(None, 10.0), (10.0, None), (10.0, 0.0)])
def test_single_run_spike_undefined(week: float | None, prior: float | None) -> None:
    assert single_run_spike(week, prior) is None


@pytest.mark.parametrize(
    ("cadence", "low", "high"),
    [
        (160.0, 168.0, 176.0),  # 160 x 1.05, 160 x 1.10
        (150.0, 157.5, 165.0),  # 150 x 1.05, 150 x 1.10
        (170.0, 178.5, 187.0),
    ],
)
def test_cadence_target(cadence: float, low: float, high: float) -> None:
    target = cadence_target(cadence)
    assert target is not None
    assert target[0] == pytest.approx(low)
    assert target[1] == pytest.approx(high)


def test_cadence_target_without_cadence() -> None:
    assert cadence_target(None) is None
