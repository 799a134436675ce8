"""The wizard's pure logic: number parsing, not-tested keys, item and section states."""

from __future__ import annotations

import pytest

from kneedesk.core.protocol import load_protocol
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.gui.screen.display import NumberFormat
from kneedesk.gui.screen.state import (
    InputError,
    ItemStatus,
    ScreenState,
    SectionStatus,
    not_tested_key,
    parse_number,
)

PROTOCOL = load_protocol("runners-knee", 1)
US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)


@pytest.mark.parametrize(
    ("text", "value"),
    [("12.5", 12.5), ("12,5", 12.5), (" 7 ", 7.0), ("-3", -3.0), (".5", 0.5), ("", None)],
)
def test_parse_number_accepts(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["12,,5", "abc", "1e3", "12.5.1", "nan", "inf", "--1", "12a"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(InputError, match="is not a number"):
        parse_number(text)


def test_not_tested_keys_match_the_visit_document() -> None:
    assert not_tested_key("hip.side_plank", None) == "hip.side_plank"
    assert not_tested_key("hip.side_plank", "left") == "hip.side_plank:left"


def test_us_range_is_rounded_inward_and_converts_to_stored_units() -> None:
    fmt = NumberFormat(PROTOCOL.item("body_mass"), US)
    assert fmt.range_text() == "44.1 to 661.3 lb"
    assert fmt.parse("100") == pytest.approx(45.359237)
    assert fmt.parse("661.3") <= 300
    with pytest.raises(InputError, match="44.1 to 661.3 lb"):
        fmt.parse("700")


def test_whole_numbers_only_for_integer_items() -> None:
    fmt = NumberFormat(PROTOCOL.item("history.duration_weeks"), DisplayUnits())
    assert fmt.parse("7") == 7
    with pytest.raises(InputError, match="whole number"):
        fmt.parse("7.5")


def test_item_status_per_side() -> None:
    item = PROTOCOL.item("hip.side_plank")
    state = ScreenState(PROTOCOL)
    assert state.item_status(item) is ItemStatus.EMPTY
    state.set_value(item, "left", 40.0)
    assert state.item_status(item) is ItemStatus.PARTLY
    state.mark_not_tested(item, "right", "Shoulder pain")
    assert state.item_status(item) is ItemStatus.ANSWERED
    assert state.not_tested() == {"hip.side_plank:right": "Shoulder pain"}


def test_whole_mark_splits_when_one_side_is_measured() -> None:
    item = PROTOCOL.item("hip.side_plank")
    state = ScreenState(PROTOCOL, not_tested={"hip.side_plank": "No mat"})
    assert state.item_status(item) is ItemStatus.NOT_TESTED
    state.set_value(item, "left", 30.0)
    assert state.not_tested() == {"hip.side_plank:right": "No mat"}
    assert state.answers().to_dict() == {"hip.side_plank": {"left": 30.0, "right": None}}


def test_section_states() -> None:
    section = PROTOCOL.section("patient")
    state = ScreenState(PROTOCOL)
    assert state.section_status(section) is SectionStatus.NOT_STARTED
    state.set_value(PROTOCOL.item("body_mass"), None, 61.5)
    assert state.section_status(section) is SectionStatus.PARTLY
    assert [i.id for i in state.missing_required(section)] == ["symptom_side"]
    state.set_value(PROTOCOL.item("symptom_side"), None, "right")
    assert state.section_status(section) is SectionStatus.DONE
    state.set_value(PROTOCOL.item("leg_length"), "left", 88.0)  # one side only: not done
    assert state.section_status(section) is SectionStatus.PARTLY

    running = PROTOCOL.section("running")
    state.mark_not_tested(PROTOCOL.item("running.cadence"), None, "No treadmill")
    assert state.section_status(running) is SectionStatus.SKIPPED


def test_progress_text() -> None:
    state = ScreenState(PROTOCOL, {"body_mass": 61.5, "symptom_side": "left"})
    text = state.progress(0).text()
    assert text.startswith("Section 1 of 8 · 2 of 4 items here · 2 of ")
