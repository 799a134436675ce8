"""Visit documents with problems: each kind of problem is reported once with its item, every
problem in a document is reported together, one line each, and a given protocol must match.
"""

from __future__ import annotations

from typing import Any

import pytest
from visit_doc_helpers import DELETE, PROTOCOL, TODAY, changed, example

from kneedesk.core.visit_doc import Problem, VisitDocError, parse_visit_doc


def problems_of(data: Any, **kwargs: Any) -> tuple[Problem, ...]:
    with pytest.raises(VisitDocError) as info:
        parse_visit_doc(data, today=TODAY, **kwargs)
    return info.value.problems


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
