"""Stepping through a phone video lands on exactly the frame asked for, in any order.

The clips carry their frame index in their pixels (tests/clips.py), so each check reads
what was decoded, not what the code believes it decoded. The small-cache runs keep two
decoded frames, so every step back or jump really seeks and decodes.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from clips import frame_times, make_clip, read_index

from kneedesk.media import MediaSource, open_media
from kneedesk.media import video as video_module

FRAMES = 40
GOP = 12  # keyframes at 0, 12, 24, 36: every walk below crosses them


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        (codec, fps): make_clip(
            folder / f"{codec}-{fps}.mp4",
            frames=FRAMES,
            fps=fps,
            codec=codec,
            size=(320, 180),
            gop=GOP,
        )
        for codec in ("libx264", "libx265")
        for fps in (30, 120, 240)
    }


@pytest.fixture(params=["small cache", "default cache"])
def cache(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.param == "small cache":
        monkeypatch.setattr(video_module, "CACHE_BYTES", 0)
        monkeypatch.setattr(video_module, "MAX_CACHE_BYTES", 0)


CASES = [(codec, fps) for codec in ("libx264", "libx265") for fps in (30, 120, 240)]


def shown(source: MediaSource, index: int) -> int:
    frame = source.frame(index)
    assert frame.index == index
    return read_index(frame.rgb)


@pytest.mark.parametrize(("codec", "fps"), CASES)
def test_the_clip_is_described_exactly(
    clips: dict[tuple[str, int], Path], codec: str, fps: int
) -> None:
    with open_media(clips[codec, fps]) as source:
        info = source.info
    assert info.kind == "video"
    assert info.codec == {"libx264": "h264", "libx265": "hevc"}[codec]
    assert (info.width, info.height) == (320, 180)
    assert info.frame_count == FRAMES
    assert info.frame_rate == pytest.approx(fps)
    assert info.duration_s == pytest.approx(FRAMES / fps)
    assert info.name == f"{codec}-{fps}.mp4"
    assert info.size_bytes == clips[codec, fps].stat().st_size


@pytest.mark.usefixtures("cache")
@pytest.mark.parametrize(("codec", "fps"), CASES)
def test_random_order_lands_on_each_frame(
    clips: dict[tuple[str, int], Path], codec: str, fps: int
) -> None:
    order = list(range(FRAMES)) * 2
    random.Random(f"{codec}{fps}").shuffle(order)
    with open_media(clips[codec, fps]) as source:
        assert [shown(source, i) for i in order] == order


@pytest.mark.usefixtures("cache")
@pytest.mark.parametrize(("codec", "fps"), CASES)
def test_stepping_forward_then_back_across_keyframes(
    clips: dict[tuple[str, int], Path], codec: str, fps: int
) -> None:
    forward = list(range(FRAMES))
    back = list(range(FRAMES - 1, -1, -1))
    with open_media(clips[codec, fps]) as source:
        assert [shown(source, i) for i in forward] == forward
        assert [shown(source, i) for i in back] == back
        # Forward again from the middle of a group of pictures, then back over a keyframe.
        around = [GOP + 5, GOP + 6, GOP + 7, 2 * GOP, 2 * GOP - 1, 2 * GOP - 2, 2 * GOP + 1]
        assert [shown(source, i) for i in around] == around


@pytest.mark.parametrize(("codec", "fps"), CASES)
def test_each_frame_has_its_time(clips: dict[tuple[str, int], Path], codec: str, fps: int) -> None:
    with open_media(clips[codec, fps]) as source:
        times = [source.frame(i).time_s for i in (0, 1, GOP, FRAMES - 1)]
    assert times == pytest.approx([0.0, 1 / fps, GOP / fps, (FRAMES - 1) / fps])


@pytest.mark.parametrize("codec", ["libx264", "libx265"])
def test_a_variable_frame_rate_clip_keeps_each_frames_own_time(
    tmp_path: Path, codec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(video_module, "CACHE_BYTES", 0)
    monkeypatch.setattr(video_module, "MAX_CACHE_BYTES", 0)
    path = make_clip(
        tmp_path / "vfr.mov", frames=24, fps=30, codec=codec, size=(320, 180), gop=8, vfr=True
    )
    expected = [float(t) for t in frame_times(24, 30, vfr=True)]
    order = [23, 5, 6, 7, 0, 16, 15, 9]
    with open_media(path) as source:
        assert source.info.frame_count == 24
        frames = [source.frame(i) for i in order]
    assert [read_index(f.rgb) for f in frames] == order
    assert [f.time_s for f in frames] == pytest.approx([expected[i] for i in order])


def test_without_b_frames_and_with_one_keyframe(tmp_path: Path) -> None:
    path = make_clip(tmp_path / "long-gop.mp4", frames=30, size=(320, 180), gop=300, bframes=False)
    order = [29, 0, 15, 14, 28, 1]
    with open_media(path) as source:
        assert [shown(source, i) for i in order] == order


def test_frames_are_upright_rgb_arrays_of_the_displayed_size(
    clips: dict[tuple[str, int], Path],
) -> None:
    with open_media(clips["libx264", 30]) as source:
        frame = source.frame(3)
    assert frame.rgb.shape == (180, 320, 3)
    assert (frame.width, frame.height) == (320, 180)
    assert frame.rgb.dtype.name == "uint8"
    assert frame.rgb.flags.c_contiguous


def test_out_of_range_is_an_index_error(clips: dict[tuple[str, int], Path]) -> None:
    with open_media(clips["libx264", 30]) as source:
        for index in (-1, FRAMES):
            with pytest.raises(IndexError):
                source.frame(index)
        assert shown(source, FRAMES - 1) == FRAMES - 1  # still usable afterwards


def test_a_step_forward_decodes_one_frame_and_a_jump_at_most_a_keyframe_interval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(video_module, "CACHE_BYTES", 0)  # no kept frames to hide the work
    monkeypatch.setattr(video_module, "MAX_CACHE_BYTES", 0)
    path = make_clip(tmp_path / "steps.mp4", frames=48, size=(320, 180), gop=GOP)
    with open_media(path) as source:
        assert isinstance(source, video_module.VideoSource)
        source.frame(0)
        for index in range(1, 30):  # across the keyframes at 12 and 24
            before = source.frames_decoded
            source.frame(index)
            assert source.frames_decoded - before == 1, index
        for index in (47, 3, 35, 24, 23, 13):
            before = source.frames_decoded
            assert shown(source, index) == index
            # From the keyframe at or before it: at most a keyframe interval, plus the
            # frames a B-frame decoder holds back.
            assert source.frames_decoded - before <= GOP + 2, index


def test_stepping_back_through_the_clip_decodes_each_group_of_pictures_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However small the memory budget, at least a keyframe interval of frames is kept."""
    monkeypatch.setattr(video_module, "CACHE_BYTES", 0)
    path = make_clip(tmp_path / "back.mp4", frames=48, size=(320, 180), gop=GOP)
    with open_media(path) as source:
        assert isinstance(source, video_module.VideoSource)
        source.frame(47)
        before = source.frames_decoded
        back = list(range(46, -1, -1))
        assert [shown(source, i) for i in back] == back
        # Each of the 4 groups decoded once more, plus what a B-frame decoder holds back.
        assert source.frames_decoded - before <= 48 + 4 * 3


def test_a_10_bit_hevc_clip_as_phones_record_hdr(tmp_path: Path) -> None:
    path = make_clip(
        tmp_path / "hdr.mov", frames=16, codec="libx265", size=(320, 180), gop=6, ten_bit=True
    )
    order = [15, 2, 9, 8, 0]
    with open_media(path) as source:
        assert (source.info.codec, source.info.frame_count) == ("hevc", 16)
        frames = [source.frame(i) for i in order]
    assert [read_index(f.rgb) for f in frames] == order
    assert all(f.rgb.dtype.name == "uint8" for f in frames)
