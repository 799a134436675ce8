"""Protocols come only from the bundled list, by exact id and version: never from a path."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import pytest

from kneedesk.core.protocol import ProtocolError, bundled_protocols, load_protocol
from kneedesk.core.text_checks import clip, unsafe_char_problem
from kneedesk.core.visit_doc import VisitDocError, parse_visit_doc


def _example() -> dict[str, Any]:
    text = files("kneedesk.resources").joinpath("examples", "example-visit.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def test_the_bundled_list_holds_the_shipped_protocol() -> None:
    assert ("runners-knee", 1) in bundled_protocols()


@pytest.mark.parametrize(
    "protocol_id",
    ["../../../../etc/passwd", "..", "/etc/passwd", "runners-knee/../runners-knee", "x" * 5000,
     "RUNNERS-KNEE", "runners-knee\x00"],
)  # fmt: skip
def test_a_path_or_malformed_id_is_refused_without_touching_the_disk(protocol_id: str) -> None:
    with pytest.raises(ProtocolError):
        load_protocol(protocol_id, 1)
    doc = {**_example(), "protocol": protocol_id}
    with pytest.raises(VisitDocError) as caught:
        parse_visit_doc(doc)
    (problem,) = caught.value.problems
    assert problem.item == "protocol"
    assert "must be a protocol id like" in problem.message
    assert len(str(problem)) < 200


def test_messages_name_invisible_characters_and_clip_long_text() -> None:
    assert unsafe_char_problem("Ru\u202eiz") == (
        "has the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3; remove it"
    )
    assert unsafe_char_problem("Zoë Berg") is None
    assert clip("a" * 500) == "a" * 79 + "…"
    assert clip("\x1b[2J") == "\\u001b[2J"
