"""Clinic thresholds: the reference defaults, and settings that are checked before use."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.thresholds import Thresholds

# The defaults written in the clinical reference (sections 3 and 4).
DEFAULTS = {
    "lsi_min_percent": 90.0,
    "strength_drop_percent": 10.0,
    "side_plank_min_s": 30.0,
    "knee_to_wall_diff_cm": 2.0,
    "knee_to_wall_min_cm": 8.0,
    "single_run_spike_percent": 10.0,
    "weekly_increase_percent": 30.0,
    "heavy_squat_sessions": 3,
    "cadence_max_spm": 170.0,
    "y_anterior_diff_cm": 4.0,
    "y_composite_min_percent": 94.0,
    "kujala_mcid": 10.0,
    "pain_mcid": 2.0,
    "koos_pf_mcid": 16.4,
    # Protocol v2, clinical content v2 section 4.3.
    "mdc_hip_strength_percent": 15.0,
    "mdc_knee_strength_percent": 20.0,
    "mdc_knee_to_wall_cm": 1.9,
    "mdc_y_anterior_cm": 8.6,
    "tsk11_min": 29,
    "fpi_pronated_min": 6,
}


def test_defaults_are_the_reference_values() -> None:
    assert Thresholds().to_dict() == DEFAULTS
    assert Thresholds().changed_from_default() == {}


def test_from_dict_of_nothing_is_the_defaults() -> None:
    assert Thresholds.from_dict({}) == Thresholds()


def test_from_dict_changes_only_what_is_given() -> None:
    t = Thresholds.from_dict({"cadence_max_spm": 175, "heavy_squat_sessions": 4})
    assert t.cadence_max_spm == 175.0
    assert t.heavy_squat_sessions == 4
    assert isinstance(t.heavy_squat_sessions, int)
    assert t.lsi_min_percent == 90.0
    assert t.changed_from_default() == {"cadence_max_spm": 175.0, "heavy_squat_sessions": 4}


@pytest.mark.parametrize("key", ["cadence_max", "LSI_MIN_PERCENT", "kujala", ""])
def test_from_dict_rejects_unknown_keys(key: str) -> None:
    with pytest.raises(ValueError, match="unknown threshold") as caught:
        Thresholds.from_dict({key: 1})
    assert repr(key) in str(caught.value)


@pytest.mark.parametrize("value", ["170", None, True, [170], {"v": 1}])
def test_from_dict_rejects_non_numbers(value: Any) -> None:
    with pytest.raises(ValueError, match="must be a number") as caught:
        Thresholds.from_dict({"cadence_max_spm": value})
    assert "'cadence_max_spm'" in str(caught.value)


def test_from_dict_rejects_negative() -> None:
    with pytest.raises(ValueError, match="'weekly_increase_percent'"):
        Thresholds.from_dict({"weekly_increase_percent": -5})


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_from_dict_rejects_non_finite(value: float) -> None:
    with pytest.raises(ValueError, match="'lsi_min_percent'"):
        Thresholds.from_dict({"lsi_min_percent": value})


def test_a_whole_number_threshold_rejects_a_fraction() -> None:
    # 2.5 heavy squat sessions cannot be meant; silently using 2 would change what fires.
    with pytest.raises(ValueError, match="'heavy_squat_sessions'"):
        Thresholds.from_dict({"heavy_squat_sessions": 2.5})


def test_round_trip() -> None:
    t = Thresholds.from_dict({"pain_mcid": 1.5, "y_anterior_diff_cm": 4.5})
    assert Thresholds.from_dict(t.to_dict()) == t


def test_changed_threshold_changes_what_fires(fire: Any) -> None:
    cadence = {"running.cadence": 172.0}
    assert "low_cadence" not in fire(cadence)
    assert "low_cadence" in fire(cadence, thresholds=Thresholds.from_dict({"cadence_max_spm": 175}))
