"""Visit documents: single values, whole documents, round trips."""

from __future__ import annotations

import copy
import json
import math
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kneedesk.core.protocol import Item, Kind, load_protocol
from kneedesk.core.visit_doc import (
    Problem,
    VisitDoc,
    VisitDocError,
    check_value,
    load_visit_doc,
    parse_visit_doc,
)

PROTOCOL = load_protocol()


def item(item_id: str) -> Item:
    return PROTOCOL.item(item_id)


# --- check_value ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item_id", "value"),
    [
        ("body_mass", 20),  # minimum, as an int
        ("body_mass", 300.0),  # maximum
        ("body_mass", 61.5),
        ("history.duration_weeks", 0),
        ("history.duration_weeks", 520),
        ("hip.lever_arm", 0.2),
        ("hip.lever_arm", 1.2),
        ("running.cadence", 120),
        ("running.cadence", 230),
        ("red_flags.trauma", False),
        ("symptom_side", "both"),
        ("history.pain_location", []),
        ("history.pain_location", ["around_kneecap", "behind_kneecap"]),
        ("hip.step_down", ["arm_strategy", "knee_medial_to_foot", "unsteady"]),
        ("load.weekly_distance", [42, 30.5, 0, 500]),
        ("load.weekly_distance", [42, None, 31, 28]),  # a blank week
        ("body_mass", None),  # not answered
    ],
)
def test_valid_values_pass(item_id: str, value: Any) -> None:
    assert check_value(item(item_id), value) == []


@pytest.mark.parametrize(
    ("item_id", "value", "expected"),
    [
        ("body_mass", 350, "body_mass: 350 is outside 20 to 300 kg"),
        ("body_mass", 19.99, "body_mass: 19.99 is outside 20 to 300 kg"),
        ("body_mass", 300.01, "body_mass: 300.01 is outside 20 to 300 kg"),
        ("hip.lever_arm", 0.19, "hip.lever_arm: 0.19 is outside 0.2 to 1.2 m"),
        ("history.duration_weeks", 521, "history.duration_weeks: 521 is outside 0 to 520 weeks"),
        ("history.duration_weeks", -1, "history.duration_weeks: -1 is outside 0 to 520 weeks"),
        ("pain.usual", 11, "pain.usual: 11 is outside 0 to 10"),
        ("body_mass", True, "body_mass: must be a number (20 to 300 kg), not true"),
        ("body_mass", "61.5", 'body_mass: must be a number (20 to 300 kg), not "61.5"'),
        ("body_mass", math.nan, "body_mass: must be a finite number (20 to 300 kg), not NaN"),
        (
            "body_mass",
            math.inf,
            "body_mass: must be a finite number (20 to 300 kg), not Infinity",
        ),
        (
            "history.duration_weeks",
            3.5,
            "history.duration_weeks: must be a whole number (0 to 520 weeks), not 3.5",
        ),
        ("red_flags.trauma", 1, "red_flags.trauma: must be true or false, not 1"),
        (
            "symptom_side",
            "rigth",
            'symptom_side: unknown option key "rigth" (allowed: left, right, both)',
        ),
        (
            "symptom_side",
            ["right"],
            'symptom_side: must be one option key (one of: left, right, both), not ["right"]',
        ),
        (
            "hip.single_leg_squat_signs",
            ["knee_inward", "knee_inward"],
            "hip.single_leg_squat_signs: option key(s) given more than once: knee_inward",
        ),
        (
            "hip.single_leg_squat_signs",
            ["knee_in"],
            'hip.single_leg_squat_signs: unknown option key(s) "knee_in" '
            "(allowed: knee_inward, pelvic_drop, trunk_lean, poor_balance)",
        ),
        (
            "hip.step_down",
            ["knee_medial_to_second_toe", "knee_medial_to_foot"],
            "hip.step_down: knee_medial_to_second_toe and knee_medial_to_foot cannot both be "
            "ticked (tick only one of the 'knee_position' options)",
        ),
        (
            "load.weekly_distance",
            [42, 30, 31],
            "load.weekly_distance: must have 4 entries: This week, 1 week ago, 2 weeks ago, "
            "3 weeks ago; got 3",
        ),
        (
            "load.weekly_distance",
            [42, 30, 31, 501],
            "load.weekly_distance: entry 4 (3 weeks ago) 501 is outside 0 to 500 km",
        ),
        (
            "load.weekly_distance",
            [42, "30", 31, 28],
            'load.weekly_distance: entry 2 (1 week ago) must be a number (0 to 500 km), not "30"',
        ),
        (
            "load.weekly_distance",
            42,
            "load.weekly_distance: must be a list of 4 numbers (0 to 500 km), not 42",
        ),
    ],
)
def test_bad_values_name_the_item_and_what_is_allowed(
    item_id: str, value: Any, expected: str
) -> None:
    assert check_value(item(item_id), value) == [expected]


def test_a_huge_json_integer_is_out_of_range_not_a_crash() -> None:
    huge = 10**400  # what json.loads gives for a 401-digit number
    assert check_value(item("body_mass"), huge) == [f"body_mass: {huge} is outside 20 to 300 kg"]
    assert len(check_value(item("history.duration_weeks"), -huge)) == 1


def test_multi_choice_reports_unknown_and_duplicate_keys_together() -> None:
    problems = check_value(item("history.aggravators"), ["stairs", "running", "running"])
    assert len(problems) == 2
    assert all(p.startswith("history.aggravators: ") for p in problems)


NUMERIC_ITEMS = [i for i in PROTOCOL.items() if i.kind in (Kind.NUMBER, Kind.INTEGER)]


@pytest.mark.parametrize("numeric", NUMERIC_ITEMS, ids=lambda i: i.id)
def test_exact_range_edges(numeric: Item) -> None:
    assert numeric.minimum is not None
    assert numeric.maximum is not None
    step = 1 if numeric.kind is Kind.INTEGER else 0.01
    assert check_value(numeric, numeric.minimum) == []
    assert check_value(numeric, numeric.maximum) == []
    assert check_value(numeric, numeric.minimum - step) != []
    assert check_value(numeric, numeric.maximum + step) != []


@given(data=st.data())
def test_any_in_range_number_passes_and_any_outside_fails(data: st.DataObject) -> None:
    numeric = data.draw(st.sampled_from(NUMERIC_ITEMS))
    assert numeric.minimum is not None
    assert numeric.maximum is not None
    low, high = numeric.minimum, numeric.maximum
    if numeric.kind is Kind.INTEGER:
        inside: Any = data.draw(st.integers(int(low), int(high)))
        outside: Any = data.draw(
            st.one_of(st.integers(max_value=int(low) - 1), st.integers(min_value=int(high) + 1))
        )
    else:
        inside = data.draw(st.floats(low, high))
        outside = data.draw(
            st.one_of(
                st.floats(max_value=low, exclude_max=True, allow_infinity=False),
                st.floats(min_value=high, exclude_min=True, allow_infinity=False),
            )
        )
    assert check_value(numeric, inside) == []
    problems = check_value(numeric, outside)
    assert len(problems) == 1
    assert problems[0].startswith(f"{numeric.id}: ")
    assert "is outside" in problems[0]


# --- whole documents -----------------------------------------------------------------------

EXAMPLES = files("kneedesk.resources").joinpath("examples")
EXAMPLE_NAMES = [
    "example-visit.json",
    "example-followup.json",
    "example-red-flag.json",
    "example-bilateral.json",
]
TODAY = date(2026, 11, 25)
DELETE = object()


def example(name: str = "example-visit.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text(encoding="utf-8"))
    return data


def changed(changes: dict[str, Any]) -> dict[str, Any]:
    """The first-visit example with fields changed; keys are paths like "patient/sex"."""
    doc = example()
    for path, value in changes.items():
        *parents, last = path.split("/")
        target = doc
        for key in parents:
            target = target.setdefault(key, {})
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return doc


def problems_of(data: Any, **kwargs: Any) -> tuple[Problem, ...]:
    with pytest.raises(VisitDocError) as info:
        parse_visit_doc(data, today=TODAY, **kwargs)
    return info.value.problems


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_documents_parse_and_round_trip_exactly(name: str) -> None:
    data = example(name)
    doc = parse_visit_doc(data, today=TODAY)
    assert doc.to_dict() == data
    assert json.loads(json.dumps(doc.to_dict())) == data


def test_parsed_document_has_typed_fields() -> None:
    doc = parse_visit_doc(example(), today=TODAY)
    assert doc.format_version == 1
    assert (doc.protocol, doc.protocol_version) == ("runners-knee", 1)
    assert doc.patient.given_name == "Ana"
    assert doc.patient.birth_date == date(1994, 3, 2)
    assert doc.patient.sex == "female"
    assert doc.visit.date == date(2026, 10, 9)
    assert doc.answers.number("hip.abduction_force", "right") == 141.0
    assert doc.answers.numbers("load.weekly_distance") == (42.0, 30.0, 31.0, 28.0)
    assert doc.not_tested == {}


def test_not_tested_marks_are_kept_per_item_and_per_side() -> None:
    doc = parse_visit_doc(example("example-bilateral.json"), today=TODAY)
    assert doc.answers.value("balance.y_anterior", "left") is None
    assert doc.not_tested_reason("balance.y_anterior", "left") is not None
    assert doc.not_tested_reason("balance.y_anterior", "right") is None
    assert doc.not_tested_reason("running.cadence") is not None
    assert doc.not_tested_reason("body_mass") is None


def test_a_side_may_be_null_meaning_not_measured() -> None:
    doc = parse_visit_doc(
        changed({"answers/hip.abduction_force": {"left": 182.0, "right": None}}), today=TODAY
    )
    assert doc.answers.number("hip.abduction_force", "right") is None


@pytest.mark.parametrize(
    ("changes", "item", "fragment"),
    [
        pytest.param({"format": DELETE}, "format", 'must be "kneedesk-visit"', id="no-format"),
        pytest.param({"format": "visit"}, "format", 'not "visit"', id="wrong-format"),
        pytest.param({"format_version": 2}, "format_version", "2 is not supported", id="fv-2"),
        pytest.param({"format_version": "1"}, "format_version", "whole number", id="fv-text"),
        pytest.param(
            {"protocol": "runners-hip"}, "protocol", "unknown protocol 'runners-hip'", id="proto"
        ),
        pytest.param(
            {"protocol_version": 9}, "protocol", "'runners-knee' version 9", id="proto-version"
        ),
        pytest.param({"notes": "x"}, "notes", "unknown top-level key", id="top-level-key"),
        pytest.param({"patient": DELETE}, "patient", "must be an object", id="no-patient"),
        pytest.param({"visit": "today"}, "visit", "must be an object", id="visit-not-object"),
        pytest.param(
            {"patient/given_name": ""}, "patient.given_name", "non-empty text", id="empty-name"
        ),
        pytest.param(
            {"patient/birth_date": "02/03/1994"}, "patient.birth_date", "YYYY-MM-DD", id="dob"
        ),
        pytest.param(
            {"patient/birth_date": "1994-02-30"}, "patient.birth_date", "YYYY-MM-DD", id="dob-day"
        ),
        pytest.param(
            {"patient/birth_date": "1994-W09-3"}, "patient.birth_date", "YYYY-MM-DD", id="dob-week"
        ),
        pytest.param({"visit/date": "20261009"}, "visit.date", "YYYY-MM-DD", id="visit-date-basic"),
        pytest.param(
            {"patient/birth_date": "2026-11-26", "visit/date": "2026-11-27"},
            "patient.birth_date",
            "2026-11-26 is in the future",
            id="dob-future",
        ),
        pytest.param({"patient/sex": "f"}, "patient.sex", "female, male, other", id="sex"),
        pytest.param({"patient/email": "a@b"}, "patient.email", "unknown field", id="patient-key"),
        pytest.param({"visit/date": "2026-13-01"}, "visit.date", "YYYY-MM-DD", id="visit-date"),
        pytest.param(
            {"visit/date": "1990-01-01"}, "visit.date", "before the patient's birth", id="early"
        ),
        pytest.param({"visit/clinician": None}, "visit.clinician", "non-empty", id="clinician"),
        pytest.param({"answers": [1, 2]}, "answers", "object keyed by item id", id="answers"),
        pytest.param(
            {"answers/hip.abduction": 141.0},
            "hip.abduction",
            "unknown item id; did you mean 'hip.abduction_force'?",
            id="unknown-item-close",
        ),
        pytest.param(
            {"answers/favourite_colour": "blue"}, "favourite_colour", "unknown item id", id="item"
        ),
        pytest.param(
            {"answers/body_mass": "61.5"}, "body_mass", "must be a number", id="wrong-type"
        ),
        pytest.param(
            {"answers/body_mass": 350}, "body_mass", "350 is outside 20 to 300 kg", id="range"
        ),
        pytest.param(
            {"answers/symptom_side": "rigth"},
            "symptom_side",
            'unknown option key "rigth" (allowed: left, right, both)',
            id="option",
        ),
        pytest.param(
            {"answers/hip.abduction_force": 141.0},
            "hip.abduction_force",
            "is asked per side",
            id="bare-per-side",
        ),
        pytest.param(
            {"answers/hip.abduction_force": {"left": 182.0}},
            "hip.abduction_force",
            "missing side(s) right",
            id="missing-side",
        ),
        pytest.param(
            {"answers/hip.abduction_force": {"left": 182.0, "right": 141.0, "both": 1.0}},
            "hip.abduction_force",
            "unknown side key(s) both",
            id="extra-side",
        ),
        pytest.param(
            {"answers/body_mass": {"left": 61.5, "right": 61.5}},
            "body_mass",
            "is not asked per side",
            id="sides-for-whole-body",
        ),
        pytest.param(
            {"answers/hip.abduction_force": {"left": 182.0, "right": 1200}},
            "hip.abduction_force",
            "right side: 1200 is outside 0 to 1000 N",
            id="side-range",
        ),
        pytest.param(
            {
                "answers/hip.step_down": {
                    "left": [],
                    "right": ["knee_medial_to_second_toe", "knee_medial_to_foot"],
                }
            },
            "hip.step_down",
            "right side: knee_medial_to_second_toe and knee_medial_to_foot cannot both be ticked",
            id="exclusive-group",
        ),
        pytest.param(
            {"answers/load.weekly_distance": [42, 30]},
            "load.weekly_distance",
            "must have 4 entries",
            id="list-length",
        ),
        pytest.param(
            {"not_tested": {"hip.abduction": "pain"}},
            "not_tested.hip.abduction",
            "unknown item id; did you mean 'hip.abduction_force'?",
            id="not-tested-item",
        ),
        pytest.param(
            {"not_tested": {"body_mass:left": "scale broken"}},
            "not_tested.body_mass:left",
            "not asked per side",
            id="not-tested-side-whole",
        ),
        pytest.param(
            {"not_tested": {"hip.side_plank:up": "x"}},
            "not_tested.hip.side_plank:up",
            "unknown side 'up'",
            id="not-tested-bad-side",
        ),
        pytest.param(
            {"not_tested": {"hip.abduction_force:right": "pain"}},
            "not_tested.hip.abduction_force:right",
            "has a value",
            id="not-tested-with-value",
        ),
        pytest.param(
            {"answers/height": DELETE, "not_tested": {"height": ""}},
            "not_tested.height",
            "reason must be non-empty text",
            id="not-tested-reason",
        ),
        pytest.param(
            {"not_tested": ["height"]}, "not_tested", "must be an object", id="not-tested-list"
        ),
    ],
)
def test_each_kind_of_problem_is_reported_once_with_its_item(
    changes: dict[str, Any], item: str, fragment: str
) -> None:
    problems = problems_of(changed(changes))
    assert [p.item for p in problems] == [item]
    assert fragment in problems[0].message


def test_a_document_with_many_problems_reports_all_of_them() -> None:
    data = changed(
        {
            "format_version": 3,
            "patient/birth_date": "1994-3-2",
            "visit/date": "yesterday",
            "answers/body_mass": 350,
            "answers/symptom_side": "rigth",
            "answers/hip.abduction_force": 141.0,
            "answers/kujala.stairs": "sometimes",
            "answers/red_flags.trauma": "no",
            "answers/hip.extension_force": {"left": -5, "right": 1001},
            "answers/history.duration_weeks": 3.5,
            "answers/hip.abduction": 141.0,
        }
    )
    problems = problems_of(data)
    assert len(problems) == 12
    assert [p.item for p in problems] == [
        "format_version",
        "patient.birth_date",
        "visit.date",
        "body_mass",
        "symptom_side",
        "history.duration_weeks",
        "red_flags.trauma",
        "kujala.stairs",
        "hip.abduction_force",
        "hip.extension_force",
        "hip.extension_force",
        "hip.abduction",
    ]


def test_problem_is_one_line_naming_the_item() -> None:
    problem = problems_of(changed({"answers/body_mass": 350}))[0]
    assert str(problem) == "body_mass: 350 is outside 20 to 300 kg"
    assert "\n" not in str(problem)


def test_error_message_lists_every_problem() -> None:
    with pytest.raises(VisitDocError) as info:
        parse_visit_doc(changed({"answers/body_mass": 350, "patient/sex": "f"}), today=TODAY)
    assert str(info.value).splitlines() == [str(p) for p in info.value.problems]


def test_not_a_json_object() -> None:
    assert [p.item for p in problems_of([1, 2, 3])] == ["document"]


def test_a_given_protocol_must_match_the_document() -> None:
    other = parse_visit_doc(example(), protocol=PROTOCOL, today=TODAY)
    assert other.protocol == "runners-knee"
    problems = problems_of(changed({"protocol_version": 2}), protocol=PROTOCOL)
    assert [p.item for p in problems] == ["protocol"]
    assert "expected protocol, 'runners-knee' version 1" in problems[0].message


def test_parsing_does_not_change_the_input() -> None:
    data = example()
    before = copy.deepcopy(data)
    doc = parse_visit_doc(data, today=TODAY)
    assert isinstance(doc, VisitDoc)
    assert data == before


# --- files ----------------------------------------------------------------------------------


def test_load_visit_doc_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(example(), ensure_ascii=False), encoding="utf-8")
    assert load_visit_doc(path).to_dict() == example()


def test_json_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    path.write_text('{\n  "format": "kneedesk-visit",\n  "answers": {,}\n}\n', encoding="utf-8")
    with pytest.raises(VisitDocError) as info:
        load_visit_doc(path)
    (problem,) = info.value.problems
    assert problem.item == "document"
    assert "line 3 column 15" in problem.message


def test_duplicate_keys_are_a_problem_not_silently_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    path.write_text('{"answers": {"body_mass": 61.5, "body_mass": 16.5}}', encoding="utf-8")
    with pytest.raises(VisitDocError) as info:
        load_visit_doc(path)
    assert "'body_mass' appears twice" in str(info.value)


def test_not_utf8_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    path.write_bytes(b'{"patient": {"given_name": "Ib\xe1\xf1ez"}}')
    with pytest.raises(VisitDocError, match="not UTF-8"):
        load_visit_doc(path)


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_visit_doc(tmp_path / "absent.json")
