"""A still's marks and source as stored and exported, read back and checked."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from kneedesk.core.angles import Point, View
from kneedesk.core.stills import (
    AngleMark,
    Still,
    StillFormatError,
    StillSource,
    image_digest,
    marks_from_json,
    marks_to_json,
    source_from_json,
    source_to_json,
)

SOURCE = StillSource("video", "IMG_0412.MOV", "a" * 64, 212, 240.0, 480)
FPPA = AngleMark("angle.fppa", (Point(100, 0), Point(120.04, 100), Point(100, 200)))


def _still(**changes: Any) -> Still:
    jpeg = b"\xff\xd8 a still \xff\xd9"
    base = Still(
        uid="u1",
        item_id="hip.step_down",
        side="right",
        view=View.FRONT,
        jpeg=jpeg,
        width=300,
        height=400,
        source=SOURCE,
        marks=(FPPA,),
        image_sha256=image_digest(jpeg),
    )
    return replace(base, **changes)


def test_marks_round_trip_to_a_tenth_of_a_pixel() -> None:
    stored = marks_to_json([FPPA])
    assert stored == [{"angle": "angle.fppa", "points": [[100, 0], [120.0, 100], [100, 200]]}]
    assert marks_from_json(stored, 300, 400)[0].points[1] == Point(120.0, 100.0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"angle": "angle.fppa"}, "must be a list"),
        ([{"angle": "angle.knee", "points": []}], "unknown angle"),
        ([{"angle": "angle.fppa", "points": [[1, 2]]}], "needs 3 points"),
        ([{"angle": "angle.pelvic_drop", "points": [[1, 2], [500, 2]]}], "outside the 300x400"),
        ([{"angle": "angle.pelvic_drop", "points": [[1, 2], [True, 2]]}], r"\[x, y\]"),
        ([{"angle": "angle.fppa", "points": [], "extra": 1}], "exactly 'angle' and 'points'"),
    ],
)
def test_bad_marks_say_what_is_wrong(raw: Any, message: str) -> None:
    with pytest.raises(StillFormatError, match=message):
        marks_from_json(raw, 300, 400)


def test_source_round_trips_and_gives_the_frame_time() -> None:
    assert source_from_json(source_to_json(SOURCE)) == SOURCE
    assert SOURCE.time_s == pytest.approx(212 / 240)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "audio"}, "kind"),
        ({"sha256": "A" * 64}, "sha256"),
        ({"frame_index": 480}, "frame_count"),
        ({"frame_rate": 0}, "frame_rate"),
        ({"file_name": ""}, "file_name"),
    ],
)
def test_bad_sources_say_which_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(StillFormatError, match=message):
        source_from_json({**source_to_json(SOURCE), **change})


def test_angles_are_worked_out_from_the_points_and_the_view() -> None:
    still = _still()
    # Knee 20.04 px off the hip-ankle line over 100 px each way: 2 * atan(0.2004) = 22.664.
    assert still.angles()["angle.fppa"] == pytest.approx(22.664, abs=0.001)
    assert _still(view=View.BACK).angles()["angle.fppa"] == pytest.approx(-22.664, abs=0.001)
    broken = AngleMark("angle.fppa", (Point(1, 1), Point(1, 1), Point(2, 2)))
    assert _still(marks=(broken,)).angles() == {}


def test_a_still_whose_bytes_changed_reads_altered() -> None:
    assert not _still().altered
    assert _still(jpeg=b"\xff\xd8 another \xff\xd9").altered
