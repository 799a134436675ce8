"""Portrait phone videos and rotated photos come out upright, with points where they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from clips import is_dot, make_clip, make_photo, read_index

from kneedesk.media import open_media


def dots(index: int) -> list[tuple[float, float]]:
    """Two marker dots per frame, moving down 20 pixels a frame (display coordinates)."""
    return [(40.0, 100.0 + 20 * index), (140.0, 250.0)]


@pytest.mark.parametrize("codec", ["libx264", "libx265"])
@pytest.mark.parametrize("rotate", [90, 270])
def test_a_portrait_video_is_shown_upright(tmp_path: Path, codec: str, rotate: int) -> None:
    path = make_clip(
        tmp_path / "portrait.mov",
        frames=6,
        codec=codec,
        size=(320, 180),
        rotate=rotate,
        markers=dots,
    )
    with open_media(path) as source:
        assert (source.info.width, source.info.height) == (180, 320)
        frame = source.frame(4)
    assert frame.rgb.shape == (320, 180, 3)
    assert (frame.width, frame.height) == (180, 320)
    assert frame.rgb.flags.c_contiguous
    assert read_index(frame.rgb) == 4  # the code is along the top of the upright picture
    assert all(is_dot(frame.rgb, x, y) for x, y in dots(4))
    assert not is_dot(frame.rgb, 40, 100)  # frame 0's dot is not in frame 4


def test_an_upside_down_video_is_turned(tmp_path: Path) -> None:
    path = make_clip(tmp_path / "flip.mp4", frames=3, size=(320, 180), rotate=180, markers=dots)
    with open_media(path) as source:
        assert (source.info.width, source.info.height) == (320, 180)
        frame = source.frame(2)
    assert read_index(frame.rgb) == 2
    assert is_dot(frame.rgb, 40, 140)


@pytest.mark.parametrize("rotation", [None, 90, 180, 270])
def test_a_photo_is_turned_by_its_exif_orientation(tmp_path: Path, rotation: int | None) -> None:
    points = [(30.0, 60.0), (200.0, 100.0)]
    path = make_photo(tmp_path / "knee.jpg", (240, 160), points, exif_rotation=rotation)
    with open_media(path) as source:
        info = source.info
        frame = source.frame(0)
    assert (info.kind, info.codec, info.frame_count) == ("photo", "jpeg", 1)
    assert (info.width, info.height) == (240, 160)
    assert info.frame_rate is None
    assert info.duration_s is None
    assert frame.rgb.shape == (160, 240, 3)
    assert frame.rgb.flags.c_contiguous
    assert read_index(frame.rgb) == 0
    assert all(is_dot(frame.rgb, x, y) for x, y in points)


def test_a_png_photo_is_one_frame(tmp_path: Path) -> None:
    path = make_photo(tmp_path / "knee.png", (200, 120), [(100.0, 60.0)])
    with open_media(path) as source:
        assert source.info.codec == "png"
        assert is_dot(source.frame(0).rgb, 100, 60)
        with pytest.raises(IndexError):
            source.frame(1)
