"""Hide face: the top of a still is made unrecognisable for printing, down to just above the
highest point placed, and nothing else of the picture changes; the stored still never does."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image, ImageChops, ImageFilter, ImageStat
from still_pictures import running_still, squat_still

from kneedesk.core.angles import Point
from kneedesk.core.stills import AngleMark
from kneedesk.report.still_image import face_band, printed_jpeg


def _difference(before: bytes, after: bytes, box: tuple[int, int, int, int]) -> float:
    """Mean absolute difference of the two images inside the box, 0 to 255."""
    a = Image.open(io.BytesIO(before)).convert("L").crop(box)
    b = Image.open(io.BytesIO(after)).convert("L").crop(box)
    return float(ImageStat.Stat(ImageChops.difference(a, b)).mean[0])


def test_the_band_ends_just_above_the_highest_point() -> None:
    still = squat_still()
    top = min(p.y for m in still.marks for p in m.points)
    assert face_band(still) == round(top - 0.04 * still.height)


def test_the_band_is_at_least_a_fifth_and_at_most_45_percent() -> None:
    still = squat_still()
    high = replace(still, marks=(AngleMark("angle.trunk_lean", (Point(600, 900), Point(600, 40))),))
    assert face_band(high) == round(0.20 * still.height)
    low = replace(
        still, marks=(AngleMark("angle.trunk_lean", (Point(600, 1500), Point(600, 1400))),)
    )
    assert face_band(low) == round(0.45 * still.height)
    assert face_band(replace(still, marks=())) == round(0.30 * still.height)
    assert face_band(replace(still, hide_face=False)) == 0


def test_the_top_band_changes_and_the_points_area_does_not() -> None:
    still = squat_still()
    stored = still.jpeg
    printed = printed_jpeg(still)
    band = face_band(still)
    w, h = still.width, still.height
    assert _difference(stored, printed, (0, 0, w, band)) > 4  # the face is pixelated away
    below = band + 16  # past the JPEG block the band ends in
    # Re-encoding leaves the rest within JPEG noise: under one grey level on average.
    assert _difference(stored, printed, (0, below, w, h)) < 1.0
    assert still.jpeg == stored  # the kept still is untouched


def _sharpest_edge(jpeg: bytes, box: tuple[int, int, int, int]) -> int:
    """The strongest edge inside the box (0 to 255), the box's own border left out."""
    edges = Image.open(io.BytesIO(jpeg)).convert("L").crop(box).filter(ImageFilter.FIND_EDGES)
    inner = edges.crop((4, 4, edges.width - 4, edges.height - 4))
    return int(ImageStat.Stat(inner).extrema[0][1])


def test_the_face_itself_is_no_longer_sharp() -> None:
    for still in (squat_still(), running_still()):
        band = (0, 0, still.width, face_band(still))
        assert _sharpest_edge(still.jpeg, band) > 60  # eyes, mouth and hair line
        assert _sharpest_edge(printed_jpeg(still), band) < 30


def test_a_still_printed_with_its_face_prints_its_own_bytes() -> None:
    still = replace(squat_still(), hide_face=False)
    assert printed_jpeg(still) is still.jpeg


def test_the_same_still_prints_the_same_bytes() -> None:
    assert printed_jpeg(squat_still()) == printed_jpeg(squat_still())
