"""Unit conversion: exact factors, the clinic's display settings, and round trips."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneedesk.core.protocol import Protocol
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem, convert, is_known_unit

# (value, from, to, expected) with the defining factors written out.
EXACT = [
    (1.0, "lb", "kg", 0.45359237),  # 1 lb = 0.45359237 kg (by definition)
    (100.0, "kg", "lb", 100 / 0.45359237),  # = 220.4622621848776 lb
    (1.0, "in", "cm", 2.54),  # 1 in = 2.54 cm
    (10.0, "cm", "in", 10 / 2.54),  # = 3.937007874015748 in
    (1.0, "mi", "km", 1.609344),  # 1 mi = 1.609344 km
    (10.0, "km", "mi", 10 / 1.609344),  # = 6.2137119223733395 mi
    (1.0, "kgf", "N", 9.80665),  # 1 kgf = standard gravity x 1 kg
    (1.0, "lbf", "N", 4.4482216152605),  # 1 lbf = 0.45359237 x 9.80665 N
    (100.0, "N", "kgf", 100 / 9.80665),  # = 10.197162129779283 kgf
    (100.0, "N", "lbf", 100 / 4.4482216152605),  # = 22.480894309971048 lbf
    (1.0, "lbf", "kgf", 0.45359237),  # the same mass under the same gravity
    (1.0, "mph", "km/h", 1.609344),  # a mile an hour is 1.609344 km an hour
    (10.0, "km/h", "mph", 10 / 1.609344),
    (1.0, "m", "cm", 100.0),
    (1.0, "in", "m", 0.0254),
]


@pytest.mark.parametrize(("value", "src", "dst", "expected"), EXACT)
def test_exact_factors(value: float, src: str, dst: str, expected: float) -> None:
    assert convert(value, src, dst) == pytest.approx(expected, rel=1e-12)


def test_same_unit_is_identity() -> None:
    assert convert(12.3, "cm", "cm") == 12.3


@pytest.mark.parametrize(
    ("src", "dst"),
    [("kg", "N"), ("cm", "km"), ("mi", "in"), ("lbf", "lb"), ("km/h", "km"), ("N", "m")],
)
def test_cross_quantity_conversion_is_refused(src: str, dst: str) -> None:
    with pytest.raises(ValueError, match="cannot convert"):
        convert(1.0, src, dst)


@pytest.mark.parametrize("unit", ["stone", "ft", "", "KG"])
def test_unknown_unit_is_refused(unit: str) -> None:
    assert not is_known_unit(unit)
    with pytest.raises(ValueError, match="unknown unit"):
        convert(1.0, unit, "kg")


@pytest.mark.parametrize("unit", ["kg", "lb", "cm", "in", "km", "mi", "N", "kgf", "lbf", "mph"])
def test_known_units(unit: str) -> None:
    assert is_known_unit(unit)


# --- display settings ---------------------------------------------------------------------

SHOWN = [
    # item, metric, us
    ("body_mass", "kg", "lb"),
    ("height", "cm", "in"),
    ("leg_length", "cm", "in"),
    ("balance.y_anterior", "cm", "in"),
    ("ankle.knee_to_wall", "cm", "in"),
    ("load.weekly_distance", "km", "mi"),
    ("load.longest_run_week", "km", "mi"),
    ("running.speed", "km/h", "mph"),
    # No quantity: shown in the stored unit whatever the setting.
    ("hip.side_plank", "s", "s"),
    ("running.cadence", "steps/min", "steps/min"),
    ("pain.usual", "/10", "/10"),
    ("symptom_side", None, None),
]


@pytest.mark.parametrize(("item_id", "metric", "us"), SHOWN)
def test_unit_for(protocol: Protocol, item_id: str, metric: str | None, us: str | None) -> None:
    item = protocol.item(item_id)
    assert DisplayUnits(UnitSystem.METRIC).unit_for(item) == metric
    assert DisplayUnits(UnitSystem.US).unit_for(item) == us


@pytest.mark.parametrize("system", list(UnitSystem))
@pytest.mark.parametrize(
    ("force", "unit"),
    [(ForceUnit.NEWTON, "N"), (ForceUnit.KILOGRAM_FORCE, "kgf"), (ForceUnit.POUND_FORCE, "lbf")],
)
def test_force_follows_its_own_setting(
    protocol: Protocol, system: UnitSystem, force: ForceUnit, unit: str
) -> None:
    settings = DisplayUnits(system, force)
    for item_id in ("hip.abduction_force", "knee.extension_force"):
        assert settings.unit_for(protocol.item(item_id)) == unit


def test_defaults_are_metric_and_newton() -> None:
    assert DisplayUnits() == DisplayUnits(UnitSystem.METRIC, ForceUnit.NEWTON)


@pytest.mark.parametrize(
    ("settings", "item_id", "shown", "stored"),
    [
        (DisplayUnits(UnitSystem.US), "body_mass", 150.0, 150 * 0.45359237),  # 68.0388555 kg
        (DisplayUnits(UnitSystem.US), "leg_length", 36.0, 36 * 2.54),  # 91.44 cm
        (DisplayUnits(UnitSystem.US), "load.weekly_distance", 20.0, 20 * 1.609344),  # 32.18688
        (DisplayUnits(UnitSystem.US), "running.speed", 6.0, 6 * 1.609344),  # 9.656064 km/h
        (DisplayUnits(force=ForceUnit.KILOGRAM_FORCE), "hip.abduction_force", 15.0, 147.09975),
        # 15 kgf x 9.80665 = 147.09975 N
        (DisplayUnits(force=ForceUnit.POUND_FORCE), "hip.abduction_force", 30.0, 133.446648457815),
        # 30 lbf x 4.4482216152605 = 133.446648457815 N
        (DisplayUnits(UnitSystem.METRIC), "body_mass", 61.5, 61.5),
        (DisplayUnits(UnitSystem.US), "running.cadence", 168.0, 168.0),
    ],
)
def test_to_stored_and_back(
    protocol: Protocol, settings: DisplayUnits, item_id: str, shown: float, stored: float
) -> None:
    item = protocol.item(item_id)
    assert settings.to_stored(item, shown) == pytest.approx(stored, rel=1e-9)
    assert settings.to_shown(item, settings.to_stored(item, shown)) == pytest.approx(shown)


# --- properties -----------------------------------------------------------------------------

PAIRS = [
    ("kg", "lb"),
    ("cm", "in"),
    ("m", "in"),
    ("km", "mi"),
    ("N", "kgf"),
    ("N", "lbf"),
    ("kgf", "lbf"),
    ("km/h", "mph"),
]
values = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(deadline=None)
@given(value=values, pair=st.sampled_from(PAIRS), flip=st.booleans())
def test_round_trip(value: float, pair: tuple[str, str], flip: bool) -> None:
    src, dst = reversed(pair) if flip else pair
    assert convert(convert(value, src, dst), dst, src) == pytest.approx(value, rel=1e-12, abs=1e-9)


@settings(deadline=None)
@given(value=values, pair=st.sampled_from(PAIRS))
def test_conversion_is_linear(value: float, pair: tuple[str, str]) -> None:
    src, dst = pair
    assert convert(2 * value, src, dst) == pytest.approx(2 * convert(value, src, dst), rel=1e-12)
