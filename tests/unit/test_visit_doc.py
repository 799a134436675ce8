"""Whole visit documents that are valid: the bundled examples parse and round trip exactly, with
typed fields and not-tested marks, and parsing leaves the input alone; reading them from files.
Single values are in test_visit_doc_values.py, documents with problems in
test_visit_doc_problems.py.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from visit_doc_helpers import TODAY, changed, example

from kneedesk.core.visit_doc import VisitDoc, VisitDocError, load_visit_doc, parse_visit_doc

EXAMPLE_NAMES = [
    "example-visit.json",
    "example-followup.json",
    "example-red-flag.json",
    "example-bilateral.json",
]


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
