"""Stills in visit documents: read back exactly, and every problem named with its field."""

from __future__ import annotations

import base64
import hashlib
import io
from typing import Any

import pytest
from PIL import Image
from visit_doc_helpers import PROTOCOL, TODAY, example

from kneedesk.core.angles import Point, View
from kneedesk.core.stills import AngleMark
from kneedesk.core.visit_doc import VisitDocError, parse_visit_doc


def _jpeg(colour: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


JPEG = _jpeg()
CONSENT = "2026-10-09T08:55:00.000000+00:00"


def still(**changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "uid": "still-1",
        "item": "hip.step_down",
        "side": "left",
        "view": "front",
        "image": base64.b64encode(JPEG).decode(),
        "image_sha256": hashlib.sha256(JPEG).hexdigest(),
        "width": 64,
        "height": 48,
        "marks": [{"angle": "angle.fppa", "points": [[20, 5], [26, 30.5], [20, 45]]}],
        "source": {
            "kind": "video",
            "file_name": "step-down.mp4",
            "sha256": "ab" * 32,
            "frame_index": 120,
            "frame_rate": 59.94,
            "frame_count": 600,
        },
        "on_handout": True,
        "hide_face": True,
        "note": "knee in",
        "created_at": "2026-10-09T09:10:00.000000+00:00",
    }
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    return entry


def document(*stills: dict[str, Any], consent: str | None = CONSENT) -> dict[str, Any]:
    doc = example()
    if consent is not None:
        doc["visit"]["filming_consent"] = consent
    doc["stills"] = list(stills)
    return doc


def problems_of(data: dict[str, Any]) -> list[str]:
    with pytest.raises(VisitDocError) as info:
        parse_visit_doc(data, PROTOCOL, today=TODAY)
    return [str(p) for p in info.value.problems]


def test_a_still_is_read_and_written_back_exactly() -> None:
    data = document(still(), still(uid="still-2", side="right", view="back", note=None))
    doc = parse_visit_doc(data, PROTOCOL, today=TODAY)
    first, second = doc.stills
    assert doc.filming_consent == CONSENT
    assert first.jpeg == JPEG
    assert not first.altered
    assert (first.item_id, first.side, first.view) == ("hip.step_down", "left", View.FRONT)
    assert first.marks == (
        AngleMark("angle.fppa", (Point(20.0, 5.0), Point(26.0, 30.5), Point(20.0, 45.0))),
    )
    assert first.source.frame_rate == 59.94
    assert (second.note, second.view) == ("", View.BACK)
    written = doc.to_dict()
    assert written["visit"]["filming_consent"] == CONSENT
    assert parse_visit_doc(written, PROTOCOL, today=TODAY) == doc


def test_a_document_without_stills_is_unchanged() -> None:
    doc = parse_visit_doc(example(), PROTOCOL, today=TODAY)
    assert doc.stills == ()
    assert doc.filming_consent is None
    assert "stills" not in doc.to_dict()
    assert "filming_consent" not in doc.to_dict()["visit"]


OTHER = _jpeg((0, 0, 0))


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        pytest.param(
            still(image=base64.b64encode(OTHER).decode()),
            "stills[1].image: the image does not match its image_sha256",
            id="sha-mismatch",
        ),
        pytest.param(still(image="not base64!"), "stills[1].image: is not valid base64", id="b64"),
        pytest.param(
            still(image=base64.b64encode(b"GIF89a....").decode()),
            "stills[1].image: the image is not a JPEG",
            id="not-jpeg",
        ),
        pytest.param(
            still(image="A" * 400_004),
            "stills[1].image: the image is larger than 300,000 bytes",
            id="too-large",
        ),
        pytest.param(
            still(item="hip.step_dow"),
            "stills[1].item: unknown item id; did you mean 'hip.step_down'?",
            id="unknown-item",
        ),
        pytest.param(
            still(marks=[{"angle": "angle.fppa", "points": [[1, 2]]}]),
            "stills[1].marks: mark 1: angle.fppa needs 3 points",
            id="marks-count",
        ),
        pytest.param(
            still(marks=[{"angle": "angle.fppa", "points": [[1, 2], [3, 4], [90, 5]]}]),
            "stills[1].marks: mark 1: point (90.0, 5.0) is outside the 64x48 image",
            id="marks-outside",
        ),
        pytest.param(still(side="whole"), "stills[1].side: must be left or right", id="side"),
        pytest.param(still(view="top"), "stills[1].view: must be one of front", id="view"),
        pytest.param(
            still(width=2000), "stills[1].width: width and height must be 1 to 1600", id="w"
        ),
        pytest.param(
            still(source={"kind": "film"}), "stills[1].source: source is missing", id="source"
        ),
        pytest.param(
            still(hide_face="yes"), "stills[1].hide_face: must be true or false", id="flag"
        ),
        pytest.param(still(image_sha256=None), "stills[1].image_sha256: is missing", id="no-sha"),
        pytest.param(still(colour="red"), "stills[1].colour: unknown field", id="extra"),
        pytest.param(
            still(note="x" * 1001), "stills[1].note: the note is 1001 characters", id="note"
        ),
        pytest.param(
            still(created_at="yesterday"), "stills[1].created_at: must be an ISO 8601 time", id="t"
        ),
    ],
)
def test_each_problem_with_a_still_names_its_field(entry: dict[str, Any], expected: str) -> None:
    found = problems_of(document(entry))
    assert any(p.startswith(expected) for p in found), found


def test_stills_need_the_consent_to_filming() -> None:
    assert problems_of(document(still(), consent=None)) == [
        "visit.filming_consent: the document keeps stills of the patient, so it must say when "
        "the patient agreed to be filmed"
    ]


def test_consent_must_be_a_time() -> None:
    data = document(consent="yes")
    found = problems_of(data)
    assert found[0].startswith("visit.filming_consent: must be the date and time consent was given")


def test_two_stills_with_one_uid_are_a_problem() -> None:
    found = problems_of(document(still(), still()))
    assert found == ["stills[2].uid: 'still-1' is used by another still"]


def test_stills_must_be_an_array() -> None:
    assert problems_of(document() | {"stills": {"uid": "x"}}) == [
        'stills: must be an array of stills, not {"uid": "x"}'
    ]


def test_every_problem_of_every_still_is_reported_together() -> None:
    found = problems_of(document(still(side="up"), still(uid="b", view="top", width=0)))
    assert [p.partition(":")[0] for p in found] == [
        "stills[1].side",
        "stills[2].view",
        "stills[2].width",
    ]
