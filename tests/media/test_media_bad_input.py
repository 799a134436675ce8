"""Every file that cannot be used gives its own kind of MediaError, naming the file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from clips import (
    make_audio_only,
    make_clip,
    make_photo,
    make_unknown_codec,
    make_video_without_frames,
    read_index,
)

from kneedesk.media import MAX_FILE_BYTES, MediaError, open_media


def refused(path: Path) -> MediaError:
    with pytest.raises(MediaError) as caught:
        open_media(path)
    error = caught.value
    assert f'"{path.name}"' in error.message
    assert str(error) == error.message
    return error


def test_a_missing_file(tmp_path: Path) -> None:
    error = refused(tmp_path / "IMG_0042.MOV")
    assert error.kind == "missing"
    assert "Choose the file again" in error.message


def test_random_bytes_named_mp4_are_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "damaged.mp4"
    path.write_bytes(os.urandom(20_000))
    error = refused(path)
    assert error.kind == "unreadable"
    assert "copy it" in error.message.lower()


def test_a_video_cut_short_in_the_copy_is_unreadable(tmp_path: Path) -> None:
    path = make_clip(tmp_path / "cut.mp4", frames=10, size=(320, 180))
    whole = path.read_bytes()
    path.write_bytes(whole[:200])
    assert refused(path).kind == "unreadable"
    path.write_bytes(whole[:-100])  # the frame table at the end is cut: no frames are listed
    error = refused(path)
    assert error.kind == "no_frames"
    assert "copy" in error.message


def test_a_codec_ffmpeg_cannot_decode(tmp_path: Path) -> None:
    error = refused(make_unknown_codec(tmp_path / "odd-codec.mp4"))
    assert error.kind == "unsupported_codec"
    assert "H.264" in error.message


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "whole-session.mov"
    with open(path, "wb") as sparse:  # no disk is used: the file is all a hole
        sparse.truncate(MAX_FILE_BYTES + 1)
    error = refused(path)
    assert error.kind == "too_large"
    assert "2.0 GB" in error.message
    assert "Trim" in error.message


def test_a_file_at_the_limit_is_not_refused_for_its_size(tmp_path: Path) -> None:
    path = tmp_path / "just-fits.mp4"
    with open(path, "wb") as sparse:
        sparse.truncate(MAX_FILE_BYTES)
    assert refused(path).kind == "unreadable"  # all zeros: read, and found not to be video


def test_a_sound_recording_has_no_frames(tmp_path: Path) -> None:
    error = refused(make_audio_only(tmp_path / "voice-note.m4a"))
    assert error.kind == "no_frames"


def test_a_video_stream_without_packets_has_no_frames(tmp_path: Path) -> None:
    error = refused(make_video_without_frames(tmp_path / "stopped.mp4"))
    assert error.kind == "no_frames"


@pytest.mark.parametrize("name", ["notes.jpg", "notes.png", "notes.txt"])
def test_a_text_file_with_a_media_name_is_not_media(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Knee felt fine on the stairs today.\n", encoding="utf-8")
    error = refused(path)
    assert error.kind == "not_media"


def test_a_photo_cut_short_is_unreadable(tmp_path: Path) -> None:
    path = make_photo(tmp_path / "cut.jpg", (400, 300))
    path.write_bytes(path.read_bytes()[:600])
    assert refused(path).kind == "unreadable"


def test_a_folder_is_not_media(tmp_path: Path) -> None:
    folder = tmp_path / "clips.mp4"
    folder.mkdir()
    assert refused(folder).kind == "not_media"


def vanishing(source_path: Path, change: str) -> None:
    if change == "deleted":
        source_path.unlink()
    elif change == "moved":
        shutil.move(source_path, source_path.with_name("elsewhere.mp4"))
    elif change == "truncated":
        with open(source_path, "r+b") as file:
            file.truncate(source_path.stat().st_size // 2)
    else:  # replaced by another clip under the same name
        make_clip(source_path.with_name("new.mp4"), frames=12, size=(320, 180))
        os.replace(source_path.with_name("new.mp4"), source_path)


@pytest.mark.parametrize("change", ["deleted", "moved", "truncated", "replaced"])
def test_a_video_that_vanishes_while_open(tmp_path: Path, change: str) -> None:
    path = make_clip(tmp_path / "IMG_0042.mp4", frames=12, size=(320, 180), gop=4)
    with open_media(path) as source:
        assert read_index(source.frame(5).rgb) == 5
        vanishing(path, change)
        for index in (5, 6, 1):  # the frame shown, the next, one needing a seek
            with pytest.raises(MediaError) as caught:
                source.frame(index)
            assert caught.value.kind == "vanished"
            assert '"IMG_0042.mp4"' in caught.value.message


def test_a_photo_that_vanishes_while_open(tmp_path: Path) -> None:
    path = make_photo(tmp_path / "knee.jpg", (200, 120))
    with open_media(path) as source:
        path.unlink()
        with pytest.raises(MediaError) as caught:
            source.frame(0)
    assert caught.value.kind == "vanished"


def test_a_frame_listed_but_never_decoded_is_unreadable_after_bounded_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged packet the decoder drops: the frame is given up, not searched for forever."""
    from kneedesk.media import video as video_module
    from kneedesk.media import video_index

    real = video_index.read_index

    def with_a_lost_frame(container: object, stream: object) -> video_index.FrameIndex:
        index = real(container, stream)  # type: ignore[arg-type]
        lost = (index.pts[-2] + index.pts[-1]) // 2  # between the last two frames
        return video_index.FrameIndex(
            tuple(sorted((*index.pts, lost))), index.keyframe_pts, index.time_base
        )

    monkeypatch.setattr(video_module, "read_index", with_a_lost_frame)
    monkeypatch.setattr(video_module, "CACHE_BYTES", 0)
    monkeypatch.setattr(video_module, "MAX_CACHE_BYTES", 0)
    path = make_clip(tmp_path / "IMG_0042.mp4", frames=40, size=(320, 180), gop=10)
    with open_media(path) as source:
        assert isinstance(source, video_module.VideoSource)
        lost = source.info.frame_count - 2
        before = source.frames_decoded
        with pytest.raises(MediaError) as caught:
            source.frame(lost)
        assert caught.value.kind == "unreadable"
        assert '"IMG_0042.mp4"' in caught.value.message
        # The keyframe before it, the one before that, then once from the start: no more.
        assert source.frames_decoded - before <= 10 + 20 + 40 + 6
        assert read_index(source.frame(lost + 1).rgb) == 39  # the rest still reads
